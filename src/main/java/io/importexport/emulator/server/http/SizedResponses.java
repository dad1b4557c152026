package io.importexport.emulator.server.http;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.glassfish.jersey.server.ServerProperties;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Every response goes out with its {@code Content-Length}, taken from its body, and is written straight to the
 * connection. Jersey's own way, on by default, copies each body into a new 8 KiB buffer to measure it and sends any body larger than that buffer chunked (a ListJobs page of 100
 * is 14 KB): that buffer is turned off here, so a body must be sized before it is written. Every response the
 * server builds carries its body as bytes (the envelopes, the control plane's JSON, documents, the dashboard's files) or
 * as text, which is encoded here as Jersey would encode it.
 * <p>
 * Done as the body is written, not in a response filter: with any response filter registered, Jersey merges and
 * sorts the filters again for every request.
 */
public final class SizedResponses implements Feature, WriterInterceptor {

    @Override
    public boolean configure(FeatureContext context) {
        context.property(ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER, 0);
        context.register(this);
        return true;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext body) throws IOException {
        if (body.getEntity() instanceof String text) { // Jersey's answer to OPTIONS, a signature file
            body.setEntity(text.getBytes(charset(body.getMediaType())));
            body.setType(byte[].class);
            body.setGenericType(byte[].class);
        }
        if (body.getEntity() instanceof byte[] bytes) {
            body.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, bytes.length);
        }
        body.proceed();
    }

    /** The charset Jersey would write a text in: the media type's, else UTF-8. */
    private static Charset charset(MediaType type) {
        String named = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
    }
}
