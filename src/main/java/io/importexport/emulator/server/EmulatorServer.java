package io.importexport.emulator.server;

import io.importexport.emulator.admin.AdminEndpoint;
import io.importexport.emulator.admin.ControlPlaneAccess;
import io.importexport.emulator.admin.DashboardEndpoint;
import io.importexport.emulator.domain.job.DocumentLinks;
import io.importexport.emulator.config.EmulatorConfig;
import io.importexport.emulator.admin.BucketTableJson;
import io.importexport.emulator.admin.CredentialsJson;
import io.importexport.emulator.admin.EmulatorAdmin;
import io.importexport.emulator.admin.InProcessAdmin;
import io.importexport.emulator.domain.StateStore;
import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.bucket.Buckets;
import io.importexport.emulator.domain.traffic.RecentRequests;
import io.importexport.emulator.domain.job.InMemoryJobStore;
import io.importexport.emulator.domain.job.JobLifecycle;
import io.importexport.emulator.domain.job.JobService;
import io.importexport.emulator.domain.job.JobStore;
import io.importexport.emulator.domain.job.JobSettings;
import io.importexport.emulator.domain.manifest.ManifestValidator;
import io.importexport.emulator.protocol.QueryDispatcher;
import io.importexport.emulator.protocol.QueryEndpoint;
import io.importexport.emulator.protocol.RequestLog;
import io.importexport.emulator.protocol.auth.Authenticator;
import io.importexport.emulator.domain.fault.FaultInjector;
import io.importexport.emulator.protocol.wire.ExchangeRecorder;
import io.importexport.emulator.protocol.wire.WireSession;
import io.importexport.emulator.store.Database;
import io.importexport.emulator.protocol.operation.OperationTable;
import io.importexport.emulator.protocol.xml.ArtifactElement;
import io.importexport.emulator.protocol.xml.GetShippingLabelResult;
import io.importexport.emulator.protocol.xml.XmlBodyWriter;
import io.importexport.emulator.protocol.xml.XmlEnvelopes;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** One running emulator: the domain wired to Jersey on a Grizzly listener. */
public final class EmulatorServer implements AutoCloseable {
    private final HttpServer http;
    private final String url;
    private final EmulatorAdmin admin;
    private final Database database;
    private final ScheduledExecutorService closer;
    private final Duration shutdownTimeout;

    private EmulatorServer(HttpServer http, String url, EmulatorAdmin admin, Database database, ScheduledExecutorService closer,
                           Duration shutdownTimeout) {
        this.http = http;
        this.url = url;
        this.admin = admin;
        this.database = database;
        this.closer = closer;
        this.shutdownTimeout = shutdownTimeout;
    }

