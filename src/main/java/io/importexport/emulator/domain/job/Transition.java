package io.importexport.emulator.domain.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The states a test can move a job to through the control plane, named like the codes GetStatus shows. */
public enum Transition {
    /** The device arrived at the facility. */
    AtAWS,
    InProgress,
    Success,
    SuccessWithErrors,
    DeviceError,
    MissingDevice,
    MissingSignature,
    InvalidSignature,
    UnsupportedDeviceType,
    UnsupportedFileFormat,
    UnsupportedPowerSupply,
    /** The device was shipped back; carrier and tracking number are set. */
    Returned,
    Canceled,
    Expired;

    public static Optional<Transition> parse(String name) {
        for (Transition transition : values()) {
            if (transition.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT).replace("-", ""))) {
                return Optional.of(transition);
            }
        }
        return Optional.empty();
    }

    /** The aborted progress code of the same name, for the moves that abort a job (DeviceError, ...). */
    Optional<ProgressCode> abortCode() {
        return Arrays.stream(ProgressCode.values()).filter(code -> code.isAborted() && code.name().equals(name())).findFirst();
    }
}
