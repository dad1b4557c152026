package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.location.Countries;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Validates an address (service.md §8.4 for a manifest's {@code returnAddress}, §10 for a shipping label's sender):
 * the required parts, a state or province for the US and Canada, a known country, and no PO boxes.
 */
public final class AddressRules {
    private static final Pattern PO_BOX = Pattern.compile(
            "\\b(?:P\\.?\\s*O\\.?\\s*Box|Post\\s+Office\\s+Box|Postfach)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Scripts a shipping label cannot print: their letters change shape with their neighbours (Arabic, the Indic
     * scripts, Thai, ...) or run right to left (Hebrew), and the label writes characters one by one, left to right.
     * An address in one of them is refused rather than printed garbled (docs/behaviour.md, Shipping labels).
     */
    static final Set<Character.UnicodeScript> UNPRINTABLE_SCRIPTS = EnumSet.of(Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.SYRIAC, Character.UnicodeScript.THAANA, Character.UnicodeScript.NKO,
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.TIBETAN, Character.UnicodeScript.MYANMAR,
            Character.UnicodeScript.KHMER, Character.UnicodeScript.MONGOLIAN);
    private static final List<String> PARTS = List.of("name", "company", "street1", "street2", "street3", "city", "stateOrProvince",
            "postalCode", "phoneNumber", "country");

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
        for (String key : PARTS) {
            String text = part.apply(key);
            if (text != null) {
                text.codePoints().mapToObj(Character.UnicodeScript::of).filter(UNPRINTABLE_SCRIPTS::contains).findFirst().ifPresent(script -> {
                    throw invalid(nameOf.apply(key) + " is written in " + scriptName(script)
                            + " script, which a shipping label cannot print; write the address in Latin script");
                });
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

    /** {@code DEVANAGARI} as "Devanagari". */
    private static String scriptName(Character.UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static ServiceException invalid(String reason) {
        return new ServiceException(ErrorCode.InvalidAddressException, "Invalid address: " + reason);
    }
}
