package io.importexport.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.bucket.Bucket;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.job.Transition;
import io.importexport.emulator.protocol.fault.Fault;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link EmulatorAdmin} over the {@code /_emulator} routes of a running emulator: a subprocess, a shared instance. */
public final class HttpAdmin implements EmulatorAdmin {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    /** HTTP/1.1: the JDK client's default h2c upgrade on a request with a body is not what the control plane speaks. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** @param emulatorUrl e.g. {@code http://127.0.0.1:8080} */
    public HttpAdmin(String emulatorUrl) {
        this.base = emulatorUrl.replaceAll("/+$", "") + "/_emulator";
    }

    @Override
    public Health health() {
        return read(send("GET", "/health", null, 200), Health.class);
    }

    @Override
    public void reset() {
        send("POST", "/reset", null, 200);
    }

    @Override
    public void reset(String accountId) {
        send("POST", "/reset?account=" + encode(accountId), null, 200);
    }

    @Override
    public List<JobView> jobs(String accountId) {
        JsonNode body = send("GET", "/jobs" + (accountId == null ? "" : "?account=" + encode(accountId)), null, 200);
        List<JobView> jobs = new ArrayList<>();
        body.path("jobs").forEach(job -> jobs.add(read(job, JobView.class)));
        return jobs;
    }

    @Override
    public Optional<JobView> job(String jobId) {
        return jobAction("GET", "/jobs/" + encode(jobId), null);
    }

    @Override
    public Optional<JobView> moveJob(String jobId, Transition to, int errorCount) {
        return jobAction("POST", "/jobs/" + encode(jobId) + "/state", Map.of("state", to.name(), "errorCount", errorCount));
    }

    @Override
    public Optional<JobView> advanceJob(String jobId) {
        return jobAction("POST", "/jobs/" + encode(jobId) + "/advance", null);
    }

    @Override
    public Instant now() {
        return Instant.parse(send("GET", "/clock", null, 200).path("now").asText());
    }

    @Override
    public void advanceClock(Duration by) {
        send("POST", "/clock", Map.of("advance", by.toString()), 200);
    }

    @Override
    public void setClock(Instant now) {
        send("POST", "/clock", Map.of("set", now.toString()), 200);
    }

    @Override
    public BucketTable buckets() {
        JsonNode body = send("GET", "/buckets", null, 200);
        if (!body.path("declared").asBoolean()) {
            return BucketTable.everyBucketExists();
        }
        List<Bucket> buckets = new ArrayList<>();
        body.path("buckets").forEach(b -> buckets.add(new Bucket(b.path("name").asText(), b.path("region").asText(), b.path("owner").asText())));
        return BucketTable.of(buckets);
    }

    @Override
    public void setBuckets(BucketTable table) {
        if (table.isDeclared()) {
            send("PUT", "/buckets", BucketTableJson.describe(table), 200);
        } else {
            send("DELETE", "/buckets", null, 200);
        }
    }

    @Override
    public List<KeyView> credentials() {
        List<KeyView> keys = new ArrayList<>();
        send("GET", "/credentials", null, 200).path("keys").forEach(key -> keys.add(read(key, KeyView.class)));
        return keys;
    }

    @Override
    public void setCredentials(Collection<Credential> credentials) {
        send("PUT", "/credentials", CredentialsJson.describe(credentials), 200);
    }

    @Override
    public void addFault(Fault fault) {
        send("POST", "/faults", FaultJson.describe(fault), 200);
    }

    @Override
    public List<Fault> faults() {
        List<Fault> faults = new ArrayList<>();
        send("GET", "/faults", null, 200).path("faults").forEach(fault -> faults.add(FaultJson.parse(fault)));
        return faults;
    }

    @Override
    public void clearFaults() {
        send("DELETE", "/faults", null, 200);
    }

    /** 200: the job; 404: empty; 409: the lifecycle refused, as {@link IllegalStateException}. */
    private Optional<JobView> jobAction(String method, String path, Object body) {
        HttpResponse<byte[]> response = exchange(method, path, body);
        return switch (response.statusCode()) {
            case 200 -> Optional.of(read(parse(response), JobView.class));
            case 404 -> Optional.empty();
            case 409 -> throw new IllegalStateException(parse(response).path("message").asText());
            default -> throw unexpected(method, path, response);
        };
    }

    private JsonNode send(String method, String path, Object body, int expectedStatus) {
        HttpResponse<byte[]> response = exchange(method, path, body);
        if (response.statusCode() != expectedStatus) {
            throw unexpected(method, path, response);
        }
        return parse(response);
    }

    private HttpResponse<byte[]> exchange(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").method(method, publisher).build();
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
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

    private static IllegalStateException unexpected(String method, String path, HttpResponse<byte[]> response) {
        return new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                + new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
