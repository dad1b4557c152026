package io.importexport.emulator.replay;

import io.importexport.emulator.config.EmulatorConfig;
import io.importexport.emulator.config.EmulatorOptions;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Replays recorded sessions: for each, a fresh emulator started as its {@code session.properties} says (seed, clock,
 * auth), every exchange's request sent byte for byte in order (AWS API calls and control-plane steps alike), every
 * response compared with the recorded one (status, Content-Type, request id header, body) after the session's and the
 * exchange's masks. With {@code update}, a differing exchange is written back with the response it got now.
 */
public final class SessionReplay {
    /** One exchange whose response differs from its recording. */
    public record Mismatch(Path exchange, List<String> masks, String diff) {
        @Override
        public String toString() {
            return exchange + " differs from the recording" + (masks.isEmpty() ? "" : " (masks " + masks + ")") + ":\n" + diff;
        }
    }

    /** One session's replay: how many exchanges it sent, and those that differed (written anew, if updated). */
    public record Result(Path session, int exchanges, List<Mismatch> mismatches, boolean updated) {
        public boolean matches() {
            return mismatches.isEmpty();
        }

        /** A line for a passing session; for a failing one, the line and every diff. */
        public String report() {
            if (matches()) {
                return "PASS " + session + " (" + exchanges + " exchanges)";
            }
            StringBuilder report = new StringBuilder((updated ? "UPDATED " : "FAIL ") + session + ": " + mismatches.size() + " of "
                    + exchanges + " exchanges differ");
            mismatches.forEach(mismatch -> report.append('\n').append(mismatch));
            return report.toString();
        }
    }

    private SessionReplay() {
    }

    /** The session folders (each holding a {@code session.properties}) under {@code root}, or root itself. */
    public static List<Path> sessionsUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("no folder " + root);
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sessions = files.filter(path -> path.endsWith(WireSession.FILE)).map(Path::getParent).sorted().toList();
            if (sessions.isEmpty()) {
                throw new IOException("no recorded session (" + WireSession.FILE + ") under " + root);
            }
            return sessions;
        }
    }

    /** Replays one session against an emulator {@code target} starts as the session says. */
    public static Result replay(Path session, boolean update, ReplayTarget target) throws IOException {
        WireSession settings = WireSession.read(session);
        settings.masks().forEach(ReplayMasks::check);
        EmulatorConfig.Builder config = EmulatorConfig.builder().set(EmulatorOptions.PORT, 0).set(EmulatorOptions.SEED, settings.seed())
                .set(EmulatorOptions.AUTH, settings.auth()).set(EmulatorOptions.LOG_FORMAT, "off");
        if (settings.clock() != null) {
            config.set(settings.frozen() ? EmulatorOptions.CLOCK : EmulatorOptions.CLOCK_START, settings.clock());
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(session)) {
            files = listed.filter(path -> path.toString().endsWith(".exchange")).sorted().toList();
        }
        List<Mismatch> mismatches = new ArrayList<>();
        try (ReplayTarget.Running emulator = target.start(config.build())) {
            for (Path file : files) {
                WireExchange recorded = WireExchange.parse(Files.readAllBytes(file));
                WireExchange replayed = exchange(emulator.port(), recorded);
                List<String> masks = new ArrayList<>(settings.masks());
                recorded.masks().stream().filter(mask -> !masks.contains(mask)).forEach(masks::add);
                masks.forEach(ReplayMasks::check);
                String expected = comparable(recorded, masks);
                String actual = comparable(replayed, masks);
                if (!expected.equals(actual)) {
                    mismatches.add(new Mismatch(file, masks, diff(expected, actual)));
                    if (update) {
                        Files.write(file, new WireExchange(recorded.masks(), recorded.requestHead(), recorded.requestBody(),
                                recordedForm(replayed.responseHead()), replayed.responseBody()).toBytes());
                    }
                }
            }
        }
        return new Result(session, files.size(), List.copyOf(mismatches), update && !mismatches.isEmpty());
    }

    /**
     * A response head as the recorder writes it: the status line, Content-Type and the request id, in that order
     * whatever order the server sent them in (no date, no length), so that an update changes only what changed.
     */
    private static String recordedForm(String head) {
        List<String> lines = head.lines().toList();
        return Stream.of("http/", "content-type:", "x-amzn-requestid:")
                .flatMap(start -> lines.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(start)).limit(1))
                .collect(Collectors.joining("\n"));
    }

    /** What is compared: the status, the content type, the request id header and the body (one element a line), masked. */
    static String comparable(WireExchange exchange, List<String> masks) {
        String text = "status " + exchange.status() + "\nContent-Type: " + exchange.responseHeader("Content-Type")
                + "\nx-amzn-RequestId: " + exchange.responseHeader("x-amzn-RequestId") + "\n"
                + new String(exchange.responseBody(), StandardCharsets.UTF_8).replace("><", ">\n<");
        return ReplayMasks.apply(text, masks);
    }

    /** The lines that differ, marked - (recorded) and + (replayed), with the line before each for context. */
    static String diff(String expected, String actual) {
        String[] recorded = expected.split("\n");
        String[] replayed = actual.split("\n");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(recorded.length, replayed.length); i++) {
            String left = i < recorded.length ? recorded[i] : "";
            String right = i < replayed.length ? replayed[i] : "";
            if (!left.equals(right)) {
                if (i > 0) {
                    out.add("  " + (i - 1 < recorded.length ? recorded[i - 1] : replayed[i - 1]));
                }
                out.add("- " + left);
                out.add("+ " + right);
            }
        }
        return String.join("\n", out);
    }

    /** Sends the recorded request over a new connection and reads one response, back in the sample format. */
    private static WireExchange exchange(int port, WireExchange recorded) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
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
            return new WireExchange(List.of(), recorded.requestHead(), recorded.requestBody(), headText, body);
        }
    }
}
