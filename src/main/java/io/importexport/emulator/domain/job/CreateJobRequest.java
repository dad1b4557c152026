package io.importexport.emulator.domain.job;

/** CreateJob's parameters as sent; null means absent. */
public record CreateJobRequest(String jobType, String manifest, String validateOnly, String manifestAddendum) {
}
