package io.importexport.emulator.domain.job;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * One shared copy of values that mostly repeat: a test suite creates its jobs from a few manifests, so a value equal
 * to the last one shared is answered with it (an {@code equals}), and only another goes to its canonical form (the
 * JVM's string table, which costs more: {@code String.intern} was 3% of the server's CPU under CreateJob load).
 * Thread-safe: racing callers may each keep their own canonical copy, which is as good as the other's.
 */
final class LastShared<T> {
    private final AtomicReference<T> last = new AtomicReference<>();
    private final UnaryOperator<T> canonical;

    LastShared(UnaryOperator<T> canonical) {
        this.canonical = canonical;
    }

    T share(T value) {
        T previous = last.get();
        if (value.equals(previous)) {
            return previous;
        }
        T shared = canonical.apply(value);
        last.set(shared);
        return shared;
    }
}
