package io.importexport.emulator.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of {@link EmulatorOptions} for one emulator: what was given, the defaults for the rest. Immutable and
 * valid: its builder checks each value against its option's rule and the options that exclude each other.
 */
public final class EmulatorConfig {
    private static final String HIDDEN = "********";
    private final Map<Option<?>, Object> given;

    private EmulatorConfig(Map<Option<?>, Object> given) {
        this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
    }

    /** Every option at its default, as on the command line. */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /** The value given, else the option's default (null for an option that is off unless given). */
    public <T> T get(Option<T> option) {
        return given.containsKey(option) ? option.cast(given.get(option)) : option.defaultValue();
    }

    /**
     * The command-line arguments that, with {@link #toSecretEnvironment()}, give a fresh process this configuration:
     * every value that is not the command line's default but secrets, e.g. {@code [--port, 0, --auto-advance, 500ms]}.
     */
    public List<String> toArguments() {
        List<String> arguments = new ArrayList<>();
        changedFromDefault(false).forEach((option, text) -> {
            arguments.add(option.flag());
            arguments.add(text);
        });
        return arguments;
    }

    /** The secrets given (a password, the admin token) as environment variables, where other users' ps cannot read them. */
    public Map<String, String> toSecretEnvironment() {
        Map<String, String> variables = new LinkedHashMap<>();
        changedFromDefault(true).forEach((option, text) -> variables.put(option.environmentVariable(), text));
        return variables;
    }

    private Map<Option<?>, String> changedFromDefault(boolean secrets) {
        Map<Option<?>, String> changed = new LinkedHashMap<>();
        for (Option<?> option : EmulatorOptions.all()) {
            if (option.isSecret() == secrets && !Objects.equals(get(option), option.defaultValue())) {
                describe(option).ifPresent(text -> changed.put(option, text));
            }
        }
        return changed;
    }

    /** The effective value of every option that has one, by name, as text; secrets hidden. */
    public Map<String, String> describe() {
        return describe(true);
    }

    private Map<String, String> describe(boolean hideSecrets) {
        Map<String, String> described = new LinkedHashMap<>();
        for (Option<?> option : EmulatorOptions.all()) {
            describe(option).ifPresent(text -> described.put(option.name(), hideSecrets && option.isSecret() ? HIDDEN : text));
        }
        return described;
    }

    private <T> Optional<String> describe(Option<T> option) {
        T value = get(option);
        return value == null ? Optional.empty() : Optional.of(option.format(value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmulatorConfig config && describe(false).equals(config.describe(false));
    }

    @Override
    public int hashCode() {
        return describe(false).hashCode();
    }

    @Override
    public String toString() {
        return describe().toString();
    }

    /** Starts from the defaults; {@link #build()} checks the whole. */
    public static final class Builder {
        private final Map<Option<?>, Object> given;

        private Builder(Map<Option<?>, Object> given) {
            this.given = new LinkedHashMap<>(given);
        }

        /**
         * Sets an option; null puts back its default.
         *
         * @throws IllegalArgumentException when the value breaks the option's rule, with the message the command line gives
         */
        public <T> Builder set(Option<T> option, T value) {
            if (value == null) {
                given.remove(option);
            } else {
                given.put(option, option.accept(option.flag(), value));
            }
            return this;
        }

        /** Sets an option from its text form, as {@code source} (a flag or environment variable) gave it. */
        public Builder set(Option<?> option, String source, String text) {
            return setParsed(option, source, text);
        }

        private <T> Builder setParsed(Option<T> option, String source, String text) {
            given.put(option, option.parse(source, text));
            return this;
        }

        /**
         * Sets options given as on the command line, e.g. {@code "--seed=1"} or {@code "--seed", "1"}.
         *
         * @throws IllegalArgumentException for an unknown option or a bad value, with the command line's message
         */
        public Builder arguments(String... arguments) {
            CommandLineOptions.apply(List.of(arguments), Map.of(), this);
            return this;
        }

        /** @throws IllegalArgumentException when options that exclude each other are both given */
        public EmulatorConfig build() {
            for (List<Option<?>> exclusive : EmulatorOptions.EXCLUSIVE) {
                if (exclusive.stream().filter(given::containsKey).count() > 1) {
                    throw new IllegalArgumentException("give " + exclusive.get(0).flag() + " or " + exclusive.get(1).flag() + ", not both");
                }
            }
            EmulatorOptions.REQUIRES.forEach((option, required) -> {
                if (given.containsKey(option) && !given.containsKey(required)) {
                    throw new IllegalArgumentException("give " + option.flag() + " with " + required.flag() + ", which it applies to");
                }
            });
            if (given.containsKey(EmulatorOptions.AUTO_ADVANCE) && given.containsKey(EmulatorOptions.CLOCK)) {
                throw new IllegalArgumentException("give --auto-advance with --clock-start (or no clock option), not with --clock: "
                        + "jobs advance as the emulator's time passes, and --clock stops it");
            }
            EmulatorConfig config = new EmulatorConfig(given);
            if (config.get(EmulatorOptions.ADMIN_TOKEN) == null && !config.get(EmulatorOptions.ADMIN_OPEN)
                    && !isLoopback(config.get(EmulatorOptions.HOST))) {
                throw new IllegalArgumentException(EmulatorOptions.HOST.flag() + " " + config.get(EmulatorOptions.HOST)
                        + " lets the network reach the control plane (/_emulator: reset, credentials, jobs): give "
                        + EmulatorOptions.ADMIN_TOKEN.flag() + " (or " + EmulatorOptions.ADMIN_TOKEN.environmentVariable()
                        + ") to protect it, or " + EmulatorOptions.ADMIN_OPEN.flag() + " true to leave it open on purpose");
            }
            return config;
        }

        /** Loopback addresses and names that resolve only to them; the host's own rule has checked that it resolves. */
        private static boolean isLoopback(String host) {
            try {
                return Arrays.stream(InetAddress.getAllByName(host)).allMatch(InetAddress::isLoopbackAddress);
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
