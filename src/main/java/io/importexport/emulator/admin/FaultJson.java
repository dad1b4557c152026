package io.importexport.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.importexport.emulator.domain.fault.Fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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

    static final List<String> FIELDS = List.of("operation", "accountId", "count", "fraction", "errorCode", "status", "message",
            "delayMillis");

    /** {@code IllegalArgumentException} says what is wrong. */
    static Fault parse(JsonBody json) {
        return new Fault(json.text("operation").orElse(null), json.text("accountId").orElse(null), json.integer("count").orElse(0),
                json.number("fraction").orElse(1.0), json.text("errorCode").orElse(null), json.integer("status").orElse(400),
                json.text("message").orElse(null), Duration.ofMillis(json.longInteger("delayMillis").orElse(0L)));
    }

    static Fault parse(JsonNode json) {
        return parse(JsonBody.of(json));
    }
}
