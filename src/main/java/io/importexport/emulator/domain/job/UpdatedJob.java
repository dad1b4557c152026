package io.importexport.emulator.domain.job;

/** The job after UpdateJob (unchanged with ValidateOnly) and the warnings about the new manifest. */
public record UpdatedJob(Job job, String warningMessage) {
}
