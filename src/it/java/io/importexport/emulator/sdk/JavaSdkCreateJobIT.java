package io.importexport.emulator.sdk;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.importexport.emulator.config.EmulatorOptions;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.BucketPermissionException;
import com.amazonaws.services.importexport.model.CreateJobQuotaExceededException;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.CreateJobResult;
import com.amazonaws.services.importexport.model.InvalidAccessKeyIdException;
import com.amazonaws.services.importexport.model.InvalidAddressException;
import com.amazonaws.services.importexport.model.InvalidCustomsException;
import com.amazonaws.services.importexport.model.InvalidFileSystemException;
import com.amazonaws.services.importexport.model.InvalidJobIdException;
import com.amazonaws.services.importexport.model.InvalidManifestFieldException;
import com.amazonaws.services.importexport.model.InvalidParameterException;
import com.amazonaws.services.importexport.model.InvalidVersionException;
import com.amazonaws.services.importexport.model.MalformedManifestException;
import com.amazonaws.services.importexport.model.MissingCustomsException;
import com.amazonaws.services.importexport.model.MissingManifestFieldException;
import com.amazonaws.services.importexport.model.MissingParameterException;
import com.amazonaws.services.importexport.model.MultipleRegionsException;
import com.amazonaws.services.importexport.model.NoSuchBucketException;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.importexport.emulator.testing.Manifests.ACCESS_KEY;
import static io.importexport.emulator.testing.Manifests.customs;
import static io.importexport.emulator.testing.Manifests.s3Export;
import static io.importexport.emulator.testing.Manifests.s3Import;
import static io.importexport.emulator.testing.Manifests.with;
import static io.importexport.emulator.testing.Manifests.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import static io.importexport.emulator.config.EmulatorOptions.*;

/**
 * The real AWS SDK for Java v1 client (SigV2 in the body) against the emulator: CreateJob's result, and every one
 * of the 16 exceptions the model declares for CreateJob, each raised by a request a user could send, arriving
 * as the SDK's own exception class.
 */
class JavaSdkCreateJobIT {
    private static final String QUOTA_KEY = "AKIAQUOTAEXAMPLE";
    private static final int DAILY_QUOTA = 2;

    @TempDir
    static Path directory;
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder()
            .configure(options -> options.with(BUCKETS, buckets()).with(EmulatorOptions.DAILY_QUOTA, DAILY_QUOTA))
            .resetBeforeEach(false).build();
    private static AmazonImportExport client;

