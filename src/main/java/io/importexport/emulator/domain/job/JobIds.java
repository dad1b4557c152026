package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.IdGenerator;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading job ids from requests: ids are case-insensitive and never contain 0 or O (service.md §6.2). */
public final class JobIds {
    public static final String VALIDATE_ONLY_SUFFIX = "-VALIDATE-ONLY";
    private static final Pattern WELL_FORMED = Pattern.compile(
            "[" + Pattern.quote(IdGenerator.JOB_ID_ALPHABET) + "]{" + IdGenerator.JOB_ID_LENGTH + "}");

    private JobIds() {
    }

    /** The canonical form of a job id as a client wrote it, or empty when it cannot name a job. */
    public static Optional<String> normalise(String raw) {
        String id = raw.trim().toUpperCase(Locale.ROOT);
        return WELL_FORMED.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
