package io.importexport.emulator.protocol.query;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AccessKeysTest {

    private static Optional<String> keyOf(Map<String, String> headers, Map<String, String> parameters) {
        return AccessKeys.of(new QueryRequest("POST", "127.0.0.1:8080", "/", headers, new byte[0], Map.of(), parameters,
                new QueryParameters(parameters)));
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
    void readsPresignedSigV4AndSigV2Parameters() {
        assertThat(keyOf(Map.of(), Map.of("X-Amz-Credential", "AKIAPRESIGNED/20261129/us-east-1/importexport/aws4_request")))
                .contains("AKIAPRESIGNED");
        assertThat(keyOf(Map.of(), Map.of("AWSAccessKeyId", "AKIASIGV2", "SignatureVersion", "2"))).contains("AKIASIGV2");
    }

    @Test
    void findsNothingInAnUnsignedRequestOrAnotherScheme() {
        assertThat(keyOf(Map.of(), Map.of("Action", "CreateJob"))).isEmpty();
        assertThat(keyOf(Map.of("authorization", "AWS AKIAOLD:c2lnbmF0dXJl"), Map.of())).isEmpty();
        assertThat(keyOf(Map.of("authorization", "AWS4-HMAC-SHA256 SignedHeaders=host"), Map.of())).isEmpty();
        assertThat(keyOf(Map.of(), Map.of("AWSAccessKeyId", "  "))).isEmpty();
    }
}
