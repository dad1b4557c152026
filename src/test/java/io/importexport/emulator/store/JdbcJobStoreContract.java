package io.importexport.emulator.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.job.CreateJobRequest;
import io.importexport.emulator.domain.job.InMemoryJobStore;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.JobService;
import io.importexport.emulator.domain.job.ListJobsRequest;
import io.importexport.emulator.domain.job.ProgressCode;
import io.importexport.emulator.domain.job.UpdateJobRequest;
import io.importexport.emulator.testing.JobServices;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What a database store adds to the contract: rows written by another release of the emulator load and change. */
public abstract class JdbcJobStoreContract extends JobStoreContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller CALLER = Caller.ownAccount(Manifests.ACCESS_KEY);

    protected abstract Database database();

    /**
     * A job as an older release stored it: its JSON lacks {@code artifacts} and {@code manifestAddendum}, and has a
     * field this release does not know; the row has the columns of the first schema only (no revision).
     */
    private void insertAsAnOlderRelease(Job job) throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(JobJson.write(job));
        data.remove("artifacts");
        data.remove("manifestAddendum");
        data.put("retiredField", "from an older release");
        try (Connection connection = database().dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO jobs (job_id, account_id, creation_date, data) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job.id());
            insert.setString(2, job.accountId());
            insert.setLong(3, job.creationDate().getEpochSecond());
            insert.setString(4, JSON.writeValueAsString(data));
            insert.executeUpdate();
        }
    }

    @Test
    void aJobStoredByAnOlderReleaseIsUpdatedCanceledAndListed() throws Exception {
        EmulatorClock clock = EmulatorClock.frozenAt(Instant.parse("2026-05-01T00:00:00Z"));
        JobService making = JobServices.over(new InMemoryJobStore(), clock);
        Job old = making.createJob(CALLER, new CreateJobRequest("Import", Manifests.s3Import(), "false", null)).job();
        insertAsAnOlderRelease(old);
        JobService service = JobServices.over(store, clock);

        String updatedManifest = Manifests.with(Manifests.s3Import(), "deviceId", "WD-UPDATED");
        Job updated = service.updateJob(CALLER, new UpdateJobRequest(old.id(), "Import", updatedManifest, "false")).job();
        assertThat(updated.manifest()).isEqualTo(updatedManifest);
        assertThat(updated.revision()).isEqualTo(1);
        assertThat(service.listJobs(CALLER, new ListJobsRequest(null, null)).jobs()).extracting(Job::id).containsExactly(old.id());
        assertThat(service.cancelJob(CALLER, old.id()).state().progress()).isEqualTo(ProgressCode.Canceled);
        assertThat(store.find(old.id()).orElseThrow().revision()).isEqualTo(2);
        assertThat(service.getStatus(CALLER, old.id()).manifest()).isEqualTo(updatedManifest);
    }
}
