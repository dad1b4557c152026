package io.importexport.emulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON answers of the control plane, errors included: {@code {"error": code, "message": text}}. */
public final class AdminJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminJson() {
    }

    public static Response ok(Map<String, ?> body) {
        return json(200, body);
    }

    public static Response error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return json(status, body);
    }

    private static Response json(int status, Map<String, ?> body) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(JSON.writeValueAsBytes(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of plain values is always serializable", e);
        }
    }
}
