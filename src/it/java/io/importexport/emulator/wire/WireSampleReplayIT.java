package io.importexport.emulator.wire;

import io.importexport.emulator.protocol.wire.WireExchange;
import io.importexport.emulator.protocol.wire.WireSession;
import io.importexport.emulator.config.EmulatorConfig;
import io.importexport.emulator.server.EmulatorServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import static io.importexport.emulator.config.EmulatorOptions.*;

/**
 * Replays every recorded session under {@code wire-samples/sessions}: a fresh emulator started as the session
 * says (seed, clock, auth), each request sent byte for byte in order, each response compared with the recorded
 * one (status, Content-Type, request id header, body) after the masks the sample names. A mismatch shows a diff.
 */
class WireSampleReplayIT {
    private static final Path SESSIONS = Path.of("wire-samples/sessions");
    /** Named masks: what each replaces, so that values that legitimately differ between runs compare equal. */
    private static final Map<String, List<Pattern>> MASKS = Map.of(
            "request-id", List.of(Pattern.compile("(?<=<RequestId>)[^<]*"), Pattern.compile("(?m)(?<=x-amzn-RequestId: ).*$")),
            "job-id", List.of(Pattern.compile("(?<=<JobId>)[^<]*"), Pattern.compile("(?<=jobId:|JOBID |import-log-|export-log-|shipping-label-)[1-9A-NP-Z]{5}"),
                    Pattern.compile("(?<=/artifacts/)[1-9A-NP-Z]{5}")),
            "date", List.of(Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z")),
            "signature", List.of(Pattern.compile("(?<=<Signature>)[^<]*"), Pattern.compile("(?<=signature:)[A-Za-z0-9+/=]+")));

    @TestFactory
    Stream<DynamicTest> everyRecordedSessionReplaysAsRecorded() throws IOException {
        List<Path> sessions;
        try (Stream<Path> files = Files.walk(SESSIONS)) {
            sessions = files.filter(path -> path.endsWith(WireSession.FILE)).map(Path::getParent).sorted().toList();
        }
        assertThat(sessions).as("recorded sessions in %s", SESSIONS).isNotEmpty();
        return sessions.stream().map(session -> DynamicTest.dynamicTest(SESSIONS.relativize(session).toString(), () -> replay(session)));
    }

    private static void replay(Path directory) throws IOException {
        WireSession session = WireSession.read(directory);
        EmulatorConfig.Builder config = EmulatorConfig.builder().set(PORT, 0).set(SEED, session.seed()).set(AUTH, session.auth());
        if (session.clock() != null) {
            config.set(session.frozen() ? CLOCK : CLOCK_START, session.clock());
        }
        List<Path> exchanges;
        try (Stream<Path> files = Files.list(directory)) {
            exchanges = files.filter(path -> path.toString().endsWith(".exchange")).sorted().toList();
        }
        assertThat(exchanges).as("exchanges in %s", directory).isNotEmpty();
        try (EmulatorServer emulator = EmulatorServer.start(config.build())) {
            for (Path file : exchanges) {
                WireExchange recorded = WireExchange.parse(Files.readAllBytes(file));
                WireExchange replayed = WireExchange.parse(exchange(emulator.port(), recorded));
                String expected = comparable(recorded, recorded.masks());
                String actual = comparable(replayed, recorded.masks());
                if (!expected.equals(actual)) {
                    fail("%s differs from the recording (masks %s):%n%s", file, recorded.masks(), diff(expected, actual));
                }
            }
        }
    }

    /** What is compared: the status, the content type, the request id header and the body, masked. */
    private static String comparable(WireExchange exchange, List<String> masks) {
        String text = "status " + exchange.status() + "\nContent-Type: " + exchange.responseHeader("Content-Type")
                + "\nx-amzn-RequestId: " + exchange.responseHeader("x-amzn-RequestId") + "\n"
                + new String(exchange.responseBody(), StandardCharsets.UTF_8).replace("><", ">\n<");
        for (String mask : masks) {
            List<Pattern> patterns = MASKS.get(mask);
            if (patterns == null) {
                throw new IllegalArgumentException("unknown mask '" + mask + "'; known: " + MASKS.keySet());
            }
            for (Pattern pattern : patterns) {
                text = pattern.matcher(text).replaceAll("<" + mask + ">");
            }
        }
        return text;
    }

    /** The lines that differ, marked - (recorded) and + (replayed), with the line before each for context. */
    private static String diff(String expected, String actual) {
        String[] a = expected.split("\n");
        String[] b = actual.split("\n");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "";
            String right = i < b.length ? b[i] : "";
            if (!left.equals(right)) {
                if (i > 0) {
                    out.add("  " + a[i - 1]);
                }
                out.add("- " + left);
                out.add("+ " + right);
            }
        }
        return String.join("\n", out);
    }

    /** Sends the recorded request over a new connection and reads one response, back in the sample format. */
    private static byte[] exchange(int port, WireExchange recorded) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(recorded.requestBytes());
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the connection closed before the response head ended");
                }
                head.write(b);
            }
            String headText = head.toString(StandardCharsets.ISO_8859_1).trim().replace("\r\n", "\n");
            int length = Integer.parseInt(headText.toLowerCase(Locale.ROOT).split("content-length: ", 2)[1].split("\n", 2)[0].trim());
            byte[] body = in.readNBytes(length);
            return new WireExchange(List.of(), recorded.requestHead(), recorded.requestBody(), headText, body).toBytes();
        }
    }
}
