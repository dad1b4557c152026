package io.importexport.emulator.domain.job;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class JobIdsTest {

    @ParameterizedTest
    @CsvSource({"7KQ3M,7KQ3M", "7kq3m,7KQ3M", "' 4Y8ND ',4Y8ND"})
    void readsIdsCaseInsensitivelyAndTrimmed(String raw, String canonical) {
        assertThat(JobIds.normalise(raw)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCD", "ABCDEF", "ABC0E", "ABCOE", "4Y8ND-VALIDATE-ONLY", "ABC-1", "ÄBCDE"})
    void refusesWhatCannotNameAJob(String raw) {
        assertThat(JobIds.normalise(raw)).isEmpty();
    }
}
