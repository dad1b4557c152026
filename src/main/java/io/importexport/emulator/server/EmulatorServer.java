package io.importexport.emulator.server;

import io.importexport.emulator.admin.AdminEndpoint;
import io.importexport.emulator.admin.ConditionalGets;
import io.importexport.emulator.admin.BucketTableJson;
import io.importexport.emulator.admin.ControlPlaneAccess;
import io.importexport.emulator.admin.CredentialsJson;
import io.importexport.emulator.admin.DashboardEndpoint;
import io.importexport.emulator.admin.EmulatorAdmin;
import io.importexport.emulator.admin.InProcessAdmin;
import io.importexport.emulator.config.EmulatorConfig;
import io.importexport.emulator.config.FileRefusals;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.config.Option;
import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.StateStore;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.bucket.Buckets;
import io.importexport.emulator.domain.fault.FaultInjector;
import io.importexport.emulator.domain.job.DocumentLinks;
import io.importexport.emulator.domain.job.InMemoryJobStore;
import io.importexport.emulator.domain.job.JobLifecycle;
import io.importexport.emulator.domain.job.JobService;
import io.importexport.emulator.domain.job.JobSettings;
import io.importexport.emulator.domain.manifest.ManifestValidator;
import io.importexport.emulator.domain.traffic.RecentRequests;
import io.importexport.emulator.protocol.QueryDispatcher;
import io.importexport.emulator.protocol.QueryEndpoint;
import io.importexport.emulator.protocol.RequestLog;
import io.importexport.emulator.protocol.auth.Authenticator;
import io.importexport.emulator.protocol.operation.OperationTable;
import io.importexport.emulator.protocol.xml.ArtifactElement;
import io.importexport.emulator.protocol.xml.GetShippingLabelResult;
import io.importexport.emulator.protocol.xml.XmlEnvelopes;
import io.importexport.emulator.replay.ControlPlaneRecorder;
import io.importexport.emulator.replay.ExchangeRecorder;
import io.importexport.emulator.replay.ReplayMasks;
import io.importexport.emulator.replay.ReplayTarget;
import io.importexport.emulator.replay.WireSession;
import io.importexport.emulator.server.http.FrameworkErrorMapper;
import io.importexport.emulator.server.http.HttpListener;
import io.importexport.emulator.server.http.SizedResponses;
import io.importexport.emulator.store.Database;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** One running emulator: the domain wired to Jersey on a Grizzly listener. */
public final class EmulatorServer implements ReplayTarget.Running {
    /** The response fields that carry document URLs: {@code ArtifactList}'s and GetShippingLabel's. */
    private static final List<String> SIGNED_DOCUMENT_URLS = List.of(ReplayMasks.field(ArtifactElement.URL_ELEMENT),
            ReplayMasks.field(GetShippingLabelResult.URL_ELEMENT));

    private final HttpListener http;
    private final EmulatorAdmin admin;
    private final Database database;

    private EmulatorServer(HttpListener http, EmulatorAdmin admin, Database database) {
        this.http = http;
        this.admin = admin;
        this.database = database;
    }

