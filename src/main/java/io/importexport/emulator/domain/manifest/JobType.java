package io.importexport.emulator.domain.manifest;

import java.util.Optional;

/** The API's two job types; the finer {@link JobKind} comes from the manifest. */
public enum JobType {
    Import, Export;

    /** Case-insensitive, as the CLI's own example passes {@code import} (service.md §4.1). */
    public static Optional<JobType> parse(String text) {
        for (JobType type : values()) {
            if (type.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
