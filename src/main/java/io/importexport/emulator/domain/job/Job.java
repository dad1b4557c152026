package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.manifest.JobType;
import io.importexport.emulator.domain.manifest.ValidatedManifest;

import java.time.Instant;
import java.util.List;

/**
 * A stored job (spec §6.1). Immutable: a change of manifest or state stores a new value.
 *
 * @param manifest         the manifest text exactly as submitted ({@code CurrentManifest})
 * @param manifestAddendum stored, never echoed (spec §3)
 * @param details          what validation derived from the manifest: kind, facility, log bucket, return address
 */
public record Job(String id, String accountId, JobType type, Instant creationDate, String manifest,
                  String manifestAddendum, ValidatedManifest details, JobSignature signature,
                  LocationCode location, ProgressCode progress, List<Artifact> artifacts) {

    public boolean isCanceled() {
        return progress == ProgressCode.Canceled;
    }

    /** The legacy {@code AwsShippingAddress}: the facility to send the device to. */
    public String shippingAddress() {
        return details.facility().shippingAddress(id);
    }
}
