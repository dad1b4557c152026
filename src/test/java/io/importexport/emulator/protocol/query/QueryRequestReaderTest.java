package io.importexport.emulator.protocol.query;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The body as the container hands it over: read whole whether or not its length is declared, and however long. */
class QueryRequestReaderTest {
    private static final int MAX_BODY = 256 * 1024;
    private static final QueryRequestReader READER = new QueryRequestReader(MAX_BODY);

    private static final String HEAD = "Action=ListJobs&Pad=";

    private static String form(int length) {
        return HEAD + "x".repeat(length - HEAD.length());
    }

    private static QueryRequest read(String sent, long declared) {
        byte[] bytes = sent.getBytes(StandardCharsets.US_ASCII);
        return READER.read(new IncomingRequest("POST", "http://127.0.0.1", "/", Map.of(), null,
                new ByteArrayInputStream(bytes), declared));
    }

    /** Short and long bodies, the longest just under the limit. */
    @ParameterizedTest
    @ValueSource(ints = {30, 64 * 1024, 256 * 1024})
    void aBodyIsReadWholeWithItsLengthDeclaredOrNot(int length) {
        String sent = form(length);
        for (long declared : new long[]{length, -1}) {
            QueryRequest request = read(sent, declared);
            assertThat(request.rawBody()).hasSize(length);
            assertThat(request.parameters().get("Pad")).hasValueSatisfying(pad -> assertThat(pad).hasSize(length - HEAD.length()));
        }
    }

    /** The container ends a body that stops short of its Content-Length; what came is what is read. */
    @ParameterizedTest
    @ValueSource(ints = {30, 192 * 1024})
    void aBodyShorterThanDeclaredIsReadAsItCame(int length) {
        assertThat(read(form(length), length + 100).rawBody()).hasSize(length);
    }

    @ParameterizedTest
    @ValueSource(longs = {MAX_BODY + 1, -1})
    void aBodyOverTheLimitIsRefusedDeclaredOrNot(long declared) {
        assertThatThrownBy(() -> read(form(MAX_BODY + 1), declared)).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.InvalidParameterException);
            assertThat(e.getMessage()).contains("larger than the limit of " + MAX_BODY);
        });
    }
}
