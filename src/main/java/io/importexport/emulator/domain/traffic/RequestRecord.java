package io.importexport.emulator.domain.traffic;

import java.time.Instant;

/**
 * One AWS API request as the emulator answered it.
 *
 * @param accountId null when the caller was not identified
 * @param errorCode null on success
 */
public record RequestRecord(Instant time, String requestId, String accountId, String operation, int status, String errorCode,
                            double millis) {
}
