package io.importexport.emulator.server;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.server.ServerProperties;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Every response goes out with its {@code Content-Length}, taken from its body, and is written straight to the
 * connection. Jersey's own way, on by default, copies each body into a new 8 KiB buffer to measure it (8% of what a
 * CreateJob allocated, async-profiler) and sends any body larger than that buffer chunked (a ListJobs page of 100
 * is 14 KB): that buffer is turned off here, so a body must be sized before it is written. The AWS API's envelopes
 * are sized by their writer (XmlBodyWriter); every other response the server builds carries its body as bytes (the
 * control plane's JSON, documents, the dashboard's files) or as text, which is encoded here as Jersey would encode it.
 */
final class SizedResponses implements Feature, ContainerResponseFilter {

    @Override
    public boolean configure(FeatureContext context) {
        context.property(ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER, 0);
        context.register(this);
        return true;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof String text) { // Jersey's answer to OPTIONS, a signature file
            response.setEntity(text.getBytes(charset(response.getMediaType())));
        }
        if (response.getEntity() instanceof byte[] body) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
        }
    }

    /** The charset Jersey would write a text in: the media type's, else UTF-8. */
    private static Charset charset(MediaType type) {
        String named = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
    }
}
