package io.importexport.emulator.replay;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a mask hides from a replay's comparison, so that values that legitimately differ between runs compare equal:
 * the named ones ({@code request-id}, {@code job-id}, {@code date}, {@code signature}), and {@code field:NAME}, the
 * value of an XML element or a JSON field of that name (e.g. {@code field:TrackingNumber}, {@code field:since}).
 */
public final class ReplayMasks {
    private static final Map<String, List<Pattern>> NAMED = Map.of(
            "request-id", List.of(Pattern.compile("(?<=<RequestId>)[^<]*"), Pattern.compile("(?m)(?<=x-amzn-RequestId: ).*$")),
            "job-id", List.of(Pattern.compile("(?<=<JobId>)[^<]*"),
                    Pattern.compile("(?<=jobId:|JOBID |import-log-|export-log-|shipping-label-)[1-9A-NP-Z]{5}"),
                    Pattern.compile("(?<=/artifacts/|/jobs/|\"jobId\":\")[1-9A-NP-Z]{5}")),
            "date", List.of(Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z")),
            "signature", List.of(Pattern.compile("(?<=<Signature>)[^<]*"), Pattern.compile("(?<=signature:)[A-Za-z0-9+/=]+")));
    private static final String FIELD = "field:";
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private ReplayMasks() {
    }

    /** The mask of an XML element or JSON field, e.g. {@code field:TrackingNumber}. */
    public static String field(String name) {
        return FIELD + name;
    }

    /** @throws IllegalArgumentException for a mask that is neither named nor a field */
    public static void check(String mask) {
        patterns(mask);
    }

    static String apply(String text, List<String> masks) {
        String masked = text;
        for (String mask : masks) {
            for (Pattern pattern : patterns(mask)) {
                masked = pattern.matcher(masked).replaceAll("<" + mask + ">");
            }
        }
        return masked;
    }

    private static List<Pattern> patterns(String mask) {
        if (mask.startsWith(FIELD) && FIELD_NAME.matcher(mask.substring(FIELD.length())).matches()) {
            String name = Pattern.quote(mask.substring(FIELD.length()));
            return List.of(Pattern.compile("(?<=<" + name + ">)[^<]*(?=</" + name + ">)"),
                    Pattern.compile("(?<=\"" + name + "\":)(\"([^\"\\\\]|\\\\.)*\"|[^,}\\]]*)"));
        }
        List<Pattern> named = NAMED.get(mask);
        if (named == null) {
            throw new IllegalArgumentException("unknown mask '" + mask + "'; known: " + NAMED.keySet().stream().sorted().toList()
                    + " and field:NAME");
        }
        return named;
    }
}
