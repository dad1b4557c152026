package io.importexport.emulator.testing;

import io.importexport.emulator.domain.EmulatorClock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** An emulator clock that stands still at a given instant until a test moves it. */
public final class TestClock {
    private TestClock() {
    }

    public static EmulatorClock at(String instant) {
        return new EmulatorClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }
}
