package io.importexport.emulator.protocol.auth;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class Rfc3986Test {

    @Test
    void keepsOnlyTheUnreservedCharacters() {
        assertThat(Rfc3986.encode("Aa0-_.~ *'()!+/&=Zürich")).isEqualTo("Aa0-_.~%20%2A%27%28%29%21%2B%2F%26%3DZ%C3%BCrich");
    }

    @Test
    void sortsParametersByTheirEncodedNameInByteOrder() {
        assertThat(Rfc3986.canonicalQuery(Map.of("b", "2", "a", "1 1", "B", "3", "jobIds.member.1", "X")))
                .isEqualTo("B=3&a=1%201&b=2&jobIds.member.1=X");
    }
}
