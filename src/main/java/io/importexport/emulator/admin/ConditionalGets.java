package io.importexport.emulator.admin;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The control plane's answers to GET carry an ETag (a digest of the body) and {@code Cache-Control: no-cache}; a
 * request whose {@code If-None-Match} names the ETag of what it would get is answered {@code 304} without a body. The
 * dashboard polls every second this way, so an unchanged view costs a status line, not the jobs again. Bound by name
 * to the control plane, so that the AWS API's requests pass no filter.
 */
public final class ConditionalGets implements ContainerResponseFilter {

    /** Marks the resources whose GET answers may be revalidated. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Revalidated {
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body)) {
            return;
        }
        String etag = etag(body);
        response.getHeaders().putSingle("ETag", etag);
        response.getHeaders().putSingle("Cache-Control", "no-cache");
        if (etag.equals(request.getHeaderString("If-None-Match"))) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
