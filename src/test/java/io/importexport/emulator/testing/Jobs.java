package io.importexport.emulator.testing;

import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.JobSignature;
import io.importexport.emulator.domain.job.JobState;
import io.importexport.emulator.domain.location.Facility;
import io.importexport.emulator.domain.manifest.Address;
import io.importexport.emulator.domain.manifest.JobKind;
import io.importexport.emulator.domain.manifest.JobType;
import io.importexport.emulator.domain.manifest.ValidatedManifest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Jobs built directly, for tests of what stores and serializes them. */
public final class Jobs {
    private Jobs() {
    }

    public static Job job(String id, String accountId, Instant created) {
        ValidatedManifest details = new ValidatedManifest(JobKind.S3_IMPORT, "us-east-1", Facility.US, "my-import-bucket", "",
                new Address("Maria Garcia", null, "500 Example Blvd", null, null, "Springfield", "IL", "62701",
                        "217-555-0142", "USA", "US"), List.of());
        String manifest = Manifests.s3Import();
        return new Job(id, accountId, JobType.Import, created, manifest, null, details,
                JobSignature.sign("secret".getBytes(StandardCharsets.UTF_8), id, manifest), JobState.created(created), List.of(), List.of(), 0);
    }
}
