package io.importexport.emulator.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's time: a base clock plus an offset that tests move forward (expiry after 30 days, the daily
 * quota, retention) without waiting. {@link #reset()} goes back to the time the emulator started with.
 */
public final class EmulatorClock extends Clock {
    /**
     * The times the emulator can be at: what every client can carry (a four-digit year in ISO 8601) and what the
     * domain can compute with (expiry and retention are added to it).
     */
    public static final Instant EARLIEST = Instant.EPOCH;
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Clock base;
    private final Duration initialOffset;
    private final AtomicReference<Duration> offset;

    public EmulatorClock(Clock base) {
        this(base, Duration.ZERO);
    }

    private EmulatorClock(Clock base, Duration initialOffset) {
        this.base = base;
        this.initialOffset = initialOffset;
        this.offset = new AtomicReference<>(initialOffset);
    }

    /** Time stands still at {@code start} until moved: every run sees the same dates. */
    public static EmulatorClock frozenAt(Instant start) {
        return new EmulatorClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** Time starts at {@code start} and runs at the pace of the system clock. */
    public static EmulatorClock startingAt(Instant start) {
        Clock system = Clock.systemUTC();
        return new EmulatorClock(system, Duration.between(system.instant(), start));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    /** Whether the emulator's time may be {@code instant}. */
    public static boolean isWithinRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /**
     * Moves time forward (or, with a negative duration, back).
     *
     * @throws IllegalArgumentException when that leaves the range the emulator can be at (and nothing changes)
     */
    public synchronized void advance(Duration by) {
        try {
            if (by.abs().compareTo(Duration.between(EARLIEST, LATEST)) > 0 || !isWithinRange(instant().plus(by))) {
                throw outOfRange("advancing by " + by);
            }
        } catch (ArithmeticException | DateTimeException overflow) {
            throw outOfRange("advancing by " + by);
        }
        offset.accumulateAndGet(by, Duration::plus);
    }

    /**
     * Makes {@link #instant()} answer {@code now}, from which time goes on at the base clock's pace.
     *
     * @throws IllegalArgumentException when {@code now} is outside the range the emulator can be at
     */
    public synchronized void set(Instant now) {
        if (!isWithinRange(now)) {
            throw outOfRange("setting it to " + now);
        }
        offset.set(Duration.between(base.instant(), now));
    }

    private static IllegalArgumentException outOfRange(String change) {
        return new IllegalArgumentException("the emulator's time must stay from " + EARLIEST + " to " + LATEST + "; "
                + change + " would leave that range");
    }

    public void reset() {
        offset.set(initialOffset);
    }

    /** How far the emulator's time is from its base clock's, for a durable store to keep across restarts. */
    public Duration offset() {
        return offset.get();
    }

    /** Puts back an offset kept by a durable store. */
    public void restoreOffset(Duration kept) {
        offset.set(kept);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the emulator keeps time in UTC");
    }
}
