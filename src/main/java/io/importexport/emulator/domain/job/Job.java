package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.manifest.JobType;
import io.importexport.emulator.domain.manifest.ValidatedManifest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored job (service.md §6.1). Immutable: a change of manifest or state stores a new value.
 *
 * @param manifest         the manifest text exactly as submitted ({@code CurrentManifest})
 * @param manifestAddendum stored, never echoed (service.md §3)
 * @param details          what validation derived from the manifest: kind, facility, log bucket, return address
 * @param history          the states it was in before {@code state}, oldest first (none for a job stored by an older release)
 * @param revision         how often the stored job has been replaced: a store replaces it only if this has not moved
 *                         since it was read (optimistic concurrency, also between emulators sharing a database)
 */
public record Job(String id, String accountId, JobType type, Instant creationDate, String manifest,
                  String manifestAddendum, ValidatedManifest details, JobSignature signature, JobState state,
                  List<JobState> history, List<Artifact> artifacts, long revision) {

    /** A job stored by an older release may lack its artifacts and history: it has none. */
    public Job {
        artifacts = artifacts == null ? List.of() : artifacts;
        history = history == null ? List.of() : history;
    }

    public boolean isCanceled() {
        return state.progress() == ProgressCode.Canceled;
    }

    /** The job in {@code newState}; a move to another place or progress keeps the state it leaves in the history. */
    public Job withState(JobState newState) {
        boolean moved = newState.location() != state.location() || newState.progress() != state.progress();
        List<JobState> newHistory = history;
        if (moved) {
            newHistory = new ArrayList<>(history.size() + 1);
            newHistory.addAll(history);
            newHistory.add(state);
            newHistory = List.copyOf(newHistory);
        }
        return new Job(id, accountId, type, creationDate, manifest, manifestAddendum, details, signature, newState, newHistory, artifacts,
                revision);
    }

    public Job withManifest(String newManifest, ValidatedManifest newDetails, JobSignature newSignature, List<Artifact> newArtifacts) {
        return new Job(id, accountId, type, creationDate, newManifest, manifestAddendum, newDetails, newSignature, state, history,
                newArtifacts, revision);
    }

    public Job withRevision(long newRevision) {
        return new Job(id, accountId, type, creationDate, manifest, manifestAddendum, details, signature, state, history, artifacts,
                newRevision);
    }

    /** The legacy {@code AwsShippingAddress}: the facility to send the device to. */
    public String shippingAddress() {
        return details.facility().shippingAddress(id);
    }

    /** The log exists once AWS has processed the device (service.md §6.6). */
    public boolean hasLog() {
        return state.progress().isProcessed();
    }

    public String logKey() {
        return details.logKey(id);
    }

    public String locationMessage() {
        if (state.location() == LocationCode.Returned) {
            return "Your device has been returned. The " + state.carrier() + " tracking number is " + state.trackingNumber() + ".";
        }
        return state.location().message();
    }

    public String progressMessage() {
        return switch (state.progress()) {
            case Success -> "The data " + (details.kind().isImport() ? "loaded" : "was exported")
                    + " successfully. The log was saved to " + logKey() + " in the bucket " + details.logBucket() + ".";
            case SuccessWithErrors -> "The data " + (details.kind().isImport() ? "load" : "export") + " completed with "
                    + state.errorCount() + " errors. See " + logKey() + " in the bucket " + details.logBucket() + " for more details.";
            default -> state.progress().message();
        };
    }
}
