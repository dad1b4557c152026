package io.importexport.emulator.config;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every option, from every surface that sets one: same value, same message for a bad one, same row in docs/options.md. */
class EmulatorOptionsTest {
    @TempDir
    static Path files;
    /** A valid value other than the default, and an invalid one, for each option: a new option fails until it has both. */
    private static final Map<String, String[]> SAMPLES = new LinkedHashMap<>();

    @BeforeAll
    static void samples() throws IOException {
        Path file = Files.writeString(files.resolve("table.json"), "{}");
        SAMPLES.put("host", new String[] {"localhost", "999.1.1.1"});
        SAMPLES.put("port", new String[] {"0", "70000"});
        SAMPLES.put("https-port", new String[] {"0", "-443"});
        SAMPLES.put("tls-names", new String[] {"emulator, 10.0.0.5", "a b"});
        SAMPLES.put("tls-ca-file", new String[] {files.resolve("ca.pem").toString(), ""});
        SAMPLES.put("tls-keystore", new String[] {file.toString(), files.resolve("missing.p12").toString()});
        SAMPLES.put("tls-keystore-password", new String[] {"store-secret", ""});
        SAMPLES.put("auth", new String[] {"strict", "lenient"});
        SAMPLES.put("credentials", new String[] {file.toString(), files.resolve("missing.json").toString()});
        SAMPLES.put("clock-skew", new String[] {"90s", "0"});
        SAMPLES.put("buckets", new String[] {file.toString(), files.toString()});
        SAMPLES.put("daily-quota", new String[] {"50", "-1"});
        SAMPLES.put("seed", new String[] {"42", "forty-two"});
        SAMPLES.put("clock", new String[] {"2026-01-01T00:00:00Z", "+1000000000-12-01T00:00:00Z"});
        SAMPLES.put("clock-start", new String[] {"2026-01-01T00:00:00Z", "yesterday"});
        SAMPLES.put("record-dir", new String[] {files.resolve("recording").toString(), file.toString()});
        SAMPLES.put("record-masks", new String[] {"request-id,field:TrackingNumber", "request id!"});
        SAMPLES.put("log-format", new String[] {"json", "xml"});
        SAMPLES.put("data-dir", new String[] {files.resolve("data").toString(), file.toString()});
        SAMPLES.put("database-url", new String[] {"jdbc:postgresql://127.0.0.1/importexport", "postgres://127.0.0.1/importexport"});
        SAMPLES.put("database-user", new String[] {"emulator", ""});
        SAMPLES.put("database-password", new String[] {"secret", ""});
        SAMPLES.put("keep-alive-max-requests", new String[] {"256", "0"});
        SAMPLES.put("idle-timeout", new String[] {"5s", "1500ms"});
        SAMPLES.put("public-url", new String[] {"https://emulator.example:8443/base", "notaurl"});
        SAMPLES.put("max-body-size", new String[] {"2097152", "12"});
        SAMPLES.put("auto-advance", new String[] {"500ms", "-1s"});
        SAMPLES.put("admin-token", new String[] {"s3cret-token-for-tests", "short"});
        SAMPLES.put("admin-open", new String[] {"true", "yes"});
        SAMPLES.put("store-timeout", new String[] {"2s", "500ms"});
        SAMPLES.put("shutdown-timeout", new String[] {"3s", "-1s"});
    }

