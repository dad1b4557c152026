package io.importexport.emulator.domain.location;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves the country of an address, written as an English name or an ISO 3166 alpha-2/alpha-3 code. */
public final class Countries {
    private static final Map<String, String> ISO_CODE_BY_NAME = new HashMap<>();

    /**
     * Member states while the service shipped devices (2009–2017), for the rule that EU (Ireland) jobs ship
     * from and return to the EU; the United Kingdom was one of them then.
     */
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB");

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            ISO_CODE_BY_NAME.put(alpha2, alpha2);
            ISO_CODE_BY_NAME.put(locale.getISO3Country(), alpha2);
            ISO_CODE_BY_NAME.put(locale.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), alpha2);
        }
        Map.of("UNITED STATES OF AMERICA", "US", "U.S.A.", "US", "U.S.", "US", "UK", "GB", "GREAT BRITAIN", "GB",
                "ENGLAND", "GB", "SOUTH KOREA", "KR", "KOREA", "KR", "RUSSIA", "RU")
                .forEach(ISO_CODE_BY_NAME::put);
    }

    private Countries() {
    }

    /** The ISO alpha-2 code, or empty for text that names no country. */
    public static Optional<String> isoCode(String text) {
        return Optional.ofNullable(ISO_CODE_BY_NAME.get(text.trim().toUpperCase(Locale.ROOT)));
    }

    public static boolean isEu(String isoCode) {
        return EU.contains(isoCode);
    }
}
