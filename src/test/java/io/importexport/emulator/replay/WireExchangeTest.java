package io.importexport.emulator.replay;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireExchangeTest {
    /** A body that contains the section markers themselves: framing by Content-Length must not be fooled. */
    private static final String TRICKY = "<CurrentManifest>a\n### response\nHTTP/1.1 200 OK\n\n</CurrentManifest>";

    @Test
    void writesAndReadsBackTheSameExchange() {
        WireExchange exchange = new WireExchange(List.of("request-id", "date"),
                "POST / HTTP/1.1\nhost: 127.0.0.1:8080\ncontent-type: application/x-www-form-urlencoded; charset=utf-8",
                "Action=GetStatus&JobId=ABCDE".getBytes(StandardCharsets.UTF_8),
                "HTTP/1.1 200 OK\nContent-Type: text/xml\nx-amzn-RequestId: 4a1b", TRICKY.getBytes(StandardCharsets.UTF_8));
        String file = new String(exchange.toBytes(), StandardCharsets.UTF_8);
        assertThat(file).startsWith("# masks: request-id, date\n### request\nPOST / HTTP/1.1\n").contains("\nContent-Length: 28\n\nAction=");
        WireExchange read = WireExchange.parse(exchange.toBytes());
        assertThat(read.masks()).containsExactly("request-id", "date");
        assertThat(read.requestBody()).isEqualTo(exchange.requestBody());
        assertThat(new String(read.responseBody(), StandardCharsets.UTF_8)).isEqualTo(TRICKY);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.responseHeader("X-AMZN-REQUESTID")).isEqualTo("4a1b");
        assertThat(new String(read.requestBytes(), StandardCharsets.ISO_8859_1))
                .startsWith("POST / HTTP/1.1\r\nhost: 127.0.0.1:8080\r\n").endsWith("Content-Length: 28\r\n\r\nAction=GetStatus&JobId=ABCDE");
    }

    @Test
    void refusesAFileThatIsNotASample() {
        assertThatThrownBy(() -> WireExchange.parse("hello".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class);
    }
}
