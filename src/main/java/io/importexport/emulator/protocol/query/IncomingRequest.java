package io.importexport.emulator.protocol.query;

import java.io.InputStream;
import java.util.Map;

/**
 * A request as the HTTP layer hands it over, before anything is read or decoded.
 *
 * @param baseUrl       the address the client reached the emulator at, e.g. {@code http://127.0.0.1:8080}
 * @param headers       first value of each header, by lower-case name
 * @param rawQuery      the query string as sent, or null
 * @param body          the unread body, or null for a request without one
 * @param contentLength the declared length, or -1
 */
public record IncomingRequest(String method, String baseUrl, String path, Map<String, String> headers,
                              String rawQuery, InputStream body, long contentLength) {
}
