package io.importexport.emulator.domain.job;

import io.importexport.emulator.testing.Jobs;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What the in-memory store adds to the contract (JobStoreContract): a page costs what it returns. */
class InMemoryJobStoreTest {
    private final InMemoryJobStore store = new InMemoryJobStore();

    @Test
    void aPageStartsAtItsMarkerAndReadsNoFurtherThanItNeeds() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String id = String.format("J%04d", i).replace('0', 'Z');
            ids.add(id);
            store.insert(Jobs.job(id, "acct", start.plusSeconds(i / 3)), 0, start);
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
}
