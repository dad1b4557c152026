package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.bucket.Bucket;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.location.Facility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.importexport.emulator.domain.error.ErrorCode.BucketPermissionException;
import static io.importexport.emulator.domain.error.ErrorCode.InvalidAccessKeyIdException;
import static io.importexport.emulator.domain.error.ErrorCode.InvalidAddressException;
import static io.importexport.emulator.domain.error.ErrorCode.InvalidCustomsException;
import static io.importexport.emulator.domain.error.ErrorCode.InvalidFileSystemException;
import static io.importexport.emulator.domain.error.ErrorCode.InvalidManifestFieldException;
import static io.importexport.emulator.domain.error.ErrorCode.MissingCustomsException;
import static io.importexport.emulator.domain.error.ErrorCode.MissingManifestFieldException;
import static io.importexport.emulator.domain.error.ErrorCode.MultipleRegionsException;
import static io.importexport.emulator.domain.error.ErrorCode.NoSuchBucketException;
import static io.importexport.emulator.testing.Manifests.ACCESS_KEY;
import static io.importexport.emulator.testing.Manifests.customs;
import static io.importexport.emulator.testing.Manifests.ebsImport;
import static io.importexport.emulator.testing.Manifests.glacierImport;
import static io.importexport.emulator.testing.Manifests.s3Export;
import static io.importexport.emulator.testing.Manifests.s3Import;
import static io.importexport.emulator.testing.Manifests.with;
import static io.importexport.emulator.testing.Manifests.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ManifestValidatorTest {
    private static final Caller CALLER = Caller.ownAccount(ACCESS_KEY);
    private static final BucketTable TABLE = BucketTable.of(List.of(
            new Bucket("my-import-bucket", "us-east-1", ACCESS_KEY),
            new Bucket("my-log-bucket", "us-east-1", ACCESS_KEY),
            new Bucket("my-media-bucket", "us-east-1", ACCESS_KEY),
            new Bucket("my-docs-bucket", "us-east-1", ACCESS_KEY),
            new Bucket("my-eu-bucket", "eu-west-1", ACCESS_KEY),
            new Bucket("someone-elses-bucket", "us-east-1", "999999999999")));

    private final ManifestParser parser = new ManifestParser();

    private ValidatedManifest validate(JobType type, String manifest, BucketTable buckets) {
        return new ManifestValidator(buckets).validate(type, parser.parse(manifest), CALLER);
    }

    private ValidatedManifest validate(JobType type, String manifest) {
        return validate(type, manifest, BucketTable.everyBucketExists());
    }

    @Test
    void acceptsEachKindOfJobAndDerivesItsDetails() {
        ValidatedManifest s3 = validate(JobType.Import, s3Import());
        assertThat(s3.kind()).isEqualTo(JobKind.S3_IMPORT);
        assertThat(s3.logBucket()).isEqualTo("my-import-bucket");
        assertThat(s3.logKey("7KQ3M")).isEqualTo("import-log-7KQ3M");
        assertThat(s3.facility()).isEqualTo(Facility.US);
        assertThat(s3.returnAddress().countryCode()).isEqualTo("US");
        assertThat(s3.warnings()).containsExactly(ManifestValidator.ERASE_WARNING);

        ValidatedManifest export = validate(JobType.Export, s3Export() + "logPrefix: logs/\n", TABLE);
        assertThat(export.kind()).isEqualTo(JobKind.S3_EXPORT);
        assertThat(export.logKey("53TX4")).isEqualTo("logs/export-log-53TX4");
        assertThat(export.warnings()).isEmpty();

        assertThat(validate(JobType.Import, ebsImport()).kind()).isEqualTo(JobKind.EBS_IMPORT);
        assertThat(validate(JobType.Import, glacierImport()).kind()).isEqualTo(JobKind.GLACIER_IMPORT);
    }

    @Test
    void anArchiveCommentIsCountedInCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDCE6"; // one character, two UTF-16 units
        assertThat(validate(JobType.Import, with(glacierImport(), "archiveComment", "'" + emoji.repeat(997) + "'")).kind())
                .isEqualTo(JobKind.GLACIER_IMPORT);
        assertThatThrownBy(() -> validate(JobType.Import, with(glacierImport(), "archiveComment", "'" + emoji.repeat(998) + "'")))
                .hasMessageContaining("997");
    }

    @Test
    void warnsAboutUnknownOptionsAndBucketNamesThatAreNotDnsCompatible() {
        String manifest = with(s3Import(), "bucket", "My_Legacy_Bucket") + "favouriteColour: blue\n";
        assertThat(validate(JobType.Import, manifest).warningMessage()).isEqualTo(String.join("\n",
                ManifestValidator.ERASE_WARNING,
                "Unknown manifest options were ignored: favouriteColour",
                "The bucket name My_Legacy_Bucket is not DNS-compatible; it can only be addressed in path style."));
    }

    @Test
    void derivesTheFacilityFromTheBucketRegion() {
        String euManifest = with(with(s3Import(), "bucket", "my-eu-bucket"), "country", "Ireland")
                .replace("    stateOrProvince: IL\n", "");
        ValidatedManifest eu = validate(JobType.Import, euManifest, TABLE);
        assertThat(eu.region()).isEqualTo("eu-west-1");
        assertThat(eu.facility()).isEqualTo(Facility.IE);
    }

    static Stream<Arguments> brokenManifests() {
        String canada = with(with(s3Import(), "country", "Canada"), "stateOrProvince", "BC");
        return Stream.of(
                // rules 10–11: manifestVersion
                arguments("no manifestVersion", JobType.Import, without(s3Import(), "manifestVersion"), MissingManifestFieldException, "manifestVersion"),
                arguments("manifestVersion 4.0", JobType.Import, with(s3Import(), "manifestVersion", "4.0"), InvalidManifestFieldException, "manifestVersion"),
                arguments("export with 3.0", JobType.Export, with(s3Export(), "manifestVersion", "3.0"), InvalidManifestFieldException, "manifestVersion 3.0"),
                // rules 12–13: accessKeyId
                arguments("no accessKeyId", JobType.Import, without(s3Import(), "accessKeyId"), MissingManifestFieldException, "accessKeyId"),
                arguments("foreign accessKeyId", JobType.Import, with(s3Import(), "accessKeyId", "AKIAOTHER"), InvalidAccessKeyIdException, "AKIAOTHER"),
                // rule 14: required options per kind
                arguments("no deviceId", JobType.Import, without(s3Import(), "deviceId"), MissingManifestFieldException, "deviceId"),
                arguments("empty deviceId", JobType.Import, with(s3Import(), "deviceId", ""), MissingManifestFieldException, "deviceId"),
                arguments("no returnAddress", JobType.Import, s3Import().substring(0, s3Import().indexOf("returnAddress")), MissingManifestFieldException, "returnAddress"),
                arguments("no eraseDevice", JobType.Import, without(s3Import(), "eraseDevice"), MissingManifestFieldException, "eraseDevice"),
                arguments("no bucket", JobType.Import, without(s3Import(), "bucket"), MissingManifestFieldException, "bucket"),
                arguments("export without fileSystem", JobType.Export, without(s3Export(), "fileSystem"), MissingManifestFieldException, "fileSystem"),
                arguments("export without logBucket", JobType.Export, without(s3Export(), "logBucket"), MissingManifestFieldException, "logBucket"),
                arguments("export without exportBucket", JobType.Export, s3Export().replace("  - exportBucket:my-docs-bucket", "  - prefix:docs/"), MissingManifestFieldException, "operations[1].exportBucket"),
                arguments("3.0 without operations", JobType.Import, ebsImport().substring(0, ebsImport().indexOf("operations")), MissingManifestFieldException, "operations"),
                arguments("ebs without region", JobType.Import, without(ebsImport(), "region"), MissingManifestFieldException, "operations[0].region"),
                arguments("ebs without capacity", JobType.Import, without(ebsImport(), "deviceCapacityGreaterThan1TB"), MissingManifestFieldException, "deviceCapacityGreaterThan1TB"),
                arguments("glacier without vaultName", JobType.Import, without(glacierImport(), "vaultName"), MissingManifestFieldException, "operations[0].vaultName"),
                arguments("ebs without logBucket", JobType.Import, without(ebsImport(), "logBucket"), MissingManifestFieldException, "logBucket"),
                // rule 15
                arguments("export without encryption", JobType.Export, without(s3Export(), "trueCryptPassword"), MissingManifestFieldException, "pinCode or trueCryptPassword"),
                // rule 16: values and formats
                arguments("acl", JobType.Import, s3Import() + "acl: world-writable\n", InvalidManifestFieldException, "acl"),
                arguments("serviceLevel", JobType.Import, s3Import() + "serviceLevel: overnight\n", InvalidManifestFieldException, "serviceLevel"),
                arguments("eraseDevice", JobType.Import, with(s3Import(), "eraseDevice", "maybe"), InvalidManifestFieldException, "eraseDevice"),
                arguments("gz flag", JobType.Import, s3Import() + "setContentEncodingForGzFiles: sometimes\n", InvalidManifestFieldException, "setContentEncodingForGzFiles"),
                arguments("storageClass", JobType.Import, s3Import() + "storageClass: GLACIER\n", InvalidManifestFieldException, "storageClass"),
                arguments("destination", JobType.Import, ebsImport().replace("ebs-snapshot", "tape"), InvalidManifestFieldException, "destination"),
                arguments("source", JobType.Import, with(ebsImport(), "source", "network"), InvalidManifestFieldException, "source"),
                arguments("region", JobType.Import, with(ebsImport(), "region", "mars-north-1"), InvalidManifestFieldException, "mars-north-1"),
                arguments("capacity flag", JobType.Import, with(ebsImport(), "deviceCapacityGreaterThan1TB", "huge"), InvalidManifestFieldException, "deviceCapacityGreaterThan1TB"),
                arguments("two EBS operations", JobType.Import, ebsImport().replace("returnAddress:", "  - destination: ebs-snapshot\nreturnAddress:"), InvalidManifestFieldException, "exactly one"),
                arguments("ignore regex", JobType.Import, s3Import() + "ignore:\n  - '[unclosed'\n", InvalidManifestFieldException, "ignore"),
                arguments("ignore not a list", JobType.Import, s3Import() + "ignore:\n  a: b\n", InvalidManifestFieldException, "ignore must be a list"),
                arguments("empty substitution", JobType.Import, s3Import() + "substitutions:\n  \"a\" : \"\"\n", InvalidManifestFieldException, "substitutions"),
                arguments("archiveComment too long", JobType.Import, with(glacierImport(), "archiveComment", "x".repeat(998)), InvalidManifestFieldException, "997"),
                arguments("vault name", JobType.Import, with(glacierImport(), "vaultName", "no spaces allowed"), InvalidManifestFieldException, "vaultName"),
                arguments("logPrefix too long", JobType.Import, s3Import() + "logPrefix: " + "p".repeat(1010) + "\n", InvalidManifestFieldException, "1024 bytes"),
                arguments("notificationEmail", JobType.Import, s3Import() + "notificationEmail: ops@example.com;not-an-address\n", InvalidManifestFieldException, "not-an-address"),
                arguments("substitutions on 3.0", JobType.Import, ebsImport() + "substitutions:\n  a: b\n", InvalidManifestFieldException, "substitutions is not an option of an Amazon EBS import job"),
                arguments("fileSystem on import", JobType.Import, s3Import() + "fileSystem: NTFS\n", InvalidManifestFieldException, "fileSystem"),
                arguments("deviceId as a map", JobType.Import, with(s3Import(), "deviceId", "{a: b}"), InvalidManifestFieldException, "deviceId must be a single value"),
                arguments("bucket name", JobType.Import, with(s3Import(), "bucket", "ab"), InvalidManifestFieldException, "not a valid bucket name"),
                // rule 17
                arguments("expedited abroad", JobType.Import, canada + "serviceLevel: expeditedShipping\n" + customs(), InvalidManifestFieldException, "expeditedShipping"),
                // rule 18
                arguments("export file system", JobType.Export, with(s3Export(), "fileSystem", "HFS+"), InvalidFileSystemException, "HFS+"),
                // rule 19
                arguments("no city", JobType.Import, without(s3Import(), "city"), InvalidAddressException, "returnAddress.city"),
                arguments("no state in the US", JobType.Import, without(s3Import(), "stateOrProvince"), InvalidAddressException, "stateOrProvince"),
                arguments("PO box", JobType.Import, with(s3Import(), "street1", "P.O. Box 123"), InvalidAddressException, "PO boxes"),
                arguments("unknown country", JobType.Import, with(s3Import(), "country", "Atlantis"), InvalidAddressException, "Atlantis"),
                arguments("a name in Devanagari", JobType.Import, with(s3Import(), "name", "अनीता शर्मा"), InvalidAddressException,
                        "returnAddress.name is written in Devanagari script, which a shipping label cannot print"),
                arguments("a street in Arabic", JobType.Import, with(s3Import(), "street1", "شارع الملك فهد 12"), InvalidAddressException,
                        "returnAddress.street1 is written in Arabic script"),
                arguments("a city in Hebrew", JobType.Import, with(s3Import(), "city", "תל אביב"), InvalidAddressException, "Hebrew"),
                arguments("address not a map", JobType.Import, s3Import().substring(0, s3Import().indexOf("returnAddress")) + "returnAddress: somewhere\n", InvalidManifestFieldException, "returnAddress must be a mapping"),
                // rules 20–21
                arguments("cross-border without customs", JobType.Import, canada, MissingCustomsException, "customs"),
                arguments("customs part missing", JobType.Import, canada + without(customs(), "deviceType"), MissingCustomsException, "customs.deviceType"),
                arguments("customs yes/no", JobType.Import, canada + with(customs(), "encryptedData", "perhaps"), InvalidCustomsException, "encryptedData"),
                arguments("customs value", JobType.Import, canada + with(customs(), "deviceValue", "lots"), InvalidCustomsException, "deviceValue"),
                arguments("customs zero value", JobType.Import, canada + with(customs(), "deviceValue", "0.00"), InvalidCustomsException, "deviceValue"),
                arguments("customs classification", JobType.Import, canada + without(customs(), "encryptionClassification"), InvalidCustomsException, "encryptionClassification"),
                arguments("customs origin", JobType.Import, canada + with(customs(), "deviceCountryOfOrigin", "Narnia"), InvalidCustomsException, "Narnia"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void refusesABrokenManifestWithTheRuleError(String name, JobType type, String manifest, ErrorCode code, String mentions) {
        assertThatThrownBy(() -> validate(type, manifest))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessageContaining(mentions);
    }

    static Stream<Arguments> bucketProblems() {
        return Stream.of(
                arguments("unknown bucket", JobType.Import, with(s3Import(), "bucket", "no-such-bucket"), NoSuchBucketException, "no-such-bucket"),
                arguments("unknown log bucket", JobType.Export, with(s3Export(), "logBucket", "no-such-logs"), NoSuchBucketException, "logBucket"),
                arguments("foreign bucket", JobType.Import, with(s3Import(), "bucket", "someone-elses-bucket"), BucketPermissionException, "write to the bucket someone-elses-bucket"),
                arguments("foreign export bucket", JobType.Export, s3Export().replace("my-docs-bucket", "someone-elses-bucket"), BucketPermissionException, "read from"),
                arguments("export across regions", JobType.Export, s3Export().replace("my-docs-bucket", "my-eu-bucket"), MultipleRegionsException, "eu-west-1"),
                arguments("EBS region apart from log bucket", JobType.Import, with(ebsImport(), "region", "us-west-2"), MultipleRegionsException, "us-west-2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bucketProblems")
    void checksBucketsAgainstTheTable(String name, JobType type, String manifest, ErrorCode code, String mentions) {
        assertThatThrownBy(() -> validate(type, manifest, TABLE))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessageContaining(mentions);
    }

    @Test
    void needsNoCustomsWithinTheEuFromIreland() {
        String germany = with(with(s3Import(), "bucket", "my-eu-bucket"), "country", "DE").replace("    stateOrProvince: IL\n", "");
        assertThat(validate(JobType.Import, germany, TABLE).facility()).isEqualTo(Facility.IE);
    }

    @Test
    void refusesANonEuReturnForAnIrelandJob() {
        String us = with(s3Import(), "bucket", "my-eu-bucket");
        assertThatThrownBy(() -> validate(JobType.Import, us, TABLE))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(InvalidAddressException))
                .hasMessageContaining("EU");
    }

    @Test
    void acceptsACrossBorderReturnWithCustoms() {
        String canada = with(with(s3Import(), "country", "CA"), "stateOrProvince", "BC") + customs();
        assertThat(validate(JobType.Import, canada).returnAddress().countryCode()).isEqualTo("CA");
    }

    @Test
    void stopsAtTheFirstRuleInSpecOrder() {
        // both accessKeyId (rule 13) and deviceId (rule 14) are wrong: rule 13 wins
        String manifest = without(with(s3Import(), "accessKeyId", "AKIAOTHER"), "deviceId");
        assertThatThrownBy(() -> validate(JobType.Import, manifest))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(InvalidAccessKeyIdException));
    }
}
