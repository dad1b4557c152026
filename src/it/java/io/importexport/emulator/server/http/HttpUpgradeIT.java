package io.importexport.emulator.server.http;

import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.fixture.junit5.ImportExportEmulatorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that asks to upgrade the connection is answered at once as the HTTP/1.1 request it also is, on a
 * connection that stays open; before, its body was never read to an end: 400 after the 10-second body timeout.
 */
@ImportExportEmulatorTest
class HttpUpgradeIT {
    private static final String LIST_JOBS = "Action=ListJobs&AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE";

    @Test
    @Timeout(5)
    void javasHttpClientWithItsDefaultsIsAnswered(ImportExportEmulator emulator) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient(); // HTTP/2 preferred: its first request asks for h2c
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(LIST_JOBS))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(answer.body()).contains("<ListJobsResponse");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA",
            "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13"})
    @Timeout(5)
    void anUpgradeIsNotTakenAndTheConnectionServesTheNextRequest(String upgradeHeaders, ImportExportEmulator emulator) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(post(upgradeHeaders).getBytes(StandardCharsets.US_ASCII));
            out.write(post("Connection: close").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answers.split("HTTP/1.1 200 OK", -1)).hasSize(3);
            assertThat(answers).doesNotContain("HTTP/1.1 101").contains("<ListJobsResponse");
        }
    }

    private static String post(String headers) {
        return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + LIST_JOBS.length() + "\r\n\r\n" + LIST_JOBS;
    }
}
