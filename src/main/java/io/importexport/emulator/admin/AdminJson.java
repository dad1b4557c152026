package io.importexport.emulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON answers of the control plane, errors included: {@code {"error": code, "message": text}}. */
public final class AdminJson {
    /** The control plane's JSON, both ways: instants as ISO 8601 text. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AdminJson() {
    }

    /** A map, a record or a list of them, as JSON. */
    public static Response ok(Object body) {
        return json(200, body);
    }

    /** A body with another status than 200, such as health's 503. */
    static Response status(int status, Object body) {
        return json(status, body);
    }

    public static Response error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return json(status, body);
    }

    /** A request body as JSON; {@code IllegalArgumentException} when it is not. An empty body is an empty object. */
    static JsonNode read(byte[] body, String what) {
        if (body == null || body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + ": not JSON: " + firstLine(e), e);
        }
    }

    /** A configuration file as JSON; the exception names the file and the problem in one line. */
    static JsonNode read(Path file, String what) throws IOException {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read the " + what + " " + file + ": " + firstLine(e), e);
        }
    }

    private static String firstLine(IOException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private static Response json(int status, Object body) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(JSON.writeValueAsBytes(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps and records of plain values are always serializable", e);
        }
    }
}
