package io.importexport.emulator.testing;

import io.importexport.emulator.protocol.query.IncomingRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Requests captured byte for byte from the real clients (wire-samples/captured), as the HTTP layer hands them over. */
public final class HttpCaptures {
    /** Every capture was signed around this time by the capture machine's clock. */
    public static final String CAPTURED_AT = "2026-11-29T01:24:00Z";

    private HttpCaptures() {
    }

    public static byte[] bytes(String client, String operation) {
        try {
            return Files.readAllBytes(Path.of("wire-samples/captured", client, operation + ".http"));
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
