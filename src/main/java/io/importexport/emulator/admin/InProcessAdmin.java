package io.importexport.emulator.admin;

import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.bucket.Buckets;
import io.importexport.emulator.domain.job.JobService;

/** The control plane acting directly on the emulator's services. */
public final class InProcessAdmin implements EmulatorAdmin {
    private final JobService jobs;
    private final Buckets buckets;
    private final String version;
    private final long startedNanos = System.nanoTime();

    public InProcessAdmin(JobService jobs, Buckets buckets, String version) {
        this.jobs = jobs;
        this.buckets = buckets;
        this.version = version;
    }

    @Override
    public Health health() {
        return new Health("ok", version, (System.nanoTime() - startedNanos) / 1_000_000 / 1000.0);
    }

    @Override
    public void reset() {
        jobs.reset();
        buckets.reset();
    }

    @Override
    public BucketTable buckets() {
        return buckets.table();
    }

    @Override
    public void setBuckets(BucketTable table) {
        buckets.replace(table);
    }
}
