package io.importexport.emulator.protocol;

import io.importexport.emulator.protocol.query.IncomingRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.glassfish.jersey.process.Inflector;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The AWS API at {@code /}: {@code POST} with a form body (what every SDK sends), optionally with
 * {@code ?Operation=X}, and {@code GET} with the parameters in the query string. No {@code @Consumes}: the body
 * is taken as raw bytes whatever its declared type, because signature checks need the exact bytes.
 * <p>
 * Jersey calls it with the whole request, as a programmatic resource built from {@link #PATH} and {@link #METHODS} (the
 * server wiring builds it), so that the path and the methods are declared once, here.
 */
public final class QueryEndpoint implements Inflector<ContainerRequestContext, Response> {
    /** Where the AWS API is served; everything else is the control plane's and the dashboard's. */
    public static final String PATH = "/";
    /** The HTTP methods that run an operation: what a refusal names as allowed. */
    private static final List<String> OPERATION_METHODS = List.of("POST", "GET");
    /** The HTTP methods routed here; HEAD and OPTIONS only to be refused as AWS would. */
    public static final List<String> METHODS = Stream.concat(OPERATION_METHODS.stream(), Stream.of("HEAD", "OPTIONS")).toList();

    private final QueryDispatcher dispatcher;

    public QueryEndpoint(QueryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * JAX-RS would answer HEAD by running GET, that is the operation, and drop its answer, and OPTIONS by listing the
     * methods as plain text; the AWS API has neither, so both are refused as AWS would.
     */
    @Override
    public Response apply(ContainerRequestContext request) {
        return switch (request.getMethod()) {
            case "POST" -> dispatcher.dispatch(incoming(request, request.getEntityStream()));
            case "GET" -> dispatcher.dispatch(incoming(request, null));
            default -> throw notAllowed();
        };
    }

    /**
     * A header value as the client wrote it: the HTTP layer reads header bytes as ISO-8859-1, so UTF-8 text (an access
     * key such as ключ in a SigV4 credential) arrives garbled; bytes that are valid UTF-8 are read as UTF-8.
     */
    static String asSent(String latin1) {
        if (latin1.chars().allMatch(c -> c < 0x80)) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return latin1;
        }
    }

    private static NotAllowedException notAllowed() {
        return new NotAllowedException(Response.status(Response.Status.METHOD_NOT_ALLOWED).allow(OPERATION_METHODS.toArray(String[]::new)).build());
    }

    private static IncomingRequest incoming(ContainerRequestContext request, InputStream body) {
        Map<String, String> byName = new HashMap<>();
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            if (!header.getValue().isEmpty()) {
                byName.put(header.getKey().toLowerCase(Locale.ROOT), asSent(header.getValue().get(0)));
            }
        }
        UriInfo uri = request.getUriInfo();
        String base = uri.getBaseUri().toString();
        return new IncomingRequest(request.getMethod(), base.endsWith("/") ? base.substring(0, base.length() - 1) : base,
                uri.getRequestUri().getRawPath(), Map.copyOf(byName), uri.getRequestUri().getRawQuery(), body,
                request.getLength());
    }
}
