package io.importexport.emulator.protocol.xml;

import org.glassfish.jaxb.core.marshaller.CharacterEscapeHandler;

import java.io.IOException;
import java.io.Writer;

/**
 * Escapes text for the response XML. Beyond {@code & < >}: a carriage return is written as {@code &#13;}, since
 * XML parsers turn a literal CR LF into LF and a CRLF manifest must come back in {@code CurrentManifest} as
 * sent; and any character XML 1.0 cannot carry (a control character in an echoed value) becomes U+FFFD, so
 * that no input can make the emulator answer with XML a client fails to parse. Runs of characters that need
 * no escaping are written in one call: this handler sits on the path of every response.
 */
final class XmlTextEscaper implements CharacterEscapeHandler {
    static final XmlTextEscaper INSTANCE = new XmlTextEscaper();

    @Override
    public void escape(char[] text, int start, int length, boolean isAttributeValue, Writer out) throws IOException {
        int end = start + length;
        int run = start;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c >= 0x20 && c <= 0xD7FF && c != '&' && c != '<' && c != '>' && (c != '"' || !isAttributeValue)
                    || c == '\t' || c == '\n' || c >= 0xE000 && c <= 0xFFFD) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                i++;
                continue;
            }
            out.write(text, run, i - run);
            out.write(replacement(c));
            run = i + 1;
        }
        out.write(text, run, end - run);
    }

    /**
     * Whether UTF-8 XML written without this escaper (JAXB's stream path) may differ from what it would write: a
     * control character, a character reference (the stream path writes a carriage return as {@code &#xD;}, this
     * escaper as {@code &#13;}; a {@code &} of the text itself is written {@code &amp;}), an encoded surrogate
     * (ED A0..BF xx), U+FFFE or U+FFFF (EF BF BE, EF BF BF), or any four-byte sequence, since the stream path writes a
     * lone high surrogate as one, paired with whatever character follows it (a real character beyond U+FFFF is
     * written the same both ways).
     */
    static boolean wouldChange(byte[] xml) {
        for (int i = 0; i < xml.length; i++) {
            int b = xml[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' || b >= 0xF0 || b == '&' && i + 1 < xml.length && xml[i + 1] == '#') {
                return true;
            }
            if (b == 0xED && i + 1 < xml.length && (xml[i + 1] & 0xFF) >= 0xA0) {
                return true;
            }
            if (b == 0xEF && i + 2 < xml.length && (xml[i + 1] & 0xFF) == 0xBF && (xml[i + 2] & 0xFF) >= 0xBE) {
                return true;
            }
        }
        return false;
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#13;";
            case '"' -> "&quot;";
            default -> "\uFFFD";
        };
    }
}
