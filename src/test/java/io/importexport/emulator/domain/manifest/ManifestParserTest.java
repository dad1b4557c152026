package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestParserTest {
    private final ManifestParser parser = new ManifestParser();

    @Test
    void keepsEveryScalarAsTheTextWritten() {
        ManifestSection manifest = parser.parse("""
                manifestVersion: 2.0
                deviceId: 49382
                eraseDevice: no
                expires: tomorrow
                octal: 0755
                empty:
                """);
        assertThat(manifest.text("manifestVersion")).contains("2.0");
        assertThat(manifest.text("deviceId")).contains("49382");
        assertThat(manifest.text("eraseDevice")).contains("no");
        assertThat(manifest.text("expires")).contains("tomorrow");
        assertThat(manifest.text("octal")).contains("0755");
        assertThat(manifest.text("empty")).isEmpty();
        assertThat(manifest.has("empty")).isFalse();
    }

    @Test
    void acceptsNameColonValueWithoutASpaceAsTheServiceDid() {
        ManifestSection manifest = parser.parse(Manifests.s3Export());
        assertThat(manifest.text("manifestVersion")).contains("2.0");
        assertThat(manifest.text("trueCryptPassword")).contains("Tr0ub4dor&3");
        List<ManifestSection> operations = manifest.sections("operations");
        assertThat(operations).hasSize(2);
        assertThat(operations.get(0).text("exportBucket")).contains("my-media-bucket");
        assertThat(operations.get(0).text("prefix")).contains("video/");
        assertThat(manifest.section("returnAddress").orElseThrow().text("city")).contains("Portland");
    }

    @Test
    void readsNestedMappingsListsAndQuotedKeys() {
        ManifestSection manifest = parser.parse("""
                contentTypes:
                    csv: text/csv
                ignore:
                    - .*~$
                    - ^\\$RECYCLE\\.BIN/
                substitutions:
                    "$COLON$" : ":"
                cacheControl: max-age=86400
                """);
        assertThat(manifest.textMap("contentTypes")).isEqualTo(Map.of("csv", "text/csv"));
        assertThat(manifest.texts("ignore")).containsExactly(".*~$", "^\\$RECYCLE\\.BIN/");
        assertThat(manifest.textMap("substitutions")).isEqualTo(Map.of("$COLON$", ":"));
        assertThat(manifest.text("cacheControl")).contains("max-age=86400");
    }

    @Test
    void acceptsCrlfLineEnds() {
        assertThat(parser.parse("manifestVersion: 2.0\r\ndeviceId: X\r\n").text("deviceId")).contains("X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INVALID MANIFEST", "invalid-manifest", "- a\n- b\n", "42", "a: b\n---\nc: d\n",
            "a: [unclosed\n", "a: b\n\tc: d\n", "? [a, b]\n: c\n"})
    void refusesTextThatIsNotOneMapping(String text) {
        assertMalformed(text, "Your manifest is not well-formed");
    }

    @Test
    void refusesADuplicateOption() {
        assertMalformed("deviceId: A\ndeviceId: B\n", "deviceId appears more than once");
    }

    @Test
    void refusesCharactersYamlAndXmlCannotCarry() {
        assertMalformed("deviceId: A\u0001B\n", "U+0001");
    }

    @Test
    @Timeout(5)
    void refusesAnAliasBombQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [");
            bomb.append(String.join(",", Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        assertMalformed(bomb.toString(), "Your manifest is not well-formed");
    }

    @Test
    @Timeout(5)
    void refusesAnAliasThatContainsItself() {
        assertMalformed("a: &a [*a]\n", "Your manifest is not well-formed");
    }

    @Test
    @Timeout(5)
    void refusesDeepNesting() {
        assertMalformed("a: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "Your manifest is not well-formed");
    }

    @Test
    void boundsHoldForManifestsTheFastReaderWouldTake() {
        // block nesting and list length past the plain reader's bounds go to SnakeYAML, whose limits answer
        assertThat(parser.parse(nested(10)).keys()).containsExactly("level0");
        assertMalformed(nested(ManifestParser.MAX_DEPTH + 2), "Your manifest is not well-formed");
        String longList = "ignore:\n" + "  - x\n".repeat(ManifestParser.MAX_NODES + 1);
        assertMalformed(longList, "more than " + ManifestParser.MAX_NODES + " values");
        assertThat(parser.parse("ignore:\n" + "  - x\n".repeat(1000)).texts("ignore")).hasSize(1000);
    }

    /** {@code level0:} holding {@code level1:} and so on, {@code levels} mappings deep, as plain block YAML. */
    private static String nested(int levels) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            text.append("  ".repeat(level)).append("level").append(level).append(":\n");
        }
        return text.append("  ".repeat(levels)).append("leaf: x\n").toString();
    }

    private void assertMalformed(String text, String mentions) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MalformedManifestException))
                .hasMessageContaining(mentions);
    }
}
