package io.importexport.emulator.protocol.auth;

import io.importexport.emulator.domain.account.AuthMode;
import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.protocol.query.IncomingRequest;
import io.importexport.emulator.protocol.query.QueryRequest;
import io.importexport.emulator.protocol.query.QueryRequestReader;
import io.importexport.emulator.testing.HttpCaptures;
import io.importexport.emulator.testing.Manifests;
import io.importexport.emulator.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signature checks against the requests the real clients signed (wire-samples/captured; the secret is the example
 * key): boto3 and the AWS CLI with SigV4 in a header, the AWS SDKs for Java and JavaScript with SigV2 in the body.
 */
class AuthenticatorTest {
    private static final String ACCOUNT = "111111111111";

    private final EmulatorClock clock = TestClock.at(HttpCaptures.capturedAt("boto3").toString());
    private final Credentials credentials = new Credentials(List.of(
            new Credential(Manifests.ACCESS_KEY, Manifests.SECRET_KEY, null, ACCOUNT)));

    private Caller authenticate(AuthMode mode, IncomingRequest request) {
        QueryRequest read = new QueryRequestReader(1 << 20).read(request);
        return new Authenticator(mode, credentials, clock, Duration.ofMinutes(15)).authenticate(read);
    }

    private Caller strict(IncomingRequest request) {
        return authenticate(AuthMode.strict, request);
    }

