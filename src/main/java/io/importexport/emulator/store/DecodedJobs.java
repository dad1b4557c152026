package io.importexport.emulator.store;

import io.importexport.emulator.domain.job.Job;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs last decoded from their rows, reused while a row stays the same: decoding a job's JSON is most of what a
 * durable GetStatus and ListJobs spent (docs/performance.md, Durable stores), and a page of 100 decodes 100 jobs. A
 * row is the same while its creation order (given by the database once, never again, so a job made again under the
 * same id after a reset is another row) and its revision (raised by every change, from any emulator sharing the
 * database) are. Bounded: past {@value #CAPACITY} jobs it starts over.
 */
final class DecodedJobs {
    static final int CAPACITY = 2_000;
    private final Map<String, Decoded> byId = new ConcurrentHashMap<>();

    private record Decoded(long creationOrder, long revision, Job job) {
    }

    /** The job decoded before from this very row, if it was. */
    Optional<Job> known(String jobId, long creationOrder, long revision) {
        Decoded known = byId.get(jobId);
        return known != null && known.creationOrder() == creationOrder && known.revision() == revision ? Optional.of(known.job())
                : Optional.empty();
    }

    /** The row's job: the one decoded before, else decoded now and kept. */
    Job read(String jobId, long creationOrder, String json, long revision) {
        return known(jobId, creationOrder, revision).orElseGet(() -> {
            Job job = JobJson.readJob(json, revision);
            if (byId.size() >= CAPACITY) {
                byId.clear();
            }
            byId.put(jobId, new Decoded(creationOrder, revision, job));
            return job;
        });
    }
}
