package io.importexport.emulator.domain.manifest;

import java.util.Set;
import java.util.TreeSet;

/** The four kinds of job (service.md §1) and the manifest options each accepts (service.md §8.3–8.8). */
public enum JobKind {
    S3_IMPORT("an Amazon S3 import", JobType.Import, "2.0", Set.of(
            "bucket", "eraseDevice", "acl", "cacheControl", "contentDisposition", "contentLanguage", "contentTypes",
            "defaultContentType", "diskTimestampMetadataKey", "expires", "ignore", "pinCode", "prefix",
            "setContentEncodingForGzFiles", "staticMetadata", "storageClass", "substitutions", "trueCryptPassword")),
    S3_EXPORT("an Amazon S3 export", JobType.Export, "2.0", Set.of(
            "fileSystem", "operations", "recoveryDirectory", "pinCode", "trueCryptPassword", "substitutions")),
    EBS_IMPORT("an Amazon EBS import", JobType.Import, "3.0", Set.of("eraseDevice", "operations")),
    GLACIER_IMPORT("an Amazon Glacier import", JobType.Import, "3.0", Set.of("eraseDevice", "operations"));

    /** Options every kind accepts. */
    static final Set<String> COMMON_OPTIONS = Set.of(
            "manifestVersion", "accessKeyId", "deviceId", "generator", "logBucket", "logPrefix",
            "notificationEmail", "returnAddress", "serviceLevel", "customs");

    private final String description;
    private final JobType jobType;
    private final String manifestVersion;
    private final Set<String> ownOptions;

    JobKind(String description, JobType jobType, String manifestVersion, Set<String> ownOptions) {
        this.description = description;
        this.jobType = jobType;
        this.manifestVersion = manifestVersion;
        this.ownOptions = ownOptions;
    }

    public JobType jobType() {
        return jobType;
    }

    public String manifestVersion() {
        return manifestVersion;
    }

    /** EBS and Glacier imports: one image operation, a signature page instead of a SIGNATURE file (service.md §4.1, §7). */
    public boolean isImageImport() {
        return this == EBS_IMPORT || this == GLACIER_IMPORT;
    }

    /** The manifest versions any kind takes. */
    static Set<String> manifestVersions() {
        Set<String> versions = new TreeSet<>();
        for (JobKind kind : values()) {
            versions.add(kind.manifestVersion);
        }
        return versions;
    }

    public boolean isImport() {
        return jobType == JobType.Import;
    }

    /** The job's log object name without prefix, e.g. {@code import-log-} (service.md §6.6). */
    public String logNamePrefix() {
        return isImport() ? "import-log-" : "export-log-";
    }

    boolean accepts(String option) {
        return COMMON_OPTIONS.contains(option) || ownOptions.contains(option);
    }

    /** Whether any kind knows the option, i.e. it is misplaced here rather than unknown. */
    static boolean isKnownOption(String option) {
        for (JobKind kind : values()) {
            if (kind.accepts(option)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return description + " job";
    }
}
