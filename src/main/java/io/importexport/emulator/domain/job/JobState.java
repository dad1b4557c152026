package io.importexport.emulator.domain.job;

import java.time.Instant;

/**
 * Where a job stands (service.md §6.4): the device's location and the job's progress, since when, and what the
 * state implies: the error count once data is loaded, the carrier and tracking number once the device is back.
 */
public record JobState(LocationCode location, ProgressCode progress, Instant since, int errorCount, String carrier,
                       String trackingNumber) {

    public static JobState created(Instant at) {
        return new JobState(LocationCode.NotReceived, ProgressCode.Pending, at, 0, null, null);
    }

    public JobState moveTo(LocationCode newLocation, ProgressCode newProgress, Instant at) {
        return new JobState(newLocation, newProgress, at, errorCount, carrier, trackingNumber);
    }

    public JobState withErrorCount(int count) {
        return new JobState(location, progress, since, count, carrier, trackingNumber);
    }

    public JobState returnedBy(String byCarrier, String tracking, Instant at) {
        return new JobState(LocationCode.Returned, progress, at, errorCount, byCarrier, tracking);
    }
}
