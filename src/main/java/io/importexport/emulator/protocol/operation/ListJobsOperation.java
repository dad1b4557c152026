package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.job.JobPage;
import io.importexport.emulator.domain.job.ListJobsRequest;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.xml.ListJobsResult;
import io.importexport.emulator.protocol.xml.ListJobsResult.JobElement;

/** ListJobs (service.md §4.3, §11). */
final class ListJobsOperation {

    private ListJobsOperation() {
    }

    static ListJobsRequest read(QueryParameters parameters) {
        return new ListJobsRequest(parameters.integer("MaxJobs").orElse(null), parameters.get("Marker").orElse(null));
    }

    static ListJobsResult write(JobPage page) {
        return new ListJobsResult(page.jobs().stream()
                .map(job -> new JobElement(job.id(), job.creationDate(), job.isCanceled(), job.type().name()))
                .toList(), page.truncated());
    }
}
