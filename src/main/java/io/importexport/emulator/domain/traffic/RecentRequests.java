package io.importexport.emulator.domain.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last requests the AWS API answered, for the control plane: a ring of fixed size written without a lock (every
 * request adds one), so that the oldest are forgotten and memory stays bounded.
 */
public final class RecentRequests {
    public static final int CAPACITY = 1000;

    private final AtomicReferenceArray<RequestRecord> ring = new AtomicReferenceArray<>(CAPACITY);
    private final AtomicLong written = new AtomicLong();
    /** Records before this count were cleared. */
    private final AtomicLong clearedBefore = new AtomicLong();

    public void add(RequestRecord record) {
        long position = written.getAndIncrement();
        ring.set((int) (position % CAPACITY), record);
    }

    /** Oldest first; while requests keep arriving, the oldest of these may already be replaced by newer ones. */
    public List<RequestRecord> all() {
        long end = written.get();
        long start = Math.max(clearedBefore.get(), end - CAPACITY);
        List<RequestRecord> records = new ArrayList<>((int) (end - start));
        for (long position = start; position < end; position++) {
            RequestRecord record = ring.get((int) (position % CAPACITY));
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    public void clear() {
        clearedBefore.set(written.get());
    }
}
