package io.importexport.emulator.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One emulator option, declared once in {@link EmulatorOptions}: its name (which gives the command-line flag and the
 * environment variable), the type of its value with how it is read and written as text, its default, the rule its
 * value must keep and the help text. Every surface (command line, environment, embed builder, JUnit extension,
 * subprocess arguments, the table of docs/options.md) derives from these.
 *
 * @param <T> the value's type
 */
public final class Option<T> {
    private final String name;
    private final ValueType<T> type;
    private final T defaultValue;
    private final String paramLabel;
    private final String help;
    private final Predicate<T> rule;
    private final String ruleText;
    private final boolean secret;

    private Option(String name, ValueType<T> type, T defaultValue, String paramLabel, String help, Predicate<T> rule,
                   String ruleText, boolean secret) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.paramLabel = paramLabel;
        this.help = help;
        this.rule = rule;
        this.ruleText = ruleText;
        this.secret = secret;
    }

    static <T> Option<T> of(String name, ValueType<T> type, T defaultValue, String paramLabel, String help) {
        return new Option<>(name, type, defaultValue, paramLabel, help, value -> true, null, false);
    }

    /** The same option whose values must also pass {@code test}; {@code description} completes "must be ..." in full. */
    Option<T> rule(String description, Predicate<T> test) {
        return new Option<>(name, type, defaultValue, paramLabel, help, test, description, secret);
    }

    /** The same option, its value never shown (a password). */
    Option<T> secret() {
        return new Option<>(name, type, defaultValue, paramLabel, help, rule, ruleText, true);
    }

    /** E.g. {@code clock-skew}. */
    public String name() {
        return name;
    }

    /** E.g. {@code --clock-skew}. */
    public String flag() {
        return "--" + name;
    }

    /** E.g. {@code IMPORTEXPORT_CLOCK_SKEW}. */
    public String environmentVariable() {
        return "IMPORTEXPORT_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The value when none is given; null when the option is off unless given. */
    public T defaultValue() {
        return defaultValue;
    }

    /** The default as the command line writes it, if the option has one. */
    public Optional<String> defaultText() {
        return Optional.ofNullable(defaultValue).map(type::format);
    }

    public String paramLabel() {
        return paramLabel;
    }

    public String help() {
        return help;
    }

    public boolean isSecret() {
        return secret;
    }

    public Class<T> valueClass() {
        return type.valueClass();
    }

    /** What a value must be, as the help and the error messages say it, e.g. "a whole number from 0 to 65535". */
    public String describeValues() {
        return ruleText == null ? type.description() : ruleText;
    }

    /**
     * Reads a value given as text, from {@code source} (the flag, or the environment variable's name).
     *
     * @throws IllegalArgumentException naming the source and the rule, when the text is not a valid value
     */
    public T parse(String source, String text) {
        T value;
        try {
            value = type.parse(text.strip());
        } catch (RuntimeException e) {
            throw invalid(source, text);
        }
        if (!rule.test(value)) {
            throw invalid(source, text);
        }
        return value;
    }

    /** The value as {@link #parse} reads it back to an equal value. */
    public String format(T value) {
        return type.format(value);
    }

    /**
     * A typed value as if it had been given as text: checked against the type (an http URL) and the rule, and
     * normalised the same way (a URL's trailing slash dropped).
     *
     * @throws IllegalArgumentException when it is not a valid value
     */
    T accept(String source, T value) {
        return parse(source, type.format(value));
    }

    /** A secret's value is never repeated: a mistyped real token would land in a CI log. */
    private IllegalArgumentException invalid(String source, String text) {
        String given = secret ? "the " + text.length() + " characters given (a secret, not shown)" : "'" + printable(text) + "'";
        return new IllegalArgumentException(source + " must be " + describeValues() + ", not " + given);
    }

    /** The text on one line: control characters written as escapes ({@code \n}, {@code \u0000}). */
    private static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                printable.append("\\n");
            } else if (c == '\t') {
                printable.append("\\t");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) { // the latter end lines too
                printable.append(String.format("\\u%04x", c));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString();
    }

    T cast(Object value) {
        return type.valueClass().cast(value);
    }

    @Override
    public String toString() {
        return flag();
    }

    /** How the values of one type are read from text and written back; {@code parse} throws on bad text. */
    record ValueType<T>(Class<T> valueClass, String description, Function<String, T> parser, Function<T, String> formatter) {
        ValueType {
            Objects.requireNonNull(parser);
        }

        T parse(String text) {
            return Objects.requireNonNull(parser.apply(text));
        }

        String format(T value) {
            return value == null ? "" : formatter.apply(value);
        }
    }
}
