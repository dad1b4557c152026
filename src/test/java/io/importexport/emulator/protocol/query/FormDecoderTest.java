package io.importexport.emulator.protocol.query;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormDecoderTest {

    private static Map<String, String> decode(String form) {
        return FormDecoder.decode(form.getBytes(StandardCharsets.ISO_8859_1), "request body");
    }

    @Test
    void decodesEveryClientsEncodingToTheSameText() {
        // boto3: + and %2A; Java SDK: + and %7E with * literal; JS SDK: %20, ~ literal
        String expected = "Jane Doe ~*'()!";
        assertThat(decode("name=Jane+Doe+~%2A%27%28%29%21").get("name")).isEqualTo(expected);
        assertThat(decode("name=Jane+Doe+%7E*%27%28%29%21").get("name")).isEqualTo(expected);
        assertThat(decode("name=Jane%20Doe%20~%2A%27%28%29%21").get("name")).isEqualTo(expected);
    }

    @Test
    void decodesUtf8AndKeepsParameterOrder() {
        Map<String, String> parameters = decode("b=Z%C3%BCrich&a=%E6%9D%B1%E4%BA%AC+%E2%9C%93&c=%0A");
        assertThat(parameters).containsExactly(Map.entry("b", "Zürich"), Map.entry("a", "東京 ✓"), Map.entry("c", "\n"));
    }

    @Test
    void readsBareNamesAndEmptyValuesAndSkipsEmptyPairs() {
        assertThat(decode("a&b=&&c=1&")).containsExactly(Map.entry("a", ""), Map.entry("b", ""), Map.entry("c", "1"));
        assertThat(decode("")).isEmpty();
        assertThat(decode("a==b").get("a")).isEqualTo("=b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%", "a=%4", "a=%G1", "a=%%41", "a%=b"})
    void refusesABrokenPercentEscape(String form) {
        assertRefused(form, ErrorCode.MalformedQueryString, "percent-escape");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%FF", "a=%C3", "a=%C3%28", "a=%ED%A0%80", "a=%F8%88%80%80%80"})
    void refusesInvalidUtf8(String form) {
        assertRefused(form, ErrorCode.MalformedQueryString, "not valid UTF-8");
    }

    @Test
    void refusesAParameterGivenTwice() {
        assertRefused("Manifest=a&Manifest=b", ErrorCode.InvalidParameterException, "Manifest appears more than once");
    }

    /**
     * Any text, its characters each written as it is, as {@code +} for a space or percent-escaped (as any client may),
     * reads back as that text: what {@link URLDecoder} reads from the same form.
     */
    @Property(tries = 2000)
    void readsBackAnyTextHoweverItIsEscaped(@ForAll("texts") String text, @ForAll Random random) {
        StringBuilder form = new StringBuilder("a=");
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            int way = random.nextInt(3);
            if (codePoint == ' ' && way == 0) {
                form.append('+');
            } else if (way == 1 || codePoint > 0x7E || "&=+%".indexOf(codePoint) >= 0 || codePoint < 0x20) {
                for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
                    form.append('%').append(String.format(random.nextBoolean() ? "%02X" : "%02x", b & 0xFF));
                }
            } else {
                form.append(character);
            }
        });
        assertThat(decode(form.toString()).get("a")).isEqualTo(text)
                .isEqualTo(URLDecoder.decode(form.substring(2), StandardCharsets.UTF_8));
    }

    /** Raw bytes of UTF-8 text, not escaped at all, read as that text too. */
    @Property(tries = 500)
    void readsUnescapedUtf8Bytes(@ForAll("texts") String text) {
        String plain = text.replaceAll("[&=+%]", "");
        byte[] form = ("a=" + plain).getBytes(StandardCharsets.UTF_8);
        assertThat(FormDecoder.decode(form, "request body").get("a")).isEqualTo(plain);
    }

    @Provide
    Arbitrary<String> texts() {
        // any characters but a lone surrogate, which no UTF-8 can carry
        return Arbitraries.strings().all().ofMaxLength(30)
                .filter(text -> text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String form, ErrorCode code, String mentions) {
        assertThatThrownBy(() -> decode(form))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessageContaining(mentions);
    }
}
