package io.importexport.emulator.protocol.xml;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link XmlEnvelopes#toBytes} writes most responses on JAXB's fast path and the rest through the escaper; whichever it
 * takes, the bytes are those the escaper writes, for any text a response can echo and at any size.
 */
class XmlEnvelopesPropertiesTest {

    @Property(tries = 3000)
    void writesWhatTheEscaperWrites(@ForAll("echoedTexts") String text) {
        GetStatusResult result = new GetStatusResult();
        result.jobId = "ABCDE";
        result.currentManifest = text;
        Object envelope = QueryResponse.of("GetStatus", result, "request-id");
        Object error = new ErrorResponse("Sender", "InvalidParameterException", text, "request-id");
        assertThat(XmlEnvelopes.toBytes(envelope)).isEqualTo(XmlEnvelopes.toBytesEscaped(envelope));
        assertThat(XmlEnvelopes.toBytes(error)).isEqualTo(XmlEnvelopes.toBytesEscaped(error));
        assertThat(written(envelope)).isEqualTo(XmlEnvelopes.toBytesEscaped(envelope));
        Statistics.collect(text.chars().allMatch(c -> c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t') ? "plain" : "needs escaping");
    }

    /**
     * A ListJobs page is written with members JAXB wrote before, each cut from a page of its own, in the envelope JAXB
     * wrote before for a page: the bytes are those of the page written whole, for members seen before or not, repeated
     * in a page, or needing the escaper, and for any request id.
     */
    @Property(tries = 1000)
    void aListJobsPageIsWhatJaxbWritesWhole(@ForAll("members") List<ListJobsResult.JobElement> members, @ForAll boolean truncated,
                                            @ForAll("requestIds") String requestId) {
        Object page = QueryResponse.of("ListJobs", new ListJobsResult(members, truncated), requestId);
        byte[] whole = XmlEnvelopes.toBytesEscaped(page);
        assertThat(XmlEnvelopes.toBytes(page)).isEqualTo(whole);
        assertThat(written(page)).isEqualTo(whole);
        Statistics.collect(members.size() > new HashSet<>(members).size() ? "a member twice" : "each member once");
    }

    /** More members than are kept: the page is whole, and so is the next one. */
    @Test
    void aPageOfMoreMembersThanAreKeptIsWhole() {
        Object page = QueryResponse.of("ListJobs", new ListJobsResult(IntStream.range(0, RenderedMembers.KEPT_BYTES / 100 + 100)
                .mapToObj(index -> new ListJobsResult.JobElement("K" + index, "2026-11-29T12:00:00Z", index % 2 == 0, "Export")).toList(), true),
                "request-id");
        byte[] whole = XmlEnvelopes.toBytesEscaped(page);
        assertThat(XmlEnvelopes.toBytes(page)).isEqualTo(whole);
        assertThat(XmlEnvelopes.toBytes(page)).isEqualTo(whole);
    }

    /**
     * A GetStatus answer is written with what JAXB wrote inside {@code <GetStatusResult>} for an equal status before,
     * in the envelope JAXB wrote before for an answer: the bytes are those of the answer written whole, for statuses
     * seen before or not, with or without documents, needing the escaper or not, and for any request id.
     */
    @Property(tries = 1000)
    void aGetStatusAnswerIsWhatJaxbWritesWhole(@ForAll("statuses") GetStatusResult status, @ForAll("requestIds") String requestId) {
        Object answer = QueryResponse.of("GetStatus", status, requestId);
        byte[] whole = XmlEnvelopes.toBytesEscaped(answer);
        assertThat(XmlEnvelopes.toBytes(answer)).isEqualTo(whole);
        assertThat(written(answer)).isEqualTo(whole);
    }

    /** A status with no member set is written {@code <GetStatusResult/>}, as JAXB writes it, kept or not. */
    @Test
    void aStatusWithoutMembersIsWhole() {
        Object answer = QueryResponse.of("GetStatus", new GetStatusResult(), "request-id");
        byte[] whole = XmlEnvelopes.toBytesEscaped(answer);
        assertThat(new String(whole, StandardCharsets.UTF_8)).contains("<GetStatusResult/>");
        assertThat(XmlEnvelopes.toBytes(answer)).isEqualTo(whole);
        assertThat(XmlEnvelopes.toBytes(answer)).isEqualTo(whole);
    }

    /** Statuses of more bytes than are kept: each answer is whole, and so is the next one. */
    @Test
    void statusesOfMoreBytesThanAreKeptAreEachWhole() {
        String manifest = "deviceId: ".repeat(RenderedStatuses.KEPT_BYTES / 40);
        for (int index = 0; index < 6; index++) {
            GetStatusResult status = status("J" + index % 3, manifest + index % 3);
            Object answer = QueryResponse.of("GetStatus", status, "request-" + index);
            assertThat(XmlEnvelopes.toBytes(answer)).isEqualTo(XmlEnvelopes.toBytesEscaped(answer));
        }
    }

    /** Each thread keeps its output buffer between responses, but not one grown past 64 KiB: both are whole. */
    @Test
    void aResponseLargerThanTheKeptBufferAndOneAfterItAreEachWhole() {
        Object page = QueryResponse.of("ListJobs", new ListJobsResult(IntStream.range(0, 1000)
                .mapToObj(index -> new ListJobsResult.JobElement("J" + index, "2026-11-29T12:00:00Z", false, "Import")).toList(), false),
                "request-id");
        Object small = new ErrorResponse("Sender", "InvalidParameterException", "short", "request-id");
        byte[] large = XmlEnvelopes.toBytes(page);
        assertThat(large.length).isGreaterThan(64 * 1024);
        assertThat(large).isEqualTo(XmlEnvelopes.toBytesEscaped(page));
        assertThat(XmlEnvelopes.toBytes(small)).isEqualTo(XmlEnvelopes.toBytesEscaped(small));
        assertThat(XmlEnvelopes.toBytes(page)).isEqualTo(large);
        assertThat(written(page)).isEqualTo(large);
        assertThat(written(small)).isEqualTo(XmlEnvelopes.toBytesEscaped(small));
    }

    /** What {@link XmlEnvelopes#writeTo} sends, its length told before its first byte and equal to what it sent. */
    private static byte[] written(Object envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] told = {-1};
        try {
            XmlEnvelopes.writeTo(envelope, out, length -> {
                assertThat(out.size()).as("bytes sent before the length").isZero();
                told[0] = length;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(told[0]).isEqualTo(out.size());
        return out.toByteArray();
    }

    @Test
    void whatIsNoEnvelopeIsRefusedOnBothPaths() {
        assertThatThrownBy(() -> XmlEnvelopes.toBytes(new StringBuilder("no envelope")))
                .isInstanceOf(IllegalStateException.class).hasMessage("cannot serialize StringBuilder");
        assertThatThrownBy(() -> XmlEnvelopes.toBytesEscaped(new StringBuilder("no envelope")))
                .isInstanceOf(IllegalStateException.class).hasMessage("cannot serialize StringBuilder");
    }

    @Provide
    Arbitrary<List<ListJobsResult.JobElement>> members() {
        Arbitrary<String> ids = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("ABCDE", "7KQ3M", "X1Y2Z", "NQ4PW")),
                Tuple.of(2, Arbitraries.strings().withCharRange('A', 'Z').ofLength(5)), Tuple.of(1, echoedTexts()));
        Arbitrary<String> dates = Arbitraries.of("2026-11-29T12:00:00Z", "2026-11-29T12:00:01Z", "2027-01-01T00:00:00Z");
        return Combinators.combine(ids, dates, Arbitraries.of(true, false), Arbitraries.of("Import", "Export"))
                .as(ListJobsResult.JobElement::new).list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<GetStatusResult> statuses() {
        Arbitrary<String> ids = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("ABCDE", "7KQ3M")),
                Tuple.of(1, echoedTexts()));
        Arbitrary<String> manifests = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("manifestVersion: 2.0", "deviceId: ABC")), Tuple.of(2, echoedTexts()));
        Arbitrary<List<ArtifactElement>> artifacts = Arbitraries.of(List.<ArtifactElement>of(),
                List.of(new ArtifactElement("Label", "http://127.0.0.1/documents/ABCDE/label.pdf")));
        return Combinators.combine(ids, manifests, artifacts, Arbitraries.of("Pending", "Returned"))
                .as((id, manifest, documents, location) -> {
                    GetStatusResult status = status(id, manifest);
                    status.locationCode = location;
                    status.artifacts = documents.isEmpty() ? null : documents;
                    return status;
                });
    }

    private static GetStatusResult status(String jobId, String manifest) {
        GetStatusResult status = new GetStatusResult();
        status.jobId = jobId;
        status.jobType = "Import";
        status.errorCount = 0;
        status.signature = "lXK2o8FYkrBBZ0F2ZZ/Vj4WsgXg=";
        status.currentManifest = manifest;
        status.creationDate = "2026-11-29T12:00:00Z";
        return status;
    }

    /** Mostly the emulator's own (UUIDs), which the envelope's frame takes as they are; any other text too. */
    @Provide
    Arbitrary<String> requestIds() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()).toString())),
                Tuple.of(2, echoedTexts()));
    }

    @Provide
    Arbitrary<String> echoedTexts() {
        Arbitrary<Character> tricky = Arbitraries.of('\r', '\u0000', '\u0001', '\u001F', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
                '\uFFFE', '\uFFFF', '\uFFFD', '\uE000', '&', '<', '>', '"', '\'', '\u0085', '\u2028', '\u00E9', '?');
        Arbitrary<Character> ordinary = Arbitraries.chars().alpha().numeric().with(' ', '\n', '\t', ':', '-');
        return Arbitraries.frequencyOf(Tuple.of(8, ordinary), Tuple.of(1, tricky), Tuple.of(1, Arbitraries.chars()))
                .list().ofMaxSize(40).map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }
}
