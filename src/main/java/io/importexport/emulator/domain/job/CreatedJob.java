package io.importexport.emulator.domain.job;

/** A created (or, with ValidateOnly, merely validated and never stored) job and its warnings. */
public record CreatedJob(Job job, String warningMessage) {
}
