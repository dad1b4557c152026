package io.importexport.emulator.config;

import io.importexport.emulator.config.Option.ValueType;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kinds of option values and their text forms. */
final class ValueTypes {
    /** {@code 900} (seconds), {@code 1.5s}, {@code 500ms}, {@code 15m}, {@code 2h}, or ISO 8601 such as {@code PT15M}. */
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,9})?)(ms|s|m|h)?");

    private ValueTypes() {
    }

    /** Not empty: an empty variable ({@code IMPORTEXPORT_HOST=}) is a mistake to report, not a value. */
    static final ValueType<String> TEXT = new ValueType<>(String.class, "a text", ValueTypes::notEmpty, text -> text);

    static final ValueType<Integer> INTEGER = new ValueType<>(Integer.class, "a whole number", Integer::valueOf, String::valueOf);

    static final ValueType<Long> LONG = new ValueType<>(Long.class, "a whole number", Long::valueOf, String::valueOf);

    /** {@code true} or {@code false}, in any case, as environment variables and Python's {@code True} are written. */
    static final ValueType<Boolean> BOOLEAN = new ValueType<>(Boolean.class, "true or false", text -> switch (text.toLowerCase(Locale.ROOT)) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException(text);
    }, String::valueOf);

    static final ValueType<Path> PATH = new ValueType<>(Path.class, "a path", text -> Path.of(notEmpty(text)), Path::toString);

    static final ValueType<Instant> INSTANT = new ValueType<>(Instant.class, "an instant such as 2026-01-01T00:00:00Z",
            Instant::parse, Instant::toString);

    static final ValueType<Duration> DURATION = new ValueType<>(Duration.class,
            "a duration such as 900 (seconds), 500ms, 1.5s, 15m or PT15M", ValueTypes::parseDuration, ValueTypes::formatDuration);

    /** An absolute http or https URL, kept without a trailing slash (it is a base that paths are appended to). */
    static final ValueType<String> HTTP_URL = new ValueType<>(String.class, "an absolute http or https URL such as http://localhost:8080",
            text -> {
                URI uri = URI.create(text);
                if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                        || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                    throw new IllegalArgumentException("not an absolute http URL");
                }
                return text.replaceAll("/+$", "");
            }, text -> text);

    private static String notEmpty(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        return text;
    }

    static <E extends Enum<E>> ValueType<E> choice(Class<E> type) {
        String names = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return new ValueType<>(type, "one of " + names, text -> Enum.valueOf(type, text), Enum::name);
    }

    /** A text from a fixed list. */
    static ValueType<String> choice(String... values) {
        List<String> allowed = List.of(values);
        return new ValueType<>(String.class, "one of " + String.join(", ", allowed), text -> {
            if (!allowed.contains(text)) {
                throw new IllegalArgumentException(text);
            }
            return text;
        }, Function.identity());
    }

    static Duration parseDuration(String text) {
        Matcher match = SHORT_DURATION.matcher(text);
        if (!match.matches()) {
            return Duration.parse(text);
        }
        BigDecimal amount = new BigDecimal(match.group(1));
        long nanosPerUnit = switch (match.group(2) == null ? "s" : match.group(2)) {
            case "ms" -> 1_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 1_000_000_000L;
        };
        return Duration.ofNanos(amount.multiply(BigDecimal.valueOf(nanosPerUnit)).longValueExact());
    }

    /** The shortest exact form: {@code 15m}, {@code 900ms}, {@code 1500ms}; ISO 8601 below a millisecond. */
    static String formatDuration(Duration duration) {
        if (duration.getNano() % 1_000_000 != 0 || duration.isNegative()) {
            return duration.toString();
        }
        if (duration.getNano() != 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.getSeconds();
        if (seconds != 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
