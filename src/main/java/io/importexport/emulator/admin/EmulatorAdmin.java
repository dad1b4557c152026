package io.importexport.emulator.admin;

import io.importexport.emulator.domain.bucket.BucketTable;

/** What the control plane can do; the HTTP routes under {@code /_emulator} are one way to reach it. */
public interface EmulatorAdmin {

    Health health();

    /** Forgets every job of every account and goes back to the bucket table the emulator started with. */
    void reset();

    BucketTable buckets();

    /** Replaces the bucket table; {@link BucketTable#everyBucketExists()} lifts it. */
    void setBuckets(BucketTable table);

    record Health(String status, String version, double uptimeSeconds) {
    }
}
