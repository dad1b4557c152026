package io.importexport.emulator.protocol.xml;

import org.glassfish.jaxb.core.marshaller.CharacterEscapeHandler;

import java.io.IOException;
import java.io.Writer;

/**
 * Escapes text for the response XML. Beyond {@code & < >}: a carriage return is written as {@code &#13;}, since
 * XML parsers turn a literal CR LF into LF and a CRLF manifest must come back in {@code CurrentManifest} as
 * sent; and any character XML 1.0 cannot carry (a control character in an echoed value) becomes U+FFFD, so
 * that no input can make the emulator answer with XML a client fails to parse.
 */
final class XmlTextEscaper implements CharacterEscapeHandler {
    static final XmlTextEscaper INSTANCE = new XmlTextEscaper();

    @Override
    public void escape(char[] text, int start, int length, boolean isAttributeValue, Writer out) throws IOException {
        int end = start + length;
        for (int i = start; i < end; i++) {
            char c = text[i];
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '\r' -> out.write("&#13;");
                case '"' -> out.write(isAttributeValue ? "&quot;" : "\"");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                        out.write(text, i, 2);
                        i++;
                    } else if (c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
                        out.write(c);
                    } else {
                        out.write('\uFFFD');
                    }
                }
            }
        }
    }
}
