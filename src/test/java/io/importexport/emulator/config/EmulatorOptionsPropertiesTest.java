package io.importexport.emulator.config;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text for any option: accepted as a value that reads back the same, or refused with one line naming the flag and
 * the rule; never a stack trace.
 */
public class EmulatorOptionsPropertiesTest {

    @Property(tries = 2000)
    void anyValueIsAcceptedFaithfullyOrRefusedInOneLine(@ForAll("options") Option<?> option, @ForAll("texts") String text) {
        try {
            EmulatorConfig config = EmulatorConfig.builder().arguments(companion(option)).arguments(option.flag() + "=" + text).build();
            assertFaithful(option, config);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).matches(java.util.regex.Pattern.quote(option.flag()) + " (must be |needs a value: ).*")
                    .doesNotContain("\n").doesNotContain("Exception");
        }
    }

    private static <T> void assertFaithful(Option<T> option, EmulatorConfig config) {
        T value = config.get(option);
        assertThat(option.parse(option.flag(), option.format(value))).isEqualTo(value);
    }

    /**
     * The option another one needs beside it ({@link EmulatorOptions#REQUIRES}), given a path no test uses; for a host,
     * the decision that an address beyond loopback needs (its own test: EmulatorOptionsTest).
     */
    public static String[] companion(Option<?> option) {
        if (option == EmulatorOptions.HOST) {
            return new String[] {EmulatorOptions.ADMIN_OPEN.flag() + "=true"};
        }
        Option<?> required = EmulatorOptions.REQUIRES.get(option);
        if (required == null) {
            return new String[0];
        }
        List<String> needed = new ArrayList<>(List.of(companion(required)));
        needed.add(required.flag() + "=" + REQUIRED_VALUES.get(required));
        return needed.toArray(String[]::new);
    }

    /** A valid value of each option another one needs. */
    private static final Map<Option<?>, String> REQUIRED_VALUES = Map.of(EmulatorOptions.RECORD_DIR, "target/unused-record-dir",
            EmulatorOptions.HTTPS_PORT, "0", EmulatorOptions.TLS_KEYSTORE, "pom.xml");

    @Provide
    public static Arbitrary<Option<?>> options() {
        return Arbitraries.of(EmulatorOptions.all());
    }

    @Provide
    public static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789.-:+ smhPTZ").ofMaxLength(25),
                Arbitraries.of("", " ", "0", "-1", "65536", "999.1.1.1", "256.0.0.1", "1.2.3.4.5", "nonexistent.invalid", "::1",
                        "127.0.0.1", "0.0.0.0", "+1000000000-12-01T00:00:00Z", "PT0S", "PT-1S", "9223372036854775808", "1e3",
                        "notaurl", "http://", "ftp://x", "jdbc:", "strict", "json", "off", "/", "/dev/null", "NaN", "1.5s", "0.0001ms"));
    }
}
