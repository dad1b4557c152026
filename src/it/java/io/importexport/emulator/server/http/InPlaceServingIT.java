package io.importexport.emulator.server.http;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.importexport.emulator.domain.fault.Fault;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import static io.importexport.emulator.config.EmulatorOptions.*;

/**
 * AWS API calls are served on the selector thread that read them when nothing in them can wait (InPlaceServing); a call
 * that may wait goes to a worker, so that it never holds up the other connections a selector serves. Slow bodies are
 * held to that by LimitsIT.
 */
class InPlaceServingIT {
    private static final Duration DELAY = Duration.ofSeconds(3);
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder().resetBeforeEach(false).build();


    @Test
    @Timeout(30)
    void aCallAFaultDelaysHoldsUpNoOtherConnection() throws Exception {
        emulator.admin().addFault(new Fault("CreateJob", null, 1, 1.0, null, 0, null, DELAY));
        try (Socket delayed = send("Action=CreateJob&JobType=Import&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&Manifest=x")) {
            Thread.sleep(300); // the delayed call is now waiting out its fault
            // connections go to the serving selectors in turn, one per core: so many that some share the delayed one's
            List<Socket> others = new ArrayList<>();
            for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors() + 2; i++) {
                others.add(send("Action=ListJobs&AWSAccessKeyId=" + Manifests.ACCESS_KEY));
            }
            long started = System.nanoTime();
            for (Socket other : others) {
                try (other) {
                    assertThat(statusLine(other)).startsWith("HTTP/1.1 200");
                }
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the other connections' answers")
                    .isLessThan(DELAY.dividedBy(2));
            assertThat(statusLine(delayed)).as("the delayed call, once its fault let it go on").startsWith("HTTP/1.1 400");
        }
    }

    /** A whole request on a connection of its own, its body sent with its headers. */
    private static Socket send(String body) throws IOException {
        Socket socket = new Socket("127.0.0.1", emulator.port());
        socket.setSoTimeout((int) DELAY.multipliedBy(3).toMillis());
        socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String statusLine(Socket socket) throws IOException {
        return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
    }
}
