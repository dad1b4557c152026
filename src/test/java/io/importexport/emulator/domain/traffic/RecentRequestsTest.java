package io.importexport.emulator.domain.traffic;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RecentRequestsTest {
    private static RequestRecord record(int number) {
        return new RequestRecord(Instant.EPOCH, "id-" + number, "acct", "ListJobs", 200, null, 1.0);
    }

    @Test
    void keepsTheLastThousandOldestFirstAndForgetsOnClear() {
        RecentRequests recent = new RecentRequests();
        for (int i = 0; i < RecentRequests.CAPACITY + 5; i++) {
            recent.add(record(i));
        }
        assertThat(recent.all()).hasSize(RecentRequests.CAPACITY);
        assertThat(recent.all().get(0).requestId()).isEqualTo("id-5");
        assertThat(recent.all().get(RecentRequests.CAPACITY - 1).requestId()).isEqualTo("id-" + (RecentRequests.CAPACITY + 4));
        recent.clear();
        assertThat(recent.all()).isEmpty();
        recent.add(record(7));
        assertThat(recent.all()).extracting(RequestRecord::requestId).containsExactly("id-7");
    }
}
