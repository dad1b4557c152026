package io.importexport.emulator.protocol.xml;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The direct writer gives exactly what ISO_INSTANT gives for the instant to the second, in range and beyond it. */
class TimestampsPropertiesTest {

    @Property(tries = 5000)
    void writesWhatIsoInstantWrites(@ForAll @LongRange(min = -70_000_000_000L, max = 260_000_000_000L) long epochSecond,
                                    @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant instant = Instant.ofEpochSecond(epochSecond, nanos);
        assertThat(Timestamps.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** A run of dates, one after another sharing its second with the one before or not (the last second is kept). */
    @Property(tries = 1000)
    void writesEachDateOfARunWhatIsoInstantWrites(@ForAll @LongRange(min = 1_262_304_000L, max = 4_102_444_800L) long start,
                                                  @ForAll @Size(min = 1, max = 40) List<@IntRange(min = -1, max = 1) Integer> steps) {
        long epochSecond = start;
        for (int i = 0; i < steps.size(); i++) {
            epochSecond += steps.get(i);
            Instant instant = Instant.ofEpochSecond(epochSecond, i * 24_999_999L);
            assertThat(Timestamps.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    @Property(tries = 2000)
    void writesWhatIsoInstantWritesInTheYearsJobsLive(@ForAll @LongRange(min = 1_262_304_000L, max = 4_102_444_800L) long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        assertThat(Timestamps.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
    }
}
