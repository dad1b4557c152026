package io.importexport.emulator.protocol.query;

import java.util.Map;
import java.util.Optional;

/**
 * One AWS Query request as received: what signature checks need (method, host, path, headers, the raw body
 * bytes, read once before any decoding) and the decoded parameters.
 *
 * @param headers header values by lower-case name (the first value of each)
 */
public record QueryRequest(String method, String host, String path, Map<String, String> headers, byte[] rawBody,
                           Map<String, String> queryParameters, Map<String, String> bodyParameters,
                           QueryParameters parameters) {

    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }
}
