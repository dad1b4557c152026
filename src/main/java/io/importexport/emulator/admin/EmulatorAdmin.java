package io.importexport.emulator.admin;

import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.ShippingLabel;
import io.importexport.emulator.domain.job.Transition;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** What the control plane can do; the HTTP routes under {@code /_emulator} are one way to reach it. */
public interface EmulatorAdmin {

    Health health();

    /** Forgets every job and label, puts the clock back, and restores the bucket table and keys the emulator started with. */
    void reset();

    BucketTable buckets();

    /** Replaces the bucket table; {@link BucketTable#everyBucketExists()} lifts it. */
    void setBuckets(BucketTable table);

    /** The access keys in force. */
    Collection<Credential> credentials();

    /** Replaces the access keys; an empty list leaves strict mode accepting nothing. */
    void setCredentials(Collection<Credential> credentials);

    /** Any account's job as it stands now. */
    Optional<Job> job(String jobId);

    /**
     * Moves a job to a named state; empty for an unknown job.
     *
     * @throws io.importexport.emulator.domain.job.IllegalTransitionException when the lifecycle does not allow it
     */
    Optional<Job> moveJob(String jobId, Transition to, int errorCount);

    /** Moves a job one step along the happy path; empty for an unknown job. */
    Optional<Job> advanceJob(String jobId);

    Optional<ShippingLabel> label(String name);

    Instant now();

    void advanceClock(Duration by);

    void setClock(Instant now);

    record Health(String status, String version, double uptimeSeconds) {
    }
}
