package io.importexport.emulator.protocol.auth;

import io.importexport.emulator.domain.Hmac;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.protocol.query.QueryRequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signature Version 4, as boto3 and the AWS CLI sign (clients.md §2): in the {@code Authorization} header, or as
 * presigned query parameters. Any region; the service named in the scope must be {@code IngestionService} (what
 * botocore signs with) or {@code importexport}. boto3 sends no {@code X-Amz-Content-SHA256}, so the payload hash
 * is computed from the raw body bytes.
 */
final class SigV4Check implements SignatureCheck {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Set<String> SERVICES = Set.of("IngestionService", "importexport");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Pattern PART = Pattern.compile("(Credential|SignedHeaders|Signature)=([^,\\s]*)");

    private final QueryRequest request;
    private final String accessKeyId;
    private final String scope;
    private final String service;
    private final List<String> signedHeaders;
    private final String signature;
    private final String amzDate;
    private final boolean presigned;

    private SigV4Check(QueryRequest request, String credential, String signedHeaders, String signature, String amzDate, boolean presigned) {
        this.request = request;
        String[] parts = credential.split("/");
        if (parts.length != 5 || !parts[4].equals("aws4_request")) {
            throw incomplete("Credential must have the form <key>/<date>/<region>/<service>/aws4_request");
        }
        this.accessKeyId = accessKeyOf(credential);
        this.scope = String.join("/", Arrays.copyOfRange(parts, 1, 5));
        this.service = parts[3];
        this.signedHeaders = List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
        this.signature = signature;
        this.amzDate = amzDate;
        this.presigned = presigned;
    }

    /** The parts of a SigV4 {@code Authorization} header (Credential, SignedHeaders, Signature), if the request has one. */
    private static Optional<Map<String, String>> headerParts(QueryRequest request) {
        return request.header("authorization").filter(value -> value.startsWith(ALGORITHM)).map(header -> {
            Map<String, String> parts = new LinkedHashMap<>();
            Matcher matcher = PART.matcher(header);
            while (matcher.find()) {
                parts.put(matcher.group(1), matcher.group(2));
            }
            return parts;
        });
    }

    /** A presigned request's query parameters: only the query string carries them (that is what presigning means). */
    private static Optional<Map<String, String>> presignedParameters(QueryRequest request) {
        return Optional.of(request.queryParameters()).filter(query -> ALGORITHM.equals(query.get("X-Amz-Algorithm")));
    }

    /** The credential ({@code KEY/DATE/REGION/SERVICE/aws4_request}, or what the client sent) of a SigV4 request. */
    static Optional<String> credential(QueryRequest request) {
        return headerParts(request).map(parts -> parts.getOrDefault("Credential", ""))
                .or(() -> presignedParameters(request).map(query -> query.getOrDefault("X-Amz-Credential", "")));
    }

    /** The access key: the credential up to its first slash, as sent. */
    static String accessKeyOf(String credential) {
        return credential.split("/", 2)[0];
    }

    /** The request's SigV4 signature, or empty when it carries none. */
    static Optional<SignatureCheck> of(QueryRequest request) {
        Optional<Map<String, String>> header = headerParts(request);
        if (header.isPresent()) {
            Map<String, String> parts = header.get();
            String date = request.header("x-amz-date").orElseThrow(() -> incomplete("the X-Amz-Date header is missing"));
            return Optional.of(new SigV4Check(request, required(parts, "Credential"), required(parts, "SignedHeaders"),
                    required(parts, "Signature"), date, false));
        }
        return presignedParameters(request).map(query -> new SigV4Check(request, required(query, "X-Amz-Credential"),
                required(query, "X-Amz-SignedHeaders"), required(query, "X-Amz-Signature"), required(query, "X-Amz-Date"), true));
    }

    private static String required(Map<String, String> parts, String name) {
        String value = parts.get(name);
        if (value == null || value.isEmpty()) {
            throw incomplete("the signature has no " + name);
        }
        return value;
    }

    static ServiceException incomplete(String detail) {
        return new ServiceException(ErrorCode.IncompleteSignature, "Incomplete AWS4-HMAC-SHA256 signature: " + detail);
    }

    @Override
    public String accessKeyId() {
        return accessKeyId;
    }

    @Override
    public String securityToken() {
        return presigned ? request.queryParameters().get("X-Amz-Security-Token") : request.header("x-amz-security-token").orElse(null);
    }

    @Override
    public Instant signedAt() {
        try {
            return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw incomplete("the date " + amzDate + " is not of the form 20261129T012356Z");
        }
    }

    /** How long a presigned request stays valid, or null for a signed header. */
    Long expiresSeconds() {
        return presigned ? Long.valueOf(request.queryParameters().getOrDefault("X-Amz-Expires", "604800")) : null;
    }

    @Override
    public Verdict verify(String secret) {
        if (!SERVICES.contains(service)) {
            return new Verdict(false, "(not computed: the credential is scoped to service " + service
                    + ", not IngestionService or importexport)", "");
        }
        String canonicalRequest = canonicalRequest();
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + Hashes.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String[] scopeParts = scope.split("/");
        byte[] key = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
        for (String part : scopeParts) {
            key = Hmac.SHA256.sign(key, part);
        }
        String expected = HexFormat.of().formatHex(Hmac.SHA256.sign(key, stringToSign));
        return new Verdict(Hashes.sameText(expected, signature), canonicalRequest, stringToSign);
    }

    private String canonicalRequest() {
        Map<String, String> query = new LinkedHashMap<>(request.queryParameters());
        query.remove("X-Amz-Signature");
        String headers = signedHeaders.stream()
                .map(name -> name + ":" + request.header(name).orElse("").trim().replaceAll("\\s+", " ") + "\n")
                .collect(Collectors.joining());
        String payloadHash = request.header("x-amz-content-sha256").orElseGet(() -> Hashes.sha256Hex(request.rawBody()));
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        return request.method() + "\n" + path + "\n" + Rfc3986.canonicalQuery(query) + "\n" + headers + "\n"
                + String.join(";", signedHeaders) + "\n" + payloadHash;
    }
}
