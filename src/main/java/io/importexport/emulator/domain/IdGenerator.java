package io.importexport.emulator.domain;

import java.util.Random;
import java.util.UUID;

/**
 * Job ids and request ids from one random source, so that a seeded emulator hands out the same ids in the
 * same order on every run (replayable wire samples, reproducible tests).
 */
public final class IdGenerator {
    /** Digits 1–9 and A–Z without O (service.md §6.2): no 0/O to confuse on a label. */
    public static final String JOB_ID_ALPHABET = "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ";
    public static final int JOB_ID_LENGTH = 5;

    private final Random random; // thread-safe; ids need no cryptographic strength

    private IdGenerator(Random random) {
        this.random = random;
    }

    public static IdGenerator seeded(long seed) {
        return new IdGenerator(new Random(seed));
    }

    public static IdGenerator unseeded() {
        return new IdGenerator(new Random());
    }

    public String nextJobId() {
        char[] id = new char[JOB_ID_LENGTH];
        for (int i = 0; i < id.length; i++) {
            id[i] = JOB_ID_ALPHABET.charAt(random.nextInt(JOB_ID_ALPHABET.length()));
        }
        return new String(id);
    }

    /** Decimal digits, for tracking numbers. */
    public String nextDigits(int count) {
        char[] digits = new char[count];
        for (int i = 0; i < count; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }

    /** A UUID-shaped request id, as AWS sends in {@code RequestId} and {@code x-amzn-RequestId}. */
    public String nextRequestId() {
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }
}
