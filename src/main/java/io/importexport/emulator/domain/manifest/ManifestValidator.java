package io.importexport.emulator.domain.manifest;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.bucket.Bucket;
import io.importexport.emulator.domain.bucket.BucketResolver;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.location.Countries;
import io.importexport.emulator.domain.location.Facility;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static io.importexport.emulator.domain.manifest.ManifestSection.invalid;
import static io.importexport.emulator.domain.manifest.ManifestSection.missing;

/**
 * Checks a parsed manifest against rules 10–24 of service.md §9, in that order, stopping at the first failure.
 * (Rules 1–9 concern the request and are checked before a manifest is parsed; rule 25, the quota, needs the
 * job store.)
 */
public final class ManifestValidator {
    public static final String ERASE_WARNING = "**** Device will be erased before being returned. ****";
    static final int MAX_LOG_KEY_BYTES = 1024;
    static final int MAX_ARCHIVE_COMMENT_CHARS = 997;

    private static final Set<String> ACLS = Set.of("private", "public-read", "public-read-write", "authenticated-read");
    private static final Set<String> SERVICE_LEVELS = Set.of("standard", "expeditedShipping");
    private static final Set<String> STORAGE_CLASSES = Set.of("STANDARD", "REDUCED_REDUNDANCY");
    private static final Set<String> EXPORT_FILE_SYSTEMS = Set.of("NTFS", "EXT4");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern VAULT_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,255}");
    /** us-east-1 still accepted the legacy names: upper case, underscores, up to 255 characters. */
    private static final Pattern LEGACY_BUCKET_NAME = Pattern.compile("[A-Za-z0-9._-]{3,255}");
    private static final Pattern DNS_BUCKET_NAME = Pattern.compile("(?!\\d+\\.\\d+\\.\\d+\\.\\d+$)(?!.*\\.\\.)(?!.*-\\.)(?!.*\\.-)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private final BucketResolver buckets;

    public ManifestValidator(BucketResolver buckets) {
        this.buckets = buckets;
    }

    public ValidatedManifest validate(JobType jobType, ManifestSection manifest, Caller caller) {
        JobKind kind = checkVersionAndKey(jobType, manifest, caller);
        ManifestSection returnAddress = checkRequiredOptions(kind, manifest);
        List<String> warnings = new ArrayList<>();
        checkOptionValues(kind, manifest, warnings);

        String logBucket = manifest.text("logBucket").orElseGet(() -> manifest.requiredText("bucket"));
        Map<String, String> bucketFields = bucketFields(kind, manifest, logBucket);
        checkBucketNames(bucketFields, warnings);
        Optional<String> operationRegion = kind.isImageImport()
                ? manifest.sections("operations").get(0).text("region") : Optional.empty();
        String region = operationRegion.orElseGet(() -> firstKnownRegion(bucketFields, caller));
        Facility facility = Facility.forRegion(region).orElseThrow();

        checkServiceLevel(manifest, facility, returnAddress);
        if (kind == JobKind.S3_EXPORT) {
            checkFileSystem(manifest);
        }
        Address address = AddressRules.returnAddress(returnAddress);
        if (facility == Facility.IE && !Countries.isEu(address.countryCode())) {
            throw AddressRules.invalid("devices of an EU (Ireland) job must return to an address in the EU");
        }
        if (CustomsRules.isRequired(facility, address.countryCode())) {
            Optional<ManifestSection> customs = customs(manifest);
            CustomsRules.checkPresent(customs);
            CustomsRules.checkValid(customs.get());
        }
        checkBuckets(kind, bucketFields, operationRegion, caller);
        return new ValidatedManifest(kind, region, facility, logBucket, manifest.text("logPrefix").orElse(""),
                address, List.copyOf(warnings));
    }

    /** Rules 10–13 and the job kind (service.md §8.1). */
    private static JobKind checkVersionAndKey(JobType jobType, ManifestSection manifest, Caller caller) {
        String version = manifest.requiredText("manifestVersion");
        if (!JobKind.manifestVersions().contains(version)) {
            throw invalid("manifestVersion must be " + String.join(" or ", JobKind.manifestVersions()) + ", not '" + version + "'");
        }
        if (jobType == JobType.Export && !version.equals(JobKind.S3_EXPORT.manifestVersion())) {
            throw invalid("manifestVersion " + version + " is for EBS and Glacier imports; an export job needs manifestVersion "
                    + JobKind.S3_EXPORT.manifestVersion());
        }
        String accessKeyId = manifest.requiredText("accessKeyId");
        if (!accessKeyId.equals(caller.accessKeyId())) {
            throw new ServiceException(ErrorCode.InvalidAccessKeyIdException, "The accessKeyId in the manifest ("
                    + accessKeyId + ") is not the access key that signed the request (" + caller.accessKeyId() + ")");
        }
        if (jobType == JobType.Export) {
            return JobKind.S3_EXPORT;
        }
        if (version.equals(JobKind.S3_IMPORT.manifestVersion())) {
            return JobKind.S3_IMPORT;
        }
        List<ManifestSection> operations = manifest.sections("operations");
        if (operations.isEmpty()) {
            throw missing("operations");
        }
        if (operations.size() != 1) {
            throw invalid("operations of an EBS or Glacier import job must hold exactly one entry, not " + operations.size());
        }
        ManifestSection operation = operations.get(0);
        String destination = operation.requiredText("destination");
        return switch (destination) {
            case "ebs-snapshot" -> JobKind.EBS_IMPORT;
            case "glacier" -> JobKind.GLACIER_IMPORT;
            default -> throw invalid(operation.pathOf("destination") + " must be ebs-snapshot or glacier, not '" + destination + "'");
        };
    }

    /** Rules 14–15; returns the return address section, which rule 19 checks in depth. */
    private static ManifestSection checkRequiredOptions(JobKind kind, ManifestSection manifest) {
        manifest.requiredText("deviceId");
        ManifestSection returnAddress = manifest.section("returnAddress").orElseThrow(() -> missing("returnAddress"));
        if (kind.isImport()) {
            manifest.requiredText("eraseDevice");
        }
        switch (kind) {
            case S3_IMPORT -> manifest.requiredText("bucket");
            case S3_EXPORT -> {
                manifest.requiredText("fileSystem");
                List<ManifestSection> operations = manifest.sections("operations");
                if (operations.isEmpty()) {
                    throw missing("operations");
                }
                manifest.requiredText("logBucket");
                operations.forEach(operation -> operation.requiredText("exportBucket"));
                if (!manifest.has("pinCode") && !manifest.has("trueCryptPassword")) {
                    throw missing("pinCode or trueCryptPassword (exported data is always encrypted)");
                }
            }
            case EBS_IMPORT, GLACIER_IMPORT -> {
                manifest.requiredText("logBucket");
                ManifestSection operation = manifest.sections("operations").get(0);
                List<String> required = kind == JobKind.EBS_IMPORT
                        ? List.of("source", "region", "deviceCapacityGreaterThan1TB")
                        : List.of("source", "region", "vaultName", "archiveComment");
                required.forEach(operation::requiredText);
            }
        }
        return returnAddress;
    }

    /** Rule 16: enumerations, formats, and options that do not belong to this kind of job. */
    private static void checkOptionValues(JobKind kind, ManifestSection manifest, List<String> warnings) {
        Set<String> unknown = new TreeSet<>();
        for (String option : manifest.keys()) {
            if (!kind.accepts(option)) {
                if (JobKind.isKnownOption(option)) {
                    throw invalid(option + " is not an option of " + kind);
                }
                unknown.add(option);
            }
        }
        if (kind.isImport() && yesNo(manifest, "eraseDevice")) {
            warnings.add(ERASE_WARNING);
        }
        oneOf(manifest, "serviceLevel", SERVICE_LEVELS);
        oneOf(manifest, "acl", ACLS);
        oneOf(manifest, "storageClass", STORAGE_CLASSES);
        if (manifest.has("setContentEncodingForGzFiles")) {
            yesNo(manifest, "setContentEncodingForGzFiles");
        }
        manifest.textMap("contentTypes");
        manifest.textMap("staticMetadata");
        for (String expression : manifest.texts("ignore")) {
            try {
                Pattern.compile(expression);
            } catch (PatternSyntaxException e) {
                throw invalid("ignore entry '" + expression + "' is not a valid Java regular expression: " + e.getDescription());
            }
        }
        manifest.textMap("substitutions").forEach((from, to) -> {
            if (from.isEmpty() || to.isEmpty()) {
                throw invalid("substitutions must map a non-empty text to a non-empty text ('" + from + "' : '" + to + "')");
            }
        });
        String logName = manifest.text("logPrefix").orElse("") + kind.logNamePrefix();
        if (logName.getBytes(StandardCharsets.UTF_8).length + IdGenerator.JOB_ID_LENGTH > MAX_LOG_KEY_BYTES) {
            throw invalid("logPrefix is too long: logPrefix plus the log name must fit in " + MAX_LOG_KEY_BYTES + " bytes");
        }
        for (String address : manifest.text("notificationEmail").map(text -> text.split(";")).orElse(new String[0])) {
            if (!EMAIL.matcher(address.trim()).matches()) {
                throw invalid("notificationEmail '" + address.trim() + "' is not an e-mail address (separate several with ;)");
            }
        }
        if (kind.isImageImport()) {
            checkImageOperation(kind, manifest.sections("operations").get(0));
        }
        if (!unknown.isEmpty()) {
            warnings.add("Unknown manifest options were ignored: " + String.join(", ", unknown));
        }
    }

    private static void checkImageOperation(JobKind kind, ManifestSection operation) {
        String source = operation.requiredText("source");
        if (!source.equals("device")) {
            throw invalid(operation.pathOf("source") + " must be device, not '" + source + "'");
        }
        String region = operation.requiredText("region");
        if (!Facility.isServedRegion(region)) {
            throw invalid(operation.pathOf("region") + " '" + region + "' is not a region AWS Import/Export serves");
        }
        if (kind == JobKind.EBS_IMPORT) {
            yesNo(operation, "deviceCapacityGreaterThan1TB");
            return;
        }
        String vault = operation.requiredText("vaultName");
        if (!VAULT_NAME.matcher(vault).matches()) {
            throw invalid(operation.pathOf("vaultName") + " '" + vault + "' is not a valid Glacier vault name");
        }
        String comment = operation.requiredText("archiveComment");
        if (comment.codePointCount(0, comment.length()) > MAX_ARCHIVE_COMMENT_CHARS) { // characters, not UTF-16 units
            throw invalid(operation.pathOf("archiveComment") + " is longer than " + MAX_ARCHIVE_COMMENT_CHARS + " characters");
        }
    }

    /** Every bucket the job names, by name, with the field that names it first. */
    private static Map<String, String> bucketFields(JobKind kind, ManifestSection manifest, String logBucket) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (kind == JobKind.S3_IMPORT) {
            fields.put(manifest.requiredText("bucket"), "bucket");
        }
        if (kind == JobKind.S3_EXPORT) {
            for (ManifestSection operation : manifest.sections("operations")) {
                fields.putIfAbsent(operation.requiredText("exportBucket"), operation.pathOf("exportBucket"));
            }
        }
        fields.putIfAbsent(logBucket, "logBucket");
        return fields;
    }

    private static void checkBucketNames(Map<String, String> bucketFields, List<String> warnings) {
        bucketFields.forEach((name, field) -> {
            if (!LEGACY_BUCKET_NAME.matcher(name).matches()) {
                throw invalid(field + " '" + name + "' is not a valid bucket name");
            }
            if (!DNS_BUCKET_NAME.matcher(name).matches()) {
                warnings.add("The bucket name " + name + " is not DNS-compatible; it can only be addressed in path style.");
            }
        });
    }

    private String firstKnownRegion(Map<String, String> bucketFields, Caller caller) {
        for (String name : bucketFields.keySet()) {
            Optional<Bucket> bucket = buckets.find(name, caller.accountId());
            if (bucket.isPresent()) {
                return bucket.get().region();
            }
        }
        return Facility.DEFAULT_REGION;
    }

    /** Rule 17: two-day return only from a US facility to a US address. */
    private static void checkServiceLevel(ManifestSection manifest, Facility facility, ManifestSection returnAddress) {
        if (!manifest.text("serviceLevel").orElse("standard").equals("expeditedShipping")) {
            return;
        }
        Optional<String> country = returnAddress.text("country").flatMap(Countries::isoCode);
        if (facility != Facility.US || country.isPresent() && !country.get().equals("US")) {
            throw invalid("serviceLevel expeditedShipping is only available from a US facility to a US address");
        }
    }

    /** Rule 18. */
    private static void checkFileSystem(ManifestSection manifest) {
        String fileSystem = manifest.requiredText("fileSystem");
        if (!EXPORT_FILE_SYSTEMS.contains(fileSystem.toUpperCase(Locale.ROOT))) {
            throw new ServiceException(ErrorCode.InvalidFileSystemException, "The file system " + fileSystem
                    + " is not supported for export; use NTFS or EXT4");
        }
    }

    private static Optional<ManifestSection> customs(ManifestSection manifest) {
        try {
            return manifest.section("customs");
        } catch (ServiceException e) {
            throw new ServiceException(ErrorCode.InvalidCustomsException, "Invalid customs information: customs must be a mapping of names to values");
        }
    }

    /** Rules 22–24: every bucket exists, the caller may use it, and the job stays in one region. */
    private void checkBuckets(JobKind kind, Map<String, String> bucketFields, Optional<String> operationRegion, Caller caller) {
        Map<String, Bucket> found = new LinkedHashMap<>();
        bucketFields.forEach((name, field) -> found.put(name, buckets.find(name, caller.accountId())
                .orElseThrow(() -> new ServiceException(ErrorCode.NoSuchBucketException,
                        "The bucket " + name + " named by " + field + " does not exist"))));
        found.forEach((name, bucket) -> {
            if (!bucket.ownerAccountId().equals(caller.accountId())) {
                String access = kind == JobKind.S3_EXPORT && !"logBucket".equals(bucketFields.get(name)) ? "read from" : "write to";
                throw new ServiceException(ErrorCode.BucketPermissionException,
                        "Your account does not have permission to " + access + " the bucket " + name);
            }
        });
        Set<String> regions = new LinkedHashSet<>();
        found.values().forEach(bucket -> regions.add(bucket.region()));
        operationRegion.ifPresent(regions::add);
        if (regions.size() > 1) {
            throw new ServiceException(ErrorCode.MultipleRegionsException,
                    "The buckets and destination of a job must be in one region, but this job spans " + String.join(", ", regions));
        }
    }

    private static boolean yesNo(ManifestSection section, String key) {
        String value = section.requiredText(key);
        if (!value.equalsIgnoreCase("yes") && !value.equalsIgnoreCase("no")) {
            throw invalid(section.pathOf(key) + " must be yes or no, not '" + value + "'");
        }
        return value.equalsIgnoreCase("yes");
    }

    private static void oneOf(ManifestSection manifest, String key, Set<String> allowed) {
        Optional<String> value = manifest.text(key);
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw invalid(key + " must be one of " + new TreeSet<>(allowed) + ", not '" + value.get() + "'");
        }
    }
}
