package io.importexport.emulator.server.http;

import io.importexport.emulator.domain.error.ErrorCode;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers the requests Jersey's container refuses before the emulator sees them, in the emulator's forms: a request
 * whose path, query or {@code Host} header makes no URI (Jersey builds one from them and throws, and Grizzly would
 * answer with its HTML page, a 500 and the stack trace; Grizzly's own Host parser throws on bytes beyond ASCII). The
 * refusal says which part is wrong, as {@link FrameworkErrorMapper} says every other framework error: an
 * {@code <ErrorResponse>} on the AWS API, JSON on the control plane. Nothing is checked on a request Jersey takes, so
 * the way of a valid request is unchanged.
 */
final class RefusedRequests extends WrappingHandler {
    private static final Logger LOG = Logger.getLogger(RefusedRequests.class.getName());
    private final FrameworkErrorMapper errors;

    private RefusedRequests(HttpHandler container, FrameworkErrorMapper errors) {
        super(container);
        this.errors = errors;
    }

    /** Wraps the one handler Jersey registered. Before the server starts. */
    static void install(HttpServer http, FrameworkErrorMapper errors) {
        HttpListener.wrapHandler(http, container -> new RefusedRequests(container, errors));
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        try {
            container.service(request, response);
        } catch (RuntimeException refused) { // the application's own failures are mapped inside: this is before it
            if (response.isCommitted()) {
                throw refused;
            }
            Refusal refusal = refusal(request.getRequestURI(), request.getQueryString(), request.getHeader("Host")).orElseGet(() -> {
                LOG.log(Level.SEVERE, "a request failed before the application saw it", refused);
                return new Refusal(ErrorCode.InternalFailure, ErrorCode.INTERNAL_FAILURE_MESSAGE);
            });
            response.reset();
            write(errors.answer(request.getRequestURI(), refusal.code(), refusal.message()), response);
        }
    }

    /**
     * Which part of a request that makes no URI is wrong: the Host header, the path or the query, in that order; empty
     * when none is. The message quotes none of them: what a URI cannot carry, an XML or JSON answer may not either.
     */
    static Optional<Refusal> refusal(String path, String query, String host) {
        if (host != null && !isHost(host)) {
            return Optional.of(new Refusal(ErrorCode.InvalidParameterException, "The Host header is not a host name and port"));
        }
        if (!parses("http://localhost" + path)) {
            return Optional.of(new Refusal(ErrorCode.NotFound, "The path is not a valid URI path, and nothing is served there"));
        }
        if (query != null && !parses("http://localhost/?" + query)) {
            return Optional.of(new Refusal(ErrorCode.MalformedQueryString, "The query string contains a syntax error"));
        }
        return Optional.empty();
    }

    private static boolean isHost(String host) {
        try {
            URI uri = new URI("http://" + host + "/");
            return uri.getHost() != null && (uri.getPort() != -1 || !host.endsWith(":")); // Grizzly refuses an empty port
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean parses(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The answer built as the frameworks' other errors are, written straight to Grizzly's response. */
    private static void write(jakarta.ws.rs.core.Response answer, Response response) throws IOException {
        byte[] body = (byte[]) answer.getEntity();
        response.setStatus(answer.getStatus());
        answer.getStringHeaders().forEach((name, values) -> response.setHeader(name, String.join(",", values)));
        response.setContentType(answer.getMediaType().toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** What is wrong with a refused request. */
    record Refusal(ErrorCode code, String message) {
    }
}
