package io.importexport.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.importexport.emulator.domain.fault.Fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault as JSON: {@code {"operation": "CreateJob", "accountId": null, "count": 1, "fraction": 1.0,
 * "errorCode": "ThrottlingException", "status": 400, "message": null, "delayMillis": 0}}; only
 * {@code operation} and one of {@code errorCode} / {@code delayMillis} are required.
 */
final class FaultJson {
    private FaultJson() {
    }

    static Map<String, Object> describe(Fault fault) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operation", fault.operation());
        json.put("accountId", fault.accountId());
        json.put("count", fault.count());
        json.put("fraction", fault.fraction());
        json.put("errorCode", fault.errorCode());
        json.put("status", fault.status());
        json.put("message", fault.message());
        json.put("delayMillis", fault.delay().toMillis());
        return json;
    }

    /** {@code IllegalArgumentException} says what is wrong. */
    static Fault parse(JsonNode json) {
        return new Fault(text(json, "operation"), text(json, "accountId"), json.path("count").asInt(0),
                json.path("fraction").asDouble(1.0), text(json, "errorCode"), json.path("status").asInt(400),
                text(json, "message"), Duration.ofMillis(json.path("delayMillis").asLong(0)));
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
