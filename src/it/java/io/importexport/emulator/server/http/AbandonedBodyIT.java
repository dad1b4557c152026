package io.importexport.emulator.server.http;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.importexport.emulator.config.EmulatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose body is never read to its end (too large, or stalled) is answered, and its connection closed right
 * after the answer: with the default 30-second idle timeout, not 30 seconds later.
 */
class AbandonedBodyIT {
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder().resetBeforeEach(false).build();


    /** The whole answer, up to the end of the stream, and how long after the answer's first byte the stream ended. */
    private record Answer(String text, long closedMillisAfterAnswer) {
    }

    private static Answer send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(25_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            answer.write(in.read());
            long first = System.nanoTime();
            in.transferTo(answer);
            return new Answer(answer.toString(StandardCharsets.UTF_8), (System.nanoTime() - first) / 1_000_000);
        }
    }

    private static String post(long contentLength) {
        return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + contentLength + "\r\n\r\n";
    }

    @Test
    @Timeout(20)
    void anOversizeBodyIsAnsweredAndItsConnectionClosedAtOnce() throws IOException {
        Answer answer = send(post(50_000_000), "Action=ListJobs&".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.text()).startsWith("HTTP/1.1 400").contains("Connection: close", "larger than the limit");
        assertThat(answer.closedMillisAfterAnswer()).isLessThan(3_000);
    }

    @Test
    @Timeout(30)
    void aStalledBodyIsAnsweredWithoutJavaInTheMessageAndItsConnectionClosedAtOnce() throws IOException {
        Answer answer = send(post(1_000), "Action=ListJobs".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.text()).startsWith("HTTP/1.1 400").contains("Connection: close", "did not arrive in time")
                .doesNotContain("java.", "TimeoutException");
        assertThat(answer.closedMillisAfterAnswer()).isLessThan(3_000);
    }
}
