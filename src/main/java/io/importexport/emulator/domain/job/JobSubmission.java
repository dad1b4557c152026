package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.manifest.JobType;

import java.nio.charset.StandardCharsets;

/** A manifest submitted by CreateJob or UpdateJob, after rules 6–8 of service.md §9. */
public record JobSubmission(JobType jobType, String manifest, boolean validateOnly) {
    /** Not documented by AWS; large enough for any real manifest (service.md §8.1 [choice]). */
    public static final int MAX_MANIFEST_BYTES = 256 * 1024;

    /** Checks the request parameters as sent, in spec order; null or empty means absent. */
    public static JobSubmission check(String manifest, String jobType, String validateOnly) {
        if (manifest == null || manifest.isEmpty()) {
            throw new ServiceException(ErrorCode.MissingParameterException, "Manifest must be specified");
        }
        if (jobType == null || jobType.isEmpty()) {
            throw new ServiceException(ErrorCode.MissingParameterException, "JobType must be specified");
        }
        JobType type = JobType.parse(jobType).orElseThrow(() -> invalid("JobType must be Import or Export, not '" + jobType + "'"));
        boolean validate = validateOnly == null || validateOnly.isEmpty() ? false : switch (validateOnly) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid("The value '" + validateOnly + "' of ValidateOnly is not a boolean (true or false)");
        };
        if (manifest.getBytes(StandardCharsets.UTF_8).length > MAX_MANIFEST_BYTES) {
            throw invalid("The manifest is larger than " + MAX_MANIFEST_BYTES + " bytes");
        }
        return new JobSubmission(type, manifest, validate);
    }

    private static ServiceException invalid(String message) {
        return new ServiceException(ErrorCode.InvalidParameterException, message);
    }
}
