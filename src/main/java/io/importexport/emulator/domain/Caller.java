package io.importexport.emulator.domain;

/**
 * Who sent a request: the access key it was signed with, the account that key belongs to, and the key's secret
 * when the emulator knows it (it signs the job's SIGNATURE file with it, service.md §7).
 *
 * @param secretAccessKey null when the emulator does not know the key
 */
public record Caller(String accessKeyId, String accountId, String secretAccessKey) {

    /** A key the emulator does not know: in permissive mode it is its own account. */
    public static Caller ownAccount(String accessKeyId) {
        return new Caller(accessKeyId, accessKeyId, null);
    }
}
