package io.importexport.emulator.domain.job;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharedCopiesTest {

    @Test
    void aValueEqualToOneSharedLatelyIsAnsweredWithItAndAnotherGoesToItsCanonicalForm() {
        List<String> canonicalized = new ArrayList<>();
        SharedCopies<String> shared = new SharedCopies<>(value -> {
            canonicalized.add(value);
            return value.intern();
        });
        String first = shared.share(new String("manifest a"));
        assertThat(first).isSameAs("manifest a");
        assertThat(shared.share(new String("manifest a"))).isSameAs(first);
        assertThat(shared.share(new String("manifest b"))).isSameAs("manifest b");
        assertThat(shared.share(new String("manifest a"))).as("a few values alternating keep their copies").isSameAs(first);
        assertThat(canonicalized).containsExactly("manifest a", "manifest b");
    }

    @Test
    void withoutACanonicalFormTheFirstCopySeenIsTheOneShared() {
        SharedCopies<String> shared = new SharedCopies<>();
        String first = new String("AKIAIOSFODNN7EXAMPLE");
        assertThat(shared.share(first)).isSameAs(first);
        assertThat(shared.share(new String("AKIAIOSFODNN7EXAMPLE"))).isSameAs(first);
    }

    @Test
    void aValueInTheSlotOfAnotherTakesItsPlace() {
        SharedCopies<Integer> shared = new SharedCopies<>();
        Integer first = 1000;
        Integer sameSlot = 1000 + 256; // the hash of an Integer is its value: the slot is the low 8 bits
        assertThat(shared.share(first)).isSameAs(first);
        assertThat(shared.share(sameSlot)).isSameAs(sameSlot);
        Integer firstAgain = Integer.valueOf(1000);
        assertThat(shared.share(firstAgain)).as("the first was pushed out: this copy is shared now").isSameAs(firstAgain);
    }
}
