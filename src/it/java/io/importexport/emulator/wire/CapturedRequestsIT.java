package io.importexport.emulator.wire;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.account.AuthMode;
import io.importexport.emulator.testing.HttpCaptures;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

import static io.importexport.emulator.config.EmulatorOptions.*;

/**
 * The exact bytes each real client sent for each operation (wire-samples/captured, recorded from boto3, the AWS
 * CLI v1 and v2, the AWS SDK for Java v1, JavaScript v2 and Ruby v1), replayed over a raw socket: each client's encoding, parameter
 * order and signature style must reach the operation. The emulator runs strict, knowing the example key the
 * captures were signed with, its clock set to the time of capture: every signature is verified. CreateJob creates
 * a job; the others name jobs ABCDE and FGHIJ, which a fresh emulator does not have, so each must answer its
 * modeled error for an unknown job.
 */
class CapturedRequestsIT {
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder()
            .configure(options -> options.with(AUTH, AuthMode.strict))
            .resetBeforeEach(false).build();

    @BeforeAll
    static void start() throws IOException {
        emulator.admin().setCredentials(List.of(new Credential(Manifests.ACCESS_KEY, Manifests.SECRET_KEY, null, "111111111111")));
    }



    static Stream<String> clients() {
        return HttpCaptures.clients().stream();
    }

    /** Every captured request but CreateJob, with the modeled error its unknown job id (or marker) must answer. */
    static Stream<Arguments> everyOtherCapturedRequest() {
        return HttpCaptures.clients().stream().flatMap(client -> HttpCaptures.operations(client).stream()
                .filter(operation -> !operation.equals("CreateJob"))
                .map(operation -> Arguments.of(client, operation,
                        operation.equals("ListJobs") ? "InvalidParameterException" : "InvalidJobIdException")));
    }

    @Test
    void everyClientOfTheConformanceScenarioWasCaptured() {
        assertThat(HttpCaptures.clients()).containsExactly("awscli", "awscli-v2", "boto3", "java-sdk-v1", "js-sdk-v2", "ruby-sdk-v1");
        assertThat(HttpCaptures.operations("ruby-sdk-v1")).as("it predates GetShippingLabel")
                .containsExactly("CancelJob", "CreateJob", "GetStatus", "ListJobs", "UpdateJob");
    }

    @ParameterizedTest
    @MethodSource("clients")
    void eachClientsCapturedCreateJobCreatesAJob(String client) throws Exception {
        Document xml = replay(client, "CreateJob", "200");
        assertThat(text(xml, "JobId")).matches("[1-9A-NP-Z]{5}");
        assertThat(text(xml, "JobType")).isEqualTo("Import");
        assertThat(text(xml, "SignatureFileContents")).contains("jobId:" + text(xml, "JobId"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyOtherCapturedRequest")
    void eachClientsCapturedRequestReachesItsOperation(String client, String operation, String code) throws Exception {
        Document xml = replay(client, operation, "400");
        assertThat(text(xml, "Code")).isEqualTo(code);
        assertThat(text(xml, "Message")).contains("ABCDE");
    }

    /** Replays a capture with the emulator's clock at the time the client signed it: every signature is verified. */
    private static Document replay(String client, String operation, String status) throws Exception {
        emulator.admin().setClock(HttpCaptures.capturedAt(client));
        String response = exchange(HttpCaptures.bytes(client, operation));
        String[] parts = response.split("\r\n\r\n", 2);
        assertThat(parts[0]).startsWith("HTTP/1.1 " + status);
        assertThat(parts[0].toLowerCase(Locale.ROOT)).contains("x-amzn-requestid: ");
        return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(parts[1].getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document xml, String element) {
        return xml.getElementsByTagName(element).item(0).getTextContent();
    }

    /** Sends the request as captured and reads one response, framed by its Content-Length. */
    private static String exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            int headerEnd = -1;
            int contentLength = -1;
            while (headerEnd < 0 || received.size() < headerEnd + contentLength) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                received.write(b);
                String soFar = received.toString(StandardCharsets.ISO_8859_1);
                if (headerEnd < 0 && soFar.endsWith("\r\n\r\n")) {
                    headerEnd = soFar.length();
                    String length = soFar.toLowerCase(Locale.ROOT).split("content-length: ", 2)[1].split("\r\n", 2)[0];
                    contentLength = Integer.parseInt(length.trim());
                }
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
