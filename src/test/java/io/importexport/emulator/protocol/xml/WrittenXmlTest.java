package io.importexport.emulator.protocol.xml;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** An element's content is found between its first start tag and its last end tag, and is empty when none is written. */
class WrittenXmlTest {

    @Test
    void findsTheContentOfAnElement() {
        byte[] written = bytes("<R><A><A>x</A></A><B/></R>");
        WrittenXml.Content content = WrittenXml.content(written, "A");
        assertThat(new String(written, content.from(), content.to() - content.from(), StandardCharsets.UTF_8)).isEqualTo("<A>x</A>");
    }

    @Test
    void findsNoContentInAnEmptyOrAbsentElement() {
        byte[] written = bytes("<R><B/></R>");
        assertThat(WrittenXml.content(written, "B")).isEqualTo(new WrittenXml.Content(0, 0));
        assertThat(WrittenXml.content(written, "C")).isEqualTo(new WrittenXml.Content(0, 0));
        assertThat(WrittenXml.content(bytes("</C><C>"), "C")).isEqualTo(new WrittenXml.Content(0, 0));
    }

    @Test
    void findsAPartFromAPlaceOrNot() {
        byte[] written = bytes("<a></a><a>");
        assertThat(WrittenXml.indexOf(written, WrittenXml.ascii("<a>"), 1)).isEqualTo(7);
        assertThat(WrittenXml.indexOf(written, WrittenXml.ascii("<b>"), 0)).isEqualTo(-1);
        assertThat(WrittenXml.lastIndexOf(written, WrittenXml.ascii("</a>"))).isEqualTo(3);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
