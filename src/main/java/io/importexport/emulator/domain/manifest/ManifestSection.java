package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping of a parsed manifest (the document itself, {@code returnAddress}, one of {@code operations}, ...)
 * with accessors that name the offending field by its path and raise the manifest errors of service.md §9.
 * Values are strings, lists or nested mappings; an empty or blank scalar counts as absent.
 */
public final class ManifestSection {
    private final String path;
    private final Map<String, Object> values;

    ManifestSection(String path, Map<String, Object> values) {
        this.path = path;
        this.values = values;
    }

    /** The full name of a field in this section, e.g. {@code returnAddress.city} or {@code operations[0].region}. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean has(String key) {
        Object value = values.get(key);
        return value != null && !(value instanceof String text && text.isBlank());
    }

    /** The trimmed text of a scalar field, empty when absent or blank. */
    public Optional<String> text(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw invalid(pathOf(key) + " must be a single value");
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    /** The text of a field that must be present, else {@code MissingManifestFieldException}. */
    public String requiredText(String key) {
        return text(key).orElseThrow(() -> missing(pathOf(key)));
    }

    public Optional<ManifestSection> section(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(pathOf(key) + " must be a mapping of names to values");
        }
        return Optional.of(new ManifestSection(pathOf(key), cast(map)));
    }

    /** A list of mappings such as {@code operations}; empty when absent. */
    public List<ManifestSection> sections(String key) {
        List<Object> items = list(key);
        List<ManifestSection> sections = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> map)) {
                throw invalid(itemPath + " must be a mapping of names to values");
            }
            sections.add(new ManifestSection(itemPath, cast(map)));
        }
        return sections;
    }

    /** A list of scalars such as {@code ignore}; empty when absent. */
    public List<String> texts(String key) {
        List<Object> items = list(key);
        List<String> texts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String text)) {
                throw invalid(pathOf(key) + "[" + i + "] must be a single value");
            }
            texts.add(text);
        }
        return texts;
    }

    /** The raw entries of a mapping whose values must all be scalars, such as {@code contentTypes}. */
    public Map<String, String> textMap(String key) {
        Optional<ManifestSection> section = section(key);
        if (section.isEmpty()) {
            return Map.of();
        }
        for (Map.Entry<String, Object> entry : section.get().values.entrySet()) {
            if (!(entry.getValue() instanceof String)) {
                throw invalid(section.get().pathOf(entry.getKey()) + " must be a single value");
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, String> texts = (Map<String, String>) (Map<String, ?>) section.get().values;
        return texts;
    }

    private List<Object> list(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof String text && text.isBlank()) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(pathOf(key) + " must be a list");
        }
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) list;
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    static ServiceException missing(String field) {
        return new ServiceException(ErrorCode.MissingManifestFieldException, "Missing required manifest field: " + field);
    }

    static ServiceException invalid(String reason) {
        return new ServiceException(ErrorCode.InvalidManifestFieldException, "Invalid manifest field: " + reason);
    }
}
