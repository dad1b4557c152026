package io.importexport.emulator.domain.manifest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the manifests the service's documentation shows, without a YAML parser: block mappings of
 * {@code name: value} (or {@code name:value}) lines, nested by indentation, and {@code - } lists of plain values or of
 * mappings, with comment and blank lines. Anything beyond that grammar (quotes, flow collections, anchors, block
 * scalars, tabs, duplicate names, a value continued on the next line, characters YAML reads specially) is not
 * interpreted here: {@link #read} answers {@code null} and the caller hands the text to SnakeYAML, which either
 * reads it or names the problem. So for any text this reader accepts it gives exactly what the YAML path gives
 * (checked by {@code PlainManifestReaderPropertiesTest} on generated and recorded manifests), and it never decides
 * that a manifest is malformed.
 */
final class PlainManifestReader {
    /** Stricter than {@link ManifestParser}'s bounds, so that what this reader accepts those bounds accept too. */
    private static final int MAX_DEPTH = ManifestParser.MAX_DEPTH / 2;
    private static final int MAX_TOKENS = ManifestParser.MAX_NODES;
    /** SnakeYAML refuses a simple key longer than 1024 characters; names in manifests are short. */
    private static final int MAX_NAME_LENGTH = 128;

    /** Thrown inside the reader when the text leaves the grammar; never escapes {@link #read}. */
    private static final class OutsideGrammar extends RuntimeException {
        private static final OutsideGrammar INSTANCE = new OutsideGrammar();

        private OutsideGrammar() {
            super(null, null, false, false);
        }
    }

    private final String text;
    /** Per token: the column its content starts at, where the content starts and ends in the text, and whether it is a "- ". */
    private int[] columns = new int[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] dashes = new boolean[64];
    private int count;
    private int next;

    private PlainManifestReader(String text) {
        this.text = text;
    }

    /** The manifest's top-level mapping, or {@code null} when the text is outside this reader's grammar. */
    static Map<String, Object> read(String text) {
        try {
            PlainManifestReader reader = new PlainManifestReader(text);
            reader.tokenize();
            if (reader.count == 0 || reader.dashes[0]) {
                return null;
            }
            Map<String, Object> root = reader.mapping(reader.columns[0], 1);
            return reader.next == reader.count ? root : null;
        } catch (OutsideGrammar e) {
            return null;
        }
    }

    /** Splits the text into content tokens, skipping blank and comment lines; a "- x" line gives a dash and an x. */
    private void tokenize() {
        int length = text.length();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            char c;
            while (lineEnd < length && (c = text.charAt(lineEnd)) != '\n') {
                if (!readable(c) && !(c == '\r' && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n')) {
                    throw OutsideGrammar.INSTANCE;
                }
                lineEnd++;
            }
            line(lineStart, lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd);
            lineStart = lineEnd + 1;
        }
    }

    private void line(int lineStart, int lineEnd) {
        int contentEnd = withoutComment(lineStart, lineEnd);
        int start = skipSpaces(lineStart, contentEnd);
        if (start == contentEnd) {
            return;
        }
        if (start == lineStart && (text.startsWith("---", start) || text.startsWith("...", start))) {
            throw OutsideGrammar.INSTANCE;
        }
        if (text.charAt(start) == '-' && (start + 1 == contentEnd || text.charAt(start + 1) == ' ')) {
            int item = skipSpaces(start + 1, contentEnd);
            if (item == contentEnd) {
                throw OutsideGrammar.INSTANCE;
            }
            add(start - lineStart, start, start + 1, true);
            add(item - lineStart, item, contentEnd, false);
        } else {
            add(start - lineStart, start, contentEnd, false);
        }
    }

    /** Where the line's content ends: before a comment (a {@code #} that starts the line or follows a space), without trailing spaces. */
    private int withoutComment(int lineStart, int lineEnd) {
        int end = lineEnd;
        for (int i = lineStart; i < lineEnd; i++) {
            if (text.charAt(i) == '#' && (i == lineStart || text.charAt(i - 1) == ' ')) {
                end = i;
                break;
            }
        }
        while (end > lineStart && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private void add(int column, int start, int end, boolean dash) {
        if (count == MAX_TOKENS) {
            throw OutsideGrammar.INSTANCE;
        }
        if (count == columns.length) {
            int size = count * 2;
            columns = Arrays.copyOf(columns, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            dashes = Arrays.copyOf(dashes, size);
        }
        columns[count] = column;
        starts[count] = start;
        ends[count] = end;
        dashes[count] = dash;
        count++;
    }

    /** A block mapping whose names start at {@code column}; the current token is its first name. */
    private Map<String, Object> mapping(int column, int depth) {
        if (depth > MAX_DEPTH) {
            throw OutsideGrammar.INSTANCE;
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        while (true) {
            int token = next++;
            int colon = nameEnd(token);
            if (colon < 0) {
                throw OutsideGrammar.INSTANCE;
            }
            String name = text.substring(starts[token], colon);
            int valueStart = skipSpaces(colon + 1, ends[token]);
            Object value = valueStart < ends[token] ? scalar(valueStart, ends[token]) : nested(column, depth);
            if (entries.put(name, value) != null) {
                throw OutsideGrammar.INSTANCE;
            }
            if (next == count || columns[next] < column) {
                return entries;
            }
            if (columns[next] > column || dashes[next]) {
                throw OutsideGrammar.INSTANCE;
            }
        }
    }

    /** The value of a name written with nothing after its colon: a deeper mapping, a list, or the empty text. */
    private Object nested(int column, int depth) {
        if (next < count && dashes[next] && columns[next] >= column) {
            return sequence(columns[next], depth + 1);
        }
        if (next < count && columns[next] > column) {
            return mapping(columns[next], depth + 1);
        }
        return "";
    }

    /** A block sequence whose dashes are at {@code column}; the current token is its first dash. */
    private List<Object> sequence(int column, int depth) {
        if (depth > MAX_DEPTH) {
            throw OutsideGrammar.INSTANCE;
        }
        List<Object> items = new ArrayList<>();
        while (next < count && dashes[next] && columns[next] == column) {
            int item = ++next;
            if (nameEnd(item) >= 0) {
                items.add(mapping(columns[item], depth + 1));
            } else {
                next++;
                items.add(scalar(starts[item], ends[item]));
            }
        }
        if (next < count && columns[next] > column) {
            throw OutsideGrammar.INSTANCE;
        }
        return items;
    }

    /**
     * Where the name of a {@code name:} token ends (at its colon), or -1 when the token does not start with a name the
     * service's lenient {@code name:value} rule applies to ({@code [A-Za-z][A-Za-z0-9]*}).
     */
    private int nameEnd(int token) {
        int start = starts[token];
        int end = Math.min(ends[token], start + MAX_NAME_LENGTH + 1);
        if (!isLetter(text.charAt(start))) {
            return -1;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isLetter(c) && !(c >= '0' && c <= '9')) {
                return -1;
            }
        }
        return -1;
    }

    /** A one-line plain value, as YAML reads it: refused if it starts with an indicator or holds ": ". */
    private String scalar(int start, int end) {
        if (isIndicator(text.charAt(start)) || text.charAt(end - 1) == ':') {
            throw OutsideGrammar.INSTANCE;
        }
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) == ' ' && text.charAt(i - 1) == ':') {
                throw OutsideGrammar.INSTANCE;
            }
        }
        return text.substring(start, end);
    }

    private int skipSpaces(int from, int end) {
        while (from < end && text.charAt(from) == ' ') {
            from++;
        }
        return from;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIndicator(char c) {
        return "-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0;
    }

    /**
     * Characters that YAML reads as ordinary text: printable ASCII and most of the Basic Multilingual Plane. Tabs,
     * other line breaks, the byte-order mark and surrogate pairs are left to SnakeYAML.
     */
    private static boolean readable(char c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7F;
        }
        return (c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }
}