    @Test
    void aCertificateNamesAddressesAndDnsNamesButNotWhatACertificateCannotCarry() {
        for (String name : List.of("emulator", "*.emulator.example", "10.0.0.5", "::1", "fd00::5", "a-b.example")) {
            assertThat(EmulatorConfig.builder().arguments("--https-port", "0", "--tls-names", name).build().get(EmulatorOptions.TLS_NAMES)).as(name).isEqualTo(name);
        }
        for (String name : List.of("256.1.1.1", "1.2.3", "emulator.", "-emulator", "a..b", "*.", "a.*.b", "emu_lator", "x:y")) {
            assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--tls-names", name)).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--tls-names must be");
        }
    }

    @Test
    void everyOptionHasSamplesAndItsOwnFlagAndVariable() {
        assertThat(EmulatorOptions.all()).extracting(Option::name).containsExactlyElementsOf(SAMPLES.keySet());
        for (Option<?> option : EmulatorOptions.all()) {
            assertThat(option.flag()).isEqualTo("--" + option.name());
            assertThat(option.environmentVariable()).matches("IMPORTEXPORT_[A-Z_]+");
            assertThat(EmulatorOptions.named(option.flag())).contains(option);
        }
    }

    @Test
    void eachSurfaceSetsEachOptionToTheSameValue() {
        for (Option<?> option : EmulatorOptions.all()) {
            String text = SAMPLES.get(option.name())[0];
            String[] companion = EmulatorOptionsPropertiesTest.companion(option);
            EmulatorConfig fromFlag = EmulatorConfig.builder().arguments(companion).arguments(option.flag(), text).build();
            EmulatorConfig fromAssignment = EmulatorConfig.builder().arguments(companion).arguments(option.flag() + "=" + text).build();
            EmulatorConfig fromEnvironment = parse(List.of(companion), Map.of(option.environmentVariable(), text));
            EmulatorConfig fromValue = setTyped(option, text, companion);
            assertThat(fromFlag.get(option)).as(option.name()).isNotNull().isNotEqualTo(option.defaultValue());
            assertThat(List.of(fromAssignment, fromEnvironment, fromValue)).as(option.name()).allSatisfy(
                    config -> assertThat(config).isEqualTo(fromFlag));
        }
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        EmulatorConfig config = parse(List.of("--port", "9000"), Map.of("IMPORTEXPORT_PORT", "9001", "IMPORTEXPORT_SEED", "7"));
        assertThat(config.get(EmulatorOptions.PORT)).isEqualTo(9000);
        assertThat(config.get(EmulatorOptions.SEED)).isEqualTo(7L);
    }

    @Test
    void aBadValueGetsOneMessageNamingItsSourceAndTheRule() {
        for (Option<?> option : EmulatorOptions.all()) {
            String bad = SAMPLES.get(option.name())[1];
            String given = option.isSecret() ? "the " + bad.length() + " characters given (a secret, not shown)" : "'" + bad + "'";
            String rule = " must be " + option.describeValues() + ", not " + given;
            assertThatThrownBy(() -> EmulatorConfig.builder().arguments(option.flag(), bad)).as(option.name())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(option.flag() + rule);
            assertThatThrownBy(() -> parse(List.of(), Map.of(option.environmentVariable(), bad))).as(option.name())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(option.environmentVariable() + rule);
        }
    }

    /** A mistyped real token must not land in a CI log: the message names the rule, never the value. */
    @Test
    void aRefusedSecretIsNeverRepeated() {
        String mistyped = "s3cret token-for-production";
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--admin-token", mistyped))
                .hasMessage("--admin-token must be at least 16 characters, none of them a space or a control character, "
                        + "not the 27 characters given (a secret, not shown)");
        assertThatThrownBy(() -> parse(List.of(), Map.of("IMPORTEXPORT_ADMIN_TOKEN", mistyped)))
                .message().startsWith("IMPORTEXPORT_ADMIN_TOKEN must be").doesNotContain("s3cret", "production");
    }

    @Test
    void aTypedValueBreakingTheRuleGetsTheSameMessage() {
        assertThatThrownBy(() -> EmulatorConfig.builder().set(EmulatorOptions.PORT, 70000))
                .hasMessage("--port must be a whole number from 0 to 65535, not '70000'");
        assertThatThrownBy(() -> EmulatorConfig.builder().set(EmulatorOptions.AUTO_ADVANCE, Duration.ZERO))
                .hasMessageStartingWith("--auto-advance must be a duration");
    }

    @Test
    void optionsThatExcludeEachOtherAreRefused() {
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--clock=2026-01-01T00:00:00Z", "--clock-start=2026-01-01T00:00:00Z").build())
                .hasMessage("give --clock or --clock-start, not both");
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--data-dir=x", "--database-url=jdbc:h2:mem:x").build())
                .hasMessage("give --data-dir or --database-url, not both");
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--clock=2026-01-01T00:00:00Z", "--auto-advance=1s").build())
                .hasMessageStartingWith("give --auto-advance with --clock-start");
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--record-masks=request-id").build())
                .hasMessage("give --record-masks with --record-dir, which it applies to");
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--colour=blue")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--colour=blue");
    }

    @Test
    void argumentsGiveAFreshProcessTheSameConfigurationSubSecondDurationsIncluded() {
        EmulatorConfig.Builder everything = EmulatorConfig.builder();
        for (Option<?> option : EmulatorOptions.all()) {
            // one of each pair that excludes the other
            if (!List.of("clock", "database-url", "admin-open", "tls-keystore", "tls-keystore-password").contains(option.name())) {
                everything.arguments(option.flag(), SAMPLES.get(option.name())[0]);
            }
        }
        everything.set(EmulatorOptions.AUTO_ADVANCE, Duration.ofMillis(1500));
        EmulatorConfig config = everything.build();
        List<String> arguments = config.toArguments();
        assertThat(arguments).containsSequence("--auto-advance", "1500ms");
        assertThat(arguments).as("secrets travel in the environment").doesNotContain("--database-password", "--admin-token",
                "--tls-keystore-password");
        EmulatorConfig.Builder fresh = EmulatorConfig.builder();
        CommandLineOptions.apply(arguments, config.toSecretEnvironment(), fresh);
        assertThat(fresh.build()).isEqualTo(config);
        assertThat(EmulatorConfig.builder().build().toArguments()).as("the defaults need no arguments").isEmpty();
    }

    @Test
    void durationsReadEveryDocumentedForm() {
        assertThat(ValueTypes.parseDuration("900")).isEqualTo(Duration.ofMinutes(15));
        assertThat(ValueTypes.parseDuration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(ValueTypes.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ValueTypes.parseDuration("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(ValueTypes.parseDuration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(ValueTypes.parseDuration("PT0.25S")).isEqualTo(Duration.ofMillis(250));
        assertThat(ValueTypes.formatDuration(Duration.ofNanos(1500))).isEqualTo("PT0.0000015S");
    }

    @Test
    void timeoutsAreBoundedSoThatNoneOverflowsWhereItIsUsed() {
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--idle-timeout=PT2562047788015H"))
                .hasMessageStartingWith("--idle-timeout must be a duration in whole seconds from 1s to 24h");
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--store-timeout=PT9999999999999H"))
                .hasMessageStartingWith("--store-timeout must be a duration in whole seconds from 1s to 1h");
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--shutdown-timeout=2h"))
                .hasMessageStartingWith("--shutdown-timeout must be a duration from 0s to 1h");
    }

    @Test
    void listeningBeyondLoopbackNeedsATokenOrOpenOnPurpose() {
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--host=0.0.0.0").build())
                .hasMessage("--host 0.0.0.0 lets the network reach the control plane (/_emulator: reset, credentials, jobs): give "
                        + "--admin-token (or IMPORTEXPORT_ADMIN_TOKEN) to protect it, or --admin-open true to leave it open on purpose");
        assertThat(EmulatorConfig.builder().arguments("--host=0.0.0.0", "--admin-token=s3cret-token-for-tests").build()
                .get(EmulatorOptions.HOST)).isEqualTo("0.0.0.0");
        assertThat(EmulatorConfig.builder().arguments("--host=0.0.0.0", "--admin-open=TRUE").build().get(EmulatorOptions.ADMIN_OPEN)).isTrue();
        assertThat(EmulatorConfig.builder().arguments("--host=localhost").build().get(EmulatorOptions.HOST)).isEqualTo("localhost");
        assertThat(EmulatorConfig.builder().arguments("--host=::1").build().get(EmulatorOptions.HOST)).isEqualTo("::1");
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--host=0.0.0.0", "--admin-open=false").build())
                .hasMessageStartingWith("--host 0.0.0.0 lets the network reach the control plane");
        assertThatThrownBy(() -> EmulatorConfig.builder().arguments("--admin-open=true", "--admin-token=s3cret-token-for-tests").build())
                .hasMessage("give --admin-token or --admin-open, not both");
    }

    @Test
    void secretsAreNeverDescribed() {
        EmulatorConfig config = EmulatorConfig.builder().arguments("--database-password=hunter2").build();
        assertThat(config.describe()).containsEntry("database-password", "********");
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    /** The option table of docs/options.md lists every option, in order, with its variable, parameter label and default. */
    @Test
    void theOptionsPageTableIsTheDeclaration() throws IOException {
        Pattern row = Pattern.compile("^\\| `(--[a-z-]+) ([A-Z_]+)` \\| `([A-Z_]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);
        Matcher rows = row.matcher(Files.readString(Path.of("docs", "options.md")));
        List<String> documented = new ArrayList<>();
        while (rows.find()) {
            Option<?> option = EmulatorOptions.named(rows.group(1)).orElseThrow(() -> new AssertionError("docs/options.md documents "
                    + rows.group(1) + ", which is not an option"));
            documented.add(option.flag());
            assertThat(rows.group(2)).as("parameter of %s", option).isEqualTo(option.paramLabel());
            assertThat(rows.group(3)).as("variable of %s", option).isEqualTo(option.environmentVariable());
            String defaultCell = rows.group(4).strip();
            option.defaultText().ifPresentOrElse(
                    text -> assertThat(defaultCell).as("default of %s", option).isEqualTo("`" + text + "`"),
                    () -> assertThat(defaultCell).as("default of %s", option).doesNotStartWith("`"));
        }
        assertThat(documented).containsExactlyElementsOf(EmulatorOptions.all().stream().map(Option::flag).toList());
    }

    private static EmulatorConfig parse(List<String> arguments, Map<String, String> environment) {
        picocli.CommandLine.ParseResult parsed = CommandLineOptions.commandLine(CommandLineOptions.spec("test"))
                .parseArgs(arguments.toArray(String[]::new));
        return CommandLineOptions.apply(parsed, environment, EmulatorConfig.builder()).build();
    }

    private static <T> EmulatorConfig setTyped(Option<T> option, String text, String... companion) {
        return EmulatorConfig.builder().arguments(companion).set(option, option.parse(option.flag(), text)).build();
    }

    /** The option another one needs beside it ({@link EmulatorOptions#REQUIRES}), with its sample value. */
}
