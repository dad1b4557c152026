package io.importexport.emulator.server.http;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.importexport.emulator.admin.AdminRoutes;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

import static io.importexport.emulator.config.EmulatorOptions.*;

/**
 * Every kind of answer is sent with its Content-Length, never chunked, including those larger than the 8 KiB that
 * Jersey's own measuring buffer held (SizedResponses turns that buffer off).
 */
class SizedResponsesIT {
    private static final int JOBS = 100; // a ListJobs page of 100 is about 14 KB
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder().resetBeforeEach(false).build();
    private static String jobId;

    @BeforeAll
    static void start() throws Exception {
                String createJob = "Action=CreateJob&JobType=Import&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&Manifest="
                + URLEncoder.encode(Manifests.ebsImport(), StandardCharsets.UTF_8);
        for (int i = 0; i < JOBS; i++) {
            Matcher id = Pattern.compile("<JobId>(\\w+)</JobId>").matcher(post(createJob).body());
            assertThat(id.find()).isTrue();
            jobId = id.group(1);
        }
    }


    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> post(String form) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(emulator.endpoint() + AdminRoutes.ROOT + "/" + path));
    }

    private static void assertSized(HttpResponse<byte[]> response, int status, int atLeast) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Transfer-Encoding")).as("chunked").isEmpty();
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThat(response.body().length).isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void theApisAnswersLargeAndSmallAndErrorsCarryTheirLength() throws Exception {
        HttpRequest.Builder page = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=ListJobs&MaxJobs=" + JOBS + "&AWSAccessKeyId=" + Manifests.ACCESS_KEY));
        assertSized(send(page), 200, 10_000);
        HttpRequest.Builder status = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/?Action=GetStatus&JobId=" + jobId
                + "&AWSAccessKeyId=" + Manifests.ACCESS_KEY));
        assertSized(send(status), 200, 500);
        assertSized(send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/?Action=GetStatus&AWSAccessKeyId="
                + Manifests.ACCESS_KEY))), 400, 200);
        assertSized(send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/nothing/here"))), 404, 200);
    }

    @Test
    void theControlPlanesJsonDocumentsAndPagesCarryTheirLength() throws Exception {
        assertSized(send(get(AdminRoutes.JOBS)), 200, 10_000);
        assertSized(send(get(AdminRoutes.HEALTH)), 200, 10);
        assertSized(send(get(AdminRoutes.UI)), 200, 1_000);
        assertSized(send(get(AdminRoutes.SIGNATURE_FILE.replace("{jobId}", jobId))), 200, 10);
        assertSized(send(get(AdminRoutes.SIGNATURE_PAGE.replace("{jobId}", jobId))), 200, 1_000);
        assertSized(send(get(AdminRoutes.JOB.replace("{jobId}", "NOSUCH"))), 404, 10);
    }

    @Test
    void jerseysOwnAnswerToOptionsCarriesItsLength() throws Exception {
        HttpResponse<byte[]> options = send(get(AdminRoutes.HEALTH).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertSized(options, 200, 3);
        assertThat(new String(options.body(), StandardCharsets.UTF_8)).contains("GET");
    }
}
