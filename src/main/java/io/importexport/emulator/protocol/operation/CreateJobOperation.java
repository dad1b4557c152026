package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.job.CreateJobRequest;
import io.importexport.emulator.domain.job.CreatedJob;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.protocol.operation.OperationBinding.ResponseContext;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.xml.ArtifactElement;
import io.importexport.emulator.protocol.xml.CreateJobResult;

import java.util.List;

/** CreateJob (service.md §4.1). */
final class CreateJobOperation {

    private CreateJobOperation() {
    }

    static CreateJobRequest read(QueryParameters parameters) {
        return new CreateJobRequest(parameters.get("JobType").orElse(null), parameters.get("Manifest").orElse(null),
                parameters.get("ValidateOnly").orElse(null), parameters.get("ManifestAddendum").orElse(null));
    }

    static CreateJobResult write(CreatedJob created, ResponseContext context) {
        Job job = created.job();
        return new CreateJobResult(job.id(), job.type().name(), job.signature().value(),
                job.signature().fileContents(), job.shippingAddress(), created.warningMessage(),
                artifacts(job, context));
    }

    /** The job's documents with absolute URLs; GetStatus and UpdateJob list them too. */
    static List<ArtifactElement> artifacts(Job job, ResponseContext context) {
        return job.artifacts().stream()
                .map(artifact -> new ArtifactElement(artifact.description(), context.url(artifact.path())))
                .toList();
    }
}
