package io.importexport.emulator.protocol.query;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the caller's access key in whichever signature the request carries: a SigV4 {@code Authorization}
 * header (boto3, AWS CLI), SigV4 presigned query parameters, or SigV2 parameters (AWS SDK for Java v1 and
 * JavaScript v2). Any region and service name are accepted in the SigV4 scope.
 */
public final class AccessKeys {
    private static final Pattern SIGV4_CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/");

    private AccessKeys() {
    }

    public static Optional<String> of(QueryRequest request) {
        Optional<String> header = request.header("authorization")
                .filter(value -> value.startsWith("AWS4-HMAC-SHA256"))
                .flatMap(AccessKeys::credentialKey);
        if (header.isPresent()) {
            return header;
        }
        Optional<String> presigned = request.parameters().get("X-Amz-Credential")
                .map(credential -> credential.split("/", 2)[0])
                .filter(key -> !key.isBlank());
        if (presigned.isPresent()) {
            return presigned;
        }
        return request.parameters().get("AWSAccessKeyId").map(String::trim).filter(key -> !key.isEmpty());
    }

    private static Optional<String> credentialKey(String authorization) {
        Matcher matcher = SIGV4_CREDENTIAL.matcher(authorization);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