    static Stream<Arguments> everyCapture() {
        return HttpCaptures.clients().stream().flatMap(client -> HttpCaptures.operations(client).stream()
                .map(operation -> Arguments.of(client, operation)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCapture")
    void acceptsWhatEachRealClientSigned(String client, String operation) {
        clock.set(HttpCaptures.capturedAt(client));
        Caller caller = strict(HttpCaptures.request(client, operation));
        assertThat(caller).isEqualTo(new Caller(Manifests.ACCESS_KEY, ACCOUNT, Manifests.SECRET_KEY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"boto3", "java-sdk-v1", "js-sdk-v2"})
    void refusesAWrongSecret(String client) {
        credentials.replace(List.of(new Credential(Manifests.ACCESS_KEY, "not-the-secret", null, ACCOUNT)));
        assertRefused(() -> strict(HttpCaptures.request(client, "CreateJob")), ErrorCode.SignatureDoesNotMatch, "does not match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"boto3", "java-sdk-v1", "js-sdk-v2"})
    void refusesATamperedBody(String client) {
        byte[] raw = HttpCaptures.bytes(client, "CreateJob");
        String tampered = new String(raw, StandardCharsets.ISO_8859_1).replace("deviceId%3A", "deviceId%3B");
        assertThat(tampered).isNotEqualTo(new String(raw, StandardCharsets.ISO_8859_1));
        assertRefused(() -> strict(HttpCaptures.parse(tampered.getBytes(StandardCharsets.ISO_8859_1))),
                ErrorCode.SignatureDoesNotMatch, "does not match");
    }

    @Test
    void refusesAChangedHostBecauseTheSignatureCoversIt() {
        IncomingRequest captured = HttpCaptures.request("java-sdk-v1", "GetStatus");
        Map<String, String> headers = new HashMap<>(captured.headers());
        headers.put("host", "127.0.0.1:1");
        assertRefused(() -> strict(new IncomingRequest(captured.method(), captured.baseUrl(), captured.path(), headers,
                captured.rawQuery(), captured.body(), captured.contentLength())), ErrorCode.SignatureDoesNotMatch, "does not match");
    }

    @Test
    void refusesAnUnknownKey() {
        credentials.replace(List.of(new Credential("AKIASOMEONEELSE", Manifests.SECRET_KEY, null, ACCOUNT)));
        assertRefused(() -> strict(HttpCaptures.request("boto3", "GetStatus")), ErrorCode.InvalidClientTokenIdException, "does not exist");
    }

    @Test
    void refusesAKeyWhoseSessionTokenIsMissing() {
        credentials.replace(List.of(new Credential(Manifests.ACCESS_KEY, Manifests.SECRET_KEY, "token", ACCOUNT)));
        assertRefused(() -> strict(HttpCaptures.request("js-sdk-v2", "GetStatus")), ErrorCode.InvalidClientTokenIdException, "security token");
    }

    @Test
    void refusesStaleOrFutureRequestsWithTheCodesAwsUsed() {
        clock.advance(Duration.ofMinutes(16));
        assertRefused(() -> strict(HttpCaptures.request("boto3", "GetStatus")), ErrorCode.SignatureDoesNotMatch, "Signature expired");
        assertRefused(() -> strict(HttpCaptures.request("java-sdk-v1", "GetStatus")), ErrorCode.RequestExpired, "Request has expired");
        clock.advance(Duration.ofMinutes(-40));
        assertRefused(() -> strict(HttpCaptures.request("awscli", "GetStatus")), ErrorCode.SignatureDoesNotMatch, "not yet current");
        assertRefused(() -> strict(HttpCaptures.request("js-sdk-v2", "GetStatus")), ErrorCode.RequestExpired, "Request has expired");
    }

    /** A URL boto3 presigned for GET with the example secret (src/test/resources/auth), valid for 300 seconds. */
    @Test
    void acceptsAPresignedUrlUntilItExpires() throws Exception {
        URI url = URI.create(new String(AuthenticatorTest.class.getResourceAsStream("/auth/presigned-get-status.url").readAllBytes(),
                StandardCharsets.US_ASCII).trim());
        String signedAt = url.getRawQuery().replaceAll(".*X-Amz-Date=(\\w+).*", "$1");
        clock.set(LocalDateTime.parse(signedAt, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")).toInstant(ZoneOffset.UTC));
        IncomingRequest get = new IncomingRequest("GET", "http://" + url.getRawAuthority(), url.getRawPath(),
                Map.of("host", url.getRawAuthority()), url.getRawQuery(), null, -1);
        assertThat(strict(get).accountId()).isEqualTo(ACCOUNT);
        clock.advance(Duration.ofSeconds(301));
        assertRefused(() -> strict(get), ErrorCode.RequestExpired, "Request has expired");
    }

    @Test
    void refusesAnUnsignedOrHalfSignedRequest() {
        assertRefused(() -> strict(form("Action=ListJobs")), ErrorCode.MissingAuthenticationToken, "Authentication Token");
        assertRefused(() -> strict(form("Action=ListJobs&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&SignatureVersion=2&Timestamp=2026-11-29T01:24:00Z")),
                ErrorCode.IncompleteSignature, "no Signature");
        assertRefused(() -> strict(form("Action=ListJobs&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&SignatureVersion=1&Signature=x")),
                ErrorCode.InvalidParameterException, "SignatureVersion");
        IncomingRequest halfSigned = new IncomingRequest("POST", "http://h", "/",
                Map.of("host", "h", "authorization", "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=00", "x-amz-date", "20261129T012400Z"),
                null, new ByteArrayInputStream(new byte[0]), 0);
        assertRefused(() -> strict(halfSigned), ErrorCode.IncompleteSignature, "Credential");
    }

    @Test
    void permissiveModeTakesAnyKeyAndKnowsTheAccountsOfTheTable() {
        clock.advance(Duration.ofDays(365)); // freshness is not checked either
        assertThat(authenticate(AuthMode.permissive, HttpCaptures.request("boto3", "GetStatus")).accountId()).isEqualTo(ACCOUNT);
        credentials.replace(List.of());
        assertThat(authenticate(AuthMode.permissive, HttpCaptures.request("boto3", "GetStatus")))
                .isEqualTo(Caller.ownAccount(Manifests.ACCESS_KEY));
        assertRefused(() -> authenticate(AuthMode.permissive, form("Action=ListJobs&AWSAccessKeyId=AKIA.BAD")),
                ErrorCode.InvalidAccessKeyIdException, "not valid");
    }

    private static IncomingRequest form(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new IncomingRequest("POST", "http://h", "/", Map.of("host", "h"), null, new ByteArrayInputStream(bytes), bytes.length);
    }

    private static void assertRefused(Runnable call, ErrorCode code, String mentions) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessageContaining(mentions);
    }
}
