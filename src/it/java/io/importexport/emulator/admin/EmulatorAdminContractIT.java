package io.importexport.emulator.admin;

import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.bucket.Bucket;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.job.Transition;
import io.importexport.emulator.domain.fault.Fault;
import io.importexport.emulator.testing.Manifests;
import io.importexport.emulator.domain.traffic.RequestRecord;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** One contract, two implementations: the control plane in process and over HTTP must behave the same. */
class EmulatorAdminContractIT {
    /** Started by hand: the JUnit extension would offer its own EmulatorAdmin to the parameter the implementations fill. */
    private static ImportExportEmulator emulator;

    @BeforeAll
    static void start() throws IOException {
        emulator = ImportExportEmulator.builder().with(CLOCK, Instant.parse("2026-01-01T00:00:00Z")).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.admin().reset();
    }


    static Stream<Arguments> implementations() {
        return Stream.of(Arguments.of("in process", emulator.admin()), Arguments.of("over HTTP", new HttpAdmin(emulator.endpoint())));
    }

    private static String createJob(String accessKey) {
        return RestAssured.given().baseUri(emulator.endpoint()).contentType("application/x-www-form-urlencoded")
                .formParam("Action", "CreateJob").formParam("JobType", "Import").formParam("AWSAccessKeyId", accessKey)
                .formParam("Manifest", Manifests.with(Manifests.s3Import(), "accessKeyId", accessKey))
                .post("/").then().statusCode(200).extract().xmlPath().getString("CreateJobResponse.CreateJobResult.JobId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void healthAndTheClock(String name, EmulatorAdmin admin) {
        assertThat(admin.health().status()).isEqualTo("ok");
        assertThat(admin.health().version()).isNotBlank();
        assertThat(admin.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        admin.advanceClock(Duration.ofDays(2));
        assertThat(admin.now()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
        admin.setClock(Instant.parse("2027-05-05T05:05:05Z"));
        assertThat(admin.now()).isEqualTo(Instant.parse("2027-05-05T05:05:05Z"));
        admin.reset();
        assertThat(admin.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void jobsOfEveryAccountAreListedInspectedAndMoved(String name, EmulatorAdmin admin) {
        String mine = createJob(Manifests.ACCESS_KEY);
        String theirs = createJob("AKIAOTHEREXAMPLE");
        assertThat(admin.jobs(null)).extracting(JobView::jobId).containsExactlyInAnyOrder(mine, theirs);
        assertThat(admin.jobs("AKIAOTHEREXAMPLE")).extracting(JobView::jobId).containsExactly(theirs);
        JobView job = admin.job(mine.toLowerCase()).orElseThrow();
        assertThat(job.accountId()).isEqualTo(Manifests.ACCESS_KEY);
        assertThat(job.creationDate()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(admin.advanceJob(mine).orElseThrow().locationCode()).isEqualTo("AtAWS");
        assertThat(admin.moveJob(mine, Transition.InProgress, 0).orElseThrow().progressCode()).isEqualTo("InProgress");
        JobView done = admin.moveJob(mine, Transition.SuccessWithErrors, 4).orElseThrow();
        assertThat(done.errorCount()).isEqualTo(4);
        assertThat(done.logKey()).isEqualTo("import-log-" + mine);
        assertThatThrownBy(() -> admin.moveJob(mine, Transition.Canceled, 0)).isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("cannot move to Canceled");
        assertThat(admin.job("ZZZZZ")).isEmpty();
        assertThat(admin.advanceJob("ZZZZZ")).isEmpty();
        admin.reset("AKIAOTHEREXAMPLE");
        assertThat(admin.jobs(null)).extracting(JobView::jobId).containsExactly(mine);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void bucketsAndCredentials(String name, EmulatorAdmin admin) {
        assertThat(admin.buckets().isDeclared()).isFalse();
        admin.setBuckets(BucketTable.of(List.of(new Bucket("b1", "eu-west-1", "111111111111"))));
        assertThat(admin.buckets().buckets()).containsExactly(new Bucket("b1", "eu-west-1", "111111111111"));
        admin.setBuckets(BucketTable.everyBucketExists());
        assertThat(admin.buckets().isDeclared()).isFalse();

        admin.setCredentials(List.of(new Credential("AKIAONE", "s1", null, "111111111111"),
                new Credential("ASIATWO", "s2", "token", "111111111111")));
        assertThat(admin.credentials()).containsExactly(new KeyView("111111111111", "AKIAONE", false),
                new KeyView("111111111111", "ASIATWO", true));
        admin.reset();
        assertThat(admin.credentials()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void faultsAreAddedListedUsedUpAndCleared(String name, EmulatorAdmin admin) {
        Fault once = new Fault("CreateJob", null, 1, 1.0, "ServiceUnavailable", 503, "try later", Duration.ZERO);
        Fault slow = new Fault("*", "AKIAOTHEREXAMPLE", 0, 1.0, null, 0, null, Duration.ofMillis(5));
        admin.addFault(once);
        admin.addFault(slow);
        assertThat(admin.faults()).containsExactly(once, slow);
        RestAssured.given().baseUri(emulator.endpoint()).contentType("application/x-www-form-urlencoded")
                .formParam("Action", "CreateJob").formParam("AWSAccessKeyId", Manifests.ACCESS_KEY)
                .post("/").then().statusCode(503);
        assertThat(admin.faults()).containsExactly(slow);
        admin.reset("AKIAOTHEREXAMPLE");
        assertThat(admin.faults()).isEmpty();
        admin.addFault(once);
        admin.clearFaults();
        assertThat(admin.faults()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void theLastRequestsAreKeptWithTheirOutcomeUntilReset(String name, EmulatorAdmin admin) {
        String jobId = createJob("AKIAREQUESTS");
        RestAssured.given().baseUri(emulator.endpoint()).formParam("Action", "GetStatus").formParam("JobId", "ZZZZZ")
                .formParam("AWSAccessKeyId", "AKIAREQUESTS").post("/").then().statusCode(400);
        List<RequestRecord> requests = admin.requests();
        assertThat(requests).extracting(RequestRecord::operation).containsExactly("CreateJob", "GetStatus");
        assertThat(requests.get(0).status()).isEqualTo(200);
        assertThat(requests.get(0).accountId()).isEqualTo("AKIAREQUESTS");
        assertThat(requests.get(1).errorCode()).isEqualTo("InvalidJobIdException");
        assertThat(requests.get(1).time()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(requests.get(1).requestId()).matches("[0-9a-f-]{36}");
        assertThat(jobId).isNotBlank();
        admin.reset();
        assertThat(admin.requests()).isEmpty();
    }
}
