package io.importexport.emulator.domain.job;

/** How far the job has come (spec §6.4). */
public enum ProgressCode {
    Pending("The specified job has not started."),
    InProgress("The data on your device is currently being loaded."),
    Success("The data loaded successfully."),
    SuccessWithErrors("The data load completed with errors."),
    Canceled("The job was canceled."),
    Expired("The job expired."),
    DeviceError("The job was aborted. Your device would not function properly."),
    MissingDevice("The job was aborted. Your device, power supply, or device connectors were missing."),
    MissingSignature("The job was aborted. The SIGNATURE file was missing."),
    InvalidSignature("The job was aborted. The SIGNATURE file was invalid."),
    UnsupportedDeviceType("The job was aborted. The device type is not supported."),
    UnsupportedFileFormat("The job was aborted. The file system is not supported."),
    UnsupportedPowerSupply("The job was aborted. The power supply is not supported.");

    private final String message;

    ProgressCode(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
