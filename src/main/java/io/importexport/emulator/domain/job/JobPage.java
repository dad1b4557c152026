package io.importexport.emulator.domain.job;

import java.util.List;

/** One page of ListJobs: newest first, and whether more jobs follow the last one. */
public record JobPage(List<Job> jobs, boolean truncated) {
}
