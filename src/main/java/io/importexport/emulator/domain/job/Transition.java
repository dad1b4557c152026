package io.importexport.emulator.domain.job;

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

    ProgressCode abortCode() {
        return ProgressCode.valueOf(name());
    }

    boolean isAbort() {
        return ordinal() >= DeviceError.ordinal() && ordinal() <= UnsupportedPowerSupply.ordinal();
    }
}
