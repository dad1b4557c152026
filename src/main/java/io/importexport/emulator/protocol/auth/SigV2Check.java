package io.importexport.emulator.protocol.auth;

import io.importexport.emulator.domain.Hmac;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.protocol.query.QueryRequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Signature Version 2 (service.md §2.5), as the AWS SDKs for Java v1 and JavaScript v2 sign (clients.md §4–5):
 * {@code POST\n<host>\n<path>\n<parameters>}, the parameters decoded and encoded again per RFC 3986, since the
 * Java SDK's body encoding differs from what it signs. A POST signs its body (aws-sdk-go leaves its
 * {@code ?Operation=X} unsigned); a request that signed everything is accepted too.
 */
final class SigV2Check implements SignatureCheck {
    private final QueryRequest request;
    private final String accessKeyId;
    private final String algorithm;
    private final String signature;

    private SigV2Check(QueryRequest request, String accessKeyId, String algorithm, String signature) {
        this.request = request;
        this.accessKeyId = accessKeyId;
        this.algorithm = algorithm;
        this.signature = signature;
    }

    /** The {@code AWSAccessKeyId} parameter (body or query string) as sent, if not empty. */
    static Optional<String> accessKeyId(QueryRequest request) {
        return request.parameters().get("AWSAccessKeyId").filter(key -> !key.isEmpty());
    }

    /** The request's SigV2 signature, or empty when it carries none. */
    static Optional<SignatureCheck> of(QueryRequest request) {
        Map<String, String> parameters = request.parameters().asMap();
        Optional<String> key = accessKeyId(request);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String accessKeyId = key.get();
        if (!"2".equals(parameters.get("SignatureVersion"))) {
            throw invalid("SignatureVersion must be 2, not " + parameters.get("SignatureVersion"));
        }
        String method = parameters.getOrDefault("SignatureMethod", "HmacSHA256");
        if (!method.equals("HmacSHA256") && !method.equals("HmacSHA1")) {
            throw invalid("SignatureMethod must be HmacSHA256 or HmacSHA1, not " + method);
        }
        String signature = parameters.get("Signature");
        if (signature == null || signature.isEmpty()) {
            throw new ServiceException(ErrorCode.IncompleteSignature, "The request has AWSAccessKeyId but no Signature");
        }
        if (parameters.get("Timestamp") == null && parameters.get("Expires") == null) {
            throw new ServiceException(ErrorCode.IncompleteSignature, "A SigV2 request needs Timestamp or Expires");
        }
        return Optional.of(new SigV2Check(request, accessKeyId, method, signature));
    }

    private static ServiceException invalid(String message) {
        return new ServiceException(ErrorCode.InvalidParameterException, message);
    }

    @Override
    public String accessKeyId() {
        return accessKeyId;
    }

    @Override
    public String securityToken() {
        return request.parameters().asMap().get("SecurityToken");
    }

    /** {@code Timestamp}, with or without milliseconds (the Java SDK sends them, the JavaScript SDK does not). */
    @Override
    public Instant signedAt() {
        return time("Timestamp").orElseGet(() -> time("Expires").orElseThrow());
    }

    /** When a request with {@code Expires} instead of {@code Timestamp} stops being valid, or null. */
    Instant expires() {
        return request.parameters().asMap().containsKey("Timestamp") ? null : time("Expires").orElse(null);
    }

    private Optional<Instant> time(String name) {
        String text = request.parameters().asMap().get(name);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw invalid(name + " '" + text + "' is not an ISO 8601 time such as 2014-02-10T17:42:31Z");
        }
    }

    @Override
    public Verdict verify(String secret) {
        Verdict verdict = null;
        List<Map<String, String>> candidates = "POST".equals(request.method()) && !request.bodyParameters().isEmpty()
                ? List.of(request.bodyParameters(), request.parameters().asMap())
                : List.of(request.parameters().asMap());
        for (Map<String, String> signed : candidates) {
            Map<String, String> parameters = new LinkedHashMap<>(signed);
            parameters.remove("Signature");
            String host = request.host() == null ? "" : request.host().toLowerCase(Locale.ROOT);
            String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
            String stringToSign = request.method() + "\n" + host + "\n" + path + "\n" + Rfc3986.canonicalQuery(parameters);
            String expected = Base64.getEncoder().encodeToString(
                    Hmac.named(algorithm).sign(secret.getBytes(StandardCharsets.UTF_8), stringToSign));
            verdict = new Verdict(Hashes.sameText(expected, signature), stringToSign, stringToSign);
            if (verdict.matches()) {
                return verdict;
            }
        }
        return verdict;
    }
}
