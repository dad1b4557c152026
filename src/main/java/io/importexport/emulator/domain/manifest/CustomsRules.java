package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.location.Countries;
import io.importexport.emulator.domain.location.Facility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code customs} block (service.md §8.9, rules 20–21): required when the device returns to another country than
 * the facility's, except between the EU (Ireland) facility and an EU member state.
 */
final class CustomsRules {
    private static final List<String> REQUIRED = List.of("dataDescription", "encryptedData", "exportCertifierName",
            "requiresExportLicense", "deviceValue", "deviceCountryOfOrigin", "deviceType", "typeOfExport");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    private CustomsRules() {
    }

    static boolean isRequired(Facility facility, String returnCountryCode) {
        if (facility.countryCode().equals(returnCountryCode)) {
            return false;
        }
        return !(facility == Facility.IE && Countries.isEu(returnCountryCode));
    }

    /** Rule 20: present with every required part. */
    static void checkPresent(Optional<ManifestSection> customs) {
        if (customs.isEmpty()) {
            throw missing("this return crosses a border, so the manifest needs a customs section");
        }
        for (String key : REQUIRED) {
            if (!customs.get().has(key)) {
                throw missing("missing " + customs.get().pathOf(key));
            }
        }
    }

    /** Rule 21: every part valid. */
    static void checkValid(ManifestSection customs) {
        boolean encrypted = yesNo(customs, "encryptedData");
        yesNo(customs, "requiresExportLicense");
        if (encrypted && !customs.has("encryptionClassification")) {
            throw invalid(customs.pathOf("encryptionClassification") + " is required when encryptedData is yes");
        }
        String value = customs.requiredText("deviceValue");
        if (!AMOUNT.matcher(value).matches() || new BigDecimal(value).signum() <= 0) {
            throw invalid(customs.pathOf("deviceValue") + " must be a positive amount in US dollars, such as 250.00");
        }
        String origin = customs.requiredText("deviceCountryOfOrigin");
        if (Countries.isoCode(origin).isEmpty()) {
            throw invalid(customs.pathOf("deviceCountryOfOrigin") + " '" + origin + "' is not a known country");
        }
    }

    private static boolean yesNo(ManifestSection customs, String key) {
        String value = customs.requiredText(key);
        if (!value.equalsIgnoreCase("yes") && !value.equalsIgnoreCase("no")) {
            throw invalid(customs.pathOf(key) + " must be yes or no");
        }
        return value.equalsIgnoreCase("yes");
    }

    private static ServiceException missing(String reason) {
        return new ServiceException(ErrorCode.MissingCustomsException, "Missing customs information: " + reason);
    }

    private static ServiceException invalid(String reason) {
        return new ServiceException(ErrorCode.InvalidCustomsException, "Invalid customs information: " + reason);
    }
}
