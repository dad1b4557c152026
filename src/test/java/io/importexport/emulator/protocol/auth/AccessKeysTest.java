package io.importexport.emulator.protocol.auth;

import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.account.AuthMode;
import io.importexport.emulator.domain.account.Credential;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.query.QueryRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessKeysTest {
    private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String SCOPE = "/20261129/us-east-1/importexport/aws4_request";

    private static QueryRequest request(Map<String, String> headers, Map<String, String> query, Map<String, String> body) {
        Map<String, String> merged = new HashMap<>(query);
        merged.putAll(body);
        return new QueryRequest("POST", "127.0.0.1:8080", "/", headers, new byte[0], query, body, new QueryParameters(merged));
    }

    private static Optional<String> keyOf(Map<String, String> headers, Map<String, String> parameters) {
        return AccessKeys.of(request(headers, Map.of(), parameters));
    }

    /** The three places a key can sit, each with {@code key} as the client sent it. */
    private static List<QueryRequest> everyStyleWith(String key) {
        return List.of(
                request(Map.of("authorization", "AWS4-HMAC-SHA256 Credential=" + key + SCOPE + ", SignedHeaders=host;x-amz-date, Signature=5d73",
                        "x-amz-date", "20261129T000000Z"), Map.of(), Map.of("Action", "ListJobs")),
                request(Map.of(), Map.of("X-Amz-Algorithm", "AWS4-HMAC-SHA256", "X-Amz-Credential", key + SCOPE,
                        "X-Amz-SignedHeaders", "host", "X-Amz-Signature", "5d73", "X-Amz-Date", "20261129T000000Z"), Map.of("Action", "ListJobs")),
                request(Map.of(), Map.of(), Map.of("Action", "ListJobs", "AWSAccessKeyId", key, "SignatureVersion", "2",
                        "Signature", "c2ln", "Timestamp", "2026-11-29T00:00:00Z")));
    }

    @Test
    void readsTheSigV4CredentialOfAnyRegionAndService() {
        for (String scope : new String[] {"us-east-1/IngestionService", "eu-west-1/IngestionService", "us-west-2/importexport"}) {
            String authorization = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261129/" + scope
                    + "/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d73";
            assertThat(keyOf(Map.of("authorization", authorization), Map.of())).contains("AKIAIOSFODNN7EXAMPLE");
        }
    }

    @Test
    void readsTheKeyOfEachStyleWhereTheSignatureCheckReadsIt() {
        for (QueryRequest request : everyStyleWith(KEY)) {
            SignatureCheck check = SigV4Check.of(request).or(() -> SigV2Check.of(request)).orElseThrow();
            assertThat(AccessKeys.of(request)).contains(KEY).contains(check.accessKeyId());
        }
        assertThat(AccessKeys.of(request(Map.of(), Map.of(), Map.of("X-Amz-Algorithm", "AWS4-HMAC-SHA256", "X-Amz-Credential", KEY + SCOPE))))
                .as("presigned parameters count in the query string only").isEmpty();
    }

    /**
     * A padded key is taken as sent, in both modes and every style. In a header, white space ends the credential, so
     * the signature has none (IncompleteSignature); in parameters the key is not well formed (InvalidAccessKeyId).
     */
    @Test
    void aPaddedKeyIsRefusedAlikeInEveryStyleAndMode() {
        Credentials credentials = new Credentials(List.of(new Credential(KEY, "secret", null, "111111111111")));
        List<QueryRequest> styles = everyStyleWith(" " + KEY);
        List<ErrorCode> answers = List.of(ErrorCode.IncompleteSignature, ErrorCode.InvalidAccessKeyIdException,
                ErrorCode.InvalidAccessKeyIdException);
        for (int style = 0; style < styles.size(); style++) {
            QueryRequest request = styles.get(style);
            ErrorCode expected = answers.get(style);
            for (AuthMode mode : AuthMode.values()) {
                Authenticator authenticator = new Authenticator(mode, credentials,
                        EmulatorClock.frozenAt(Instant.parse("2026-11-29T00:00:00Z")), Duration.ofMinutes(15));
                assertThatThrownBy(() -> authenticator.authenticate(request)).as("style %d in %s mode", style, mode)
                        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(expected));
            }
        }
        assertThat(AccessKeys.of(styles.get(1))).contains(" " + KEY);
        assertThat(AccessKeys.of(styles.get(2))).contains(" " + KEY);
    }

    @Test
    void findsNothingInAnUnsignedRequestOrAnotherScheme() {
        assertThat(keyOf(Map.of(), Map.of("Action", "CreateJob"))).isEmpty();
        assertThat(keyOf(Map.of("authorization", "AWS AKIAOLD:c2lnbmF0dXJl"), Map.of())).isEmpty();
        assertThatThrownBy(() -> keyOf(Map.of("authorization", "AWS4-HMAC-SHA256 SignedHeaders=host"), Map.of()))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IncompleteSignature));
        assertThat(keyOf(Map.of(), Map.of("AWSAccessKeyId", ""))).isEmpty();
    }
}
