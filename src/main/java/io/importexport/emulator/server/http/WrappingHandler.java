package io.importexport.emulator.server.http;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * A handler around the one Jersey registered (its container is a final class, so what it does differently is done
 * around it): serves through it, and starts and stops with it.
 */
abstract class WrappingHandler extends HttpHandler {
    final HttpHandler container;

    WrappingHandler(HttpHandler container) {
        this.container = container;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        container.service(request, response);
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void destroy() {
        container.destroy();
    }
}
