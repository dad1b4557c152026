package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.manifest.JobType;

/** CreateJob's input after the request parameters passed their own checks (spec §9 rules 6–8). */
public record CreateJobRequest(JobType jobType, String manifest, boolean validateOnly, String manifestAddendum) {
}
