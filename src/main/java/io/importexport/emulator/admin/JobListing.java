package io.importexport.emulator.admin;

import java.util.List;
import java.util.Locale;

/**
 * One page of the jobs, as the dashboard asks for it: those whose id contains {@code search} (any case) and that match
 * the account, progress code and type chosen (null: any), from {@code offset}, at most {@code limit}; with how many
 * match, how many there are, and which accounts and progress codes there are to choose from.
 */
public record JobListing(List<JobView> jobs, int offset, int matching, int total, List<String> accounts, List<String> progressCodes) {
    /** The most a page holds. */
    public static final int MAX_LIMIT = 1000;

    /** @throws IllegalArgumentException for a negative offset, or a limit outside 1 to {@value #MAX_LIMIT} */
    public static JobListing of(List<JobView> all, String search, String account, String progress, String type, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be 0 or more and limit from 1 to " + MAX_LIMIT);
        }
        String needle = search == null ? "" : search.strip().toUpperCase(Locale.ROOT);
        List<JobView> matching = all.stream().filter(job -> job.jobId().contains(needle))
                .filter(job -> account == null || job.accountId().equals(account))
                .filter(job -> progress == null || job.progressCode().equals(progress))
                .filter(job -> type == null || job.jobType().equals(type)).toList();
        int from = Math.min(offset, matching.size());
        return new JobListing(matching.subList(from, from + Math.min(limit, matching.size() - from)), offset,
                matching.size(), all.size(), all.stream().map(JobView::accountId).distinct().sorted().toList(),
                all.stream().map(JobView::progressCode).distinct().sorted().toList());
    }
}
