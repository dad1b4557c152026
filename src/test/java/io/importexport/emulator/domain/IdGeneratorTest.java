package io.importexport.emulator.domain;

import io.importexport.emulator.domain.job.JobIds;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IdGeneratorTest {

    @Test
    void drawsJobIdsFromTheWholeAlphabetAndNothingElse() {
        IdGenerator ids = IdGenerator.seeded(7);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String id = ids.nextJobId();
            assertThat(JobIds.normalise(id)).contains(id);
            id.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(IdGenerator.JOB_ID_ALPHABET.length()).doesNotContain('0', 'O');
    }

    @Test
    void aSeedGivesTheSameIdsInTheSameOrder() {
        IdGenerator first = IdGenerator.seeded(42);
        IdGenerator second = IdGenerator.seeded(42);
        IntStream.range(0, 50).forEach(i -> {
            assertThat(first.nextJobId()).isEqualTo(second.nextJobId());
            assertThat(first.nextRequestId()).isEqualTo(second.nextRequestId());
        });
        assertThat(IdGenerator.seeded(43).nextJobId()).isNotEqualTo(IdGenerator.seeded(42).nextJobId());
    }

    @Test
    void requestIdsLookLikeVersion4Uuids() {
        assertThat(IdGenerator.unseeded().nextRequestId())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
