package io.importexport.emulator.domain.job;

import io.importexport.emulator.testing.Jobs;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryJobStoreTest {
    private final InMemoryJobStore store = new InMemoryJobStore();

    @Test
    void storesAJobOnceUnderItsId() {
        Job job = Jobs.job("AAAAA", "acct", Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(store.insert(job)).isTrue();
        assertThat(store.insert(Jobs.job("AAAAA", "other", Instant.parse("2026-01-02T00:00:00Z")))).isFalse();
        assertThat(store.find("AAAAA")).contains(job);
        assertThat(store.find("BBBBB")).isEmpty();
    }

    @Test
    void countsAnAccountsJobsSinceAnInstantUpToALimit() {
        store.insert(Jobs.job("AAAAA", "acct", Instant.parse("2026-01-01T23:59:59Z")));
        store.insert(Jobs.job("BBBBB", "acct", Instant.parse("2026-01-02T00:00:00Z")));
        store.insert(Jobs.job("CCCCC", "acct", Instant.parse("2026-01-02T10:00:00Z")));
        store.insert(Jobs.job("DDDDD", "other", Instant.parse("2026-01-02T10:00:00Z")));
        Instant day = Instant.parse("2026-01-02T00:00:00Z");
        assertThat(store.countCreatedSince("acct", day, 50)).isEqualTo(2);
        assertThat(store.countCreatedSince("acct", day, 1)).isEqualTo(1);
        assertThat(store.countCreatedSince("nobody", day, 50)).isZero();
    }

    @Test
    void clearForgetsEverything() {
        store.insert(Jobs.job("AAAAA", "acct", Instant.parse("2026-01-01T00:00:00Z")));
        store.clear();
        assertThat(store.find("AAAAA")).isEmpty();
        assertThat(store.countCreatedSince("acct", Instant.EPOCH, 50)).isZero();
    }
}
