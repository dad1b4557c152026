package io.importexport.emulator.protocol.xml;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes JAXB wrote for a part of a response, kept by the value they were written from (which must compare by value)
 * up to a budget of bytes, then all dropped at once and written anew as they are asked for: bounded memory, whatever
 * the number of jobs, and any number of parts asked for again and again written once. The count is loose under
 * concurrent puts (a put may race a drop); it is never more than a put per thread over the budget.
 */
final class KeptRenderings<K> {
    private final Map<K, byte[]> kept = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long budget;

    KeptRenderings(long budget) {
        this.budget = budget;
    }

    /** The bytes kept for {@code key}, or null. */
    byte[] get(K key) {
        return kept.get(key);
    }

    void put(K key, byte[] rendered) {
        if (bytes.addAndGet(rendered.length) > budget) {
            kept.clear();
            bytes.set(rendered.length);
        }
        kept.put(key, rendered);
    }
}
