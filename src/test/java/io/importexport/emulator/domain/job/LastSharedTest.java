package io.importexport.emulator.domain.job;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LastSharedTest {

    @Test
    void aValueEqualToTheLastSharedIsAnsweredWithItAndAnotherGoesToItsCanonicalForm() {
        List<String> canonicalized = new ArrayList<>();
        LastShared<String> shared = new LastShared<>(value -> {
            canonicalized.add(value);
            return value.intern();
        });
        String first = shared.share(new String("manifest a"));
        assertThat(first).isSameAs("manifest a");
        assertThat(shared.share(new String("manifest a"))).isSameAs(first);
        assertThat(canonicalized).hasSize(1);
        assertThat(shared.share(new String("manifest b"))).isSameAs("manifest b");
        assertThat(shared.share(new String("manifest a"))).isSameAs(first);
        assertThat(canonicalized).containsExactly("manifest a", "manifest b", "manifest a");
    }
}
