package io.importexport.emulator.admin;

import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** Every route of the control plane under /_emulator, and what each does to the AWS API. */
class ControlPlaneIT {
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder().resetBeforeEach(false).build();


    @BeforeEach
    void reset() {
        admin().post("/_emulator/reset").then().statusCode(200).body("status", equalTo("reset"));
    }

    private static RequestSpecification admin() {
        return RestAssured.given().baseUri(emulator.endpoint());
    }

    private static ValidatableResponse createJob(String manifest, String addendum) {
        return RestAssured.given().baseUri(emulator.endpoint()).contentType("application/x-www-form-urlencoded; charset=utf-8")
                .formParam("Action", "CreateJob").formParam("JobType", "Import").formParam("ValidateOnly", "false")
                .formParam("AWSAccessKeyId", Manifests.ACCESS_KEY).formParam("Manifest", manifest)
                .formParam("ManifestAddendum", addendum)
                .post("/").then();
    }

    @Test
    void healthAnswersGetAndHead() {
        admin().get("/_emulator/health").then().statusCode(200).contentType("application/json")
                .body("status", equalTo("ok")).body("version", not(emptyString()))
                .body("uptimeSeconds", greaterThanOrEqualTo(0f));
        admin().head("/_emulator/health").then().statusCode(200);
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() {
        admin().get("/_emulator/nothing").then().statusCode(404).contentType("application/json")
                .body("error", equalTo("NotFound")).body("message", containsString("/_emulator/nothing"));
        admin().get("/_emulator/reset").then().statusCode(405).contentType("application/json").body("error", equalTo("MethodNotAllowed"));
    }

    @Test
    void resetForgetsEveryJob() {
        String jobId = createJob(Manifests.s3Import(), "").statusCode(200).extract().xmlPath()
                .getString("CreateJobResponse.CreateJobResult.JobId");
        // a ManifestAddendum naming a job is checked against the store, so it shows whether the job exists
        createJob(Manifests.s3Import(), "jobId: " + jobId).statusCode(200);
        admin().post("/_emulator/reset").then().statusCode(200);
        createJob(Manifests.s3Import(), "jobId: " + jobId).statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("InvalidJobIdException"));
    }

    @Test
    void theBucketTableCanBeSetReadAndLifted() {
        admin().get("/_emulator/buckets").then().statusCode(200).body("declared", equalTo(false)).body("buckets", hasSize(0));
        admin().contentType("application/json").body("""
                {"buckets": [{"name": "declared-bucket", "region": "us-west-2", "owner": "%s"}]}""".formatted(Manifests.ACCESS_KEY))
                .put("/_emulator/buckets").then().statusCode(200)
                .body("declared", equalTo(true)).body("buckets[0].name", equalTo("declared-bucket"))
                .body("buckets[0].region", equalTo("us-west-2")).body("buckets[0].owner", equalTo(Manifests.ACCESS_KEY));
        createJob(Manifests.s3Import(), "").statusCode(400).body("ErrorResponse.Error.Code", equalTo("NoSuchBucketException"));
        createJob(Manifests.with(Manifests.s3Import(), "bucket", "declared-bucket"), "").statusCode(200);

        admin().delete("/_emulator/buckets").then().statusCode(200).body("declared", equalTo(false));
        createJob(Manifests.s3Import(), "").statusCode(200);
    }

    @Test
    void resetGoesBackToTheBucketTableTheEmulatorStartedWith() {
        admin().contentType("application/json").body("{\"buckets\": []}").put("/_emulator/buckets").then().statusCode(200);
        createJob(Manifests.s3Import(), "").statusCode(400).body("ErrorResponse.Error.Code", equalTo("NoSuchBucketException"));
        admin().post("/_emulator/reset").then().statusCode(200);
        createJob(Manifests.s3Import(), "").statusCode(200);
    }

    @Test
    void aBrokenBucketTableIsRefusedAndChangesNothing() {
        for (String broken : new String[] {"{not json", "{\"buckets\": {}}", "{\"buckets\": [{\"name\": \"b\", \"region\": \"us-east-1\"}]}",
                "{\"buckets\": [{\"name\": \"b\", \"region\": \"mars-1\", \"owner\": \"x\"}]}"}) {
            admin().contentType("application/json").body(broken).put("/_emulator/buckets").then().statusCode(400)
                    .contentType("application/json").body("error", equalTo("InvalidBucketTable"));
        }
        admin().get("/_emulator/buckets").then().body("declared", equalTo(false));
    }

