package io.importexport.emulator.admin;

/** The control plane refused a call; {@code code} and {@code status} as its JSON error says them. */
public class AdminException extends RuntimeException {
    private final int status;
    private final String code;

    public AdminException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
