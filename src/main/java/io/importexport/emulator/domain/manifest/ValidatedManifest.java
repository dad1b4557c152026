package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.location.Facility;

import java.util.List;

/** What a job needs from a manifest that passed every rule of service.md §9. */
public record ValidatedManifest(JobKind kind, String region, Facility facility, String logBucket, String logPrefix,
                                Address returnAddress, List<String> warnings) {

    /** The same manifest with its texts interned: one copy of each however many jobs share it. */
    public ValidatedManifest interned() {
        return new ValidatedManifest(kind, region.intern(), facility, logBucket.intern(), logPrefix.intern(), returnAddress.interned(), warnings);
    }

    /** The {@code WarningMessage} element: the warnings one per line, or null when there are none. */
    public String warningMessage() {
        return warnings.isEmpty() ? null : String.join("\n", warnings);
    }

    /** The job's log object key (service.md §6.6): the prefix, {@code import-log-} or {@code export-log-}, the job id. */
    public String logKey(String jobId) {
        return logPrefix + kind.logNamePrefix() + jobId;
    }
}
