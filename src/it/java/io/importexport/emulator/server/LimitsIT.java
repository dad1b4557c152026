package io.importexport.emulator.server;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** The documented connection limits (docs/behaviour.md, Limits), each held, and the server serving on after each. */
class LimitsIT {
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder()
            .configure(options -> options.with(IDLE_TIMEOUT, Duration.ofSeconds(1)))
            .resetBeforeEach(false).build();


    private static void stillServes() {
        RestAssured.given().baseUri(emulator.endpoint()).formParam("Action", "ListJobs").formParam("AWSAccessKeyId", Manifests.ACCESS_KEY)
                .post("/").then().statusCode(200);
    }

    @Test
    void headersUpTo64KiBAreReadAndLargerOnesAreRefused() {
        RestAssured.given().baseUri(emulator.endpoint()).header("X-Padding", "x".repeat(60_000))
                .formParam("Action", "ListJobs").formParam("AWSAccessKeyId", Manifests.ACCESS_KEY).post("/").then().statusCode(200);
        RestAssured.given().baseUri(emulator.endpoint()).header("X-Padding", "x".repeat(70_000))
                .formParam("Action", "ListJobs").formParam("AWSAccessKeyId", Manifests.ACCESS_KEY).post("/").then().statusCode(400);
        stillServes();
    }

    @Test
    void aLabelCarriesAtMostFiftyJobs() {
        var request = RestAssured.given().baseUri(emulator.endpoint()).formParam("Action", "GetShippingLabel")
                .formParam("AWSAccessKeyId", Manifests.ACCESS_KEY);
        for (int i = 1; i <= 51; i++) {
            request.formParam("jobIds.member." + i, "ABCDE");
        }
        request.post("/").then().statusCode(400).body("ErrorResponse.Error.Code", equalTo("InvalidParameterException"))
                .body("ErrorResponse.Error.Message", containsString("at most 50"));
    }

    @Test
    void aScalarCanTakeAlmostTheWholeManifest() {
        String manifest = Manifests.s3Import() + "generator: " + "g".repeat(250_000) + "\n";
        RestAssured.given().baseUri(emulator.endpoint()).formParam("Action", "CreateJob").formParam("JobType", "Import")
                .formParam("AWSAccessKeyId", Manifests.ACCESS_KEY).formParam("Manifest", manifest).post("/").then().statusCode(200);
    }

    @Test
    @Timeout(30)
    void slowClientsDoNotHoldUpOthersAndAreLetGo() throws Exception {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // more than Grizzly's default worker pool (about 20 threads)
            Socket socket = new Socket("127.0.0.1", emulator.port());
            OutputStream out = socket.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 1000\r\n\r\nAction=ListJobs").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slow.add(socket);
        }
        stillServes(); // while forty bodies are still on their way
        Socket first = slow.get(0);
        first.setSoTimeout(25_000);
        InputStream in = first.getInputStream();
        String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // after the read timeout
        assertThat(answer).startsWith("HTTP/1.1 400");
        for (Socket socket : slow) {
            socket.close();
        }
        stillServes();
    }

    @Test
    @Timeout(20)
    void anIdleKeepAliveConnectionIsClosed() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int read = in.read(buffer);
            assertThat(new String(buffer, 0, read, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
            int next;
            do {
                next = in.read(buffer); // the rest of the response, then the end of the stream once idle too long
            } while (next > 0);
            assertThat(next).isEqualTo(-1);
        }
    }
}
