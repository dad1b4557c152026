package io.importexport.emulator.domain.location;

import java.util.Optional;

/**
 * The data-loading facilities (service.md §13): the region of a job's buckets or operations decides where the device
 * goes, which country customs rules start from, and which carrier brings it back.
 */
public enum Facility {
    US("US", "UPS", new String[] {"2646 Rainier Ave South Suite 1060", "Seattle, WA 98144"}),
    IE("IE", "UPS", new String[] {"Unit 4029 Citywest Avenue", "Dublin 24, Ireland"}),
    SG("SG", "DHL", new String[] {"2 Changi South Lane", "Singapore 486123"});

    /** The region used when nothing in the manifest names one (every bucket lives here by default). */
    public static final String DEFAULT_REGION = "us-east-1";

    private final String countryCode;
    private final String carrier;
    private final String[] streetLines;

    Facility(String countryCode, String carrier, String[] streetLines) {
        this.countryCode = countryCode;
        this.carrier = carrier;
        this.streetLines = streetLines;
    }

    /** The facility serving a region, empty for a region the service never served. */
    public static Optional<Facility> forRegion(String region) {
        return switch (region) {
            case "us-east-1", "us-west-1", "us-west-2" -> Optional.of(US);
            case "eu-west-1" -> Optional.of(IE);
            case "ap-southeast-1" -> Optional.of(SG);
            default -> Optional.empty();
        };
    }

    public static boolean isServedRegion(String region) {
        return forRegion(region).isPresent();
    }

    public String countryCode() {
        return countryCode;
    }

    /** The return carrier; international returns from the US travel with DHL (service.md §6.6). */
    public String carrierTo(String returnCountryCode) {
        return this == US && !"US".equals(returnCountryCode) ? "DHL" : carrier;
    }

    /** The legacy {@code AwsShippingAddress} text: where to send the device for this job. */
    public String shippingAddress(String jobId) {
        return "AWS Import/Export\nJOBID " + jobId + "\n" + String.join("\n", streetLines);
    }
}
