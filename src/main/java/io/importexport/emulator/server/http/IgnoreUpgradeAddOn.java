package io.importexport.emulator.server.http;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents.IncomingHttpUpgradeEvent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Answers a request that asks to upgrade the connection ({@code Upgrade: h2c}, which {@code curl --http2} and Java's
 * {@code HttpClient} send by default, or a WebSocket) as the plain HTTP/1.1 request it also is, which RFC 9110 §7.8
 * allows a server to do. Grizzly otherwise hands such a request's body on unframed, as the bytes of the new protocol:
 * the body never ends, and the request waited for the body-read timeout and was answered 400. The emulator speaks
 * HTTP/1.1 only, so no upgrade is ever taken.
 */
final class IgnoreUpgradeAddOn implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder chain) {
        // right after the HTTP codec, which announces the upgrade before it decides how to read the body
        chain.add(chain.indexOfType(HttpServerFilter.class) + 1, new IgnoreUpgradeFilter());
    }

    private static final class IgnoreUpgradeFilter extends BaseFilter {
        @Override
        public NextAction handleEvent(FilterChainContext context, FilterChainEvent event) {
            if (event.type() == IncomingHttpUpgradeEvent.TYPE) {
                HttpHeader request = ((IncomingHttpUpgradeEvent) event).getHttpHeader();
                request.getUpgradeDC().recycle();
                request.setIgnoreContentModifiers(false);
            }
            return context.getInvokeAction();
        }
    }
}
