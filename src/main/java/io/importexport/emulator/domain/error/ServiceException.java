package io.importexport.emulator.domain.error;

/** The one exception the domain throws for a request it refuses; the protocol edge turns it into XML. */
public final class ServiceException extends RuntimeException {
    private final ErrorCode code;

    public ServiceException(ErrorCode code, String message) {
        super(message, null, false, false); // a refusal, not a bug: no stack trace to capture
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
