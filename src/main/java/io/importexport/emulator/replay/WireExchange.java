package io.importexport.emulator.replay;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One recorded AWS API exchange, in the text format of {@code wire-samples/} (see its README):
 * <pre>
 * # masks: request-id, date            (optional: what a comparison ignores)
 * ### request
 * POST / HTTP/1.1
 * host: 127.0.0.1:8080
 * content-length: 42
 *
 * Action=GetStatus&amp;JobId=ABCDE...
 * ### response
 * HTTP/1.1 400
 * Content-Type: text/xml
 * x-amzn-RequestId: 4a1b2c3d-...
 * Content-Length: 311
 *
 * &lt;?xml ...
 * </pre>
 * Heads use LF in the file (the request head is sent with CRLF); bodies are taken byte for byte, framed by
 * their Content-Length, so that no body text can be mistaken for a section marker.
 *
 * @param requestHead  request line and headers, without the blank line
 * @param responseHead status line and headers, without the blank line
 */
public record WireExchange(List<String> masks, String requestHead, byte[] requestBody, String responseHead, byte[] responseBody) {
    private static final String REQUEST = "### request\n";
    private static final String RESPONSE = "### response\n";
    private static final String MASKS = "# masks:";

    /** The request exactly as it goes on the wire. */
    public byte[] requestBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((requestHead.replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(requestBody);
        return out.toByteArray();
    }

    /** The response status code. */
    public int status() {
        return Integer.parseInt(responseHead.split("\n", 2)[0].split(" ")[1]);
    }

    /** A response header by case-insensitive name, or null. */
    public String responseHeader(String name) {
        return headers(responseHead).get(name.toLowerCase(Locale.ROOT));
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!masks.isEmpty()) {
            out.writeBytes((MASKS + " " + String.join(", ", masks) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes((REQUEST + withLength(requestHead, requestBody.length) + "\n\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(requestBody);
        out.writeBytes(("\n" + RESPONSE + withLength(responseHead, responseBody.length) + "\n\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(responseBody);
        out.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    public static WireExchange parse(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        List<String> masks = new ArrayList<>();
        int at = 0;
        while (text.startsWith("#", at) && !text.startsWith(REQUEST, at)) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end);
            if (line.startsWith(MASKS)) {
                for (String mask : line.substring(MASKS.length()).split(",")) {
                    if (!mask.isBlank()) {
                        masks.add(mask.trim());
                    }
                }
            }
            at = end + 1;
        }
        if (!text.startsWith(REQUEST, at)) {
            throw new IllegalArgumentException("a wire sample starts with '### request'");
        }
        at += REQUEST.length();
        int requestHeadEnd = text.indexOf("\n\n", at);
        String requestHead = text.substring(at, requestHeadEnd);
        int requestBodyStart = requestHeadEnd + 2;
        int requestBodyEnd = requestBodyStart + length(requestHead);
        if (requestBodyEnd > file.length || !text.startsWith("\n" + RESPONSE, requestBodyEnd)) {
            throw new IllegalArgumentException("'### response' must follow the request body of Content-Length bytes "
                    + "(a request body edited by hand needs its Content-Length changed too)");
        }
        at = requestBodyEnd + 1 + RESPONSE.length();
        int responseHeadEnd = text.indexOf("\n\n", at);
        String responseHead = text.substring(at, responseHeadEnd);
        int responseBodyStart = responseHeadEnd + 2;
        // the response body runs to the end of the file (less the newline the writer ends it with), so that an
        // expected response can be edited by hand without counting its bytes
        int responseBodyEnd = file.length > responseBodyStart && file[file.length - 1] == '\n' ? file.length - 1 : file.length;
        return new WireExchange(List.copyOf(masks), requestHead, slice(file, requestBodyStart, requestBodyEnd), responseHead,
                slice(file, responseBodyStart, responseBodyEnd));
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] part = new byte[to - from];
        System.arraycopy(bytes, from, part, 0, part.length);
        return part;
    }

    private static int length(String head) {
        String length = headers(head).get("content-length");
        return length == null ? 0 : Integer.parseInt(length.trim());
    }

    /** The head with a Content-Length header that matches the body, replacing any it had. */
    private static String withLength(String head, int length) {
        StringBuilder rebuilt = new StringBuilder();
        for (String line : head.split("\n")) {
            if (!line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                rebuilt.append(rebuilt.length() == 0 ? "" : "\n").append(line);
            }
        }
        return length == 0 && head.startsWith("GET ") ? rebuilt.toString() : rebuilt + "\nContent-Length: " + length;
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = head.split("\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }
}
