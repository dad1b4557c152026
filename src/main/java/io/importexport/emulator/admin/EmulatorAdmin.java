package io.importexport.emulator.admin;

import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.job.Transition;
import io.importexport.emulator.domain.traffic.RecentRequests;
import io.importexport.emulator.domain.traffic.RequestRecord;
import io.importexport.emulator.domain.fault.Fault;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the control plane can do, one interface for both ways of reaching it: {@link InProcessAdmin} in the
 * emulator's JVM, {@link HttpAdmin} over {@code /_emulator} (a subprocess, a shared instance).
 */
public interface EmulatorAdmin {

    Health health();

    /** The options it runs with, by name as on the command line ({@code port}, {@code auto-advance}), as text; secrets hidden. */
    Map<String, String> config();

    /** Forgets every job, label, fault and recorded request, puts the clock back, restores the bucket table and keys it started with. */
    void reset();

    /** Forgets one account's jobs and faults. */
    void reset(String accountId);

    /** Every account's jobs (or one account's, when {@code accountId} is not null), newest first. */
    List<JobView> jobs(String accountId);

    Optional<JobView> job(String jobId);

    /**
     * Moves a job to a named state; empty for an unknown job.
     *
     * @throws TransitionRefusedException when the lifecycle does not allow the move
     */
    Optional<JobView> moveJob(String jobId, Transition to, int errorCount);

    /**
     * Moves a job one step along the happy path; empty for an unknown job.
     *
     * @throws TransitionRefusedException when the job is at the end of its path
     */
    Optional<JobView> advanceJob(String jobId);

    /** The last AWS API requests answered (at most {@value RecentRequests#CAPACITY}), oldest first; reset forgets them. */
    List<RequestRecord> requests();

    Instant now();

    void advanceClock(Duration by);

    void setClock(Instant now);

    BucketTable buckets();

    /** Replaces the bucket table; {@link BucketTable#everyBucketExists()} lifts it. */
    void setBuckets(BucketTable table);

    List<KeyView> credentials();

    /** Replaces the access keys; an empty list leaves strict mode accepting nothing. */
    void setCredentials(Collection<Credential> credentials);

    void addFault(Fault fault);

    /** The faults still in force (a counted fault disappears once used up). */
    List<Fault> faults();

    void clearFaults();

    /**
     * @param status {@code ok}, or {@code unavailable} while the store is down (the route then answers 503)
     * @param store  {@code memory}, {@code up} or {@code down}
     */
    record Health(String status, String version, double uptimeSeconds, String store) {
    }
}
