package io.importexport.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A control-plane request body: a JSON object whose fields are read by name and type. A body that is not an object,
 * a field of the wrong type and a field the route does not know are each an {@link IllegalArgumentException} naming
 * the field, which the endpoint answers with a 400.
 */
final class JsonBody {
    private final JsonNode fields;

    private JsonBody(JsonNode fields) {
        this.fields = fields;
    }

    /** An empty body is an empty object. */
    static JsonBody of(byte[] body, String what, List<String> knownFields) {
        JsonNode root = AdminJson.read(body, what);
        if (!root.isObject()) {
            throw new IllegalArgumentException(what + ": expected a JSON object with " + knownFields);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!knownFields.contains(name)) {
                throw new IllegalArgumentException(what + ": unknown field \"" + name + "\"; known: " + knownFields);
            }
        }
        return new JsonBody(root);
    }

    static JsonBody of(JsonNode root) {
        return new JsonBody(root);
    }

    boolean has(String name) {
        return fields.hasNonNull(name);
    }

    Optional<String> text(String name) {
        return value(name).map(value -> {
            if (!value.isTextual()) {
                throw wrongType(name, "a text");
            }
            return value.asText();
        });
    }

    String requiredText(String name) {
        return text(name).filter(text -> !text.isBlank()).orElseThrow(() -> new IllegalArgumentException("\"" + name + "\" is required"));
    }

    Optional<Integer> integer(String name) {
        return value(name).map(value -> {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw wrongType(name, "a whole number");
            }
            return value.intValue();
        });
    }

    Optional<Long> longInteger(String name) {
        return value(name).map(value -> {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw wrongType(name, "a whole number");
            }
            return value.longValue();
        });
    }

    Optional<Double> number(String name) {
        return value(name).map(value -> {
            if (!value.isNumber()) {
                throw wrongType(name, "a number");
            }
            return value.doubleValue();
        });
    }

    private Optional<JsonNode> value(String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private static IllegalArgumentException wrongType(String name, String type) {
        return new IllegalArgumentException("\"" + name + "\" must be " + type);
    }
}
