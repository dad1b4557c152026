package io.importexport.emulator.protocol.xml;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    /** Fractions of a second are cut, never rounded: botocore, the Java SDK and the CLI all parse this form. */
    @Test
    void writesTheSecondInUtcWithZ() {
        assertThat(Timestamps.format(Instant.parse("2010-03-28T20:27:35.999999999Z"))).isEqualTo("2010-03-28T20:27:35Z");
        assertThat(Timestamps.format(Instant.parse("2026-12-07T00:00:00Z"))).isEqualTo("2026-12-07T00:00:00Z");
    }
}
