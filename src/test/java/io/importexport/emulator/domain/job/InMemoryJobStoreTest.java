package io.importexport.emulator.domain.job;

import io.importexport.emulator.testing.Jobs;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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

    @Test
    void aPageStartsAtItsMarkerAndReadsNoFurtherThanItNeeds() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String id = String.format("J%04d", i).replace('0', 'Z');
            ids.add(id);
            store.insert(Jobs.job(id, "acct", start.plusSeconds(i / 3)));
        }
        AtomicInteger examined = new AtomicInteger();
        List<Job> first = store.page("acct", null, 100, job -> examined.incrementAndGet() > 0);
        assertThat(examined).hasValue(100);
        assertThat(first.get(0).creationDate()).isEqualTo(start.plusSeconds(9_999 / 3));
        examined.set(0);
        String marker = first.get(99).id();
        List<Job> second = store.page("acct", marker, 100, job -> examined.incrementAndGet() > 0);
        assertThat(examined).hasValue(100);
        assertThat(second).extracting(Job::id).doesNotContainAnyElementsOf(first.stream().map(Job::id).toList());
        assertThat(store.page("other", null, 100, job -> true)).isEmpty();
        assertThat(store.page("acct", "NOSUCH", 100, job -> true)).isEmpty();
    }

    @Test
    void replaceIsACompareAndSet() {
        Job job = Jobs.job("AAAAA", "acct", Instant.parse("2026-01-01T00:00:00Z"));
        store.insert(job);
        Job moved = job.withState(job.state().moveTo(LocationCode.AtAWS, ProgressCode.Pending, Instant.parse("2026-01-02T00:00:00Z")));
        assertThat(store.replace(job, moved)).isTrue();
        assertThat(store.replace(job, job)).as("a stale expected value loses").isFalse();
        assertThat(store.find("AAAAA")).contains(moved);
    }
}
