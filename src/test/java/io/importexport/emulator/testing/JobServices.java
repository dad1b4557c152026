package io.importexport.emulator.testing;

import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.job.JobLifecycle;
import io.importexport.emulator.domain.job.JobService;
import io.importexport.emulator.domain.job.JobSettings;
import io.importexport.emulator.domain.job.JobStore;
import io.importexport.emulator.domain.manifest.ManifestValidator;

import java.time.Clock;
import java.time.Duration;

/** A job service as the server wires it, over a given store, clock, seed, bucket table and daily quota. */
public final class JobServices {
    private JobServices() {
    }

    public static JobService over(JobStore store, Clock clock, long seed, BucketTable buckets, int dailyQuota) {
        return over(store, clock, seed, buckets, dailyQuota, null);
    }

    /** @param autoAdvance null, or how long a job stays in each state of the happy path */
    public static JobService over(JobStore store, Clock clock, long seed, BucketTable buckets, int dailyQuota, Duration autoAdvance) {
        IdGenerator ids = IdGenerator.seeded(seed);
        return new JobService(store, ids, clock, new ManifestValidator(buckets),
                new JobLifecycle(ids, JobLifecycle.EXPIRY, JobLifecycle.RETENTION, autoAdvance),
                new JobSettings(dailyQuota, JobSettings.DEFAULT_SIGNING_SECRET));
    }

    public static JobService over(JobStore store, Clock clock) {
        return over(store, clock, 1, BucketTable.everyBucketExists(), 0);
    }
}
