package io.importexport.emulator.domain.job;

import java.time.Instant;
import java.util.Optional;

/** Where jobs live. Implementations are thread-safe; ids are unique across all accounts. */
public interface JobStore {

    /** Stores a new job; false, storing nothing, when its id is taken. */
    boolean insert(Job job);

    Optional<Job> find(String jobId);

    /** How many of an account's jobs were created at or after {@code since}, counting no further than {@code limit}. */
    int countCreatedSince(String accountId, Instant since, int limit);

    /** Forgets every job. */
    void clear();
}
