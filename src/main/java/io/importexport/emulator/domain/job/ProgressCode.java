package io.importexport.emulator.domain.job;

/** How far the job has come (service.md §6.4); messages that name the log or the error count are filled in by {@link Job}. */
public enum ProgressCode {
    Pending("The specified job has not started."),
    InProgress("The data on your device is currently being loaded."),
    Success("The data loaded successfully."),
    SuccessWithErrors("The data load completed with errors."),
    Canceled("The job was canceled."),
    Expired("The job expired."),
    DeviceError("The job was aborted. Your device would not function properly.", true),
    MissingDevice("The job was aborted. Your device, power supply, or device connectors were missing.", true),
    MissingSignature("The job was aborted. The SIGNATURE file was missing.", true),
    InvalidSignature("The job was aborted. The SIGNATURE file was invalid.", true),
    UnsupportedDeviceType("The job was aborted. The device type is not supported.", true),
    UnsupportedFileFormat("The job was aborted. The file system is not supported.", true),
    UnsupportedPowerSupply("The job was aborted. The power supply is not supported.", true);

    private final String message;
    private final boolean aborted;

    ProgressCode(String message) {
        this(message, false);
    }

    ProgressCode(String message, boolean aborted) {
        this.message = message;
        this.aborted = aborted;
    }

    public String message() {
        return message;
    }

    /** AWS stopped work on the device because of a problem with it. */
    public boolean isAborted() {
        return aborted;
    }

    /** The data transfer ended, with or without errors, or never started because of a device problem. */
    public boolean isProcessed() {
        return this == Success || this == SuccessWithErrors || isAborted();
    }

    /** No operation moves the job on from here, except returning the device. */
    public boolean isFinal() {
        return this == Canceled || this == Expired || isProcessed();
    }
}