    /** Written when the extension starts the emulator, into the class's temporary folder. */
    private static Path buckets() {
        try {
            return JavaSdk.bucketTable(directory, "quota-bucket", QUOTA_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void connect() {
        client = JavaSdk.client(emulator.endpoint(), ACCESS_KEY);
    }

    @AfterAll
    static void stop() {
        client.shutdown();
    }

    private static CreateJobRequest request(String manifest) {
        return new CreateJobRequest().withJobType("Import").withManifest(manifest).withValidateOnly(false);
    }

    @Test
    void createsAJob() {
        CreateJobResult result = client.createJob(request(s3Import()).withAPIVersion("2.0"));
        assertThat(result.getJobId()).matches("[1-9A-NP-Z]{5}");
        assertThat(result.getJobType()).isEqualTo("Import");
        assertThat(result.getSignature()).matches("[A-Za-z0-9+/]{27}=");
        assertThat(result.getSignatureFileContents()).isEqualTo("version:2.0\nsigningMethod:HmacSHA1\njobId:"
                + result.getJobId() + "\nsignature:" + result.getSignature() + "\n");
        assertThat(result.getWarningMessage()).isEqualTo("**** Device will be erased before being returned. ****");
        assertThat(result.getArtifactList()).isEmpty();
        assertThat(result.getSdkResponseMetadata().getRequestId()).matches("[0-9a-f-]{36}");
    }

    @Test
    void aGlacierJobHandsOutASignaturePageThatDownloadsAndAValidateOnlyOneNone() throws Exception {
        CreateJobResult preview = client.createJob(request(Manifests.glacierImport()).withValidateOnly(true));
        assertThat(preview.getJobId()).endsWith("-VALIDATE-ONLY");
        assertThat(preview.getWarningMessage()).isNull();
        assertThat(preview.getArtifactList()).as("nothing was created, so nothing to download").isEmpty();
        CreateJobResult created = client.createJob(request(Manifests.glacierImport()).withValidateOnly(false));
        assertThat(created.getArtifactList()).singleElement().satisfies(artifact -> {
            assertThat(artifact.getDescription()).isEqualTo("SignaturePDF");
            assertThat(artifact.getURL()).isEqualTo(emulator.endpoint() + "/_emulator/artifacts/" + created.getJobId() + "/signature.pdf");
            HttpResponse<byte[]> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(artifact.getURL())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(new String(page.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
    }

    static Stream<Arguments> everyDeclaredException() {
        String canada = with(with(s3Import(), "country", "Canada"), "stateOrProvince", "BC");
        return Stream.of(
                arguments(MissingParameterException.class, new CreateJobRequest().withJobType("Import").withValidateOnly(false)),
                arguments(InvalidParameterException.class, request(s3Import()).withJobType("Sideways")),
                arguments(InvalidAccessKeyIdException.class, request(with(s3Import(), "accessKeyId", "AKIASOMEONEELSE"))),
                arguments(InvalidAddressException.class, request(with(s3Import(), "street1", "PO Box 1234"))),
                arguments(InvalidManifestFieldException.class, request(s3Import() + "acl: world-writable\n")),
                arguments(MissingManifestFieldException.class, request(without(s3Import(), "deviceId"))),
                arguments(NoSuchBucketException.class, request(with(s3Import(), "bucket", "bucket-nobody-made"))),
                arguments(MissingCustomsException.class, request(canada)),
                arguments(InvalidCustomsException.class, request(canada + with(customs(), "deviceValue", "priceless"))),
                arguments(InvalidFileSystemException.class, request(with(s3Export(), "fileSystem", "HFS+")).withJobType("Export")),
                arguments(MultipleRegionsException.class, request(s3Export().replace("my-docs-bucket", "my-eu-bucket")).withJobType("Export")),
                arguments(BucketPermissionException.class, request(with(s3Import(), "bucket", "someone-elses-bucket"))),
                arguments(MalformedManifestException.class, request("INVALID MANIFEST")),
                arguments(InvalidJobIdException.class, request(s3Import()).withManifestAddendum("jobId: 4Y8ND")),
                arguments(InvalidVersionException.class, request(s3Import()).withAPIVersion("next-tuesday")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDeclaredException")
    void answersEachDeclaredExceptionWithTheSdksOwnClass(Class<? extends AmazonServiceException> expected, CreateJobRequest request) {
        assertThatThrownBy(() -> client.createJob(request))
                .isExactlyInstanceOf(expected)
                .isInstanceOfSatisfying(AmazonServiceException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(expected.getSimpleName());
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getErrorType()).isEqualTo(AmazonServiceException.ErrorType.Client);
                    assertThat(e.getErrorMessage()).isNotBlank();
                    assertThat(e.getRequestId()).matches("[0-9a-f-]{36}");
                });
    }

    @Test
    void answersTheSixteenthWhenTheDailyQuotaIsSpent() {
        AmazonImportExport quotaClient = JavaSdk.client(emulator.endpoint(), QUOTA_KEY);
        String manifest = with(with(s3Import(), "accessKeyId", QUOTA_KEY), "bucket", "quota-bucket");
        for (int i = 0; i < DAILY_QUOTA; i++) {
            quotaClient.createJob(request(manifest));
        }
        assertThatThrownBy(() -> quotaClient.createJob(request(manifest)))
                .isExactlyInstanceOf(CreateJobQuotaExceededException.class)
                .hasMessageContaining("jobs today");
        quotaClient.shutdown();
    }
}
