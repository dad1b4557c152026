package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.LocationCode;
import io.importexport.emulator.protocol.operation.OperationBinding.ResponseContext;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.xml.GetStatusResult;
import io.importexport.emulator.protocol.xml.Timestamps;

/** GetStatus (service.md §4.2): every member the job's state implies. */
final class GetStatusOperation {

    private GetStatusOperation() {
    }

    static String read(QueryParameters parameters) {
        return parameters.get("JobId").orElse(null);
    }

    static GetStatusResult write(Job job, ResponseContext context) {
        GetStatusResult result = new GetStatusResult();
        result.jobId = job.id();
        result.jobType = job.type().name();
        result.locationCode = job.state().location().name();
        result.locationMessage = job.locationMessage();
        result.progressCode = job.state().progress().name();
        result.progressMessage = job.progressMessage();
        if (job.state().location() == LocationCode.Returned) {
            result.carrier = job.state().carrier();
            result.trackingNumber = job.state().trackingNumber();
        }
        if (job.hasLog()) {
            result.logBucket = job.details().logBucket();
            result.logKey = job.logKey();
        }
        result.errorCount = job.state().errorCount();
        result.signature = job.signature().value();
        result.signatureFileContents = job.signature().fileContents();
        result.currentManifest = job.manifest();
        result.creationDate = Timestamps.format(job.creationDate());
        result.artifacts = job.artifacts().isEmpty() ? null : CreateJobOperation.artifacts(job, context);
        result.awsShippingAddress = job.shippingAddress();
        return result;
    }
}
