package io.importexport.emulator.domain.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where jobs live. Implementations are thread-safe; ids are unique across all accounts. */
public interface JobStore {

    /** Stores a new job; false, storing nothing, when its id is taken. */
    boolean insert(Job job);

    /** Replaces {@code expected} by {@code updated} if the stored job is still {@code expected}; false otherwise. */
    boolean replace(Job expected, Job updated);

    Optional<Job> find(String jobId);

    /**
     * An account's jobs, newest first (equal creation times by job id, descending), starting after the job
     * {@code afterJobId} (or at the newest when null), keeping only those {@code visible} accepts, at most
     * {@code limit}. Its cost depends on the page, not on how many jobs are stored.
     */
    List<Job> page(String accountId, String afterJobId, int limit, Predicate<Job> visible);

    /** How many of an account's jobs were created at or after {@code since}, counting no further than {@code limit}. */
    int countCreatedSince(String accountId, Instant since, int limit);

    /** Every job of every account, for the control plane (a scan: never on an AWS API path). */
    List<Job> all();

    /** Forgets every job of one account. */
    void clear(String accountId);

    /** Forgets every job. */
    void clear();
}
