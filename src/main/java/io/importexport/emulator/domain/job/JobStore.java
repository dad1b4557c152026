package io.importexport.emulator.domain.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where jobs live. Implementations are thread-safe; ids are unique across all accounts. */
public interface JobStore {

    /** What {@link #insert} did. */
    enum Insertion { INSERTED, ID_TAKEN, QUOTA_EXCEEDED }

    /**
     * Stores a new job unless its id is taken or, with {@code dailyQuota > 0}, its account has already created that
     * many jobs at or after {@code dayStart}. The check and the insert are one atomic step, also across emulator
     * processes that share a store, so that a quota is never overshot.
     */
    Insertion insert(Job job, int dailyQuota, Instant dayStart);

    /**
     * Replaces the job by {@code updated} if its stored revision is still {@code expected}'s; returns it as stored
     * (its revision one more), or empty when another change came first.
     */
    Optional<Job> replace(Job expected, Job updated);

    Optional<Job> find(String jobId);

    /**
     * An account's jobs, newest first (equal creation dates by creation order, latest first), starting after the job
     * {@code afterJobId} (or at the newest when null), keeping only those {@code visible} accepts, at most
     * {@code limit}. Its cost depends on the page, not on how many jobs are stored.
     */
    List<Job> page(String accountId, String afterJobId, int limit, Predicate<Job> visible);

    /** Every job of every account in the order of {@link #page}, for the control plane (a scan: never on an AWS API path). */
    List<Job> all();

    /** Forgets every job of one account. */
    void clear(String accountId);

    /** Forgets every job and label. */
    void clear();

    /**
     * Keeps a label made by GetShippingLabel unless one of its name exists (also one another emulator sharing the store
     * made a moment before); whether it did. A label, once made, never changes.
     */
    boolean addLabel(ShippingLabel label);

    Optional<ShippingLabel> findLabel(String name);

    /** The labels made for a job (alone or with others), oldest first. */
    List<ShippingLabel> labelsFor(String jobId);
}
