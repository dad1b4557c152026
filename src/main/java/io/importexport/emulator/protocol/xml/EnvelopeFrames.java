package io.importexport.emulator.protocol.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The envelope around what RenderedMembers and RenderedStatuses keep, as JAXB writes it, kept too: a GetStatus answer
 * or a ListJobs page differs from the one before only in its parts and its request id. Marshalling the envelope alone
 * took JAXB about twice what the ceiling's whole marshal takes, a sixteenth of the server's CPU per GetStatus. A frame
 * is JAXB's bytes for the envelope with one part and a marker request id, cut at both; a response is the frame with
 * its parts and request id put in their place, byte for byte what JAXB writes (XmlEnvelopesPropertiesTest).
 * Kept by everything else the envelope holds: its names, its result without the parts (a GetStatus result with no
 * member set; a ListJobs page without its jobs, truncated or not) and where the parts go, so a few frames in all.
 */
final class EnvelopeFrames {
    /** Written raw where the parts go: no text JAXB writes holds a NUL, which XML cannot carry. */
    private static final byte[] PARTS_MARK = {0};
    private static final String REQUEST_ID_MARK = "request-id-of-the-frame";

    private static final Map<Key, Frame> FRAMES = new ConcurrentHashMap<>();

    private EnvelopeFrames() {
    }

    private record Key(String response, String result, Object resultWithoutParts, String into) {
    }

    /** The envelope's bytes before its parts, between them and its request id, and after it. */
    record Frame(byte[] beforeParts, byte[] beforeRequestId, byte[] afterRequestId) {
        /** The envelope with {@code parts} and {@code requestId}, one that {@link #writesAsIs}. */
        void write(ByteArrayOutputStream out, List<byte[]> parts, String requestId) {
            out.writeBytes(beforeParts);
            parts.forEach(out::writeBytes);
            out.writeBytes(beforeRequestId);
            out.writeBytes(requestId.getBytes(StandardCharsets.US_ASCII)); // all ASCII: see writesAsIs
            out.writeBytes(afterRequestId);
        }
    }

    /**
     * A request id JAXB writes as it is, in one byte a character, as the emulator's own are (UUIDs); any other goes
     * through JAXB whole.
     */
    static boolean writesAsIs(String requestId) {
        for (int index = 0; index < requestId.length(); index++) {
            char c = requestId.charAt(index);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The frame of {@code envelope} with {@code resultWithoutParts} as its result and its parts in the element {@code into}. */
    static Frame of(Object envelope, Object resultWithoutParts, String into) {
        Key key = new Key(QueryResponse.responseName(envelope), QueryResponse.resultName(envelope), resultWithoutParts, into);
        return FRAMES.computeIfAbsent(key, absent -> frame(envelope, resultWithoutParts, into));
    }

    /** Refused, never kept half-cut, when JAXB wrote no element {@code into} for the parts to go in. */
    private static Frame frame(Object envelope, Object resultWithoutParts, String into) {
        Object marked = QueryResponse.withRequestId(QueryResponse.withResult(envelope, resultWithoutParts), REQUEST_ID_MARK);
        byte[] bytes = XmlEnvelopes.toBytesWithParts(marked, into, List.of(PARTS_MARK));
        int parts = WrittenXml.indexOf(bytes, PARTS_MARK, 0);
        int requestId = WrittenXml.indexOf(bytes, WrittenXml.ascii(REQUEST_ID_MARK), parts);
        if (parts < 0 || requestId < 0) {
            throw new IllegalStateException("no element " + into + " for the parts of a " + QueryResponse.responseName(envelope));
        }
        return new Frame(Arrays.copyOfRange(bytes, 0, parts), Arrays.copyOfRange(bytes, parts + 1, requestId),
                Arrays.copyOfRange(bytes, requestId + REQUEST_ID_MARK.length(), bytes.length));
    }
}
