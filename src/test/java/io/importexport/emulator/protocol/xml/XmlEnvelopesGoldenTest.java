package io.importexport.emulator.protocol.xml;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertGolden("CreateJobResponse-s3-import.xml", new CreateJobResponse("7KQ3M", "Import",
                "lXK2o8FYkrBBZ0F2ZZ/Vj4WsgXg=", SIGNATURE_FILE, SHIPPING_ADDRESS,
                "**** Device will be erased before being returned. ****", List.of())
                .withRequestId("0c2d7a60-9279-11e3-9a3b-8f2b6e1c4d55"));
    }

    @Test
    void createJobWithArtifactsAndNoWarning() throws IOException {
        assertGolden("CreateJobResponse-ebs-import.xml", new CreateJobResponse("7KQ3M", "Import",
                "lXK2o8FYkrBBZ0F2ZZ/Vj4WsgXg=", SIGNATURE_FILE, SHIPPING_ADDRESS, null,
                List.of(new ArtifactElement("SignaturePDF", "http://127.0.0.1:8080/_emulator/artifacts/7KQ3M/signature.pdf")))
                .withRequestId("0c2d7a60-9279-11e3-9a3b-8f2b6e1c4d55"));
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
