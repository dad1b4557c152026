package io.importexport.emulator.protocol.xml;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link XmlEnvelopes#toBytes} writes most responses on JAXB's fast path and the rest through the escaper, and ListJobs
 * pages with members written before: whichever it takes, the bytes are those the escaper writes for the whole envelope,
 * and a parser reads every echoed text back as sent, but for the characters XML 1.0 cannot carry (U+FFFD).
 */
class XmlEnvelopesPropertiesTest {
    private final ListJobsMembers members = new ListJobsMembers();

    @Property(tries = 3000)
    void writesWhatTheEscaperWrites(@ForAll("echoedTexts") String text) {
        GetStatusResult result = new GetStatusResult();
        result.jobId = "ABCDE";
        result.currentManifest = text;
        Object envelope = QueryResponse.of("GetStatus", result, "request-id");
        Object error = new ErrorResponse("Sender", "InvalidParameterException", text, "request-id");
        assertThat(XmlEnvelopes.toBytes(envelope)).isEqualTo(XmlEnvelopes.toBytesEscaped(envelope));
        assertThat(XmlEnvelopes.toBytes(error)).isEqualTo(XmlEnvelopes.toBytesEscaped(error));
    }

    /** Members kept from earlier pages or not, repeated in a page, needing the escaper, with any request id. */
    @Property(tries = 1000)
    void aListJobsPageIsWhatJaxbWritesWhole(@ForAll("members") List<ListJobsResult.JobElement> listed, @ForAll boolean truncated,
                                            @ForAll("echoedTexts") String requestId) {
        ListJobsResult page = new ListJobsResult(listed, truncated);
        assertThat(members.toBytes("ListJobs", page, requestId))
                .isEqualTo(XmlEnvelopes.toBytesEscaped(QueryResponse.of("ListJobs", page, requestId)));
    }

    /** More members than are kept: the page is whole, and so is the next one. */
    @Test
    void aPageOfMoreMembersThanAreKeptIsWhole() {
        ListJobsResult page = new ListJobsResult(IntStream.range(0, ListJobsMembers.KEPT_BYTES / 100 + 100)
                .mapToObj(index -> new ListJobsResult.JobElement("K" + index, Instant.parse("2026-11-29T12:00:00Z"), index % 2 == 0, "Export")).toList(), true);
        byte[] whole = XmlEnvelopes.toBytesEscaped(QueryResponse.of("ListJobs", page, "request-id"));
        assertThat(members.toBytes("ListJobs", page, "request-id")).isEqualTo(whole);
        assertThat(members.toBytes("ListJobs", page, "request-id")).isEqualTo(whole);
    }

    @Test
    void membersAreNeverCutFromAPageOfAnotherCount() {
        byte[] page = XmlEnvelopes.toBytes(QueryResponse.of("ListJobs", new ListJobsResult(List.of(
                new ListJobsResult.JobElement("ABCDE", Instant.parse("2026-11-29T12:00:00Z"), false, "Import")), false), "request-id"));
        assertThat(ListJobsMembers.cut(page, 1)).hasSize(1);
        assertThatThrownBy(() -> ListJobsMembers.cut(page, 2)).hasMessage("1 members cut from a ListJobs page of 2");
        assertThatThrownBy(() -> ListJobsMembers.cut("<Other/>".getBytes(), 1)).hasMessage("0 members cut from a ListJobs page of 1");
    }

    @Property(tries = 3000)
    void anEchoedTextComesBackAsSent(@ForAll("echoedTexts") String text) throws Exception {
        GetStatusResult result = new GetStatusResult();
        result.jobId = "ABCDE";
        result.currentManifest = text;
        String expected = carried(text);
        assertThat(parse(XmlEnvelopes.toBytes(QueryResponse.of("GetStatus", result, "request-id")))
                .getElementsByTagName("CurrentManifest").item(0).getTextContent()).isEqualTo(expected);
        assertThat(parse(XmlEnvelopes.toBytes(new ErrorResponse("Sender", "InvalidParameterException", text, "request-id")))
                .getElementsByTagName("Message").item(0).getTextContent()).isEqualTo(expected);
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
        Arbitrary<Instant> dates = Arbitraries.of("2026-11-29T12:00:00Z", "2026-11-29T12:00:00.5Z", "2026-11-29T12:00:01Z",
                "2027-01-01T00:00:00Z").map(Instant::parse);
        return Combinators.combine(ids, dates, Arbitraries.of(true, false), Arbitraries.of("Import", "Export"))
                .as(ListJobsResult.JobElement::new).list().ofMaxSize(120);
    }

    /** The text as XML carries it: a character XML 1.0 cannot carry (a lone surrogate among them) is U+FFFD. */
    private static String carried(String text) {
        StringBuilder carried = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                carried.append(c).append(text.charAt(++i));
            } else {
                boolean xml = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
                carried.append(xml ? c : '\uFFFD');
            }
        }
        return carried.toString();
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
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
