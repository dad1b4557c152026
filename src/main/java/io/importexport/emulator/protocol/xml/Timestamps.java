package io.importexport.emulator.protocol.xml;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as every client parses them: ISO 8601 in UTC with {@code Z}, to the second ({@code 2010-03-28T20:27:35Z}). */
public final class Timestamps {
    private Timestamps() {
    }

    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
