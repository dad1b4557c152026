package io.importexport.emulator.store;

import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.testing.Jobs;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DecodedJobsTest {
    private static final Instant CREATED = Instant.parse("2026-01-02T00:00:00Z");
    private final DecodedJobs decoded = new DecodedJobs();

    @Test
    void theSameRowIsDecodedOnce() {
        String json = JobJson.write(Jobs.job("AAAAA", "acct", CREATED));
        assertThat(decoded.known("AAAAA", 7, 0)).isEmpty();
        Job first = decoded.read("AAAAA", 7, json, 0);
        assertThat(decoded.known("AAAAA", 7, 0)).containsSame(first);
        assertThat(decoded.read("AAAAA", 7, json, 0)).isSameAs(first);
        assertThat(first).isEqualTo(JobJson.readJob(json, 0));
    }

    @Test
    void anotherRevisionOrAnotherRowIsDecodedAfresh() {
        String json = JobJson.write(Jobs.job("AAAAA", "acct", CREATED));
        decoded.read("AAAAA", 7, json, 0);
        assertThat(decoded.known("AAAAA", 7, 1)).as("changed by another emulator").isEmpty();
        assertThat(decoded.read("AAAAA", 7, json, 1).revision()).isEqualTo(1);
        Job remade = Jobs.job("AAAAA", "other", CREATED.plusSeconds(5)); // made again under the same id after a reset
        assertThat(decoded.known("AAAAA", 8, 0)).isEmpty();
        assertThat(decoded.read("AAAAA", 8, JobJson.write(remade), 0)).isEqualTo(remade);
    }

    @Test
    void startsOverPastItsCapacity() {
        String json = JobJson.write(Jobs.job("AAAAA", "acct", CREATED));
        Job first = decoded.read("AAAAA", 1, json, 0);
        for (int i = 0; i < DecodedJobs.CAPACITY; i++) {
            decoded.read("J" + i, i + 2, json, 0);
        }
        assertThat(decoded.read("AAAAA", 1, json, 0)).isNotSameAs(first).isEqualTo(first);
    }
}