    /** Starts listening; returns once requests are accepted. Fails with the bind error for a taken port. */
    public static EmulatorServer start(EmulatorConfig config) throws IOException {
        // a recorded session must replay, so recording always runs seeded: the seed given, or one chosen here
        Long seed = config.get(SEED);
        Path recordDir = config.get(RECORD_DIR);
        if (seed == null && recordDir != null) {
            seed = new SecureRandom().nextLong() & Long.MAX_VALUE;
        }
        IdGenerator ids = seed == null ? IdGenerator.unseeded() : IdGenerator.seeded(seed);
        Instant clockAt = config.get(CLOCK) != null ? config.get(CLOCK) : config.get(CLOCK_START);
        boolean clockFrozen = config.get(CLOCK) != null;
        ExchangeRecorder recorder = null;
        if (recordDir != null) {
            List<String> masks = new ArrayList<>(config.get(RECORD_MASKS) == null ? List.of() : List.of(config.get(RECORD_MASKS).split("\\s*,\\s*")));
            if (config.get(ADMIN_TOKEN) != null) {
                // document URLs are signed with the token, which a replay does not have
                SIGNED_DOCUMENT_URLS.stream().filter(mask -> !masks.contains(mask)).forEach(masks::add);
            }
            for (String mask : masks) {
                try {
                    ReplayMasks.check(mask);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(RECORD_MASKS.flag() + ": " + e.getMessage(), e);
                }
            }
            recorder = new ExchangeRecorder(recordDir, new WireSession(seed, clockAt, clockFrozen, config.get(AUTH), masks));
        }
        Buckets buckets = new Buckets(config.get(BUCKETS) == null ? BucketTable.everyBucketExists() : BucketTableJson.read(config.get(BUCKETS)));
        EmulatorClock clock = clockAt == null ? new EmulatorClock(Clock.systemUTC())
                : clockFrozen ? EmulatorClock.frozenAt(clockAt) : EmulatorClock.startingAt(clockAt);
        JobLifecycle lifecycle = new JobLifecycle(ids, JobLifecycle.EXPIRY, JobLifecycle.RETENTION, config.get(AUTO_ADVANCE));
        Database database = config.get(DATA_DIR) != null ? Database.embedded(config.get(DATA_DIR), config.get(STORE_TIMEOUT))
                : config.get(DATABASE_URL) != null ? Database.open(config.get(DATABASE_URL), config.get(DATABASE_USER), config.get(DATABASE_PASSWORD), config.get(STORE_TIMEOUT))
                : null;
        JobStore store = database == null ? new InMemoryJobStore() : database.jobStore();
        JobService jobs = new JobService(store, ids, clock, new ManifestValidator(buckets), lifecycle,
                new JobSettings(config.get(DAILY_QUOTA), JobSettings.DEFAULT_SIGNING_SECRET));
        Credentials credentials = new Credentials(config.get(CREDENTIALS) == null ? List.of() : CredentialsJson.read(config.get(CREDENTIALS)));
        Authenticator authenticator = new Authenticator(config.get(AUTH), credentials, clock, config.get(CLOCK_SKEW));
        OperationTable operations = new OperationTable(jobs);
        FaultInjector faults = new FaultInjector(seed == null ? new SecureRandom().nextLong() : seed, operations.names());
        RecentRequests recentRequests = new RecentRequests();
        RequestLog requestLog = new RequestLog(config.get(LOG_FORMAT).equals("off") ? null : RequestLog.Format.valueOf(config.get(LOG_FORMAT)),
                System.err::println, recentRequests, clock);
        DocumentLinks documentLinks = new DocumentLinks(config.get(PUBLIC_URL), config.get(ADMIN_TOKEN));
        QueryDispatcher dispatcher = new QueryDispatcher(operations, authenticator, ids, config.get(MAX_BODY_SIZE),
                documentLinks, recorder, faults, requestLog);
        InProcessAdmin admin = new InProcessAdmin(jobs, buckets, credentials, clock, faults,
                database == null ? StateStore.NONE : database.stateStore(), recentRequests, EmulatorVersion.VERSION, config.describe());
        admin.restore();

        ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "importexport-connection-closer");
            thread.setDaemon(true);
            return thread;
        });
        // Explicit wiring, no classpath scanning: this list is everything the server does.
        ResourceConfig resources = new ResourceConfig()
                .registerResources(queryResource(new QueryEndpoint(dispatcher)))
                .register(AdminEndpoint.class)
                .register(DashboardEndpoint.class)
                .register(new FrameworkErrorMapper(ids))
                .register(new SizedResponses())
                .register(new XmlBodyWriter())
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(admin).to(EmulatorAdmin.class);
                        bind(jobs).to(JobService.class);
                    }
                })
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        if (config.get(ADMIN_TOKEN) != null) { // without a token the control plane is open: no filter on any request
            resources.register(new ControlPlaneAccess(config.get(ADMIN_TOKEN), documentLinks));
        }
        if (recorder != null) {
            resources.register(new ControlPlaneRecorder(recorder));
        }
        XmlEnvelopes.warmUp();
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://" + hostForUri(config.get(HOST)) + ":" + config.get(PORT) + "/"), resources, false);
        configure(http.getListeners().iterator().next(), config);
        http.getServerConfiguration().getMonitoringConfig().getWebServerConfig().addProbes(new ConnectionCloser(closer));
        if (database == null && recorder == null) { // a store or a recording on disk may wait: their calls go to workers
            InPlaceServing.install(http, faults::armed);
        }
        try {
            http.start();
        } catch (IOException e) {
            http.shutdownNow();
            closer.shutdownNow();
            if (database != null) {
                database.close();
            }
            throw e;
        }
        int port = http.getListeners().iterator().next().getPort();
        return new EmulatorServer(http, "http://" + hostForUri(config.get(HOST)) + ":" + port, admin, database, closer,
                config.get(SHUTDOWN_TIMEOUT));
    }

    /** The response fields that carry document URLs: {@code ArtifactList}'s and GetShippingLabel's. */
    private static final List<String> SIGNED_DOCUMENT_URLS = List.of(ReplayMasks.field(ArtifactElement.URL_ELEMENT),
            ReplayMasks.field(GetShippingLabelResult.URL_ELEMENT));

    /** Connection limits; see the README's Limits table for why each is what it is. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int WORKER_THREADS = 64;
    static final int BODY_READ_TIMEOUT_SECONDS = 10;

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
            // one monitor the selector thread and every worker contend for on each request (JFR: 12.9 s blocked in 30 s)
            workers.setCorePoolSize(WORKER_THREADS).setMaxPoolSize(WORKER_THREADS);
        }
    }

    /** The AWS API at {@code /}, each of the endpoint's methods handed the whole request (see QueryEndpoint). */
    private static Resource queryResource(QueryEndpoint endpoint) {
        Resource.Builder resource = Resource.builder(QueryEndpoint.PATH);
        QueryEndpoint.METHODS.forEach(method -> resource.addMethod(method).handledBy(endpoint));
        return resource.build();
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8080}, with the real port. */
    public String url() {
        return url;
    }

    /** The control plane, in process: what {@code /_emulator} offers over HTTP. */
    public EmulatorAdmin admin() {
        return admin;
    }

    public int port() {
        return http.getListeners().iterator().next().getPort();
    }

    /**
     * Stops gracefully: no new connection is accepted, the requests in flight are answered (for at most
     * {@code --shutdown-timeout}, then whatever is left is cut), and only then is the store closed, so that every
     * answered write is in it. Returns when all of that is done.
     */
    @Override
    public void close() {
        try {
            http.shutdown(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS).get(shutdownTimeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // cut below
        } finally {
            http.shutdownNow();
            closer.shutdownNow();
            if (database != null) {
                database.close();
            }
        }
    }
}
