package io.importexport.emulator.domain.fault;

import java.time.Duration;

/**
 * A failure or delay to inject into AWS API calls, so that tests can exercise their error handling.
 *
 * @param operation the operation it applies to, or {@code *} for all
 * @param accountId the account it applies to, or null for all
 * @param count     how many matching calls it applies to, or 0 for every one
 * @param fraction  the share of matching calls it applies to, from 0 (exclusive) to 1
 * @param errorCode null to delay only; else the code to answer with, e.g. {@code ThrottlingException}
 * @param status    the HTTP status of that answer
 * @param message   the message of that answer, or null for a default
 * @param delay     how long to wait before answering (or before failing), {@link Duration#ZERO} for none
 */
public record Fault(String operation, String accountId, int count, double fraction, String errorCode, int status,
                    String message, Duration delay) {
    public static final String ANY_OPERATION = "*";
    /** Longer than any client waits: a delayed call holds a worker thread. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(5);

    public Fault {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("a fault needs an operation (or *)");
        }
        if (count < 0 || fraction <= 0 || fraction > 1) {
            throw new IllegalArgumentException("count must be 0 or more and fraction in (0, 1]");
        }
        if (errorCode == null && (delay == null || delay.isZero())) {
            throw new IllegalArgumentException("a fault needs an errorCode, a delay, or both");
        }
        if (errorCode != null && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("the status of an injected error must be 4xx or 5xx, not " + status);
        }
        delay = delay == null ? Duration.ZERO : delay;
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("a fault's delay must be from 0 to " + MAX_DELAY.toMillis() + " ms, not " + delay.toMillis());
        }
    }

    boolean matches(String operationName, String account) {
        return (operation.equals(ANY_OPERATION) || operation.equals(operationName)) && (accountId == null || accountId.equals(account));
    }
}