    private static String createdJobId(String manifest) {
        return createJob(manifest, "").statusCode(200).extract().xmlPath().getString("CreateJobResponse.CreateJobResult.JobId");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void jobsAreInspectedAndMovedThroughTheirLifecycle() {
        String jobId = createdJobId(Manifests.s3Import());
        admin().get("/_emulator/jobs/" + jobId.toLowerCase()).then().statusCode(200)
                .body("jobId", equalTo(jobId)).body("accountId", equalTo(Manifests.ACCESS_KEY))
                .body("locationCode", equalTo("NotReceived")).body("progressCode", equalTo("Pending"));
        admin().post("/_emulator/jobs/" + jobId + "/advance").then().statusCode(200).body("locationCode", equalTo("AtAWS"));
        admin().contentType("application/json").body("{\"state\": \"in-progress\"}")
                .post("/_emulator/jobs/" + jobId + "/state").then().statusCode(200).body("progressCode", equalTo("InProgress"));
        admin().contentType("application/json").body("{\"state\": \"SuccessWithErrors\", \"errorCount\": 7}")
                .post("/_emulator/jobs/" + jobId + "/state").then().statusCode(200)
                .body("progressCode", equalTo("SuccessWithErrors")).body("errorCount", equalTo(7))
                .body("logKey", equalTo("import-log-" + jobId));
        admin().post("/_emulator/jobs/" + jobId + "/advance").then().statusCode(200)
                .body("locationCode", equalTo("Returned")).body("carrier", equalTo("UPS"));
        admin().post("/_emulator/jobs/" + jobId + "/advance").then().statusCode(409).body("error", equalTo("IllegalTransition"));
        admin().contentType("application/json").body("{\"state\": \"Canceled\"}")
                .post("/_emulator/jobs/" + jobId + "/state").then().statusCode(409)
                .body("error", equalTo("IllegalTransition")).body("message", containsString("cannot move to Canceled"));
    }

    @Test
    void unknownJobsAndStatesAreClearErrors() {
        String jobId = createdJobId(Manifests.s3Import());
        admin().get("/_emulator/jobs/ZZZZZ").then().statusCode(404).body("error", equalTo("NoSuchJob"));
        admin().post("/_emulator/jobs/ZZZZZ/advance").then().statusCode(404).body("error", equalTo("NoSuchJob"));
        admin().contentType("application/json").body("{\"state\": \"Teleported\"}")
                .post("/_emulator/jobs/" + jobId + "/state").then().statusCode(400)
                .body("error", equalTo("InvalidTransition")).body("message", containsString("SuccessWithErrors"));
        admin().contentType("application/json").body("{not json").post("/_emulator/jobs/" + jobId + "/state").then().statusCode(400);
    }

    @Test
    void theClockMovesSoThatJobsExpire() {
        String jobId = createdJobId(Manifests.s3Import());
        String now = admin().get("/_emulator/clock").then().statusCode(200).extract().path("now");
        admin().contentType("application/json").body("{\"advance\": \"P31D\"}").post("/_emulator/clock").then().statusCode(200)
                .body("now", not(equalTo(now)));
        admin().get("/_emulator/jobs/" + jobId).then().body("progressCode", equalTo("Expired"));
        admin().contentType("application/json").body("{\"set\": \"2030-01-01T00:00:00Z\"}").post("/_emulator/clock").then()
                .statusCode(200).body("now", startsWith("2030-01-01T00:00"));
        admin().contentType("application/json").body("{\"advance\": \"soon\"}").post("/_emulator/clock").then().statusCode(400)
                .body("error", equalTo("InvalidClockChange"));
        admin().contentType("application/json").body("{}").post("/_emulator/clock").then().statusCode(400);
        admin().post("/_emulator/reset").then().statusCode(200);
        String afterReset = admin().get("/_emulator/clock").then().extract().path("now");
        assertThat(Instant.parse(afterReset)).isBefore(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void theSignatureFileAndTheSignaturePageDownload() throws IOException {
        String s3Job = createdJobId(Manifests.s3Import());
        String signature = RestAssured.given().baseUri(emulator.endpoint()).contentType("application/x-www-form-urlencoded")
                .formParam("Action", "GetStatus").formParam("JobId", s3Job).formParam("AWSAccessKeyId", Manifests.ACCESS_KEY)
                .post("/").then().extract().xmlPath().getString("GetStatusResponse.GetStatusResult.SignatureFileContents");
        admin().get("/_emulator/artifacts/" + s3Job + "/SIGNATURE").then().statusCode(200).contentType(startsWith("text/plain"))
                .body(equalTo(signature));
        admin().get("/_emulator/artifacts/" + s3Job + "/signature.pdf").then().statusCode(404);

        String glacierJob = createdJobId(Manifests.glacierImport());
        String url = createJob(Manifests.glacierImport(), "").extract().xmlPath()
                .getString("CreateJobResponse.CreateJobResult.ArtifactList.member.URL");
        assertThat(url).startsWith(emulator.endpoint() + "/_emulator/artifacts/");
        byte[] pdf = admin().get("/_emulator/artifacts/" + glacierJob + "/signature.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(pdfText(pdf)).contains(glacierJob, "signingMethod:HmacSHA1", "2646 Rainier Ave South");
        admin().get("/_emulator/artifacts/ZZZZZ/SIGNATURE").then().statusCode(404);
    }

    @Test
    void aShippingLabelIsARealPdfWithTheJobsTheFacilityAndTheSender() throws IOException {
        String first = createdJobId(Manifests.s3Import());
        String second = createdJobId(Manifests.s3Import().replace("Maria Garcia", "Zoë Müller 東京"));
        String url = RestAssured.given().baseUri(emulator.endpoint()).contentType("application/x-www-form-urlencoded")
                .formParam("Action", "GetShippingLabel").formParam("jobIds.member.1", first).formParam("jobIds.member.2", second)
                .formParam("AWSAccessKeyId", Manifests.ACCESS_KEY)
                .post("/").then().statusCode(200).extract().xmlPath().getString("GetShippingLabelResponse.GetShippingLabelResult.ShippingLabelURL");
        byte[] pdf = RestAssured.given().get(url).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(pdfText(pdf)).contains(first, second, "2646 Rainier Ave South Suite 1060", "Seattle, WA 98144",
                "Maria Garcia", "500 Example Blvd", "Springfield, IL 62701");
        admin().get("/_emulator/labels/shipping-label-NOPE.pdf").then().statusCode(404).body("error", equalTo("NotFound"));
    }

    @Test
    void withAutoAdvanceJobsMoveAlongTheHappyPathByThemselves() throws IOException {
        try (ImportExportEmulator automatic = ImportExportEmulator.builder().with(AUTO_ADVANCE, Duration.ofSeconds(10)).start()) {
            String jobId = RestAssured.given().baseUri(automatic.endpoint()).contentType("application/x-www-form-urlencoded")
                    .formParam("Action", "CreateJob").formParam("JobType", "Import").formParam("AWSAccessKeyId", Manifests.ACCESS_KEY)
                    .formParam("Manifest", Manifests.s3Import()).post("/").then().statusCode(200)
                    .extract().xmlPath().getString("CreateJobResponse.CreateJobResult.JobId");
            automatic.admin().advanceClock(Duration.ofSeconds(25));
            RestAssured.given().baseUri(automatic.endpoint()).get("/_emulator/jobs/" + jobId).then()
                    .body("locationCode", equalTo("AtAWS")).body("progressCode", equalTo("InProgress"));
            automatic.admin().advanceClock(Duration.ofSeconds(20));
            RestAssured.given().baseUri(automatic.endpoint()).get("/_emulator/jobs/" + jobId).then()
                    .body("locationCode", equalTo("Returned")).body("progressCode", equalTo("Success"));
        }
    }

    @Test
    void jobsOfEveryAccountAreListedAndOneAccountCanBeReset() {
        String mine = createdJobId(Manifests.s3Import());
        admin().get("/_emulator/jobs").then().statusCode(200).body("jobs.jobId", hasItems(mine));
        admin().get("/_emulator/jobs?account=" + Manifests.ACCESS_KEY).then().body("jobs", hasSize(1))
                .body("jobs[0].accountId", equalTo(Manifests.ACCESS_KEY)).body("jobs[0].progressCode", equalTo("Pending"));
        admin().get("/_emulator/jobs?account=nobody").then().body("jobs", hasSize(0));
        admin().post("/_emulator/reset?account=nobody").then().statusCode(200).body("account", equalTo("nobody"));
        admin().get("/_emulator/jobs").then().body("jobs", hasSize(1));
        admin().post("/_emulator/reset?account=" + Manifests.ACCESS_KEY).then().statusCode(200);
        admin().get("/_emulator/jobs").then().body("jobs", hasSize(0));
    }
}
