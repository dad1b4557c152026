package io.importexport.emulator.server;

/** The durable store could not be opened at start: locked, unreachable, refused, or its folder could not be made. */
public final class StoreUnavailableException extends RuntimeException {
    StoreUnavailableException(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }
}
