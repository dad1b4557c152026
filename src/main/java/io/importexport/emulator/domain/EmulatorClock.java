package io.importexport.emulator.domain;

import java.time.Clock;
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

    /** Moves time forward (or, with a negative duration, back). */
    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Makes {@link #instant()} answer {@code now}, from which time goes on at the base clock's pace. */
    public void set(Instant now) {
        offset.set(Duration.between(base.instant(), now));
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
