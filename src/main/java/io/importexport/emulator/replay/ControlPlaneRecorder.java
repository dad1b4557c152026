package io.importexport.emulator.replay;

import io.importexport.emulator.admin.AdminRoutes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * With {@code --record-dir}: records every control-plane call that changes something (reset, clock, job moves,
 * faults, buckets, credentials) into the session, in order with the AWS API exchanges, so that a recording in which a
 * test moved a job replays. Reads (GET) change nothing and are not recorded.
 */
public final class ControlPlaneRecorder implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String BODY = ControlPlaneRecorder.class.getName() + ".body";
    private final ExchangeRecorder recorder;

    public ControlPlaneRecorder(ExchangeRecorder recorder) {
        this.recorder = recorder;
    }

    private static boolean isRecorded(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath().startsWith(AdminRoutes.ROOT + "/")
                && !List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
    }

    /** Keeps the body's bytes for the recording and hands the endpoint a copy. */
    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (isRecorded(request)) {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setProperty(BODY, body);
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // no body kept: a request the access check refused before it reached the control plane, which changed nothing
        if (!isRecorded(request) || request.getProperty(BODY) == null || !(response.getEntity() instanceof byte[] answer)) {
            return;
        }
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        StringBuilder head = new StringBuilder(request.getMethod()).append(' ').append(request.getUriInfo().getRequestUri().getRawPath())
                .append(rawQuery == null ? "" : "?" + rawQuery).append(" HTTP/1.1");
        Map<String, String> headers = new TreeMap<>();
        request.getHeaders().forEach((name, values) -> {
            // the admin token stays out of recordings, which are files meant to be shared and committed
            if (!values.isEmpty() && !name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("authorization")) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        headers.forEach((name, value) -> head.append('\n').append(name).append(": ").append(value));
        String responseHead = "HTTP/1.1 " + response.getStatus() + " " + response.getStatusInfo().getReasonPhrase()
                + "\nContent-Type: " + response.getMediaType();
        recorder.record("Emulator" + step(request.getUriInfo().getPath()), new WireExchange(List.of(), head.toString(),
                (byte[]) request.getProperty(BODY), responseHead, answer));
    }

    /** The control-plane step a path names, for the exchange's file name: {@code jobs/X/advance} is Advance. */
    private static String step(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? "" : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }
}
