package io.importexport.emulator.protocol;

import io.importexport.emulator.protocol.query.IncomingRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The AWS API at {@code /}: {@code POST} with a form body (what every SDK sends), optionally with
 * {@code ?Operation=X}, and {@code GET} with the parameters in the query string. No {@code @Consumes}: the body
 * is taken as raw bytes whatever its declared type, because signature checks need the exact bytes.
 */
@Singleton
@Path("/")
public final class QueryEndpoint {
    private final QueryDispatcher dispatcher;

    @Inject
    public QueryEndpoint(QueryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @POST
    public Response post(@Context HttpHeaders headers, @Context UriInfo uri, InputStream body) {
        return dispatcher.dispatch(incoming("POST", headers, uri, body));
    }

    @GET
    public Response get(@Context HttpHeaders headers, @Context UriInfo uri) {
        return dispatcher.dispatch(incoming("GET", headers, uri, null));
    }

    private static IncomingRequest incoming(String method, HttpHeaders headers, UriInfo uri, InputStream body) {
        Map<String, String> byName = new HashMap<>();
        for (Map.Entry<String, List<String>> header : headers.getRequestHeaders().entrySet()) {
            if (!header.getValue().isEmpty()) {
                byName.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue().get(0));
            }
        }
        String base = uri.getBaseUri().toString();
        return new IncomingRequest(method, base.endsWith("/") ? base.substring(0, base.length() - 1) : base,
                uri.getRequestUri().getRawPath(), Map.copyOf(byName), uri.getRequestUri().getRawQuery(), body,
                headers.getLength());
    }
}
