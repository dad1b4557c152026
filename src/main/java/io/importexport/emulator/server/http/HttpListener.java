package io.importexport.emulator.server.http;

import io.importexport.emulator.config.EmulatorConfig;
import io.importexport.emulator.config.FileRefusals;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** A Jersey application on a Grizzly listener, with every departure of this package from the frameworks' defaults. */
public final class HttpListener implements AutoCloseable {
    /** Connection limits; docs/behaviour.md's Limits table says why each is what it is. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int WORKER_THREADS = 64;
    static final int BODY_READ_TIMEOUT_SECONDS = 10;

    private static final String HTTPS_LISTENER = "https";

    private final HttpServer http;
    private final NetworkListener plain;
    private final String url;
    private final Optional<Https> https;
    private final ScheduledExecutorService closer;
    private final Duration shutdownTimeout;

    /**
     * Where HTTPS is served and how clients verify it.
     *
     * @param port   the bound port
     * @param caFile the CA certificate the emulator made and wrote; empty with a keystore of the user's
     */
    public record Https(String host, int port, Optional<Path> caFile) {
        /** E.g. {@code https://127.0.0.1:8443}. */
        public String url() {
            return "https://" + host + ":" + port;
        }
    }

    private HttpListener(HttpServer http, NetworkListener plain, String url, Optional<Https> https, ScheduledExecutorService closer,
                         Duration shutdownTimeout) {
        this.http = http;
        this.plain = plain;
        this.url = url;
        this.https = https;
        this.closer = closer;
        this.shutdownTimeout = shutdownTimeout;
    }

