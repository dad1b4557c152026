package io.importexport.emulator.admin;

import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.bucket.Buckets;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.JobService;
import io.importexport.emulator.domain.job.ShippingLabel;
import io.importexport.emulator.domain.job.Transition;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** The control plane acting directly on the emulator's services. */
public final class InProcessAdmin implements EmulatorAdmin {
    private final JobService jobs;
    private final Buckets buckets;
    private final Credentials credentials;
    private final EmulatorClock clock;
    private final String version;
    private final long startedNanos = System.nanoTime();

    public InProcessAdmin(JobService jobs, Buckets buckets, Credentials credentials, EmulatorClock clock, String version) {
        this.jobs = jobs;
        this.buckets = buckets;
        this.credentials = credentials;
        this.clock = clock;
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
    public Collection<Credential> credentials() {
        return credentials.all();
    }

    @Override
    public void setCredentials(Collection<Credential> replacement) {
        credentials.replace(replacement);
    }

    @Override
    public Optional<Job> job(String jobId) {
        return jobs.inspect(jobId);
    }

    @Override
    public Optional<Job> moveJob(String jobId, Transition to, int errorCount) {
        return jobs.moveTo(jobId, to, errorCount);
    }

    @Override
    public Optional<Job> advanceJob(String jobId) {
        return jobs.advance(jobId);
    }

    @Override
    public Optional<ShippingLabel> label(String name) {
        return jobs.label(name);
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
}
