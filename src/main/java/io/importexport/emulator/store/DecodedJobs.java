package io.importexport.emulator.store;

import io.importexport.emulator.domain.job.Job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs last decoded from their rows, reused while a row reads the same: decoding a job's JSON is most of what a
 * durable GetStatus and ListJobs spend (docs/performance.md, Stores), and a page of 100 decodes 100 jobs. A decoded job
 * is reused only when its row has the same revision and the same text, so a change by any emulator sharing the
 * database, or a job made again under the same id after a reset, is decoded afresh. Bounded: past
 * {@value #CAPACITY} jobs it starts over.
 */
final class DecodedJobs {
    static final int CAPACITY = 2_000;
    private final Map<String, Decoded> byId = new ConcurrentHashMap<>();

    private record Decoded(String json, long revision, Job job) {
    }

    Job read(String jobId, String json, long revision) {
        Decoded known = byId.get(jobId);
        if (known != null && known.revision() == revision && known.json().equals(json)) {
            return known.job();
        }
        Job job = JobJson.readJob(json, revision);
        if (byId.size() >= CAPACITY) {
            byId.clear();
        }
        byId.put(jobId, new Decoded(json, revision, job));
        return job;
    }
}
