package io.importexport.emulator.domain.job;

/** A move the lifecycle does not allow; reported by the control plane, never by the AWS API. */
public final class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message, null, false, false);
    }
}
