package io.importexport.emulator.protocol.xml;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as every client parses them: ISO 8601 in UTC with {@code Z}, to the second ({@code 2010-03-28T20:27:35Z}). */
public final class Timestamps {
    /**
     * The last second written and its text. Jobs are created in bursts, so the hundred dates of a ListJobs page mostly
     * share a few seconds: writing each anew was 13% of what a page allocated (async-profiler).
     */
    private static volatile Written last = new Written(Long.MIN_VALUE, null);

    private record Written(long epochSecond, String text) {
    }

    private Timestamps() {
    }

    /** What {@link DateTimeFormatter#ISO_INSTANT} writes for the instant truncated to the second. */
    public static String format(Instant instant) {
        Written seen = last;
        if (seen.epochSecond() == instant.getEpochSecond()) {
            return seen.text();
        }
        String text = write(instant);
        last = new Written(instant.getEpochSecond(), text);
        return text;
    }

    /**
     * Written directly for years 0 to 9999: a ListJobs page formats a hundred dates, and the general formatter cost
     * more than the rest of the page's own work.
     */
    private static String write(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
        }
        byte[] text = new byte[20];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        text[19] = 'Z';
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static void digits(byte[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
