package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.location.Countries;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Validates an address (service.md §8.4 for a manifest's {@code returnAddress}, §10 for a shipping label's sender):
 * the required parts, a state or province for the US and Canada, a known country, and no PO boxes.
 */
public final class AddressRules {
    private static final Pattern PO_BOX = Pattern.compile(
            "\\b(?:P\\.?\\s*O\\.?\\s*Box|Post\\s+Office\\s+Box|Postfach)\\b", Pattern.CASE_INSENSITIVE);

    private AddressRules() {
    }

    /** The manifest's {@code returnAddress}: company optional. */
    public static Address returnAddress(ManifestSection section) {
        return validate(key -> section.text(key).orElse(null), section::pathOf, false);
    }

    /** A label sender address from request parameters: company required, as the Web Service Tool asked. */
    public static Address labelAddress(Map<String, String> parts) {
        return validate(key -> blankToNull(parts.get(key)), key -> key, true);
    }

    private static Address validate(Function<String, String> part, Function<String, String> nameOf, boolean companyRequired) {
        String[] required = companyRequired
                ? new String[] {"name", "company", "street1", "city", "postalCode", "phoneNumber", "country"}
                : new String[] {"name", "street1", "city", "postalCode", "phoneNumber", "country"};
        for (String key : required) {
            if (part.apply(key) == null) {
                throw invalid("the address has no " + nameOf.apply(key));
            }
        }
        String country = part.apply("country");
        String countryCode = Countries.isoCode(country)
                .orElseThrow(() -> invalid(nameOf.apply("country") + " '" + country + "' is not a known country"));
        String state = part.apply("stateOrProvince");
        if (state == null && ("US".equals(countryCode) || "CA".equals(countryCode))) {
            throw invalid("addresses in the United States and Canada need " + nameOf.apply("stateOrProvince"));
        }
        for (String street : new String[] {"street1", "street2", "street3"}) {
            String line = part.apply(street);
            if (line != null && PO_BOX.matcher(line).find()) {
                throw invalid("AWS does not ship to PO boxes (" + nameOf.apply(street) + ")");
            }
        }
        return new Address(part.apply("name"), part.apply("company"), part.apply("street1"), part.apply("street2"),
                part.apply("street3"), part.apply("city"), state, part.apply("postalCode"), part.apply("phoneNumber"),
                country, countryCode);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static ServiceException invalid(String reason) {
        return new ServiceException(ErrorCode.InvalidAddressException, "Invalid address: " + reason);
    }
}
