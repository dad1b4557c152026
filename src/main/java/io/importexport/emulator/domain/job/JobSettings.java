package io.importexport.emulator.domain.job;

/**
 * @param dailyQuota    jobs an account may create per UTC day (service.md §12: 50 on AWS); 0 means no limit
 * @param signingSecret the key of the SIGNATURE value when the caller's own secret is not known (service.md §7)
 */
public record JobSettings(int dailyQuota, String signingSecret) {
    public static final String DEFAULT_SIGNING_SECRET = "importexport-emulator";
}
