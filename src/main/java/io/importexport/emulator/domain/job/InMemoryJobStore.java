package io.importexport.emulator.domain.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The default store: jobs by id, plus one index per account ordered newest first (the order ListJobs pages
 * in, service.md §11), so that a page starts at its marker in O(log n) and never scans other accounts' jobs.
 */
public final class InMemoryJobStore implements JobStore {
    private final Map<String, Job> jobsById = new ConcurrentHashMap<>();
    private final Map<String, NavigableMap<ListingKey, String>> jobsByAccount = new ConcurrentHashMap<>();
    private final Map<String, ListingKey> listingKeys = new ConcurrentHashMap<>();
    private final AtomicLong creationOrder = new AtomicLong();
    private final Map<String, Object> quotaLocks = new ConcurrentHashMap<>();
    private final Map<String, ShippingLabel> labels = new ConcurrentHashMap<>();

    /**
     * A job's place in its account's listing; it never changes, whatever happens to the job. Ordered newest first, equal
     * creation times by creation order, latest first, so that the order is total and stable.
     */
    private record ListingKey(Instant creationDate, long creationOrder) implements Comparable<ListingKey> {
        @Override
        public int compareTo(ListingKey other) {
            int byDate = other.creationDate.compareTo(creationDate);
            return byDate != 0 ? byDate : Long.compare(other.creationOrder, creationOrder);
        }
    }

    @Override
    public Insertion insert(Job job, int dailyQuota, Instant dayStart) {
        if (dailyQuota <= 0) {
            return insert(job);
        }
        synchronized (quotaLocks.computeIfAbsent(job.accountId(), account -> new Object())) {
            return countCreatedSince(job.accountId(), dayStart, dailyQuota) >= dailyQuota ? Insertion.QUOTA_EXCEEDED : insert(job);
        }
    }

    private Insertion insert(Job job) {
        if (jobsById.putIfAbsent(job.id(), job) != null) {
            return Insertion.ID_TAKEN;
        }
        ListingKey key = new ListingKey(job.creationDate(), creationOrder.incrementAndGet());
        listingKeys.put(job.id(), key);
        jobsByAccount.computeIfAbsent(job.accountId(), account -> new ConcurrentSkipListMap<>()).put(key, job.id());
        return Insertion.INSERTED;
    }

    @Override
    public Optional<Job> replace(Job expected, Job updated) {
        Job next = updated.withRevision(expected.revision() + 1);
        Job stored = jobsById.computeIfPresent(expected.id(), (id, current) -> current.revision() == expected.revision() ? next : current);
        return Optional.ofNullable(stored == next ? stored : null);
    }

    @Override
    public Optional<Job> find(String jobId) {
        return Optional.ofNullable(jobsById.get(jobId));
    }

    @Override
    public List<Job> page(String accountId, String afterJobId, int limit, Predicate<Job> visible) {
        NavigableMap<ListingKey, String> jobs = jobsByAccount.get(accountId);
        List<Job> page = new ArrayList<>(Math.min(limit, 1024));
        if (jobs == null || limit <= 0) {
            return page;
        }
        if (afterJobId != null) {
            Job marker = jobsById.get(afterJobId);
            ListingKey markerKey = listingKeys.get(afterJobId);
            if (marker == null || markerKey == null || !marker.accountId().equals(accountId)) {
                return page;
            }
            jobs = jobs.tailMap(markerKey, false);
        }
        for (String jobId : jobs.values()) {
            Job job = jobsById.get(jobId);
            if (job != null && visible.test(job)) {
                page.add(job);
                if (page.size() == limit) {
                    break;
                }
            }
        }
        return page;
    }

    private int countCreatedSince(String accountId, Instant since, int limit) {
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
    public List<Job> all() {
        // From the keys: a job being inserted is in jobsById a moment before it has its key.
        return listingKeys.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(entry -> jobsById.get(entry.getKey())).filter(Objects::nonNull).toList();
    }

    @Override
    public void clear(String accountId) {
        NavigableMap<ListingKey, String> jobs = jobsByAccount.remove(accountId);
        if (jobs != null) {
            jobs.values().forEach(jobId -> {
                jobsById.remove(jobId);
                listingKeys.remove(jobId);
            });
        }
    }

    @Override
    public void clear() {
        jobsById.clear();
        jobsByAccount.clear();
        listingKeys.clear();
        labels.clear();
    }

    @Override
    public boolean addLabel(ShippingLabel label) {
        return labels.putIfAbsent(label.name(), label) == null;
    }

    @Override
    public Optional<ShippingLabel> findLabel(String name) {
        return Optional.ofNullable(labels.get(name));
    }

    @Override
    public List<ShippingLabel> labelsFor(String jobId) {
        return labels.values().stream().filter(label -> label.jobIds().contains(jobId))
                .sorted(Comparator.comparing(ShippingLabel::created)).toList();
    }
}
