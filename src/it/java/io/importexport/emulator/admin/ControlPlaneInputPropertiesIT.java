package io.importexport.emulator.admin;

import io.importexport.emulator.fixture.ImportExportEmulator;
import com.amazonaws.AmazonServiceException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever body a control-plane route gets, it answers 200 or a JSON error naming what is wrong (400, or 404/409
 * for a job), never a 5xx, and leaves no state behind that answers 500 later: the clock, the job list and the AWS
 * API keep answering.
 */
class ControlPlaneInputPropertiesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<String> FIELDS = List.of("advance", "set", "state", "errorCount", "operation", "accountId", "count",
            "fraction", "errorCode", "status", "message", "delayMillis", "buckets", "accounts", "keys", "name", "region", "owner",
            "accessKeyId", "secretAccessKey");
    private static ImportExportEmulator emulator;

    @BeforeContainer
    static void start() throws Exception {
        emulator = ImportExportEmulator.builder().start();
            }

    /** A fresh emulator holding one new job, whose id this returns. */
    private static String resetWithOneJob() throws Exception {
        send("POST", "reset", "");
        return JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY).createJob(new CreateJobRequest().withJobType("Import")
                .withManifest(Manifests.s3Import()).withValidateOnly(false)).getJobId();
    }

    @AfterContainer
    static void stop() {
        emulator.close();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/_emulator/" + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertAnsweredAndStillWhole(HttpResponse<String> response, String jobId) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 400, 404, 409);
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            assertThat(answer.path("error").asText()).isNotBlank();
            assertThat(answer.path("message").asText()).isNotBlank().doesNotContain("Exception:", "java.");
        }
        assertThat(send("GET", "clock", "").statusCode()).isEqualTo(200);
        assertThat(send("GET", "jobs", "").statusCode()).isEqualTo(200);
        try {
            JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY).getStatus(new GetStatusRequest().withJobId(jobId));
        } catch (AmazonServiceException modeled) { // the job may have expired, if the body moved the clock far
            assertThat(modeled.getStatusCode()).as(modeled.getErrorCode()).isLessThan(500);
        }
    }

    @Property(tries = 300)
    void anyBodyOnAnyRouteIsAnsweredAndBreaksNothing(@ForAll("routes") String route, @ForAll("bodies") String body) throws Exception {
        String jobId = resetWithOneJob();
        String[] methodAndPath = route.replace("JOB", jobId).split(" ", 2);
        assertAnsweredAndStillWhole(send(methodAndPath[0], methodAndPath[1], body), jobId);
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of("POST clock", "POST faults", "PUT buckets", "PUT credentials", "POST jobs/JOB/state", "POST jobs/JOB/advance");
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(text -> JSON.valueToTree(text).toString()),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("null", "true", "[]", "{}", "\"P400D\"", "\"PT-1S\"", "\"+1000000000-12-01T00:00:00Z\"",
                        "\"2026-01-01T00:00:00Z\"", "\"SuccessWithErrors\"", "\"Success\"", "\"CreateJob\"", "\"*\"", "\"Bogus\"",
                        "-3", "0", "99999999999999999999", "\"P99999999999D\"", "\"bad key!\"", "[{\"name\":\"b\"}]"));
        Arbitrary<String> objects = Combinators.combine(Arbitraries.of(FIELDS).list().ofMaxSize(4), values.list().ofSize(4))
                .as((names, chosen) -> {
                    StringBuilder json = new StringBuilder("{");
                    for (int i = 0; i < names.size(); i++) {
                        json.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append("\":").append(chosen.get(i));
                    }
                    return json.append('}').toString();
                });
        return Arbitraries.oneOf(objects, values, Arbitraries.strings().ofMaxLength(40));
    }

    @Example
    void theClockRefusesTimesClientsCannotCarryAndAmbiguousChanges() throws Exception {
        String jobId = resetWithOneJob();
        assertThat(send("POST", "clock", "{\"set\":\"+1000000000-12-01T00:00:00Z\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "clock", "{\"set\":\"9999-12-01T00:00:00Z\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> past = send("POST", "clock", "{\"advance\":\"P400D\"}");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("would leave that range");
        assertThat(send("POST", "clock", "{\"advance\":\"P1D\",\"set\":\"2026-01-01T00:00:00Z\"}").body()).contains("one of");
        assertThat(send("POST", "clock", "{\"advance\":\"soon\"}").body()).contains("\\\"advance\\\" must be an ISO 8601 duration");
        assertAnsweredAndStillWhole(send("GET", "clock", ""), jobId);
    }

    @Example
    void aStateChangeTakesAnErrorCountOnlyForSuccessWithErrorsAndOneOrMore() throws Exception {
        String jobId = resetWithOneJob();
        send("POST", "jobs/" + jobId + "/state", "{\"state\":\"AtAWS\"}");
        send("POST", "jobs/" + jobId + "/state", "{\"state\":\"InProgress\"}");
        for (String refused : List.of("{\"state\":\"SuccessWithErrors\",\"errorCount\":0}", "{\"state\":\"SuccessWithErrors\",\"errorCount\":-3}",
                "{\"state\":\"Success\",\"errorCount\":5}", "{}", "{\"state\":\"AtAWS\",\"extra\":1}", "{\"state\":\"SuccessWithErrors\",\"errorCount\":\"2\"}")) {
            HttpResponse<String> response = send("POST", "jobs/" + jobId + "/state", refused);
            assertThat(response.statusCode()).as(refused).isEqualTo(400);
            assertThat(response.body()).contains("InvalidTransition");
        }
        HttpResponse<String> moved = send("POST", "jobs/" + jobId + "/state", "{\"state\":\"SuccessWithErrors\",\"errorCount\":4}");
        assertThat(JSON.readTree(moved.body()).path("errorCount").asInt()).isEqualTo(4);
    }

    @Example
    void aFaultMustAimAtAnOperationAndAKeyMustBeOneTheApiAccepts() throws Exception {
        resetWithOneJob();
        HttpResponse<String> fault = send("POST", "faults", "{\"operation\":\"Bogus\",\"errorCode\":\"X\"}");
        assertThat(fault.statusCode()).isEqualTo(400);
        assertThat(fault.body()).contains("CreateJob", "Bogus");
        assertThat(send("POST", "faults", "{\"operation\":\"*\",\"delayMillis\":1}").statusCode()).isEqualTo(200);
        HttpResponse<String> key = send("PUT", "credentials",
                "{\"accounts\":[{\"accountId\":\"1\",\"keys\":[{\"accessKeyId\":\"bad key!\",\"secretAccessKey\":\"s\"}]}]}");
        assertThat(key.statusCode()).isEqualTo(400);
        assertThat(key.body()).contains("bad key!");
        send("POST", "reset", "");
    }
}
