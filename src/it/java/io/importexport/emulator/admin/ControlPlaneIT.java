package io.importexport.emulator.admin;

import io.importexport.emulator.server.EmulatorConfig;
import io.importexport.emulator.server.EmulatorServer;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Every route of the control plane under /_emulator, and what each does to the AWS API. */
class ControlPlaneIT {
    private static EmulatorServer emulator;

    @BeforeAll
    static void start() throws IOException {
        emulator = EmulatorServer.start(EmulatorConfig.builder().port(0).build());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        admin().post("/_emulator/reset").then().statusCode(200).body("status", equalTo("reset"));
    }

    private static RequestSpecification admin() {
        return RestAssured.given().baseUri(emulator.url());
    }

    private static ValidatableResponse createJob(String manifest, String addendum) {
        return RestAssured.given().baseUri(emulator.url()).contentType("application/x-www-form-urlencoded; charset=utf-8")
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
}
