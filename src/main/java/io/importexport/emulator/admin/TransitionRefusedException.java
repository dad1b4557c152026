package io.importexport.emulator.admin;

/** The job lifecycle does not allow the move asked for (409 {@code IllegalTransition} over HTTP). */
public final class TransitionRefusedException extends AdminException {
    public static final String CODE = "IllegalTransition";

    public TransitionRefusedException(String message) {
        super(409, CODE, message);
    }
}
