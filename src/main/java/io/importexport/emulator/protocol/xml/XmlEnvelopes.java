package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.glassfish.jaxb.runtime.v2.JAXBContextFactory;
import org.glassfish.jaxb.runtime.v2.runtime.JAXBContextImpl;
import org.glassfish.jaxb.runtime.v2.runtime.Name;
import org.glassfish.jaxb.runtime.v2.runtime.output.Encoded;
import org.glassfish.jaxb.runtime.v2.runtime.output.UTF8XmlOutput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Serializes envelopes. One {@link JAXBContext} (thread-safe, costly to build) for the whole process; a
 * {@link Marshaller} per response, since marshallers are not thread-safe.
 */
public final class XmlEnvelopes {
    public static final String NAMESPACE = "http://importexport.amazonaws.com/doc/2010-06-01/";
    public static final String CONTENT_TYPE = "text/xml";

    private static final JAXBContextImpl CONTEXT = createContext();
    /** The element names, UTF-8 encoded once; JAXB reads them through a synchronized getter for every marshal. */
    private static final Encoded[] NAMES = CONTEXT.getUTF8NameTable();
    /**
     * Each thread's output buffer, kept between responses: a new one grew from 1 KiB by doubling, a copy at each step,
     * to 16 KiB for every ListJobs page. One that grew past 64 KiB (a ListJobs page of 100 takes 16) is not kept.
     */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFERS = ThreadLocal.withInitial(() -> new ByteArrayOutputStream(4096));
    private static final int KEPT_BUFFER_BYTES = 64 * 1024;

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
     * The envelope as UTF-8 XML with an XML declaration. JAXB writes UTF-8 to a stream on its fast path, which has no
     * place for {@link XmlTextEscaper}; almost no response needs it (only a carriage return or a character XML cannot
     * carry, echoed from a request), so each text is checked for those as it is written, and the envelope is written
     * again through the escaper when one is there. The fast path is JAXB's own UTF-8 output, built here without an
     * escape handler: given a stream, JAXB installs one for UTF-8 and then sends every text through a
     * {@code StringWriter} before encoding it, while without one it escapes and encodes in one pass (a ListJobs page
     * has 400 texts).
     */
    public static byte[] toBytes(Object envelope) {
        return serialize(envelope).toByteArray();
    }

    /** The envelope as {@link #toBytes} writes it, its length told first (a response's Content-Length), and no copy. */
    public static void writeTo(Object envelope, OutputStream out, IntConsumer lengthFirst) throws IOException {
        ByteArrayOutputStream bytes = serialize(envelope);
        lengthFirst.accept(bytes.size());
        bytes.writeTo(out);
    }

    /**
     * The envelope in the thread's buffer, or in one of its own when the escaper wrote it. What JAXB wrote before is
     * copied in, in the envelope JAXB wrote before for the same kind of answer (EnvelopeFrames): a ListJobs page's
     * members (RenderedMembers) into its {@code <Jobs>}, a GetStatus answer's members (RenderedStatuses) into its
     * {@code <GetStatusResult>}.
     */
    private static ByteArrayOutputStream serialize(Object envelope) {
        Object result = QueryResponse.result(envelope);
        if (result instanceof ListJobsResult page && !page.jobs().isEmpty()) {
            List<byte[]> members = RenderedMembers.of(page.jobs()); // before the thread's buffer is taken: may write a page
            return framed(envelope, page.withoutJobs(), ListJobsResult.JOBS, members);
        }
        if (result instanceof GetStatusResult status) {
            byte[] content = RenderedStatuses.contentOf(envelope, status); // before the buffer is taken, as above
            if (content.length > 0) { // else JAXB writes <GetStatusResult/>, which has no place for parts
                return framed(envelope, new GetStatusResult(), QueryResponse.resultName(envelope), List.of(content));
            }
        }
        return serialize(envelope, envelope, null, List.of());
    }

