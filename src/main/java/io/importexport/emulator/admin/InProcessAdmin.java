package io.importexport.emulator.admin;

import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.bucket.Buckets;
import io.importexport.emulator.domain.job.IllegalTransitionException;
import io.importexport.emulator.domain.job.JobService;
import io.importexport.emulator.domain.job.Transition;
import io.importexport.emulator.protocol.fault.Fault;
import io.importexport.emulator.protocol.fault.FaultInjector;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The control plane acting directly on the emulator's services. */
public final class InProcessAdmin implements EmulatorAdmin {
    private final JobService jobs;
    private final Buckets buckets;
    private final Credentials credentials;
    private final EmulatorClock clock;
    private final FaultInjector faults;
    private final String version;
    private final long startedNanos = System.nanoTime();

    public InProcessAdmin(JobService jobs, Buckets buckets, Credentials credentials, EmulatorClock clock, FaultInjector faults,
                          String version) {
        this.jobs = jobs;
        this.buckets = buckets;
        this.credentials = credentials;
        this.clock = clock;
        this.faults = faults;
        this.version = version;
    }

    @Override
    public Health health() {
        return new Health("ok", version, (System.nanoTime() - startedNanos) / 1_000_000 / 1000.0);
    }

    @Override
    public void reset() {
        jobs.reset();
        buckets.reset();
        credentials.reset();
        clock.reset();
        faults.clear();
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
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<JobView> advanceJob(String jobId) {
        try {
            return jobs.advance(jobId).map(JobView::of);
        } catch (IllegalTransitionException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    @Override
    public void setClock(Instant now) {
        clock.set(now);
    }

    @Override
    public BucketTable buckets() {
        return buckets.table();
    }

    @Override
    public void setBuckets(BucketTable table) {
        buckets.replace(table);
    }

    @Override
    public List<KeyView> credentials() {
        return credentials.all().stream()
                .map(credential -> new KeyView(credential.accountId(), credential.accessKeyId(), credential.sessionToken() != null)).toList();
    }

    @Override
    public void setCredentials(Collection<Credential> replacement) {
        credentials.replace(replacement);
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
