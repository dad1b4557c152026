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
        Job first = decoded.read("AAAAA", json, 0);
        assertThat(decoded.read("AAAAA", new String(json), 0)).isSameAs(first);
        assertThat(first).isEqualTo(JobJson.readJob(json, 0));
    }

    @Test
    void anotherRevisionOrAnotherTextIsDecodedAfresh() {
        Job job = Jobs.job("AAAAA", "acct", CREATED);
        String json = JobJson.write(job);
        decoded.read("AAAAA", json, 0);
        assertThat(decoded.read("AAAAA", json, 1).revision()).as("changed by another emulator").isEqualTo(1);
        Job remade = Jobs.job("AAAAA", "other", CREATED.plusSeconds(5)); // made again under the same id after a reset
        assertThat(decoded.read("AAAAA", JobJson.write(remade), 0)).isEqualTo(remade);
    }

    @Test
    void startsOverPastItsCapacity() {
        String json = JobJson.write(Jobs.job("AAAAA", "acct", CREATED));
        Job first = decoded.read("AAAAA", json, 0);
        for (int i = 0; i < DecodedJobs.CAPACITY; i++) {
            decoded.read("J" + i, json, 0);
        }
        assertThat(decoded.read("AAAAA", json, 0)).isNotSameAs(first).isEqualTo(first);
    }
}