    /** {@code parts} in the element {@code into} of the envelope with {@code resultWithoutParts} as its result. */
    private static ByteArrayOutputStream framed(Object envelope, Object resultWithoutParts, String into, List<byte[]> parts) {
        String requestId = QueryResponse.requestId(envelope);
        if (!EnvelopeFrames.writesAsIs(requestId)) {
            return serialize(envelope, QueryResponse.withResult(envelope, resultWithoutParts), into, parts);
        }
        EnvelopeFrames.Frame frame = EnvelopeFrames.of(envelope, resultWithoutParts, into); // before the buffer is taken: may write one
        ByteArrayOutputStream bytes = BUFFERS.get();
        bytes.reset();
        frame.write(bytes, parts, requestId);
        releaseIfGrown(bytes);
        return bytes;
    }

    /** The envelope written by JAXB whole: what RenderedMembers and RenderedStatuses cut their parts from. */
    static byte[] toBytesWhole(Object envelope) {
        return serialize(envelope, envelope, null, List.of()).toByteArray();
    }

    /** The envelope written by JAXB with {@code parts} in its element {@code into}: what EnvelopeFrames cuts a frame from. */
    static byte[] toBytesWithParts(Object envelope, String into, List<byte[]> parts) {
        return serialize(envelope, envelope, into, parts).toByteArray();
    }

    /** {@code written} on the fast path with {@code parts} in its element {@code into}, else {@code envelope} escaped. */
    private static ByteArrayOutputStream serialize(Object envelope, Object written, String into, List<byte[]> parts) {
        ByteArrayOutputStream bytes = BUFFERS.get();
        bytes.reset();
        CheckedOutput out = new CheckedOutput(bytes, into, parts);
        try {
            CONTEXT.createMarshaller().marshal(written, out);
        } catch (JAXBException e) {
            throw cannotSerialize(envelope, e);
        }
        releaseIfGrown(bytes);
        return out.needsEscaper ? serializeEscaped(envelope) : bytes;
    }

    private static void releaseIfGrown(ByteArrayOutputStream threadBuffer) {
        if (threadBuffer.size() > KEPT_BUFFER_BYTES) {
            BUFFERS.remove(); // this one is still the caller's to read
        }
    }

    /**
     * JAXB's UTF-8 output, noting a text the escaper writes differently instead of writing it (it is all written again).
     * JAXB's other text path, {@code Pcdata}, carries only numbers and base64, which never hold such a character.
     */
    private static final class CheckedOutput extends UTF8XmlOutput {
        private final String into;
        private final List<byte[]> parts;
        private boolean needsEscaper;

        CheckedOutput(ByteArrayOutputStream bytes, String into, List<byte[]> parts) {
            super(bytes, NAMES, null);
            this.into = into;
            this.parts = parts;
        }

        /** Closes the element {@code into} after the parts written apart, if any (JAXB writes {@code <Jobs/>} for none). */
        @Override
        public void endTag(Name name) throws IOException {
            writeParts(name.localName);
            super.endTag(name);
        }

        /** The end of an element named at run time: an envelope's {@code <{operation}Result>}. */
        @Override
        public void endTag(int prefix, String localName) throws IOException {
            writeParts(localName);
            super.endTag(prefix, localName);
        }

        private void writeParts(String localName) throws IOException {
            if (!parts.isEmpty() && localName.equals(into)) {
                closeStartTag();
                for (byte[] part : parts) {
                    write(part);
                }
            }
        }

        @Override
        public void text(String value, boolean needsSeparatingWhitespace) throws IOException {
            if (XmlTextEscaper.changes(value)) {
                needsEscaper = true;
            } else {
                super.text(value, needsSeparatingWhitespace);
            }
        }
    }

    /** The envelope written through {@link XmlTextEscaper}: what {@link #toBytes} answers, always. */
    static byte[] toBytesEscaped(Object envelope) {
        return serializeEscaped(envelope).toByteArray();
    }

    private static ByteArrayOutputStream serializeEscaped(Object envelope) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty("org.glassfish.jaxb.characterEscapeHandler", XmlTextEscaper.INSTANCE);
            marshaller.marshal(envelope, out);
        } catch (JAXBException | IOException e) {
            throw cannotSerialize(envelope, e);
        }
        return bytes;
    }

    /**
     * Not an envelope of this context: a bug of the emulator's, which the server's exception mapper answers as
     * InternalFailure (the envelope is serialized as Jersey writes the response).
     */
    private static IllegalStateException cannotSerialize(Object envelope, Exception cause) {
        return new IllegalStateException("cannot serialize " + envelope.getClass().getSimpleName(), cause);
    }
}
