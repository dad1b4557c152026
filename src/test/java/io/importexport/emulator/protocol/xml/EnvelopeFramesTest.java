package io.importexport.emulator.protocol.xml;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A frame puts parts and a request id where JAXB wrote them, and is refused where the parts have no place. */
class EnvelopeFramesTest {

    @Test
    void putsThePartsAndTheRequestIdInTheirPlaces() {
        Object envelope = QueryResponse.of("GetStatus", new GetStatusResult(), "f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnvelopeFrames.of(envelope, new GetStatusResult(), "GetStatusResult")
                .write(out, List.of(bytes("<JobId>A</JobId>"), bytes("<JobType>Import</JobType>")), "f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("<GetStatusResponse xmlns=\"" + XmlEnvelopes.NAMESPACE + "\">"
                + "<GetStatusResult><JobId>A</JobId><JobType>Import</JobType></GetStatusResult>"
                + "<ResponseMetadata><RequestId>f81d4fae-7dec-11d0-a765-00a0c91e6bf6</RequestId></ResponseMetadata></GetStatusResponse>");
    }

    @Test
    void isRefusedWhereThePartsHaveNoPlace() {
        Object envelope = QueryResponse.of("GetStatus", new GetStatusResult(), "request-id");
        assertThatThrownBy(() -> EnvelopeFrames.of(envelope, new GetStatusResult(), "Jobs"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no element Jobs for the parts of a GetStatusResponse");
    }

    @Test
    void takesOnlyRequestIdsWrittenAsTheyAre() {
        assertThat(EnvelopeFrames.writesAsIs("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")).isTrue();
        assertThat(EnvelopeFrames.writesAsIs("a&b")).isFalse();
        assertThat(EnvelopeFrames.writesAsIs("é")).isFalse();
        assertThat(EnvelopeFrames.writesAsIs("a b")).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
