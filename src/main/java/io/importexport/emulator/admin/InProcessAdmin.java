package io.importexport.emulator.admin;

import io.importexport.emulator.domain.StateStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.bucket.Buckets;
import io.importexport.emulator.domain.job.IllegalTransitionException;
import io.importexport.emulator.domain.job.JobService;
import io.importexport.emulator.domain.job.Transition;
import io.importexport.emulator.domain.traffic.RecentRequests;
import io.importexport.emulator.domain.traffic.RequestRecord;
import io.importexport.emulator.domain.fault.Fault;
import io.importexport.emulator.domain.fault.FaultInjector;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * The control plane acting directly on the emulator's services. What it changes besides jobs (the clock offset,
 * the credentials, the bucket table) it also keeps in a {@link StateStore}, so that a durable emulator restarts
 * as it stopped; {@link #restore()} puts it back.
 */
public final class InProcessAdmin implements EmulatorAdmin {
    private static final String CLOCK_OFFSET = "clock.offset";
    private static final String CREDENTIALS = "credentials";
    private static final String BUCKETS = "buckets";

    private final JobService jobs;
    private final Buckets buckets;
    private final Credentials credentials;
    private final EmulatorClock clock;
    private final FaultInjector faults;
    private final StateStore state;
    private final RecentRequests recentRequests;
    private final String version;
    private final Supplier<Map<String, String>> config;
    private final long startedNanos = System.nanoTime();

    public InProcessAdmin(JobService jobs, Buckets buckets, Credentials credentials, EmulatorClock clock, FaultInjector faults,
                          StateStore state, RecentRequests recentRequests, String version, Supplier<Map<String, String>> config) {
        this.jobs = jobs;
        this.buckets = buckets;
        this.credentials = credentials;
        this.clock = clock;
        this.faults = faults;
        this.state = state;
        this.recentRequests = recentRequests;
        this.version = version;
        this.config = config;
    }

    @Override
    public Health health() {
        String store = state == StateStore.NONE ? "memory" : state.isAvailable() ? "up" : "down";
        return new Health(store.equals("down") ? "unavailable" : "ok", version, (System.nanoTime() - startedNanos) / 1_000_000 / 1000.0, store);
    }

    /** The options as the server runs with them, in the order they are declared: the bound port, not 0. */
    @Override
    public Map<String, String> config() {
        return config.get();
    }

    @Override
    public void reset() {
        jobs.reset();
        buckets.reset();
        credentials.reset();
        clock.reset();
        faults.clear();
        recentRequests.clear();
        keep();
    }

    /** Puts back what a durable store kept from before a restart. */
    public void restore() {
        state.get(CLOCK_OFFSET).map(Duration::parse).ifPresent(clock::restoreOffset);
        state.get(CREDENTIALS).map(json -> CredentialsJson.parse(json.getBytes(StandardCharsets.UTF_8))).ifPresent(credentials::replace);
        state.get(BUCKETS).map(json -> BucketTableJson.parse(json.getBytes(StandardCharsets.UTF_8))).ifPresent(buckets::replace);
    }

    private void keep() {
        try {
            state.put(CLOCK_OFFSET, clock.offset().toString());
            state.put(CREDENTIALS, AdminJson.JSON.writeValueAsString(CredentialsJson.describe(credentials.all())));
            state.put(BUCKETS, AdminJson.JSON.writeValueAsString(BucketTableJson.describe(buckets.table())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of plain values are always serializable", e);
        }
    }

    @Override
    public void reset(String accountId) {
        jobs.reset(accountId);
        faults.clear(accountId);
    }

    @Override
    public List<JobView> jobs(String accountId) {
        return jobs.inspectAll(accountId).stream().map(JobView::of).toList();
    }

    @Override
    public Optional<JobView> job(String jobId) {
        return jobs.inspect(jobId).map(JobView::of);
    }

    @Override
    public Optional<JobView> moveJob(String jobId, Transition to, int errorCount) {
        try {
            return jobs.moveTo(jobId, to, errorCount).map(JobView::of);
        } catch (IllegalTransitionException e) {
            throw new TransitionRefusedException(e.getMessage());
        }
    }

    @Override
    public Optional<JobView> advanceJob(String jobId) {
        try {
            return jobs.advance(jobId).map(JobView::of);
        } catch (IllegalTransitionException e) {
            throw new TransitionRefusedException(e.getMessage());
        }
    }

    @Override
    public List<RequestRecord> requests() {
        return recentRequests.all();
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void advanceClock(Duration by) {
        clock.advance(by);
        keep();
    }

    @Override
    public void setClock(Instant now) {
        clock.set(now);
        keep();
    }

    @Override
    public BucketTable buckets() {
        return buckets.table();
    }

    @Override
    public void setBuckets(BucketTable table) {
        buckets.replace(table);
        keep();
    }

    @Override
    public List<KeyView> credentials() {
        return credentials.all().stream()
                .map(credential -> new KeyView(credential.accountId(), credential.accessKeyId(), credential.sessionToken() != null)).toList();
    }

    @Override
    public void setCredentials(Collection<Credential> replacement) {
        credentials.replace(replacement);
        keep();
    }

    @Override
    public void addFault(Fault fault) {
        faults.add(fault);
    }

    @Override
    public List<Fault> faults() {
        return faults.faults();
    }

    @Override
    public void clearFaults() {
        faults.clear();
    }
}
