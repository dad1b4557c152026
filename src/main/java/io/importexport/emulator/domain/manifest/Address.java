package io.importexport.emulator.domain.manifest;

import java.util.ArrayList;
import java.util.List;

/** A validated postal address; {@code countryCode} is the ISO alpha-2 code resolved from {@code country}. */
public record Address(String name, String company, String street1, String street2, String street3, String city,
                      String stateOrProvince, String postalCode, String phoneNumber, String country,
                      String countryCode) {

    /** The same address with its texts interned. */
    public Address interned() {
        return new Address(intern(name), intern(company), intern(street1), intern(street2), intern(street3), intern(city),
                intern(stateOrProvince), intern(postalCode), intern(phoneNumber), intern(country), intern(countryCode));
    }

    private static String intern(String text) {
        return text == null ? null : text.intern();
    }

    /** The address as printed on a label, one line each, without empty lines. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {name, company, street1, street2, street3}) {
            if (line != null) {
                lines.add(line);
            }
        }
        String region = stateOrProvince == null ? "" : ", " + stateOrProvince;
        lines.add(city + region + " " + postalCode);
        lines.add(country);
        lines.add("Phone: " + phoneNumber);
        return lines;
    }
}
