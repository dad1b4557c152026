package io.importexport.emulator.server;

import io.importexport.emulator.protocol.QueryDispatcher;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.glassfish.grizzly.http.server.Request;

/**
 * Closes the connection right after an answer marked {@code Connection: close}. Grizzly would otherwise keep it
 * open to skip the rest of a request body that was never read (an oversize or a stalled one) until the idle timeout,
 * holding the client for 30 seconds after it was answered.
 */
final class ConnectionCloser implements ContainerResponseFilter {
    @Inject
    private Provider<Request> grizzlyRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if ("close".equalsIgnoreCase(response.getHeaderString(QueryDispatcher.CONNECTION))) {
            grizzlyRequest.get().addAfterServiceListener(served -> served.getContext().getConnection().closeSilently());
        }
    }
}
