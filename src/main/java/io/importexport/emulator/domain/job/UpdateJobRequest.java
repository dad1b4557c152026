package io.importexport.emulator.domain.job;

/** UpdateJob's parameters as sent; null means absent. */
public record UpdateJobRequest(String jobId, String jobType, String manifest, String validateOnly) {
}
