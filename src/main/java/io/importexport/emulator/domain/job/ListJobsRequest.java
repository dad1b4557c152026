package io.importexport.emulator.domain.job;

/**
 * @param maxJobs null when absent
 * @param marker  null when absent
 */
public record ListJobsRequest(Integer maxJobs, String marker) {
}
