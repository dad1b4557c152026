package io.importexport.emulator.server.http;

import io.importexport.emulator.protocol.QueryDispatcher;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.Response;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Closes the connection soon after an answer marked {@code Connection: close}. Grizzly would otherwise keep it open
 * to skip the rest of a request body that was never read (an oversize or a stalled one) until the idle timeout,
 * holding a stalled client for 30 seconds after it was answered. Not at once: a client still sending its body
 * (an oversize upload) is given {@link #GRACE} to finish, so that it reads the answer instead of a reset connection;
 * Grizzly closes it itself as soon as the body is through. Only while the body has not all arrived: Grizzly closes
 * any other connection answered {@code close} (after every 400 it answers so) at once, and a timer task for each of
 * those, a tenth of the mixed workload, cost the selectors a lock and the timer thread a wake-up.
 * <p>
 * A probe of Grizzly's HTTP server, told of every finished response, rather than a Jersey response filter: with any
 * response filter registered, Jersey merges and sorts the filters again for every request.
 */
final class ConnectionCloser extends HttpServerProbe.Adapter {
    static final Duration GRACE = Duration.ofSeconds(1);
    private final ScheduledExecutorService timer;

    ConnectionCloser(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    @Override
    public void onRequestCompleteEvent(HttpServerFilter filter, Connection connection, Response response) {
        // the body first: a field, where the header is decoded from bytes for each look
        if (!response.getRequest().getInputBuffer().isFinished()
                && "close".equalsIgnoreCase(response.getHeader(QueryDispatcher.CONNECTION))) {
            timer.schedule(() -> connection.closeSilently(), GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
