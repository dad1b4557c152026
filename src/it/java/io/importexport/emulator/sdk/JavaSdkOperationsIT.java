package io.importexport.emulator.sdk;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.BucketPermissionException;
import com.amazonaws.services.importexport.model.CancelJobRequest;
import com.amazonaws.services.importexport.model.CanceledJobIdException;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.ExpiredJobIdException;
import com.amazonaws.services.importexport.model.GetShippingLabelRequest;
import com.amazonaws.services.importexport.model.GetShippingLabelResult;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import com.amazonaws.services.importexport.model.GetStatusResult;
import com.amazonaws.services.importexport.model.InvalidAccessKeyIdException;
import com.amazonaws.services.importexport.model.InvalidAddressException;
import com.amazonaws.services.importexport.model.InvalidCustomsException;
import com.amazonaws.services.importexport.model.InvalidFileSystemException;
import com.amazonaws.services.importexport.model.InvalidJobIdException;
import com.amazonaws.services.importexport.model.InvalidManifestFieldException;
import com.amazonaws.services.importexport.model.InvalidParameterException;
import com.amazonaws.services.importexport.model.InvalidVersionException;
import com.amazonaws.services.importexport.model.Job;
import com.amazonaws.services.importexport.model.ListJobsRequest;
import com.amazonaws.services.importexport.model.ListJobsResult;
import com.amazonaws.services.importexport.model.MalformedManifestException;
import com.amazonaws.services.importexport.model.MissingCustomsException;
import com.amazonaws.services.importexport.model.MissingManifestFieldException;
import com.amazonaws.services.importexport.model.MissingParameterException;
import com.amazonaws.services.importexport.model.MultipleRegionsException;
import com.amazonaws.services.importexport.model.NoSuchBucketException;
import com.amazonaws.services.importexport.model.UnableToCancelJobIdException;
import com.amazonaws.services.importexport.model.UnableToUpdateJobIdException;
import com.amazonaws.services.importexport.model.UpdateJobRequest;
import com.amazonaws.services.importexport.model.UpdateJobResult;
import io.importexport.emulator.domain.job.Transition;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
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
 * The AWS SDK for Java v1 through GetStatus, ListJobs, UpdateJob, CancelJob and GetShippingLabel: every result
 * member, and every exception the model declares for each operation, each from a request a user could send,
 * arriving as the SDK's own class. Job states and time are moved through the emulator's control plane.
 */
class JavaSdkOperationsIT {
    @TempDir
    static Path directory;
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder()
            .configure(options -> options.with(BUCKETS, buckets()))
            .resetBeforeEach(true).build();
    private static AmazonImportExport client;
    private static AmazonImportExport malformedKeyClient;

