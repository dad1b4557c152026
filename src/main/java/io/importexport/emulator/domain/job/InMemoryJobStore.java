package io.importexport.emulator.domain.job;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The default store: jobs by id, plus one index per account ordered newest first (the order ListJobs pages
 * in, spec §11), so that per-account questions never scan other accounts' jobs.
 */
public final class InMemoryJobStore implements JobStore {
    /** Newest first; equal creation times by job id descending, so that the order is total and stable. */
    private static final Comparator<ListingKey> NEWEST_FIRST =
            Comparator.comparing(ListingKey::creationDate).thenComparing(ListingKey::jobId).reversed();

    private final Map<String, Job> jobsById = new ConcurrentHashMap<>();
    private final Map<String, NavigableMap<ListingKey, String>> jobsByAccount = new ConcurrentHashMap<>();

    /** A job's place in its account's listing; it never changes, whatever happens to the job. */
    private record ListingKey(Instant creationDate, String jobId) {
        static ListingKey of(Job job) {
            return new ListingKey(job.creationDate(), job.id());
        }
    }

    @Override
    public boolean insert(Job job) {
        if (jobsById.putIfAbsent(job.id(), job) != null) {
            return false;
        }
        jobsByAccount.computeIfAbsent(job.accountId(), account -> new ConcurrentSkipListMap<>(NEWEST_FIRST))
                .put(ListingKey.of(job), job.id());
        return true;
    }

    @Override
    public Optional<Job> find(String jobId) {
        return Optional.ofNullable(jobsById.get(jobId));
    }

    @Override
    public int countCreatedSince(String accountId, Instant since, int limit) {
        NavigableMap<ListingKey, String> jobs = jobsByAccount.get(accountId);
        int count = 0;
        if (jobs != null) {
            for (ListingKey job : jobs.keySet()) {
                if (count >= limit || job.creationDate().isBefore(since)) {
                    break;
                }
                count++;
            }
        }
        return count;
    }

    @Override
    public void clear() {
        jobsById.clear();
        jobsByAccount.clear();
    }
}
