package io.importexport.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.job.Transition;
import io.importexport.emulator.domain.traffic.RequestRecord;
import io.importexport.emulator.domain.fault.Fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link EmulatorAdmin} over the {@code /_emulator} routes of a running emulator: a subprocess, a shared instance. */
public final class HttpAdmin implements EmulatorAdmin {
    private static final ObjectMapper JSON = AdminJson.JSON;
    private final String base;
    /** HTTP/1.1: the JDK client's default h2c upgrade on a request with a body is not what the control plane speaks. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;

    /** @param emulatorUrl e.g. {@code http://127.0.0.1:8080}, of an emulator whose control plane is open */
    public HttpAdmin(String emulatorUrl) {
        this(emulatorUrl, null);
    }

    /** @param adminToken the emulator's {@code --admin-token}, or null when its control plane is open */
    public HttpAdmin(String emulatorUrl, String adminToken) {
        this.base = emulatorUrl.replaceAll("/+$", "") + AdminRoutes.ROOT + "/";
        this.authorization = adminToken == null ? null : "Bearer " + adminToken;
    }

    @Override
    public Health health() {
        HttpResponse<byte[]> response = exchange("GET", AdminRoutes.HEALTH, null);
        // 503 carries the health too: the store is down
        return read(response.statusCode() == 503 ? parse(response) : answer("GET", AdminRoutes.HEALTH, response), Health.class);
    }

    @Override
    public Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        send("GET", AdminRoutes.CONFIG, null).properties().forEach(option -> config.put(option.getKey(), option.getValue().asText()));
        return config;
    }

    @Override
    public void reset() {
        send("POST", AdminRoutes.RESET, null);
    }

    @Override
    public void reset(String accountId) {
        send("POST", AdminRoutes.RESET + "?account=" + encode(accountId), null);
    }

    @Override
    public List<JobView> jobs(String accountId) {
        JsonNode body = send("GET", AdminRoutes.JOBS + (accountId == null ? "" : "?account=" + encode(accountId)), null);
        List<JobView> jobs = new ArrayList<>();
        body.path("jobs").forEach(job -> jobs.add(read(job, JobView.class)));
        return jobs;
    }

    @Override
    public Optional<JobView> job(String jobId) {
        return jobAction("GET", AdminRoutes.expand(AdminRoutes.JOB, jobId), null);
    }

    @Override
    public Optional<JobView> moveJob(String jobId, Transition to, int errorCount) {
        // the route takes an error count for SuccessWithErrors only, as the lifecycle uses it
        Map<String, Object> body = to == Transition.SuccessWithErrors ? Map.of("state", to.name(), "errorCount", errorCount)
                : Map.of("state", to.name());
        return jobAction("POST", AdminRoutes.expand(AdminRoutes.JOB_STATE, jobId), body);
    }

    @Override
    public Optional<JobView> advanceJob(String jobId) {
        return jobAction("POST", AdminRoutes.expand(AdminRoutes.JOB_ADVANCE, jobId), null);
    }

    @Override
    public List<RequestRecord> requests() {
        List<RequestRecord> requests = new ArrayList<>();
        send("GET", AdminRoutes.REQUESTS, null).path("requests").forEach(request -> requests.add(read(request, RequestRecord.class)));
        return requests;
    }

    @Override
    public Instant now() {
        return Instant.parse(send("GET", AdminRoutes.CLOCK, null).path("now").asText());
    }

    @Override
    public void advanceClock(Duration by) {
        send("POST", AdminRoutes.CLOCK, Map.of("advance", by.toString()));
    }

    @Override
    public void setClock(Instant now) {
        send("POST", AdminRoutes.CLOCK, Map.of("set", now.toString()));
    }

    @Override
    public BucketTable buckets() {
        return BucketTableJson.parse(send("GET", AdminRoutes.BUCKETS, null), "the control plane's bucket table");
    }

    @Override
    public void setBuckets(BucketTable table) {
        if (table.isDeclared()) {
            send("PUT", AdminRoutes.BUCKETS, BucketTableJson.describe(table));
        } else {
            send("DELETE", AdminRoutes.BUCKETS, null);
        }
    }

    @Override
    public List<KeyView> credentials() {
        List<KeyView> keys = new ArrayList<>();
        send("GET", AdminRoutes.CREDENTIALS, null).path("keys").forEach(key -> keys.add(read(key, KeyView.class)));
        return keys;
    }

    @Override
    public void setCredentials(Collection<Credential> credentials) {
        send("PUT", AdminRoutes.CREDENTIALS, CredentialsJson.describe(credentials));
    }

    @Override
    public void addFault(Fault fault) {
        send("POST", AdminRoutes.FAULTS, FaultJson.describe(fault));
    }

    @Override
    public List<Fault> faults() {
        List<Fault> faults = new ArrayList<>();
        send("GET", AdminRoutes.FAULTS, null).path("faults").forEach(fault -> faults.add(FaultJson.parse(fault)));
        return faults;
    }

    @Override
    public void clearFaults() {
        send("DELETE", AdminRoutes.FAULTS, null);
    }

    /** 200: the job; 404: empty; any other answer as {@link #send} raises it. */
    private Optional<JobView> jobAction(String method, String path, Object body) {
        HttpResponse<byte[]> response = exchange(method, path, body);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(read(answer(method, path, response), JobView.class));
    }

    private JsonNode send(String method, String path, Object body) {
        return answer(method, path, exchange(method, path, body));
    }

    /**
     * The body of a 200; else the control plane's JSON error, raised as the exception the in-process admin raises:
     * {@link TransitionRefusedException} for a refused move, {@link IllegalArgumentException} for a refused value,
     * {@link AdminException} for anything else.
     */
    private static JsonNode answer(String method, String path, HttpResponse<byte[]> response) {
        if (response.statusCode() == 200) {
            return parse(response);
        }
        String code;
        String message;
        try {
            JsonNode error = JSON.readTree(response.body());
            code = error.path("error").asText("");
            message = error.path("message").asText("");
        } catch (IOException notJson) {
            code = "";
            message = new String(response.body(), StandardCharsets.UTF_8);
        }
        if (code.equals(TransitionRefusedException.CODE)) {
            throw new TransitionRefusedException(message);
        }
        if (response.statusCode() == 400) {
            throw new IllegalArgumentException(message);
        }
        throw new AdminException(response.statusCode(), code, method + " " + AdminRoutes.ROOT + "/" + path + " answered "
                + response.statusCode() + ": " + message);
    }

    private HttpResponse<byte[]> exchange(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").method(method, publisher);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("the emulator's control plane at " + base + " did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the emulator's control plane", e);
        }
    }

    private static JsonNode parse(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the control plane answered something that is not JSON", e);
        }
    }

    private static <T> T read(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the control plane answered JSON of another form than " + type.getSimpleName(), e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
