package io.importexport.emulator.admin;

import io.importexport.emulator.domain.job.Job;

/**
 * What the control plane shows of a job: its state as GetStatus would, and whose it is. Plain values, the same
 * in process and over HTTP.
 *
 * @param creationDate ISO 8601
 * @param stateSince   when the job entered its current state, ISO 8601
 * @param carrier      null until the device is returned
 * @param logKey       null until the device is processed
 */
public record JobView(String jobId, String accountId, String jobType, String kind, String creationDate, String locationCode,
                      String locationMessage, String progressCode, String progressMessage, String stateSince, int errorCount,
                      boolean canceled, String carrier, String trackingNumber, String logBucket, String logKey) {

    public static JobView of(Job job) {
        return new JobView(job.id(), job.accountId(), job.type().name(), job.details().kind().name(), job.creationDate().toString(),
                job.state().location().name(), job.locationMessage(), job.state().progress().name(), job.progressMessage(),
                job.state().since().toString(), job.state().errorCount(), job.isCanceled(), job.state().carrier(),
                job.state().trackingNumber(), job.hasLog() ? job.details().logBucket() : null, job.hasLog() ? job.logKey() : null);
    }
}
