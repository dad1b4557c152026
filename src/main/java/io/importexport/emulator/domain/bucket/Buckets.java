package io.importexport.emulator.domain.bucket;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bucket table in force, replaceable while the emulator runs (the control plane sets it); {@link #reset()}
 * goes back to the table the emulator started with.
 */
public final class Buckets implements BucketResolver {
    private final BucketTable initial;
    private final AtomicReference<BucketTable> current;

    public Buckets(BucketTable initial) {
        this.initial = initial;
        this.current = new AtomicReference<>(initial);
    }

    public BucketTable table() {
        return current.get();
    }

    public void replace(BucketTable table) {
        current.set(table);
    }

    public void reset() {
        current.set(initial);
    }

    @Override
    public Optional<Bucket> find(String name, String callerAccountId) {
        return current.get().find(name, callerAccountId);
    }
}
