package io.importexport.emulator.protocol.xml;

import java.util.Arrays;

/**
 * What JAXB writes inside {@code <GetStatusResult>}, written once for each status and then copied: a client polls a
 * job's status again and again, and it changes only as the job moves on. Its 17 members were about half of what JAXB
 * spent on a GetStatus answer. Kept by the whole result's value (every member compared, the manifest too) up to
 * {@value #KEPT_BYTES} bytes, then all dropped at once (KeptRenderings); cut from the whole envelope as JAXB writes
 * it, so that the answer is byte for byte the one JAXB writes (XmlEnvelopesPropertiesTest).
 */
final class RenderedStatuses {
    static final int KEPT_BYTES = 2 * 1024 * 1024;
    private static final KeptRenderings<GetStatusResult> RECENT = new KeptRenderings<>(KEPT_BYTES);

    private RenderedStatuses() {
    }

    /** The content of the envelope's {@code <GetStatusResult>}, which carries {@code result}; empty when it has none. */
    static byte[] contentOf(Object envelope, GetStatusResult result) {
        byte[] content = RECENT.get(result);
        if (content == null) {
            content = cut(XmlEnvelopes.toBytesWhole(envelope), QueryResponse.resultName(envelope));
            RECENT.put(result, content);
        }
        return content;
    }

    /** Between {@code <name>} and the last {@code </name>}; empty for {@code <name/>}. */
    private static byte[] cut(byte[] whole, String name) {
        WrittenXml.Content content = WrittenXml.content(whole, name);
        return Arrays.copyOfRange(whole, content.from(), content.to());
    }
}
