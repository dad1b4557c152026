package io.importexport.emulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.importexport.emulator.domain.job.Job;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.file.Path;
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

    /** What the control plane shows of a job: its state as GetStatus would, and whose it is. */
    static Map<String, Object> describe(Job job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("jobId", job.id());
        view.put("accountId", job.accountId());
        view.put("jobType", job.type().name());
        view.put("kind", job.details().kind().name());
        view.put("creationDate", job.creationDate().toString());
        view.put("locationCode", job.state().location().name());
        view.put("locationMessage", job.locationMessage());
        view.put("progressCode", job.state().progress().name());
        view.put("progressMessage", job.progressMessage());
        view.put("stateSince", job.state().since().toString());
        view.put("errorCount", job.state().errorCount());
        view.put("isCanceled", job.isCanceled());
        view.put("carrier", job.state().carrier());
        view.put("trackingNumber", job.state().trackingNumber());
        view.put("logBucket", job.hasLog() ? job.details().logBucket() : null);
        view.put("logKey", job.hasLog() ? job.logKey() : null);
        return view;
    }

    private static Response json(int status, Map<String, ?> body) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(JSON.writeValueAsBytes(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of plain values is always serializable", e);
        }
    }
}
