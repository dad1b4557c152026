package io.importexport.emulator.server;

import io.importexport.emulator.protocol.QueryDispatcher;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.Request;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Closes the connection soon after an answer marked {@code Connection: close}. Grizzly would otherwise keep it open
 * to skip the rest of a request body that was never read (an oversize or a stalled one) until the idle timeout,
 * holding a stalled client for 30 seconds after it was answered. Not at once: a client still sending its body
 * (an oversize upload) is given {@link #GRACE} to finish, so that it reads the answer instead of a reset connection;
 * Grizzly closes it itself as soon as the body is through.
 */
final class ConnectionCloser implements ContainerResponseFilter {
    static final Duration GRACE = Duration.ofSeconds(1);
    private final ScheduledExecutorService timer;
    @Inject
    private Provider<Request> grizzlyRequest;

    ConnectionCloser(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if ("close".equalsIgnoreCase(response.getHeaderString(QueryDispatcher.CONNECTION))) {
            grizzlyRequest.get().addAfterServiceListener(served -> {
                Connection<?> connection = served.getContext().getConnection();
                timer.schedule(() -> connection.closeSilently(), GRACE.toMillis(), TimeUnit.MILLISECONDS);
            });
        }
    }
}
