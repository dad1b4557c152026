package io.importexport.emulator.server;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    /** The warm-up is skipped for exactly the flags the command answers without serving: help, version, the options. */
    @Test
    void theFlagsThatSkipTheWarmUpAreTheCommandsAnsweringFlags() {
        assertThat(Main.commandSpec().options().stream()
                .filter(option -> option.usageHelp() || option.versionHelp() || option.longestName().equals(Main.PRINT_OPTIONS))
                .map(OptionSpec::names).flatMap(Arrays::stream).collect(Collectors.toSet()))
                .isEqualTo(Main.ANSWERED_WITHOUT_SERVING);
        for (String flag : Main.ANSWERED_WITHOUT_SERVING) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Main.Parsed parsed = Main.configure(new String[] {flag}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(parsed.config()).as(flag).isNull();
            assertThat(parsed.exitCode()).as(flag).isZero();
            assertThat(out.size()).as(flag).isPositive();
        }
    }
}
