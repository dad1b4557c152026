package io.importexport.emulator.server.http;

import io.importexport.emulator.protocol.QueryEndpoint;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.nio.RoundRobinConnectionDistributor;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;

import java.util.function.BooleanSupplier;

/**
 * Jersey's container, serving an AWS API call on the selector thread that read it when nothing in it can block, and on a
 * worker thread otherwise: handing every request to a worker wakes a parked thread per request (package-info). A call
 * runs in place only when its whole body has already arrived (a slow body must never hold a selector, which serves many
 * connections), it is the AWS API's (the control plane makes documents and resets whole stores), and {@code mayWait}
 * says no fault is in force (a fault may delay its call).
 */
final class InPlaceServing extends WrappingHandler {
    private final RequestExecutorProvider workers = new RequestExecutorProvider.WorkerThreadProvider();
    private final RequestExecutorProvider placement;

    private InPlaceServing(HttpHandler container, BooleanSupplier mayWait) {
        super(container);
        this.placement = request -> inPlace(request) && !mayWait.getAsBoolean() ? null : workers.getExecutor(request);
    }

    /**
     * Wraps the one handler {@link org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory} registered (Jersey's
     * container is a final class, so its executor can only be chosen around it), and gives accepting connections a
     * selector of its own, besides one per core serving them: a new connection would otherwise wait behind the calls its
     * selector runs in place, and clients reconnect after every error (Grizzly closes the connection after a 400). Before
     * the server starts.
     */
    static void install(HttpServer http, BooleanSupplier mayWait) {
        HttpListener.wrapHandler(http, container -> new InPlaceServing(container, mayWait));
        for (NetworkListener listener : http.getListeners()) {
            TCPNIOTransport transport = listener.getTransport();
            transport.setSelectorRunnersCount(Runtime.getRuntime().availableProcessors() + 1);
            transport.setNIOChannelDistributor(new RoundRobinConnectionDistributor(transport, true, true));
        }
    }

    private static boolean inPlace(Request request) {
        return inPlace(request.getRequestURI(), request.getRequest().isChunked(), request.getContentLengthLong(),
                request.getInputBuffer().readyData());
    }

    /**
     * Whether a request is the AWS API's and its body, if any, is all there, so that reading it cannot wait for the
     * client: {@code arrived} bytes of a body of {@code declaredLength} (-1 when none is declared) are in the buffer.
     */
    static boolean inPlace(String path, boolean chunked, long declaredLength, int arrived) {
        return QueryEndpoint.PATH.equals(path) && !chunked && arrived >= declaredLength;
    }

    @Override
    public RequestExecutorProvider getRequestExecutorProvider() {
        return placement;
    }
}
