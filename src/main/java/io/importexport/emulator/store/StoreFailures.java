package io.importexport.emulator.store;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * A database error as the domain sees it. The database down, unreachable, restarting, or its disk full or read-only,
 * is the service being unavailable for a while: {@code 503 ServiceUnavailable}, which every AWS client retries.
 * Anything else is a bug of the emulator's and stays an {@link IllegalStateException} (500 InternalFailure).
 * After such a failure the pool's connections are replaced: H2 closes a database whose file it could not write, and
 * a connection to a PostgreSQL server that restarted is dead, so that only fresh connections see the store come back.
 */
final class StoreFailures {
    /**
     * H2's codes for a file it cannot write or a database it had to close after such a failure: IO_EXCEPTION_1,
     * IO_EXCEPTION_2, FILE_CORRUPTED (a write cut short), DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN,
     * DATABASE_IS_READ_ONLY, FILE_CREATION_FAILED_1, FILE_RENAME_FAILED_2, FILE_DELETE_FAILED_1.
     */
    private static final Set<Integer> H2_STORAGE_FAILURES = Set.of(90028, 90031, 90030, 90098, 90121, 90097, 90062, 90024, 90025);

    private final Runnable replaceConnections;

    StoreFailures(Runnable replaceConnections) {
        this.replaceConnections = replaceConnections;
    }

    /** {@code what} completes "the job store could not ...", e.g. "store a job". */
    RuntimeException of(String what, SQLException failure) {
        if (isUnavailable(failure)) {
            replaceConnections.run();
            return new ServiceException(ErrorCode.ServiceUnavailable, "The job store could not " + what + ": " + reason(failure)
                    + ". Try again.");
        }
        return new IllegalStateException("the job store could not " + what + ": " + failure.getMessage(), failure);
    }

    static boolean isUnavailable(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql && (H2_STORAGE_FAILURES.contains(sql.getErrorCode()) || isUnavailableState(sql.getSQLState()))) {
                return true;
            }
            if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")) { // a write of the file failed
                return true;
            }
        }
        return false;
    }

    /** Connection exceptions (08), server shutting down or starting (57P), out of resources (53: disk full, too many connections). */
    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
    }

    /** The cause in words: the disk's own message when there is one, else that the database did not answer. */
    private static String reason(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && io.getMessage() != null) {
                String message = io.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("no space left") || message.contains("read-only") || message.contains("disk full")) {
                    return "its data folder cannot be written (" + io.getMessage().lines().findFirst().orElse("") + ")";
                }
            }
        }
        return failure instanceof SQLTransientConnectionException ? "the database did not answer in time"
                : "the database is unreachable or cannot write";
    }
}
