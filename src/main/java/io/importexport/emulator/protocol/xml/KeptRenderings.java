package io.importexport.emulator.protocol.xml;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes JAXB wrote for a part of a response, kept by the value they were written from (which must compare by value)
 * up to a budget of bytes, then all dropped at once and written anew as they are asked for: bounded memory, whatever
 * the number of jobs, and any number of parts asked for again and again written once. The count is loose under
 * concurrent puts (a put may race a drop); it is never more than a put per thread over the budget.
 * Also finds tags in what JAXB wrote, for the parts to be cut from it.
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

    static byte[] ascii(String tag) {
        return tag.getBytes(StandardCharsets.US_ASCII);
    }

    /** Tried only where the part's last byte is, {@code >} for every tag: one comparison for most bytes. */
    static int indexOf(byte[] bytes, byte[] part, int from) {
        int last = part.length - 1;
        for (int at = from + last; at < bytes.length; at++) {
            if (bytes[at] == part[last] && startsAt(bytes, at - last, part)) {
                return at - last;
            }
        }
        return -1;
    }

    /** From the end: an element's end tag is near the end of a response. */
    static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int at = bytes.length - part.length; at >= 0; at--) {
            if (startsAt(bytes, at, part)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean startsAt(byte[] bytes, int at, byte[] part) {
        for (int index = 0; index < part.length; index++) {
            if (bytes[at + index] != part[index]) {
                return false;
            }
        }
        return true;
    }
}
