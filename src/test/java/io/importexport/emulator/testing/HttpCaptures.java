package io.importexport.emulator.testing;

import io.importexport.emulator.protocol.query.IncomingRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Requests captured byte for byte from the real clients (wire-samples/captured), as the HTTP layer hands them over. */
public final class HttpCaptures {
    private static final Path CAPTURED = Path.of("wire-samples/captured");

    private HttpCaptures() {
    }

    /** The clients whose requests were captured: a folder each. */
    public static List<String> clients() {
        try (Stream<Path> folders = Files.list(CAPTURED)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operations captured from a client (the AWS SDK for Ruby v1 has no GetShippingLabel). */
    public static List<String> operations(String client) {
        try (Stream<Path> files = Files.list(CAPTURED.resolve(client))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".http"))
                    .map(name -> name.substring(0, name.length() - ".http".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the client signed its captures (its folder's captured-at file), to set the emulator's clock to. */
    public static Instant capturedAt(String client) {
        try {
            return Instant.parse(Files.readString(CAPTURED.resolve(client).resolve("captured-at")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String client, String operation) {
        try {
            return Files.readAllBytes(CAPTURED.resolve(client).resolve(operation + ".http"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IncomingRequest request(String client, String operation) {
        return parse(bytes(client, operation));
    }

    /** Splits raw HTTP/1.1 bytes into request line, headers (first value by lower-case name) and body. */
    public static IncomingRequest parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, headEnd).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new HashMap<>();
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            int colon = line.indexOf(':');
            headers.putIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        String target = requestLine[1];
        int question = target.indexOf('?');
        byte[] body = Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        return new IncomingRequest(requestLine[0], "http://" + headers.get("host"), question < 0 ? target : target.substring(0, question),
                Map.copyOf(headers), question < 0 ? null : target.substring(question + 1), new ByteArrayInputStream(body), body.length);
    }
}
