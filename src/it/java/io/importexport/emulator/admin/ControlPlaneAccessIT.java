package io.importexport.emulator.admin;

import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.GetShippingLabelRequest;
import com.amazonaws.services.importexport.model.ListJobsRequest;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.testing.JarProcess;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** {@code --admin-token}: the control plane answers only with the token; the AWS API and the signed document URLs do not need it. */
class ControlPlaneAccessIT {
    private static final String TOKEN = "a-token-of-the-tests-0123456789";
    private static ImportExportEmulator emulator;

    @BeforeAll
    static void start() throws Exception {
        emulator = ImportExportEmulator.builder().with(EmulatorOptions.ADMIN_TOKEN, TOKEN).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static Response call(String method, String path, String authorization) {
        var request = RestAssured.given().baseUri(emulator.endpoint());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.request(method, path);
    }

    @Test
    void everyRouteButHealthNeedsTheToken() {
        for (String path : List.of("/_emulator/jobs", "/_emulator/config", "/_emulator/credentials", "/_emulator/requests",
                "/_emulator/clock", "/_emulator/faults", "/_emulator/no-such-route", "/_emulator")) {
            call("GET", path, null).then().statusCode(401).contentType("application/json")
                    .header("WWW-Authenticate", "Bearer realm=\"importexport-emulator\"")
                    .body("error", equalTo(ControlPlaneAccess.MISSING_TOKEN));
            call("GET", path, "Bearer not-the-token-at-all-0000").then().statusCode(403)
                    .body("error", equalTo(ControlPlaneAccess.INVALID_TOKEN));
            call("GET", path, "Basic " + TOKEN).then().statusCode(401);
        }
        call("GET", "/_emulator/jobs", "Bearer " + TOKEN).then().statusCode(200);
        call("GET", "/_emulator/jobs", "bearer " + TOKEN).then().statusCode(200);
        call("GET", "/_emulator/health", null).then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void aRefusedChangeChangesNothingAndTheAwsApiNeedsNoToken() {
        AmazonImportExport client = JavaSdk.client(emulator.endpoint(), "AKIAACCESSTOKENTEST1");
        client.createJob(new CreateJobRequest().withJobType("Import").withManifest(Manifests.with(Manifests.s3Import(), "accessKeyId",
                "AKIAACCESSTOKENTEST1")).withValidateOnly(false));
        call("POST", "/_emulator/reset", null).then().statusCode(401);
        call("POST", "/_emulator/clock", "Bearer wrong-token-wrong-token").then().statusCode(403);
        assertThat(client.listJobs(new ListJobsRequest()).getJobs()).hasSize(1);
        assertThat(emulator.admin().jobs("AKIAACCESSTOKENTEST1")).hasSize(1);
    }

    @Test
    void documentUrlsOfAwsResponsesAreSignedAndNeedNoToken() {
        AmazonImportExport client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
        String jobId = client.createJob(new CreateJobRequest().withJobType("Import").withManifest(Manifests.s3Import())
                .withValidateOnly(false)).getJobId();
        String url = client.getShippingLabel(new GetShippingLabelRequest().withJobIds(jobId)).getShippingLabelURL();
        assertThat(url).contains("?signature=");
        RestAssured.given().urlEncodingEnabled(false).get(url).then().statusCode(200).contentType("application/pdf");
        String path = url.substring(emulator.endpoint().length(), url.indexOf('?'));
        call("GET", path, null).then().statusCode(401);
        RestAssured.given().urlEncodingEnabled(false).baseUri(emulator.endpoint()).get(path + "?signature=" + "0".repeat(64)).then().statusCode(401);
        // a signature is good for its own document only
        String otherDocument = "/_emulator/artifacts/" + jobId + "/SIGNATURE";
        RestAssured.given().urlEncodingEnabled(false).baseUri(emulator.endpoint()).get(otherDocument + url.substring(url.indexOf('?')))
                .then().statusCode(401);
        call("GET", otherDocument, "Bearer " + TOKEN).then().statusCode(200);
    }

    @Test
    void theHttpAdminSendsTheTokenItIsGiven() {
        assertThat(new HttpAdmin(emulator.endpoint(), TOKEN).jobs(null)).isNotNull();
        assertThatThrownBy(() -> new HttpAdmin(emulator.endpoint()).jobs(null)).isInstanceOfSatisfying(AdminException.class,
                refused -> assertThat(refused.status()).isEqualTo(401));
        assertThatThrownBy(() -> new HttpAdmin(emulator.endpoint(), "another-token-another-token").reset())
                .isInstanceOfSatisfying(AdminException.class, refused -> assertThat(refused.status()).isEqualTo(403));
    }

    @Test
    void aSubprocessGetsTheTokenInItsEnvironmentNotOnItsCommandLine() throws Exception {
        try (ImportExportEmulator child = ImportExportEmulator.builder().with(EmulatorOptions.ADMIN_TOKEN, TOKEN).subprocess().start()) {
            assertThat(child.admin().jobs(null)).isEmpty();
            RestAssured.given().baseUri(child.endpoint()).get("/_emulator/jobs").then().statusCode(401);
            List<ProcessHandle> children = ProcessHandle.current().children().toList();
            assertThat(children).isNotEmpty().allSatisfy(process ->
                    assertThat(process.info().commandLine().orElse("")).doesNotContain(TOKEN));
        }
    }

    @Test
    void listeningBeyondLoopbackWithoutATokenIsRefusedUnlessOpenOnPurpose() throws Exception {
        JarProcess.Finished refused = JarProcess.run(Map.of(), "--host", "0.0.0.0", "--port", "0");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr().strip()).isEqualTo("importexport-emulator: --host 0.0.0.0 lets the network reach the control plane "
                + "(/_emulator: reset, credentials, jobs): give --admin-token (or IMPORTEXPORT_ADMIN_TOKEN) to protect it, or "
                + "--admin-open true to leave it open on purpose");
        try (JarProcess open = JarProcess.start("--host", "0.0.0.0", "--admin-open", "true")) {
            RestAssured.given().baseUri(open.url().replace("0.0.0.0", "127.0.0.1")).get("/_emulator/jobs").then().statusCode(200);
        }
        try (JarProcess guarded = JarProcess.start("--host", "0.0.0.0", "--admin-token", TOKEN)) {
            String url = guarded.url().replace("0.0.0.0", "127.0.0.1");
            RestAssured.given().baseUri(url).get("/_emulator/jobs").then().statusCode(401);
            assertThat(new HttpAdmin(url, TOKEN).config()).containsEntry("admin-token", "********").containsEntry("host", "0.0.0.0");
        }
    }
}
