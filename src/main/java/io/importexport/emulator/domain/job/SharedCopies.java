package io.importexport.emulator.domain.job;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * One shared copy of values that mostly repeat (package-info): a test suite creates its jobs in a few accounts from a
 * few manifests, so a value equal to one shared lately is answered with that one, and the caller's copy is left to the
 * collector. Lately means in a small table indexed by hash, holding the last value of each slot: a few values
 * alternating keep their slots. Thread-safe: racing callers may each keep their own copy, which is as good as the
 * other's. One per JobService.
 */
final class SharedCopies<T> {
    private static final int SLOTS = 256;

    private final AtomicReferenceArray<T> recent = new AtomicReferenceArray<>(SLOTS);
    private final UnaryOperator<T> canonical;

    /** @param canonical what a value not seen lately becomes before it is shared (its own parts shared, say) */
    SharedCopies(UnaryOperator<T> canonical) {
        this.canonical = canonical;
    }

    SharedCopies() {
        this(UnaryOperator.identity());
    }

    T share(T value) {
        int hash = value.hashCode();
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        T seen = recent.get(slot);
        if (value.equals(seen)) {
            return seen;
        }
        T shared = canonical.apply(value);
        recent.set(slot, shared);
        return shared;
    }
}
