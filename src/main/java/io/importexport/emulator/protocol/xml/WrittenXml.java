package io.importexport.emulator.protocol.xml;

import java.nio.charset.StandardCharsets;

/**
 * Finds tags and marks in the bytes JAXB wrote, for parts of a response to be cut from them and kept
 * (RenderedMembers, RenderedStatuses, EnvelopeFrames). Texts are escaped, so no tag occurs inside a text.
 */
final class WrittenXml {
    private WrittenXml() {
    }

    /** Where an element's content lies: from after its first start tag to its last end tag. */
    record Content(int from, int to) {
        private static final Content NONE = new Content(0, 0);
    }

    /** The content of the element {@code name}; empty when it has none written ({@code <name/>}, or no such element). */
    static Content content(byte[] written, String name) {
        byte[] start = ascii("<" + name + ">");
        int from = indexOf(written, start, 0);
        int to = lastIndexOf(written, ascii("</" + name + ">"));
        return from < 0 || to < from ? Content.NONE : new Content(from + start.length, to);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Tried only where the part's last byte is, {@code >} for every tag: one comparison for most bytes. -1 when absent. */
    static int indexOf(byte[] bytes, byte[] part, int from) {
        int last = part.length - 1;
        for (int at = Math.max(from, 0) + last; at < bytes.length; at++) {
            if (bytes[at] == part[last] && startsAt(bytes, at - last, part)) {
                return at - last;
            }
        }
        return -1;
    }

    /** From the end: an element's end tag is near the end of a response. -1 when absent. */
    static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int at = bytes.length - part.length; at >= 0; at--) {
            if (startsAt(bytes, at, part)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean startsAt(byte[] bytes, int at, byte[] part) {
        for (int index = 0; index < part.length; index++) {
            if (bytes[at + index] != part[index]) {
                return false;
            }
        }
        return true;
    }
}
