package io.importexport.emulator.domain.job;

/** Where the device is (service.md §6.4); the messages are the live service's where one was captured. */
public enum LocationCode {
    NotReceived("AWS has not received your device."),
    AtAWS("Your device is at AWS."),
    Returned("Your device has been returned.");

    private final String message;

    LocationCode(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