    /**
     * Listens on {@code --host} and {@code --port}; returns once connections are accepted.
     *
     * @param errors         the framework errors' answers, also for requests Jersey refuses before it maps errors
     * @param mayWait        whether a call may wait now (a fault with a delay is armed)
     * @param servesInPlace  whether AWS API calls may run on the selector thread (nothing they do waits on a disk or a database)
     */
    public static HttpListener start(EmulatorConfig config, ResourceConfig resources, FrameworkErrorMapper errors, BooleanSupplier mayWait,
                                     boolean servesInPlace) throws IOException {
        String host = config.get(HOST).contains(":") && !config.get(HOST).startsWith("[") ? "[" + config.get(HOST) + "]" : config.get(HOST);
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://" + host + ":" + config.get(PORT) + "/"), resources, false);
        NetworkListener listener = http.getListeners().iterator().next();
        Optional<TlsIdentity> tls = config.get(HTTPS_PORT) == null ? Optional.empty() : Optional.of(config.get(TLS_KEYSTORE) != null
                ? TlsIdentity.fromKeystore(config.get(TLS_KEYSTORE), config.get(TLS_KEYSTORE_PASSWORD))
                : TlsIdentity.generate(config.get(TLS_NAMES) == null ? List.of() : List.of(config.get(TLS_NAMES).split(","))));
        tls.ifPresent(identity -> {
            NetworkListener secure = new NetworkListener(HTTPS_LISTENER, listener.getHost(), config.get(HTTPS_PORT));
            secure.setSecure(true);
            secure.setSSLEngineConfig(new SSLEngineConfigurator(identity.context(), false, false, false));
            http.addListener(secure);
        });
        for (NetworkListener each : http.getListeners()) {
            configure(each, config);
        }
        ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "importexport-connection-closer");
            thread.setDaemon(true);
            return thread;
        });
        http.getServerConfiguration().getMonitoringConfig().getWebServerConfig().addProbes(new ConnectionCloser(closer));
        RefusedRequests.install(http, errors);
        if (servesInPlace) {
            InPlaceServing.install(http, mayWait);
        }
        Optional<Https> https = Optional.empty();
        try {
            http.start();
            if (tls.isPresent()) {
                int port = http.getListener(HTTPS_LISTENER).getPort();
                https = Optional.of(new Https(host, port, caFile(tls.get(), config, port)));
            }
        } catch (IOException e) {
            http.shutdownNow();
            closer.shutdownNow();
            // Grizzly's message names no address; an embedded start surfaces it as it is
            throw e instanceof BindException ? new BindException("cannot listen on " + host + ":" + config.get(PORT)
                    + (tls.isPresent() ? " and " + config.get(HTTPS_PORT) : "") + ": " + e.getMessage()) : e;
        }
        return new HttpListener(http, listener, "http://" + host + ":" + listener.getPort(), https, closer, config.get(SHUTDOWN_TIMEOUT));
    }

    /**
     * Grizzly's defaults, adjusted for an emulator: a keep-alive connection carries any number of requests (Grizzly
     * closes it after 256, and boto3 and the Java SDK send every call over one connection); a request body is read
     * on a worker thread, so enough workers that slow clients cannot hold them all, and a read that stalls is given
     * up after a bounded time; headers up to 64 KiB (no AWS client comes near).
     */
    private static void configure(NetworkListener listener, EmulatorConfig config) {
        listener.getKeepAlive().setMaxRequestsCount(config.get(KEEP_ALIVE_MAX_REQUESTS));
        listener.getKeepAlive().setIdleTimeoutInSeconds((int) config.get(IDLE_TIMEOUT).toSeconds());
        listener.setMaxHttpHeaderSize(MAX_HEADER_BYTES);
        listener.getTransport().setReadTimeout(BODY_READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        listener.registerAddOn(new IgnoreUpgradeAddOn());
        ThreadPoolConfig workers = listener.getTransport().getWorkerThreadPoolConfig();
        if (workers != null) {
            // core == max: Grizzly then runs its lock-free FixedThreadPool; any other sizes get its SyncThreadPool, whose
            // one monitor the selector thread and every worker contend for on each request
            workers.setCorePoolSize(WORKER_THREADS).setMaxPoolSize(WORKER_THREADS);
        }
    }

    /**
     * Writes the CA certificate the emulator made where --tls-ca-file says, by default into the temporary folder under a
     * name with the HTTPS port (free while the emulator holds it, so that emulators running side by side never write
     * one file).
     */
    private static Optional<Path> caFile(TlsIdentity identity, EmulatorConfig config, int port) throws IOException {
        if (identity.caPem().isEmpty()) {
            return Optional.empty();
        }
        Path file = config.get(TLS_CA_FILE) != null ? config.get(TLS_CA_FILE)
                : Path.of(System.getProperty("java.io.tmpdir"), "importexport-emulator-" + port + "-ca.pem");
        try {
            Files.writeString(file, identity.caPem().get());
        } catch (FileSystemException e) {
            throw new IOException(TLS_CA_FILE.flag() + ": cannot write the CA certificate: " + FileRefusals.describe(e), e);
        }
        return Optional.of(file.toAbsolutePath());
    }

    /** Puts {@code wrapper}'s handler in place of the one handler Jersey registered, under the same mapping. */
    static void wrapHandler(HttpServer http, UnaryOperator<HttpHandler> wrapper) {
        ServerConfiguration configuration = http.getServerConfiguration();
        Map.Entry<HttpHandler, HttpHandlerRegistration[]> registered = configuration.getHttpHandlersWithMapping().entrySet().iterator().next();
        configuration.removeHttpHandler(registered.getKey());
        configuration.addHttpHandler(wrapper.apply(registered.getKey()), registered.getValue());
    }

    /** HTTPS, when --https-port asked for it. */
    public Optional<Https> https() {
        return https;
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8080}, with the real port. */
    public String url() {
        return url;
    }

    public int port() {
        return plain.getPort();
    }

    /**
     * Stops accepting connections, lets the requests in flight finish for at most {@code --shutdown-timeout}, then
     * cuts whatever is left. Returns when all of that is done.
     */
    @Override
    public void close() {
        boolean stopped = false;
        try {
            http.shutdown(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS).get(shutdownTimeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
            stopped = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // cut below
        } finally {
            if (!stopped) { // forcing a server that stopped gracefully interrupts its runner, which warns (GRIZZLY0032)
                http.shutdownNow();
            }
            closer.shutdownNow();
        }
    }
}
