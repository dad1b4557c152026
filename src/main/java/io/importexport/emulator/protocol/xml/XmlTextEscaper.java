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
            if (plain(c) && c != '&' && c != '<' && c != '>' && (c != '"' || !isAttributeValue)) {
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
     * Whether this escaper writes the text otherwise than JAXB's UTF-8 output without one: a control character (JAXB
     * writes a carriage return as {@code &#xD;}, this escaper as {@code &#13;}), U+FFFE, U+FFFF, or a surrogate
     * (JAXB writes a lone high one paired with whatever follows, and fails on one that ends the text; a real pair is
     * written the same both ways, and rare enough to take the escaper's path too).
     */
    static boolean changes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!plain(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A character XML 1.0 carries as itself, a carriage return excepted: both writers agree on it but for markup. */
    private static boolean plain(char c) {
        return c >= 0x20 && c <= 0xD7FF || c == '\t' || c == '\n' || c >= 0xE000 && c <= 0xFFFD;
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
