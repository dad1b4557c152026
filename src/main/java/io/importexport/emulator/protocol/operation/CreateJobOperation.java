package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.job.CreateJobRequest;
import io.importexport.emulator.domain.job.CreatedJob;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.manifest.JobType;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.operation.OperationBinding.ResponseContext;
import io.importexport.emulator.protocol.xml.ArtifactElement;
import io.importexport.emulator.protocol.xml.CreateJobResponse;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** CreateJob's parameters (spec §4.1; rules 6–8 of §9) and result. */
final class CreateJobOperation {
    /** Not documented by AWS; large enough for any real manifest (spec §8.1 [P]). */
    static final int MAX_MANIFEST_BYTES = 256 * 1024;

    private CreateJobOperation() {
    }

    static CreateJobRequest read(QueryParameters parameters) {
        String manifest = parameters.require("Manifest", ErrorCode.MissingParameterException, "Manifest must be specified");
        JobType jobType = jobType(parameters);
        boolean validateOnly = parameters.bool("ValidateOnly").orElse(false);
        if (manifest.getBytes(StandardCharsets.UTF_8).length > MAX_MANIFEST_BYTES) {
            throw new ServiceException(ErrorCode.InvalidParameterException,
                    "The manifest is larger than " + MAX_MANIFEST_BYTES + " bytes");
        }
        return new CreateJobRequest(jobType, manifest, validateOnly, parameters.get("ManifestAddendum").orElse(null));
    }

    /** Required and case-insensitive; UpdateJob reads it the same way. */
    static JobType jobType(QueryParameters parameters) {
        String text = parameters.require("JobType", ErrorCode.MissingParameterException, "JobType must be specified");
        return JobType.parse(text).orElseThrow(() -> new ServiceException(ErrorCode.InvalidParameterException,
                "JobType must be Import or Export, not '" + text + "'"));
    }

    static CreateJobResponse write(CreatedJob created, ResponseContext context) {
        Job job = created.job();
        return new CreateJobResponse(job.id(), job.type().name(), job.signature().value(),
                job.signature().fileContents(), job.shippingAddress(), created.warningMessage(),
                artifacts(job, context));
    }

    static List<ArtifactElement> artifacts(Job job, ResponseContext context) {
        return job.artifacts().stream()
                .map(artifact -> new ArtifactElement(artifact.description(), context.url(artifact.path())))
                .toList();
    }
}
