package io.importexport.emulator.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Valid manifests of each job kind (service.md §8.10) and small edits for tests that break one rule at a time. */
public final class Manifests {
    public static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    public static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private static final String RETURN_ADDRESS = """
            returnAddress:
                name: Maria Garcia
                street1: 500 Example Blvd
                city: Springfield
                stateOrProvince: IL
                postalCode: 62701
                phoneNumber: 217-555-0142
                country: USA
            """;

    private Manifests() {
    }

    public static String s3Import() {
        return """
                manifestVersion: 2.0
                accessKeyId: AKIAIOSFODNN7EXAMPLE
                deviceId: WD-WCC4E1234567
                eraseDevice: yes
                bucket: my-import-bucket
                """ + RETURN_ADDRESS;
    }

    /** The spec's export example, written DG-style without a space after each colon. */
    public static String s3Export() {
        return """
                manifestVersion:2.0
                accessKeyId:AKIAIOSFODNN7EXAMPLE
                deviceId:HD-7731
                fileSystem:NTFS
                logBucket:my-log-bucket
                trueCryptPassword:Tr0ub4dor&3
                operations:
                  - exportBucket:my-media-bucket
                    prefix:video/
                  - exportBucket:my-docs-bucket
                returnAddress:
                    name:Tom Okafor
                    street1:42 Sample Road
                    city:Portland
                    stateOrProvince:OR
                    postalCode:97201
                    phoneNumber:503-555-0199
                    country:USA
                """;
    }

    public static String ebsImport() {
        return """
                manifestVersion: 3.0
                accessKeyId: AKIAIOSFODNN7EXAMPLE
                deviceId: HITACHI-JK1101
                logBucket: my-log-bucket
                eraseDevice: yes
                operations:
                  - destination: ebs-snapshot
                    source: device
                    region: us-east-1
                    deviceCapacityGreaterThan1TB: no
                """ + RETURN_ADDRESS;
    }

    public static String glacierImport() {
        return """
                manifestVersion: 3.0
                accessKeyId: AKIAIOSFODNN7EXAMPLE
                deviceId: TOSHIBA-X300-0042
                logBucket: my-log-bucket
                eraseDevice: no
                operations:
                  - destination: glacier
                    source: device
                    region: us-east-1
                    vaultName: example-archive-2014
                    archiveComment: nightly backups January 2014
                """ + RETURN_ADDRESS;
    }

    /** A customs block for a return from the US facility to another country. */
    public static String customs() {
        return """
                customs:
                    dataDescription: Engineering test measurements
                    encryptedData: yes
                    encryptionClassification: 5D992
                    exportCertifierName: Tom Okafor
                    requiresExportLicense: no
                    deviceValue: 180.00
                    deviceCountryOfOrigin: Thailand
                    deviceType: externalStorageDevice
                    typeOfExport: return
                """;
    }

    /** The manifest without the (first) line that sets {@code key}, at whatever indentation. */
    public static String without(String manifest, String key) {
        return line(manifest, key).replaceFirst("");
    }

    /** The manifest with {@code key}'s (first) value replaced, keeping its indentation. */
    public static String with(String manifest, String key, String value) {
        Matcher matcher = line(manifest, key);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no line sets " + key);
        }
        return manifest.substring(0, matcher.start()) + matcher.group(1) + key + ": " + value + "\n"
                + manifest.substring(matcher.end());
    }

    private static Matcher line(String manifest, String key) {
        return Pattern.compile("(?m)^([ \\t]*(?:- )?)" + Pattern.quote(key) + ":.*\\R").matcher(manifest);
    }
}
