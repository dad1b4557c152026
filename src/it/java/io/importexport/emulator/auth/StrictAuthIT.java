package io.importexport.emulator.auth;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.auth.BasicSessionCredentials;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.CancelJobRequest;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.CreateJobResult;
import com.amazonaws.services.importexport.model.GetShippingLabelRequest;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import com.amazonaws.services.importexport.model.InvalidJobIdException;
import com.amazonaws.services.importexport.model.Job;
import com.amazonaws.services.importexport.model.ListJobsRequest;
import com.amazonaws.services.importexport.model.UpdateJobRequest;
import io.importexport.emulator.domain.job.JobSignature;
import io.importexport.emulator.domain.account.AuthMode;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** --auth strict with two accounts of two keys each, driven by the AWS SDK for Java v1 (SigV2). */
class StrictAuthIT {
    private static final String ACCOUNT_A = "111111111111";
    private static final String ACCOUNT_B = "222222222222";
    private static final String A1 = "AKIAACCOUNTAKEYONE";
    private static final String A2 = "AKIAACCOUNTAKEYTWO";
    private static final String B1 = "AKIAACCOUNTBKEYONE";
    private static final String B2 = "ASIAACCOUNTBTEMPKEY";
    private static final String TOKEN = "FwoGZXIvYXdzEXAMPLETOKEN";

    @TempDir
    static Path directory;
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder()
            .configure(options -> options.with(AUTH, AuthMode.strict).with(CREDENTIALS, credentials()))
            .resetBeforeEach(true).build();

