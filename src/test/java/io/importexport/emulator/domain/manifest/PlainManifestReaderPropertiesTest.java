package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.testing.Manifests;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The plain reader is a shortcut, never a second opinion: for every text it reads, it gives what SnakeYAML gives (the
 * same names, order and text), and it reads nothing SnakeYAML refuses. Checked on generated manifests written in
 * every style the grammar allows and many it does not, on small random edits of valid manifests, and on every
 * manifest the real clients sent (wire-samples) or the conformance run sends (e2e/conformance/manifest.yml).
 */
class PlainManifestReaderPropertiesTest {
    private static final List<String> NAMES = List.of("manifestVersion", "accessKeyId", "deviceId", "eraseDevice",
            "bucket", "returnAddress", "name", "street1", "city", "operations", "destination", "ignore", "contentTypes",
            "customs", "a", "B2", "x1y");
    private static final List<String> ODD_NAMES = List.of("my-key", "\"quoted\"", "'single'", "a b", "1abc", "é",
            "? a", "a ", "http", "-a", "x".repeat(200));
    private static final List<String> VALUES = List.of("2.0", "yes", "no", "AKIAIOSFODNN7EXAMPLE", "WD-WCC4E1234567",
            "Maria Garcia", "500 Example Blvd", "217-555-0142", ".*~$", "^\\$RECYCLE\\.BIN/", "max-age=86400",
            "ops@example.com;storage-team@example.com", "text/csv", "Tr0ub4dor&3", "http://example.com/a:b", "~",
            "null", "0755", "Smith & Sons", "a  b", "Zürich", "東京", "x:y", "[a, b]", "{a: b}", "a #b", "a#b", "a: b",
            "a:", "'q'", "\"q\"", "- x", "-x", "&anchor x", "*alias", "!tag x", "| x", "> x", "%x", "@x", "`x", "?x",
            ",x", "#x", ":x");
    private static final String TRICKY = " :#-?,[]{}&*!|>'\"%@`~./\\=\t\u00A0é日\u2028\r\uFEFF\uD83D\uDE00\u0085\u0001";
    /** A manifest of each job kind as the documentation writes it, and one with customs. */
    private static final List<String> DOCUMENTED = List.of(Manifests.s3Import(), Manifests.s3Export(), Manifests.ebsImport(),
            Manifests.glacierImport(), Manifests.s3Import() + Manifests.customs());
    private static final Pattern RECORDED_MANIFEST = Pattern.compile("[?&\\n]Manifest=([^&\\s]*)");

    private final ManifestParser parser = new ManifestParser();

    @Property(tries = 3000)
    void readsGeneratedManifestsAsYamlDoes(@ForAll("randoms") Random random) {
        String text = new ManifestWriter(random).document();
        Statistics.label("read by").collect(assertSameAsYaml(text) ? "plain reader" : "YAML");
        Statistics.label("read by").coverage(checker -> {
            checker.check("plain reader").percentage(share -> share > 30);
            checker.check("YAML").percentage(share -> share > 10);
        });
    }

