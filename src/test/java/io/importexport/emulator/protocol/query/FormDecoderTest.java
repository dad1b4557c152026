package io.importexport.emulator.protocol.query;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

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
        assertInvalid(form, "percent-escape");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%FF", "a=%C3", "a=%C3%28", "a=%ED%A0%80", "a=%F8%88%80%80%80"})
    void refusesInvalidUtf8(String form) {
        assertInvalid(form, "not valid UTF-8");
    }

    @Test
    void refusesAParameterGivenTwice() {
        assertInvalid("Manifest=a&Manifest=b", "Manifest appears more than once");
    }

    private static void assertInvalid(String form, String mentions) {
        assertThatThrownBy(() -> decode(form))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.InvalidParameterException))
                .hasMessageContaining(mentions);
    }
}