    /** Written when the extension starts the emulator, into the class's temporary folder. */
    private static Path credentials() {
        try {
            return Files.writeString(directory.resolve("credentials.json"), """
                    {"accounts": [
                      {"accountId": "%s", "keys": [{"accessKeyId": "%s", "secretAccessKey": "secret-a1"},
                                                   {"accessKeyId": "%s", "secretAccessKey": "secret-a2"}]},
                      {"accountId": "%s", "keys": [{"accessKeyId": "%s", "secretAccessKey": "secret-b1"},
                                                   {"accessKeyId": "%s", "secretAccessKey": "secret-b2", "sessionToken": "%s"}]}
                    ]}""".formatted(ACCOUNT_A, A1, A2, ACCOUNT_B, B1, B2, TOKEN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static AmazonImportExport client(String key, String secret) {
        return JavaSdk.client(emulator.endpoint(), new BasicAWSCredentials(key, secret));
    }

    private static String manifest(String key) {
        return Manifests.with(Manifests.s3Import(), "accessKeyId", key);
    }

    private static CreateJobResult create(AmazonImportExport client, String key) {
        return client.createJob(new CreateJobRequest().withJobType("Import").withManifest(manifest(key)).withValidateOnly(false));
    }

    @Test
    void keysOfOneAccountShareItsJobsAndTheSignatureUsesTheCallersSecret() {
        AmazonImportExport a1 = client(A1, "secret-a1");
        AmazonImportExport a2 = client(A2, "secret-a2");
        CreateJobResult created = create(a1, A1);
        JobSignature expected = JobSignature.sign("secret-a1".getBytes(StandardCharsets.UTF_8), created.getJobId(), manifest(A1));
        assertThat(created.getSignature()).isEqualTo(expected.value());
        assertThat(a2.getStatus(new GetStatusRequest().withJobId(created.getJobId())).getProgressCode()).isEqualTo("Pending");
        assertThat(a2.listJobs(new ListJobsRequest()).getJobs()).extracting(Job::getJobId).containsExactly(created.getJobId());
        a2.updateJob(new UpdateJobRequest().withJobId(created.getJobId()).withJobType("Import").withManifest(manifest(A2)).withValidateOnly(false));
        JobSignature resigned = JobSignature.sign("secret-a2".getBytes(StandardCharsets.UTF_8), created.getJobId(), manifest(A2));
        assertThat(a1.getStatus(new GetStatusRequest().withJobId(created.getJobId())).getSignature()).isEqualTo(resigned.value());
        assertThat(emulator.admin().job(created.getJobId()).orElseThrow().accountId()).isEqualTo(ACCOUNT_A);
    }

    @Test
    void anotherAccountSeesNothingThroughAnyOfTheSixOperations() {
        String jobId = create(client(A1, "secret-a1"), A1).getJobId();
        for (AmazonImportExport other : List.of(client(B1, "secret-b1"),
                JavaSdk.client(emulator.endpoint(), new BasicSessionCredentials(B2, "secret-b2", TOKEN)))) {
            assertNoSuchJob(() -> other.getStatus(new GetStatusRequest().withJobId(jobId)));
            assertNoSuchJob(() -> other.cancelJob(new CancelJobRequest().withJobId(jobId)));
            assertNoSuchJob(() -> other.getShippingLabel(new GetShippingLabelRequest().withJobIds(jobId)));
            assertThat(other.listJobs(new ListJobsRequest()).getJobs()).isEmpty();
        }
        AmazonImportExport b1 = client(B1, "secret-b1");
        assertNoSuchJob(() -> b1.updateJob(new UpdateJobRequest().withJobId(jobId).withJobType("Import").withManifest(manifest(B1)).withValidateOnly(false)));
        assertNoSuchJob(() -> b1.createJob(new CreateJobRequest().withJobType("Import").withManifest(manifest(B1)).withValidateOnly(false)
                .withManifestAddendum("jobId: " + jobId)));
        assertThat(client(A2, "secret-a2").getStatus(new GetStatusRequest().withJobId(jobId)).getJobId()).isEqualTo(jobId);
    }

    @Test
    void aTemporaryKeyNeedsItsSessionToken() {
        AmazonImportExport withToken = JavaSdk.client(emulator.endpoint(), new BasicSessionCredentials(B2, "secret-b2", TOKEN));
        assertThat(create(withToken, B2).getJobId()).matches("[1-9A-NP-Z]{5}");
        assertRefused(() -> client(B2, "secret-b2").listJobs(new ListJobsRequest()), 403, "InvalidClientTokenIdException");
        assertRefused(() -> JavaSdk.client(emulator.endpoint(), new BasicSessionCredentials(B2, "secret-b2", "another-token"))
                .listJobs(new ListJobsRequest()), 403, "InvalidClientTokenIdException");
        assertRefused(() -> JavaSdk.client(emulator.endpoint(), new BasicSessionCredentials(A1, "secret-a1", TOKEN))
                .listJobs(new ListJobsRequest()), 403, "InvalidClientTokenIdException");
    }

    @Test
    void aWrongSecretAnUnknownKeyAndAMalformedKeyAreRefused() {
        assertRefused(() -> client(A1, "secret-a2").listJobs(new ListJobsRequest()), 403, "SignatureDoesNotMatch");
        assertRefused(() -> client("AKIANOBODYKNOWS", "secret").listJobs(new ListJobsRequest()), 403, "InvalidClientTokenIdException");
        assertRefused(() -> client("AKIA.NOT.A.KEY", "secret").listJobs(new ListJobsRequest()), 400, "InvalidAccessKeyIdException");
    }

    @Test
    void theCredentialsCanBeReplacedThroughTheControlPlaneAndResetRestoresThem() {
        RestAssured.given().baseUri(emulator.endpoint()).get("/_emulator/credentials").then().statusCode(200)
                .body("keys.accountId", hasItems(ACCOUNT_A, ACCOUNT_B))
                .body("keys.findAll { it.accountId == '222222222222' }.temporary", hasItems(false, true))
                .body(not(containsString("secret-")));
        RestAssured.given().baseUri(emulator.endpoint()).contentType("application/json").body("""
                {"accounts": [{"accountId": "333333333333", "keys": [{"accessKeyId": "AKIANEWKEY", "secretAccessKey": "new-secret"}]}]}""")
                .put("/_emulator/credentials").then().statusCode(200).body("keys[0].accountId", equalTo("333333333333"));
        assertThat(client("AKIANEWKEY", "new-secret").listJobs(new ListJobsRequest()).getJobs()).isEmpty();
        assertRefused(() -> client(A1, "secret-a1").listJobs(new ListJobsRequest()), 403, "InvalidClientTokenIdException");
        RestAssured.given().baseUri(emulator.endpoint()).contentType("application/json").body("{\"accounts\": [{\"accountId\": \"x\"}]}")
                .put("/_emulator/credentials").then().statusCode(400).body("error", equalTo("InvalidCredentials"));
        RestAssured.given().baseUri(emulator.endpoint()).delete("/_emulator/credentials").then().statusCode(200).body("keys", hasSize(0));
        assertRefused(() -> client("AKIANEWKEY", "new-secret").listJobs(new ListJobsRequest()), 403, "InvalidClientTokenIdException");
        emulator.admin().reset();
        assertThat(client(A1, "secret-a1").listJobs(new ListJobsRequest()).getJobs()).isEmpty();
    }

    private static void assertNoSuchJob(ThrowingCallable call) {
        assertThatThrownBy(call).isExactlyInstanceOf(InvalidJobIdException.class);
    }

    private static void assertRefused(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AmazonServiceException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(status);
            assertThat(e.getErrorCode()).isEqualTo(code);
        });
    }
}
