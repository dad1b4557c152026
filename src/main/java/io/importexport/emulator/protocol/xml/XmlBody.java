package io.importexport.emulator.protocol.xml;

/**
 * A response body that is an envelope, serialized when Jersey writes the response ({@link XmlBodyWriter}) rather than
 * when the response is built: written from the thread's buffer straight to the connection, where bytes handed to
 * Jersey would be a copy of every response (15% of what a ListJobs request allocated, async-profiler).
 */
public record XmlBody(Object envelope) {

    /** The bytes the writer sends, for what keeps a copy (a recorded session, a test). */
    public byte[] bytes() {
        return XmlEnvelopes.toBytes(envelope);
    }
}
