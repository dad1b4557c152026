package io.importexport.emulator.protocol.query;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decoded parameters of one request, body and query string merged (the body wins, service.md §2.2). An empty
 * value counts as absent everywhere: no member of this API means anything when empty.
 */
public final class QueryParameters {
    private final Map<String, String> values;

    public QueryParameters(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** An optional integer member; anything but a decimal integer is {@code InvalidParameterException}. */
    public Optional<Integer> integer(String name) {
        return get(name).map(value -> {
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw new ServiceException(ErrorCode.InvalidParameterException,
                        "The value '" + value + "' of " + name + " is not an integer");
            }
        });
    }

    /** A Query list, {@code name.member.1}, {@code name.member.2}, ... in index order, empty members skipped. */
    public List<String> list(String name) {
        Pattern member = Pattern.compile(Pattern.quote(name) + "\\.member\\.([1-9][0-9]{0,8})");
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        values.forEach((key, value) -> {
            Matcher matcher = member.matcher(key);
            if (matcher.matches() && !value.isEmpty()) {
                byIndex.put(Integer.valueOf(matcher.group(1)), value);
            }
        });
        return new ArrayList<>(byIndex.values());
    }

    public Map<String, String> asMap() {
        return values;
    }
}