    /** Written when the extension starts the emulator, into the class's temporary folder. */
    private static Path buckets() {
        try {
            return JavaSdk.bucketTable(directory, "my-other-bucket", ACCESS_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void connect() {
        client = JavaSdk.client(emulator.endpoint(), ACCESS_KEY);
        malformedKeyClient = JavaSdk.client(emulator.endpoint(), "AKIA-NOT/A:KEY");
    }

    @AfterAll
    static void stop() {
        client.shutdown();
        malformedKeyClient.shutdown();
    }

    private static String create(String jobType, String manifest) {
        return client.createJob(new CreateJobRequest().withJobType(jobType).withManifest(manifest).withValidateOnly(false)).getJobId();
    }

    private static String create() {
        return create("Import", s3Import());
    }

    private static void move(String jobId, Transition... transitions) {
        for (Transition transition : transitions) {
            emulator.admin().moveJob(jobId, transition, 3).orElseThrow();
        }
    }

    /** A job for each state an exception depends on, made fresh for each case. */
    private enum Fixture {
        PENDING(jobId -> jobId),
        IN_PROGRESS(jobId -> {
            move(jobId, Transition.AtAWS, Transition.InProgress);
            return jobId;
        }),
        CANCELED(jobId -> {
            client.cancelJob(new CancelJobRequest().withJobId(jobId));
            return jobId;
        }),
        EXPIRED(jobId -> {
            emulator.admin().advanceClock(Duration.ofDays(31));
            return jobId;
        }),
        /** Canceled more than 90 days ago: gone from GetStatus too. */
        CANCELED_LONG_AGO(jobId -> {
            client.cancelJob(new CancelJobRequest().withJobId(jobId));
            emulator.admin().advanceClock(Duration.ofDays(91));
            return jobId;
        }),
        EXPIRED_LONG_AGO(jobId -> {
            emulator.admin().advanceClock(Duration.ofDays(121));
            return jobId;
        });

        private final Function<String, String> prepare;

        Fixture(Function<String, String> prepare) {
            this.prepare = prepare;
        }

        String job() {
            return prepare.apply(create());
        }
    }

    private interface Call {
        void run(String jobId);
    }

    static Stream<Arguments> everyDeclaredException() {
        String canada = with(with(s3Import(), "country", "Canada"), "stateOrProvince", "BC");
        return Stream.of(
                // GetStatus
                arguments("GetStatus", InvalidJobIdException.class, Fixture.PENDING, (Call) id -> client.getStatus(new GetStatusRequest().withJobId("ZZZZZ"))),
                arguments("GetStatus", ExpiredJobIdException.class, Fixture.EXPIRED_LONG_AGO, (Call) id -> client.getStatus(new GetStatusRequest().withJobId(id))),
                arguments("GetStatus", CanceledJobIdException.class, Fixture.CANCELED_LONG_AGO, (Call) id -> client.getStatus(new GetStatusRequest().withJobId(id))),
                arguments("GetStatus", InvalidAccessKeyIdException.class, Fixture.PENDING, (Call) id -> malformedKeyClient.getStatus(new GetStatusRequest().withJobId(id))),
                arguments("GetStatus", InvalidVersionException.class, Fixture.PENDING, (Call) id -> client.getStatus(new GetStatusRequest().withJobId(id).withAPIVersion("v-next"))),
                // ListJobs
                arguments("ListJobs", InvalidParameterException.class, Fixture.PENDING, (Call) id -> client.listJobs(new ListJobsRequest().withMaxJobs(1001))),
                arguments("ListJobs", InvalidAccessKeyIdException.class, Fixture.PENDING, (Call) id -> malformedKeyClient.listJobs(new ListJobsRequest())),
                arguments("ListJobs", InvalidVersionException.class, Fixture.PENDING, (Call) id -> client.listJobs(new ListJobsRequest().withAPIVersion("v-next"))),
                // UpdateJob
                arguments("UpdateJob", MissingParameterException.class, Fixture.PENDING, update(null)),
                arguments("UpdateJob", InvalidParameterException.class, Fixture.PENDING, (Call) id -> client.updateJob(updateRequest(id, s3Import()).withJobType("Export"))),
                arguments("UpdateJob", InvalidAccessKeyIdException.class, Fixture.PENDING, update(with(s3Import(), "accessKeyId", "AKIASOMEONEELSE"))),
                arguments("UpdateJob", InvalidAddressException.class, Fixture.PENDING, update(with(s3Import(), "street1", "PO Box 9"))),
                arguments("UpdateJob", InvalidManifestFieldException.class, Fixture.PENDING, update(s3Import() + "acl: world-writable\n")),
                arguments("UpdateJob", InvalidJobIdException.class, Fixture.PENDING, (Call) id -> client.updateJob(updateRequest("ZZZZZ", s3Import()))),
                arguments("UpdateJob", MissingManifestFieldException.class, Fixture.PENDING, update(without(s3Import(), "deviceId"))),
                arguments("UpdateJob", NoSuchBucketException.class, Fixture.PENDING, update(with(s3Import(), "bucket", "bucket-nobody-made"))),
                arguments("UpdateJob", ExpiredJobIdException.class, Fixture.EXPIRED, update(s3Import())),
                arguments("UpdateJob", CanceledJobIdException.class, Fixture.CANCELED, update(s3Import())),
                arguments("UpdateJob", MissingCustomsException.class, Fixture.PENDING, update(canada)),
                arguments("UpdateJob", InvalidCustomsException.class, Fixture.PENDING, update(canada + with(customs(), "deviceValue", "priceless"))),
                arguments("UpdateJob", InvalidFileSystemException.class, Fixture.PENDING, updateExport(with(s3Export(), "fileSystem", "HFS+"))),
                arguments("UpdateJob", MultipleRegionsException.class, Fixture.PENDING, updateExport(s3Export().replace("my-docs-bucket", "my-eu-bucket"))),
                arguments("UpdateJob", BucketPermissionException.class, Fixture.PENDING, update(with(s3Import(), "bucket", "someone-elses-bucket"))),
                arguments("UpdateJob", MalformedManifestException.class, Fixture.PENDING, update("INVALID MANIFEST")),
                arguments("UpdateJob", UnableToUpdateJobIdException.class, Fixture.IN_PROGRESS, update(s3Import())),
                arguments("UpdateJob", InvalidVersionException.class, Fixture.PENDING, (Call) id -> client.updateJob(updateRequest(id, s3Import()).withAPIVersion("v-next"))),
                // CancelJob
                arguments("CancelJob", InvalidJobIdException.class, Fixture.PENDING, (Call) id -> client.cancelJob(new CancelJobRequest().withJobId(id + "-VALIDATE-ONLY"))),
                arguments("CancelJob", ExpiredJobIdException.class, Fixture.EXPIRED, cancel()),
                arguments("CancelJob", CanceledJobIdException.class, Fixture.CANCELED, cancel()),
                arguments("CancelJob", UnableToCancelJobIdException.class, Fixture.IN_PROGRESS, cancel()),
                arguments("CancelJob", InvalidAccessKeyIdException.class, Fixture.PENDING, (Call) id -> malformedKeyClient.cancelJob(new CancelJobRequest().withJobId(id))),
                arguments("CancelJob", InvalidVersionException.class, Fixture.PENDING, (Call) id -> client.cancelJob(new CancelJobRequest().withJobId(id).withAPIVersion("v-next"))),
                // GetShippingLabel
                arguments("GetShippingLabel", InvalidJobIdException.class, Fixture.PENDING, (Call) id -> client.getShippingLabel(new GetShippingLabelRequest().withJobIds(id, "ZZZZZ"))),
                arguments("GetShippingLabel", ExpiredJobIdException.class, Fixture.EXPIRED, label()),
                arguments("GetShippingLabel", CanceledJobIdException.class, Fixture.CANCELED, label()),
                arguments("GetShippingLabel", InvalidAccessKeyIdException.class, Fixture.PENDING, (Call) id -> malformedKeyClient.getShippingLabel(new GetShippingLabelRequest().withJobIds(id))),
                arguments("GetShippingLabel", InvalidAddressException.class, Fixture.PENDING, (Call) id -> client.getShippingLabel(new GetShippingLabelRequest().withJobIds(id)
                        .withName("Jane Doe").withCompany("Example Corp").withStreet1("PO Box 12").withCity("Anytown").withStateOrProvince("WA")
                        .withPostalCode("91011").withCountry("USA").withPhoneNumber("206-555-1111"))),
                arguments("GetShippingLabel", InvalidVersionException.class, Fixture.PENDING, (Call) id -> client.getShippingLabel(new GetShippingLabelRequest().withJobIds(id).withAPIVersion("v-next"))),
                arguments("GetShippingLabel", InvalidParameterException.class, Fixture.IN_PROGRESS, label()));
    }

    private static UpdateJobRequest updateRequest(String jobId, String manifest) {
        return new UpdateJobRequest().withJobId(jobId).withJobType("Import").withManifest(manifest).withValidateOnly(false);
    }

    private static Call update(String manifest) {
        return id -> client.updateJob(updateRequest(id, manifest));
    }

    /** Updates a fresh export job (the case's job is an import). */
    private static Call updateExport(String manifest) {
        return id -> client.updateJob(updateRequest(create("Export", s3Export()), manifest).withJobType("Export"));
    }

    private static Call cancel() {
        return id -> client.cancelJob(new CancelJobRequest().withJobId(id));
    }

    private static Call label() {
        return id -> client.getShippingLabel(new GetShippingLabelRequest().withJobIds(id));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyDeclaredException")
    void answersEachDeclaredExceptionWithTheSdksOwnClass(String operation, Class<? extends AmazonServiceException> expected,
                                                         Fixture fixture, Call call) {
        String jobId = fixture.job();
        assertThatThrownBy(() -> call.run(jobId))
                .isExactlyInstanceOf(expected)
                .isInstanceOfSatisfying(AmazonServiceException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(expected.getSimpleName());
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getErrorMessage()).isNotBlank();
                });
    }

    @Test
    void getStatusFillsEveryMemberTheStateImplies() {
        String jobId = create("Import", Manifests.glacierImport());
        GetStatusResult pending = client.getStatus(new GetStatusRequest().withJobId(jobId.toLowerCase()));
        assertThat(pending.getJobId()).isEqualTo(jobId);
        assertThat(pending.getJobType()).isEqualTo("Import");
        assertThat(pending.getLocationCode()).isEqualTo("NotReceived");
        assertThat(pending.getLocationMessage()).isEqualTo("AWS has not received your device.");
        assertThat(pending.getProgressCode()).isEqualTo("Pending");
        assertThat(pending.getProgressMessage()).isEqualTo("The specified job has not started.");
        assertThat(pending.getErrorCount()).isZero();
        assertThat(pending.getCarrier()).isNull();
        assertThat(pending.getTrackingNumber()).isNull();
        assertThat(pending.getLogBucket()).isNull();
        assertThat(pending.getLogKey()).isNull();
        assertThat(pending.getSignatureFileContents()).contains("jobId:" + jobId, "signature:" + pending.getSignature());
        assertThat(pending.getCurrentManifest()).isEqualTo(Manifests.glacierImport());
        assertThat(pending.getCreationDate()).isCloseTo(new Date(), 60_000);
        assertThat(pending.getArtifactList()).singleElement().satisfies(artifact -> assertThat(artifact.getURL())
                .isEqualTo(emulator.endpoint() + "/_emulator/artifacts/" + jobId + "/signature.pdf"));

        move(jobId, Transition.AtAWS, Transition.InProgress, Transition.SuccessWithErrors, Transition.Returned);
        GetStatusResult returned = client.getStatus(new GetStatusRequest().withJobId(jobId));
        assertThat(returned.getLocationCode()).isEqualTo("Returned");
        assertThat(returned.getProgressCode()).isEqualTo("SuccessWithErrors");
        assertThat(returned.getErrorCount()).isEqualTo(3);
        assertThat(returned.getCarrier()).isEqualTo("UPS");
        assertThat(returned.getTrackingNumber()).matches("1Z\\d{16}");
        assertThat(returned.getLocationMessage()).contains(returned.getTrackingNumber());
        assertThat(returned.getLogBucket()).isEqualTo("my-log-bucket");
        assertThat(returned.getLogKey()).isEqualTo("import-log-" + jobId);
        assertThat(returned.getProgressMessage()).contains("3 errors", "import-log-" + jobId, "my-log-bucket");
    }

    @Test
    void listJobsPagesNewestFirstWithoutDuplicatesOrGaps() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(0, create());
            emulator.admin().advanceClock(Duration.ofSeconds(1));
        }
        client.cancelJob(new CancelJobRequest().withJobId(created.get(3)));
        List<String> listed = new ArrayList<>();
        String marker = null;
        ListJobsResult page;
        do {
            page = client.listJobs(new ListJobsRequest().withMaxJobs(3).withMarker(marker));
            page.getJobs().forEach(job -> listed.add(job.getJobId()));
            marker = listed.get(listed.size() - 1);
        } while (page.isTruncated());
        assertThat(listed).isEqualTo(created);
        List<Job> all = client.listJobs(new ListJobsRequest()).getJobs();
        assertThat(all).extracting(Job::getIsCanceled).containsExactly(false, false, false, true, false, false, false);
        assertThat(all.get(0).getJobType()).isEqualTo("Import");
        assertThat(all.get(0).getCreationDate()).isAfter(all.get(6).getCreationDate());
    }

