package io.importexport.emulator.server;

import io.importexport.emulator.admin.AdminEndpoint;
import io.importexport.emulator.admin.BucketTableJson;
import io.importexport.emulator.admin.CredentialsJson;
import io.importexport.emulator.admin.EmulatorAdmin;
import io.importexport.emulator.admin.InProcessAdmin;
import io.importexport.emulator.admin.StateStore;
import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.bucket.Buckets;
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
import io.importexport.emulator.protocol.fault.FaultInjector;
import io.importexport.emulator.protocol.wire.ExchangeRecorder;
import io.importexport.emulator.protocol.wire.WireSession;
import io.importexport.emulator.store.Database;
import io.importexport.emulator.protocol.operation.OperationTable;
import io.importexport.emulator.protocol.xml.XmlEnvelopes;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One running emulator: the domain wired to Jersey on a Grizzly listener. */
public final class EmulatorServer implements AutoCloseable {
    private final HttpServer http;
    private final String url;
    private final EmulatorAdmin admin;
    private final Database database;

    private EmulatorServer(HttpServer http, String url, EmulatorAdmin admin, Database database) {
        this.http = http;
        this.url = url;
        this.admin = admin;
        this.database = database;
    }

    /** Starts listening; returns once requests are accepted. Fails with the bind error for a taken port. */
    public static EmulatorServer start(EmulatorConfig config) throws IOException {
        // a recorded session must replay, so recording always runs seeded: the seed given, or one chosen here
        Long seed = config.seed();
        if (seed == null && config.recordDir() != null) {
            seed = new SecureRandom().nextLong() & Long.MAX_VALUE;
        }
        IdGenerator ids = seed == null ? IdGenerator.unseeded() : IdGenerator.seeded(seed);
        ExchangeRecorder recorder = null;
        if (config.recordDir() != null) {
            recorder = new ExchangeRecorder(config.recordDir(), new WireSession(seed, config.clock(), config.clockFrozen(), config.auth()));
        }
        Buckets buckets = new Buckets(config.bucketsFile() == null ? BucketTable.everyBucketExists()
                : BucketTableJson.read(config.bucketsFile()));
        EmulatorClock clock = config.clock() == null ? new EmulatorClock(Clock.systemUTC())
                : config.clockFrozen() ? EmulatorClock.frozenAt(config.clock()) : EmulatorClock.startingAt(config.clock());
        JobLifecycle lifecycle = new JobLifecycle(ids, JobLifecycle.EXPIRY, JobLifecycle.RETENTION, config.autoAdvance());
        Database database = config.dataDir() != null ? Database.embedded(config.dataDir())
                : config.database() != null ? Database.open(config.database(), config.databaseUser(), config.databasePassword()) : null;
        JobStore store = database == null ? new InMemoryJobStore() : database.jobStore();
        JobService jobs = new JobService(store, ids, clock, new ManifestValidator(buckets), lifecycle,
                new JobSettings(config.dailyQuota(), JobSettings.DEFAULT_SIGNING_SECRET));
        Credentials credentials = new Credentials(config.credentialsFile() == null ? List.of()
                : CredentialsJson.read(config.credentialsFile()));
        Authenticator authenticator = new Authenticator(config.auth(), credentials, clock, config.clockSkew());
        FaultInjector faults = new FaultInjector(seed == null ? new SecureRandom().nextLong() : seed);
        RequestLog requestLog = config.requestLog() == null ? null : new RequestLog(config.requestLog(), System.err::println);
        QueryDispatcher dispatcher = new QueryDispatcher(new OperationTable(jobs), authenticator, ids, config.maxBodyBytes(),
                config.publicUrl(), recorder, faults, requestLog);
        InProcessAdmin admin = new InProcessAdmin(jobs, buckets, credentials, clock, faults,
                database == null ? StateStore.NONE : database.stateStore(), EmulatorVersion.VERSION);
        admin.restore();

        // Explicit wiring, no classpath scanning: this list is everything the server does.
        ResourceConfig resources = new ResourceConfig()
                .register(QueryEndpoint.class)
                .register(AdminEndpoint.class)
                .register(new FrameworkErrorMapper(ids))
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(dispatcher).to(QueryDispatcher.class);
                        bind(admin).to(EmulatorAdmin.class);
                        bind(jobs).to(JobService.class);
                    }
                })
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        XmlEnvelopes.warmUp();
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://" + hostForUri(config.host()) + ":" + config.port() + "/"), resources, false);
        configure(http.getListeners().iterator().next(), config);
        try {
            http.start();
        } catch (IOException e) {
            http.shutdownNow();
            if (database != null) {
                database.close();
            }
            throw e;
        }
        int port = http.getListeners().iterator().next().getPort();
        return new EmulatorServer(http, "http://" + hostForUri(config.host()) + ":" + port, admin, database);
    }

    /** Connection limits; see the README's Limits table for why each is what it is. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int WORKER_THREADS = 256;
    static final int BODY_READ_TIMEOUT_SECONDS = 10;

    /**
     * Grizzly's defaults, adjusted for an emulator: a keep-alive connection carries any number of requests (Grizzly
     * closes it after 256, and boto3 and the Java SDK send every call over one connection); a request body is read
     * on a worker thread, so enough workers that slow clients cannot hold them all, and a read that stalls is given
     * up after a bounded time; headers up to 64 KiB (no AWS client comes near).
     */
    private static void configure(NetworkListener listener, EmulatorConfig config) {
        listener.getKeepAlive().setMaxRequestsCount(config.keepAliveMaxRequests());
        listener.getKeepAlive().setIdleTimeoutInSeconds((int) Math.max(1, config.idleTimeout().toSeconds()));
        listener.setMaxHttpHeaderSize(MAX_HEADER_BYTES);
        listener.getTransport().setReadTimeout(BODY_READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        ThreadPoolConfig workers = listener.getTransport().getWorkerThreadPoolConfig();
        if (workers != null) {
            workers.setMaxPoolSize(WORKER_THREADS).setCorePoolSize(Math.min(workers.getCorePoolSize(), WORKER_THREADS));
        }
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

    @Override
    public void close() {
        http.shutdownNow();
        if (database != null) {
            database.close();
        }
    }
}
