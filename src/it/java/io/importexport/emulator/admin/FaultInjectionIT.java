package io.importexport.emulator.admin;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.ListJobsRequest;
import io.importexport.emulator.domain.fault.Fault;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** Faults as a client meets them: the error it is given, for the calls it is aimed at, as often as asked. */
class FaultInjectionIT {
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder()
            .configure(options -> options.with(SEED, 3L))
            .resetBeforeEach(true).build();
    private static AmazonImportExport client;

    @BeforeAll
    static void start() throws IOException {
        client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
    }

    @AfterAll
    static void stop() {
        client.shutdown();
    }

    @Test
    void theNextCallsFailWithTheGivenCodeAndStatusThenCallsSucceedAgain() {
        emulator.admin().addFault(new Fault("ListJobs", null, 2, 1.0, "ThrottlingException", 400, "Rate exceeded", Duration.ZERO));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.listJobs(new ListJobsRequest())).isInstanceOfSatisfying(AmazonServiceException.class, e -> {
                assertThat(e.getErrorCode()).isEqualTo("ThrottlingException");
                assertThat(e.getStatusCode()).isEqualTo(400);
                assertThat(e.getErrorMessage()).isEqualTo("Rate exceeded");
            });
        }
        assertThat(client.listJobs(new ListJobsRequest()).getJobs()).isEmpty();
    }

    @Test
    void aServerErrorIsAReceiverFaultAndOtherOperationsAreUntouched() {
        emulator.admin().addFault(new Fault("CreateJob", null, 0, 1.0, "InternalFailure", 500, null, Duration.ZERO));
        assertThatThrownBy(() -> client.createJob(new CreateJobRequest()
                .withJobType("Import").withManifest(Manifests.s3Import()).withValidateOnly(false)))
                .isInstanceOfSatisfying(AmazonServiceException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(500);
                    assertThat(e.getErrorType()).isEqualTo(AmazonServiceException.ErrorType.Service);
                });
        assertThat(client.listJobs(new ListJobsRequest()).getJobs()).isEmpty();
    }

    @Test
    void aFaultForOneAccountLeavesTheOthersAlone() {
        emulator.admin().addFault(new Fault("*", "AKIAOTHEREXAMPLE", 0, 1.0, "AccessDenied", 403, null, Duration.ZERO));
        assertThat(client.listJobs(new ListJobsRequest()).getJobs()).isEmpty();
        assertThatThrownBy(() -> JavaSdk.client(emulator.endpoint(), "AKIAOTHEREXAMPLE").listJobs(new ListJobsRequest()))
                .isInstanceOfSatisfying(AmazonServiceException.class, e -> assertThat(e.getStatusCode()).isEqualTo(403));
    }

    @Test
    void aFractionOfCallsFailsAndTheRestSucceed() {
        emulator.admin().addFault(new Fault("ListJobs", null, 0, 0.5, "ServiceUnavailable", 503, null, Duration.ZERO));
        int failures = 0;
        for (int i = 0; i < 60; i++) {
            try {
                client.listJobs(new ListJobsRequest());
            } catch (AmazonServiceException e) {
                assertThat(e.getStatusCode()).isEqualTo(503);
                failures++;
            }
        }
        assertThat(failures).isBetween(1, 59);
    }

    @Test
    void aDelayHoldsTheAnswerBackAndThenAnswers() {
        emulator.admin().addFault(new Fault("ListJobs", null, 1, 1.0, null, 0, null, Duration.ofMillis(300)));
        long started = System.nanoTime();
        assertThat(client.listJobs(new ListJobsRequest()).getJobs()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void faultsAreSetOverHttpAndClearedByReset() {
        RestAssured.given().baseUri(emulator.endpoint()).contentType("application/json")
                .body("{\"operation\": \"GetStatus\", \"errorCode\": \"ServiceUnavailable\", \"status\": 503, \"count\": 3}")
                .post("/_emulator/faults").then().statusCode(200).body("faults", hasSize(1)).body("faults[0].count", equalTo(3));
        RestAssured.given().baseUri(emulator.endpoint()).contentType("application/json").body("{\"operation\": \"GetStatus\"}")
                .post("/_emulator/faults").then().statusCode(400).body("error", equalTo("InvalidFault"));
        RestAssured.given().baseUri(emulator.endpoint()).contentType("application/json")
                .body("{\"operation\": \"GetStatus\", \"errorCode\": \"X\", \"status\": 200}")
                .post("/_emulator/faults").then().statusCode(400).body("message", containsString("4xx or 5xx"));
        RestAssured.given().baseUri(emulator.endpoint()).post("/_emulator/reset").then().statusCode(200);
        RestAssured.given().baseUri(emulator.endpoint()).get("/_emulator/faults").then().body("faults", hasSize(0));
        RestAssured.given().baseUri(emulator.endpoint()).contentType("application/json")
                .body("{\"operation\": \"GetStatus\", \"errorCode\": \"ServiceUnavailable\", \"status\": 503}")
                .post("/_emulator/faults").then().statusCode(200);
        RestAssured.given().baseUri(emulator.endpoint()).delete("/_emulator/faults").then().statusCode(200).body("faults", hasSize(0));
    }
}
