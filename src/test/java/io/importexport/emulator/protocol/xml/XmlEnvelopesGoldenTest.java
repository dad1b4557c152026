package io.importexport.emulator.protocol.xml;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XML is the product: each envelope type serialized through the production context and compared byte for
 * byte with a file under {@code src/test/resources/golden}. After an intended change, regenerate with
 * {@code mvn test -Dtest=XmlEnvelopesGoldenTest -Dgolden.update=true} and review the diff.
 */
class XmlEnvelopesGoldenTest {
    private static final String SIGNATURE_FILE = "version:2.0\nsigningMethod:HmacSHA1\njobId:7KQ3M\nsignature:lXK2o8FYkrBBZ0F2ZZ/Vj4WsgXg=\n";
    private static final String SHIPPING_ADDRESS = "AWS Import/Export\nJOBID 7KQ3M\n2646 Rainier Ave South Suite 1060\nSeattle, WA 98144";

    @Test
    void createJobForAnS3Import() throws IOException {
        assertGolden("CreateJobResponse-s3-import.xml", QueryResponse.of("CreateJob", new CreateJobResult("7KQ3M", "Import",
                "lXK2o8FYkrBBZ0F2ZZ/Vj4WsgXg=", SIGNATURE_FILE, SHIPPING_ADDRESS,
                "**** Device will be erased before being returned. ****", List.of()), "0c2d7a60-9279-11e3-9a3b-8f2b6e1c4d55"));
    }

    @Test
    void createJobWithArtifactsAndNoWarning() throws IOException {
        assertGolden("CreateJobResponse-ebs-import.xml", QueryResponse.of("CreateJob", new CreateJobResult("7KQ3M", "Import",
                "lXK2o8FYkrBBZ0F2ZZ/Vj4WsgXg=", SIGNATURE_FILE, SHIPPING_ADDRESS, null,
                List.of(new ArtifactElement("SignaturePDF", "http://127.0.0.1:8080/_emulator/artifacts/7KQ3M/signature.pdf"))),
                "0c2d7a60-9279-11e3-9a3b-8f2b6e1c4d55"));
    }

    @Test
    void getStatusOfAReturnedJobWithEveryMember() throws IOException {
        GetStatusResult result = new GetStatusResult();
        result.jobId = "7KQ3M";
        result.jobType = "Import";
        result.locationCode = "Returned";
        result.locationMessage = "Your device has been returned. The UPS tracking number is 1Z999AA10123456784.";
        result.progressCode = "SuccessWithErrors";
        result.progressMessage = "The data load completed with 3 errors. See logs/import-log-7KQ3M in the bucket example-import-bucket for more details.";
        result.carrier = "UPS";
        result.trackingNumber = "1Z999AA10123456784";
        result.logBucket = "example-import-bucket";
        result.logKey = "logs/import-log-7KQ3M";
        result.errorCount = 3;
        result.signature = "lXK2o8FYkrBBZ0F2ZZ/Vj4WsgXg=";
        result.signatureFileContents = SIGNATURE_FILE;
        result.currentManifest = "manifestVersion: 2.0\r\ndeviceId: <WD & co>\r\n";
        result.creationDate = Timestamps.format(Instant.parse("2014-02-10T17:42:31.556Z"));
        result.artifacts = List.of(new ArtifactElement("SignaturePDF", "http://127.0.0.1:8080/_emulator/artifacts/7KQ3M/signature.pdf"));
        result.awsShippingAddress = SHIPPING_ADDRESS;
        assertGolden("GetStatusResponse.xml", QueryResponse.of("GetStatus", result, "5a8e1f30-92f4-11e3-b1c2-3d4e5f607182"));
    }

    @Test
    void listJobs() throws IOException {
        assertGolden("ListJobsResponse.xml", QueryResponse.of("ListJobs", new ListJobsResult(List.of(
                new ListJobsResult.JobElement("9TRW2", Instant.parse("2014-02-11T08:15:00Z"), false, "Export"),
                new ListJobsResult.JobElement("7KQ3M", Instant.parse("2014-02-10T17:42:31Z"), true, "Import")), true),
                "c4f1e2d3-9311-11e3-a5b6-0f1e2d3c4b5a"));
    }

    @Test
    void listJobsOfAnAccountWithoutJobs() throws IOException {
        assertGolden("ListJobsResponse-empty.xml", QueryResponse.of("ListJobs", new ListJobsResult(List.of(), false),
                "c4f1e2d3-9311-11e3-a5b6-0f1e2d3c4b5a"));
    }

    @Test
    void updateJob() throws IOException {
        assertGolden("UpdateJobResponse.xml", QueryResponse.of("UpdateJob", new UpdateJobResult(true,
                "**** Device will be erased before being returned. ****", List.of()), "1d2e3f40-9312-11e3-8abc-5f6e7d8c9b0a"));
    }

    @Test
    void cancelJob() throws IOException {
        assertGolden("CancelJobResponse.xml", QueryResponse.of("CancelJob", new CancelJobResult(true), "7e6d5c4b-92f9-11e3-9f8e-7d6c5b4a3f2e"));
    }

    @Test
    void getShippingLabel() throws IOException {
        assertGolden("GetShippingLabelResponse.xml", QueryResponse.of("GetShippingLabel", new GetShippingLabelResult(
                "http://127.0.0.1:8080/_emulator/labels/shipping-label-7KQ3M-9TRW2.pdf", "One package carries 2 devices."),
                "2b3c4d5e-9313-11e3-b7c8-9a0b1c2d3e4f"));
    }

    @Test
    void errorResponse() throws IOException {
        assertGolden("ErrorResponse.xml", new ErrorResponse("Sender", "MissingParameterException",
                "Manifest must be specified", "a9f3c2b1-9314-11e3-8d7e-6f5e4d3c2b1a"));
    }

    @Test
    void errorResponseEscapesMarkupKeepsCarriageReturnsAndReplacesWhatXmlCannotCarry() throws IOException {
        assertGolden("ErrorResponse-escaping.xml", new ErrorResponse("Receiver", "InternalFailure",
                "<a & b> \"quoted\"\r\nbell\u0007 nul\u0000 ok\u00e9\uD83D\uDE00 lone\uD800", "a9f3c2b1-9314-11e3-8d7e-6f5e4d3c2b1a"));
    }

    private static void assertGolden(String name, Object envelope) throws IOException {
        String actual = new String(XmlEnvelopes.toBytes(envelope), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
        }
        try (InputStream expected = XmlEnvelopesGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(expected).as("golden file %s", name).isNotNull();
            assertThat(actual).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