    @Test
    void listJobsPutsTheLatestCreatedFirstWithinOneSecond() {
        emulator.admin().setClock(Instant.parse("2026-06-01T12:00:00.250Z"));
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(0, create());
        }
        List<String> listed = new ArrayList<>();
        String marker = null;
        ListJobsResult page;
        do {
            page = client.listJobs(new ListJobsRequest().withMaxJobs(5).withMarker(marker));
            page.getJobs().forEach(job -> listed.add(job.getJobId()));
            marker = listed.get(listed.size() - 1);
        } while (page.isTruncated());
        assertThat(listed).as("newest first, then latest created; pages exact").isEqualTo(created);
        assertThat(client.listJobs(new ListJobsRequest().withMaxJobs(1)).getJobs().get(0).getJobId()).isEqualTo(created.get(0));
    }

    @Test
    void updateJobReplacesTheManifestAndCancelJobCancels() {
        String jobId = create();
        String before = client.getStatus(new GetStatusRequest().withJobId(jobId)).getSignature();
        String manifest = with(s3Import(), "deviceId", "REPLACED-DEVICE");
        UpdateJobResult validated = client.updateJob(updateRequest(jobId, manifest).withValidateOnly(true));
        assertThat(validated.getSuccess()).isTrue();
        assertThat(client.getStatus(new GetStatusRequest().withJobId(jobId)).getCurrentManifest()).isEqualTo(s3Import());
        UpdateJobResult updated = client.updateJob(updateRequest(jobId, manifest));
        assertThat(updated.getSuccess()).isTrue();
        assertThat(updated.getWarningMessage()).isEqualTo("**** Device will be erased before being returned. ****");
        GetStatusResult status = client.getStatus(new GetStatusRequest().withJobId(jobId));
        assertThat(status.getCurrentManifest()).isEqualTo(manifest);
        assertThat(status.getSignature()).isNotEqualTo(before);

        assertThat(client.cancelJob(new CancelJobRequest().withJobId(jobId)).getSuccess()).isTrue();
        assertThat(client.getStatus(new GetStatusRequest().withJobId(jobId)).getProgressCode()).isEqualTo("Canceled");
    }

    @Test
    void getShippingLabelPointsAtADownloadableLabel() throws IOException {
        String first = create();
        String second = create();
        GetShippingLabelResult label = client.getShippingLabel(new GetShippingLabelRequest().withJobIds(first, second));
        assertThat(label.getShippingLabelURL()).isEqualTo(emulator.endpoint() + "/_emulator/labels/shipping-label-" + first + "-" + second + ".pdf");
        assertThat(label.getWarning()).contains("2 devices");
        RestAssured.given().get(label.getShippingLabelURL()).then().statusCode(200).contentType("application/pdf");
        GetShippingLabelResult again = client.getShippingLabel(new GetShippingLabelRequest().withJobIds(first, second).withName("Tom Okafor")
                .withCompany("Example Survey Ltd").withStreet1("42 Sample Road").withCity("Portland").withStateOrProvince("OR")
                .withPostalCode("97201").withPhoneNumber("503-555-0199").withCountry("USA"));
        assertThat(again.getShippingLabelURL()).as("a new label, a new URL").endsWith("-" + second + "-2.pdf");
        assertThat(pdfText(label.getShippingLabelURL())).as("the first URL keeps its label").doesNotContain("Tom Okafor");
        assertThat(pdfText(again.getShippingLabelURL())).contains("Tom Okafor", "Example Survey Ltd");
    }

    private static String pdfText(String url) throws IOException {
        try (PDDocument document = Loader.loadPDF(RestAssured.given().get(url).then().statusCode(200).extract().asByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aLabelAddressInAScriptTheLabelCannotPrintIsRefused() {
        String jobId = create();
        assertThatThrownBy(() -> client.getShippingLabel(new GetShippingLabelRequest().withJobIds(jobId).withName("أحمد")
                .withCompany("Example").withStreet1("1 Main St").withCity("Springfield").withStateOrProvince("IL").withPostalCode("62701")
                .withPhoneNumber("217-555-0142").withCountry("USA")))
                .isInstanceOfSatisfying(InvalidAddressException.class, e -> assertThat(e.getErrorMessage()).contains("name is written in Arabic script"));
    }
}
