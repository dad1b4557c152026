package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.glassfish.jaxb.runtime.v2.JAXBContextFactory;
import org.glassfish.jaxb.runtime.v2.runtime.JAXBContextImpl;
import org.glassfish.jaxb.runtime.v2.runtime.Name;
import org.glassfish.jaxb.runtime.v2.runtime.output.UTF8XmlOutput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Serializes envelopes. One {@link JAXBContext} (thread-safe, costly to build) for the whole process; a
 * {@link Marshaller} per response, since marshallers are not thread-safe.
 */
public final class XmlEnvelopes {
    public static final String CONTENT_TYPE = "text/xml";

    private static final JAXBContextImpl CONTEXT = createContext();

    private XmlEnvelopes() {
    }

    /**
     * From JAXB's reference implementation by name, not through JAXB's provider lookup: the fast path is built on its
     * output classes, and an application that embeds the emulator may have chosen another provider for itself.
     */
    private static JAXBContextImpl createContext() {
        try {
            return (JAXBContextImpl) new JAXBContextFactory().createContext(new Class<?>[] {ErrorResponse.class, QueryResponse.class,
                    CreateJobResult.class, GetStatusResult.class, ListJobsResult.class, UpdateJobResult.class, CancelJobResult.class,
                    GetShippingLabelResult.class}, Map.of());
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Loads the context now rather than on the first request. */
    public static void warmUp() {
        CONTEXT.getClass();
    }

    /**
     * The envelope as UTF-8 XML with an XML declaration, every text as {@link XmlTextEscaper} writes it. The fast path
     * (package-info) is JAXB's own UTF-8 output, which escapes and encodes in one pass; it has no place for the escaper,
     * which JAXB can only run through its much slower SAX writer, so a text the escaper writes otherwise (a carriage
     * return, a character XML cannot carry) sends the whole envelope through the escaper instead.
     */
    public static byte[] toBytes(Object envelope) {
        return toBytes(envelope, envelope, null, List.of());
    }

    /**
     * {@code envelope} as {@link #toBytes} writes it, from {@code written}, the same envelope but for the content of
     * its element {@code into}, which is {@code parts} as JAXB wrote them before (ListJobsMembers).
     */
    static byte[] toBytes(Object envelope, Object written, String into, List<byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        CheckedOutput out = new CheckedOutput(bytes, into, parts);
        try {
            CONTEXT.createMarshaller().marshal(written, out);
        } catch (JAXBException e) {
            throw cannotSerialize(envelope, e);
        }
        return out.needsEscaper ? toBytesEscaped(envelope) : bytes.toByteArray();
    }

    /** JAXB's UTF-8 output, with parts written into one element, noting a text the escaper writes otherwise. */
    private static final class CheckedOutput extends UTF8XmlOutput {
        private final String into;
        private final List<byte[]> parts;
        private boolean needsEscaper;

        CheckedOutput(ByteArrayOutputStream bytes, String into, List<byte[]> parts) {
            super(bytes, CONTEXT.getUTF8NameTable(), null);
            this.into = into;
            this.parts = parts;
        }

        @Override
        public void endTag(Name name) throws IOException {
            if (name.localName.equals(into)) {
                closeStartTag(); // JAXB would write an element with no content as <Jobs/>
                for (byte[] part : parts) {
                    write(part);
                }
            }
            super.endTag(name);
        }

        /** JAXB's other text path, {@code Pcdata}, carries only numbers and base64, which never need the escaper. */
        @Override
        public void text(String value, boolean needsSeparatingWhitespace) throws IOException {
            if (XmlTextEscaper.changes(value)) {
                needsEscaper = true;
            } else {
                super.text(value, needsSeparatingWhitespace);
            }
        }
    }

    /** The envelope written through {@link XmlTextEscaper}: the bytes {@link #toBytes} answers, on either path. */
    static byte[] toBytesEscaped(Object envelope) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty("org.glassfish.jaxb.characterEscapeHandler", XmlTextEscaper.INSTANCE);
            marshaller.marshal(envelope, out);
        } catch (JAXBException | IOException e) {
            throw cannotSerialize(envelope, e);
        }
        return bytes.toByteArray();
    }

    /** Not an envelope of this context: a bug of the emulator's, which the dispatcher answers as InternalFailure. */
    private static IllegalStateException cannotSerialize(Object envelope, Exception cause) {
        return new IllegalStateException("cannot serialize " + envelope.getClass().getSimpleName(), cause);
    }
}
