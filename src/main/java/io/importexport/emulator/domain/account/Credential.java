package io.importexport.emulator.domain.account;

import java.util.regex.Pattern;

/**
 * An access key the emulator knows: its secret, its session token if it is a temporary credential, and the
 * account it belongs to. Keys of one account share that account's jobs and buckets.
 *
 * @param sessionToken null for a long-term key
 */
public record Credential(String accessKeyId, String secretAccessKey, String sessionToken, String accountId) {
    /** What AWS accepts as an access key id: 1 to 128 word characters. */
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\w{1,128}");

    public Credential {
        if (!isWellFormed(accessKeyId)) {
            throw new IllegalArgumentException("the access key id '" + accessKeyId + "' is not 1 to 128 letters, digits or _");
        }
    }

    /** Whether a key a request names could be a key at all (the API answers InvalidAccessKeyId otherwise). */
    public static boolean isWellFormed(String accessKeyId) {
        return accessKeyId != null && ACCESS_KEY_ID.matcher(accessKeyId).matches();
    }
}