    @Property(tries = 3000)
    void readsEditedManifestsAsYamlDoes(@ForAll("randoms") Random random) {
        StringBuilder text = new StringBuilder(DOCUMENTED.get(random.nextInt(DOCUMENTED.size())));
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, TRICKY.charAt(random.nextInt(TRICKY.length())));
                case 1 -> text.deleteCharAt(at);
                default -> text.insert(text.lastIndexOf("\n", at) + 1, " ".repeat(1 + random.nextInt(3)));
            }
        }
        Statistics.collect(assertSameAsYaml(text.toString()) ? "plain reader" : "YAML");
    }

    @Example
    void readsEveryManifestTheRealClientsSentAsYamlDoes() throws IOException {
        List<String> recorded = recordedManifests();
        assertThat(recorded).hasSizeGreaterThan(5);
        List<String> readByYamlOnly = new ArrayList<>();
        for (String manifest : recorded) {
            if (!assertSameAsYaml(manifest) && readsAsYaml(manifest)) {
                readByYamlOnly.add(manifest);
            }
        }
        assertThat(readByYamlOnly).as("valid recorded manifests the plain reader leaves to YAML").isEmpty();
    }

    @Example
    void readsTheDocumentedExamples() {
        for (String manifest : DOCUMENTED) {
            assertThat(assertSameAsYaml(manifest)).as(manifest).isTrue();
        }
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.randoms();
    }

    /** True when the plain reader read the text (and gave YAML's answer), false when it left the text to YAML. */
    private boolean assertSameAsYaml(String text) {
        Map<String, Object> plain = PlainManifestReader.read(text);
        if (plain == null) {
            return false;
        }
        Map<String, Object> yaml;
        try {
            yaml = parser.readYaml(text);
        } catch (ServiceException refused) {
            return fail("the plain reader read what YAML refuses (%s):%n%s", refused.getMessage(), visible(text));
        }
        assertThat(plain).as(visible(text)).isEqualTo(yaml);
        assertThat(plain.toString()).as("order of names in%n%s", visible(text)).isEqualTo(yaml.toString());
        return true;
    }

    private boolean readsAsYaml(String text) {
        try {
            parser.readYaml(text);
            return true;
        } catch (ServiceException refused) {
            return false;
        }
    }

    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c == '\n' || (c >= 0x20 && c < 0x7F) ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return shown.toString();
    }

    private static List<String> recordedManifests() throws IOException {
        TreeSet<String> manifests = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("wire-samples"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = RECORDED_MANIFEST.matcher(readLatin1(file));
                while (matcher.find()) {
                    manifests.add(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8));
                }
            }
        }
        manifests.add(Files.readString(Path.of("e2e/conformance/manifest.yml")));
        return List.copyOf(manifests);
    }

    private static String readLatin1(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a random manifest: nested mappings and lists in every layout YAML allows for them (indent widths, lists
     * indented or not, {@code name:value} without a space, comments, blank lines, trailing spaces, CRLF), with names
     * and values drawn mostly from real manifests and sometimes from what YAML reads specially.
     */
    private static final class ManifestWriter {
        private final Random random;
        private final StringBuilder out = new StringBuilder();
        private final String lineEnd;
        private final int indentWidth;
        /** A clean manifest stays inside the plain reader's grammar, apart from repeated names; the rest stray from it. */
        private final boolean clean;

        ManifestWriter(Random random) {
            this.random = random;
            this.clean = chance(60);
            this.lineEnd = chance(10) ? "\r\n" : "\n";
            this.indentWidth = 1 + random.nextInt(4);
        }

        String document() {
            if (chance(5)) {
                out.append(chance(50) && !clean ? "---\n" : "# a manifest\n");
            }
            mapping(chance(5) ? 2 : 0, 0, null);
            if (chance(20)) {
                out.setLength(out.length() - lineEnd.length());
            }
            return out.toString();
        }

        /** Entries at {@code column}; the first is written after {@code firstPrefix} when it starts a list item. */
        private void mapping(int column, int depth, String firstPrefix) {
            int entries = 1 + random.nextInt(depth == 0 ? 6 : 4);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < entries; i++) {
                String name = name();
                while (clean && !names.add(name)) {
                    name = name();
                }
                noise(column);
                out.append(i == 0 && firstPrefix != null ? firstPrefix : " ".repeat(column + (stray(2) ? 1 : 0)));
                out.append(name).append(stray(3) ? " " : "").append(':');
                int kind = depth >= 3 ? 0 : random.nextInt(10);
                if (kind < 6) {
                    String value = value();
                    out.append(value.isEmpty() ? "" : chance(30) ? "" : chance(10) ? "  " : " ").append(value);
                    endLine();
                    if (stray(2)) {
                        out.append(" ".repeat(column + 2)).append(value()).append(lineEnd);
                    }
                } else if (kind < 8) {
                    endLine();
                    mapping(column + indentWidth + (chance(5) ? 1 : 0), depth + 1, null);
                } else {
                    endLine();
                    sequence(chance(30) ? column : column + indentWidth, depth + 1);
                }
            }
        }

        private void sequence(int column, int depth) {
            int items = 1 + random.nextInt(4);
            boolean ofMappings = chance(40);
            for (int i = 0; i < items; i++) {
                noise(column);
                String dash = " ".repeat(column + (stray(2) ? 1 : 0)) + (stray(3) ? "-" : chance(10) ? "-  " : "- ");
                if (ofMappings || stray(5)) {
                    mapping(dash.length(), depth + 1, dash);
                } else {
                    out.append(dash).append(value());
                    endLine();
                }
            }
        }

        private void noise(int column) {
            if (chance(8)) {
                out.append(lineEnd);
            }
            if (chance(5)) {
                out.append(" ".repeat(random.nextInt(column + 3))).append("# note: ").append(value()).append(lineEnd);
            }
        }

        private void endLine() {
            out.append(chance(10) ? " ".repeat(1 + random.nextInt(3)) : chance(5) ? " # trailing" : "").append(lineEnd);
        }

        private String name() {
            if (stray(5)) {
                return ODD_NAMES.get(random.nextInt(ODD_NAMES.size()));
            }
            return chance(70) ? NAMES.get(random.nextInt(NAMES.size())) : randomText("abcXYZ", 1) + randomText("abcXYZ019", random.nextInt(8));
        }

        private String value() {
            int pick = random.nextInt(100);
            if (pick < 5) {
                return "";
            }
            if (pick < 70) {
                return VALUES.get(random.nextInt(Math.min(VALUES.size(), pick < 50 || clean ? 22 : VALUES.size())));
            }
            return randomText(pick < 85 || clean ? "abc XYZ_.019/=+#:" : "ab " + TRICKY, 1 + random.nextInt(10));
        }

        private String randomText(String alphabet, int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        }

        /** A chance to leave the grammar, taken only in a manifest that is not clean. */
        private boolean stray(int percent) {
            return !clean && chance(percent);
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }
    }
}
