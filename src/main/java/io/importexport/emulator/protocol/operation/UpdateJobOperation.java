package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.job.UpdateJobRequest;
import io.importexport.emulator.domain.job.UpdatedJob;
import io.importexport.emulator.protocol.operation.OperationBinding.ResponseContext;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.xml.UpdateJobResult;

/** UpdateJob (service.md §4.4). */
final class UpdateJobOperation {

    private UpdateJobOperation() {
    }

    static UpdateJobRequest read(QueryParameters parameters) {
        return new UpdateJobRequest(parameters.get("JobId").orElse(null), parameters.get("JobType").orElse(null),
                parameters.get("Manifest").orElse(null), parameters.get("ValidateOnly").orElse(null));
    }

    static UpdateJobResult write(UpdatedJob updated, ResponseContext context) {
        return new UpdateJobResult(true, updated.warningMessage(), CreateJobOperation.artifacts(updated.job(), context));
    }
}