    /**
     * Starts listening; returns once requests are accepted. Fails with the bind error for a taken port, with
     * {@link StoreUnavailableException} when the durable store cannot be opened, and with IllegalArgumentException for
     * a file option whose content is refused.
     */
    public static EmulatorServer start(EmulatorConfig config) throws IOException {
        LibraryLogs.quiet();
        // a recorded session must replay, so recording always runs seeded: the seed given, or one chosen here
        Long seed = config.get(SEED) == null && config.get(RECORD_DIR) != null ? new SecureRandom().nextLong() & Long.MAX_VALUE
                : config.get(SEED);
        ExchangeRecorder recorder = config.get(RECORD_DIR) == null ? null : recorder(config, seed);
        Database database = openDatabase(config);
        try {
            IdGenerator ids = seed == null ? IdGenerator.unseeded() : IdGenerator.seeded(seed);
            Services services = services(config, seed, ids, database, recorder);
            XmlEnvelopes.warmUp(); // the JAXB context built now, not by the first request
            FrameworkErrorMapper errors = new FrameworkErrorMapper(ids);
            HttpListener http = HttpListener.start(config, resources(config, services, errors, recorder), errors,
                    services.faults()::armed, database == null && recorder == null);
            services.described().set(described(config, http));
            return new EmulatorServer(http, services.admin(), database);
        } catch (IOException | RuntimeException e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    /**
     * The domain and the protocol over it, as the configuration asks; {@code described} is what the control plane shows
     * of the configuration, completed once the listener has its port.
     */
    private record Services(JobService jobs, InProcessAdmin admin, FaultInjector faults, QueryDispatcher dispatcher,
                            DocumentLinks documentLinks, AtomicReference<Map<String, String>> described) {
    }

    /**
     * The configuration as the control plane shows it: in declaration order, secrets hidden, the ports bound, and with
     * HTTPS the CA certificate clients verify the emulator with.
     */
    private static Map<String, String> described(EmulatorConfig config, HttpListener http) {
        Map<String, String> described = new LinkedHashMap<>(config.describe());
        described.put(PORT.name(), String.valueOf(http.port()));
        http.https().ifPresent(https -> {
            described.put(HTTPS_PORT.name(), String.valueOf(https.port()));
            https.caFile().ifPresent(file -> described.put(TLS_CA_FILE.name(), file.toString()));
        });
        Map<String, String> ordered = new LinkedHashMap<>();
        EmulatorOptions.all().stream().map(Option::name).filter(described::containsKey).forEach(name -> ordered.put(name, described.get(name)));
        return Collections.unmodifiableMap(ordered);
    }

    private static Services services(EmulatorConfig config, Long seed, IdGenerator ids, Database database, ExchangeRecorder recorder)
            throws IOException {
        EmulatorClock clock = clock(config);
        Buckets buckets = new Buckets(config.get(BUCKETS) == null ? BucketTable.everyBucketExists() : BucketTableJson.read(config.get(BUCKETS)));
        JobLifecycle lifecycle = new JobLifecycle(ids, JobLifecycle.EXPIRY, JobLifecycle.RETENTION, config.get(AUTO_ADVANCE));
        JobService jobs = new JobService(database == null ? new InMemoryJobStore() : database.jobStore(), ids, clock,
                new ManifestValidator(buckets), lifecycle, new JobSettings(config.get(DAILY_QUOTA), JobSettings.DEFAULT_SIGNING_SECRET));
        Credentials credentials = new Credentials(config.get(CREDENTIALS) == null ? List.of() : CredentialsJson.read(config.get(CREDENTIALS)));
        OperationTable operations = new OperationTable(jobs);
        FaultInjector faults = new FaultInjector(seed == null ? new SecureRandom().nextLong() : seed, operations.names());
        RecentRequests recentRequests = new RecentRequests();
        RequestLog requestLog = new RequestLog(config.get(LOG_FORMAT).equals("off") ? null : RequestLog.Format.valueOf(config.get(LOG_FORMAT)),
                System.err::println, recentRequests, clock);
        DocumentLinks documentLinks = new DocumentLinks(config.get(PUBLIC_URL), config.get(ADMIN_TOKEN));
        QueryDispatcher dispatcher = new QueryDispatcher(operations, new Authenticator(config.get(AUTH), credentials, clock, config.get(CLOCK_SKEW)),
                ids, config.get(MAX_BODY_SIZE), documentLinks, recorder, faults, requestLog);
        AtomicReference<Map<String, String>> described = new AtomicReference<>(config.describe()); // the ports once bound
        InProcessAdmin admin = new InProcessAdmin(jobs, buckets, credentials, clock, faults,
                database == null ? StateStore.NONE : database.stateStore(), recentRequests, EmulatorVersion.VERSION, described::get);
        admin.restore();
        return new Services(jobs, admin, faults, dispatcher, documentLinks, described);
    }

    /** {@code --clock} freezes the time, {@code --clock-start} sets it running; else the real time. */
    private static EmulatorClock clock(EmulatorConfig config) {
        return config.get(CLOCK) != null ? EmulatorClock.frozenAt(config.get(CLOCK))
                : config.get(CLOCK_START) != null ? EmulatorClock.startingAt(config.get(CLOCK_START)) : new EmulatorClock(Clock.systemUTC());
    }

    /** The durable store {@code --data-dir} or {@code --database-url} names, or null for the in-memory one. */
    private static Database openDatabase(EmulatorConfig config) {
        try {
            return config.get(DATA_DIR) != null ? Database.embedded(config.get(DATA_DIR), config.get(STORE_TIMEOUT))
                    : config.get(DATABASE_URL) != null ? Database.open(config.get(DATABASE_URL), config.get(DATABASE_USER),
                    config.get(DATABASE_PASSWORD), config.get(STORE_TIMEOUT)) : null;
        } catch (RuntimeException e) { // locked, unreachable, refused, a folder that cannot be made
            throw new StoreUnavailableException(e);
        }
    }

    /** {@code --record-dir}: the session's settings written first, so that the folder replays even after an abrupt stop. */
    private static ExchangeRecorder recorder(EmulatorConfig config, long seed) throws IOException {
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
        Instant clockAt = config.get(CLOCK) != null ? config.get(CLOCK) : config.get(CLOCK_START);
        Path directory = config.get(RECORD_DIR);
        try {
            return new ExchangeRecorder(directory, new WireSession(seed, clockAt, config.get(CLOCK) != null, config.get(AUTH), masks));
        } catch (FileSystemException e) {
            String refused = directory.toString().equals(e.getFile()) ? FileRefusals.reason(e) : FileRefusals.describe(e);
            throw new IOException(RECORD_DIR.flag() + ": cannot record into " + directory + ": " + refused, e);
        }
    }

    /** Explicit wiring, no classpath scanning: this list is everything the server does. */
    private static ResourceConfig resources(EmulatorConfig config, Services services, FrameworkErrorMapper errors, ExchangeRecorder recorder) {
        ResourceConfig resources = new ResourceConfig()
                .registerResources(queryResource(new QueryEndpoint(services.dispatcher())))
                .register(AdminEndpoint.class)
                .register(DashboardEndpoint.class)
                .register(ConditionalGets.class)
                .register(errors)
                .register(new SizedResponses())
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(services.admin()).to(EmulatorAdmin.class);
                        bind(services.jobs()).to(JobService.class);
                    }
                })
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        if (config.get(ADMIN_TOKEN) != null) { // without a token the control plane is open: no filter on any request
            resources.register(new ControlPlaneAccess(config.get(ADMIN_TOKEN), services.documentLinks()));
        }
        if (recorder != null) {
            resources.register(new ControlPlaneRecorder(recorder));
        }
        return resources;
    }

    /** The AWS API at {@code /}, each of the endpoint's methods handed the whole request (see QueryEndpoint). */
    private static Resource queryResource(QueryEndpoint endpoint) {
        Resource.Builder resource = Resource.builder(QueryEndpoint.PATH);
        QueryEndpoint.METHODS.forEach(method -> resource.addMethod(method).handledBy(endpoint));
        return resource.build();
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8080}, with the real port. */
    public String url() {
        return http.url();
    }

    /** HTTPS, when --https-port asked for it: its URL and the CA certificate that verifies it. */
    public Optional<HttpListener.Https> https() {
        return http.https();
    }

    /** The control plane, in process: what {@code /_emulator} offers over HTTP. */
    public EmulatorAdmin admin() {
        return admin;
    }

    @Override
    public int port() {
        return http.port();
    }

    /**
     * Stops gracefully: no new connection is accepted, the requests in flight are answered (for at most
     * {@code --shutdown-timeout}, then whatever is left is cut), and only then is the store closed, so that every
     * answered write is in it. Returns when all of that is done.
     */
    @Override
    public void close() {
        try {
            http.close();
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
