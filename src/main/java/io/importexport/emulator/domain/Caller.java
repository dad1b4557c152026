package io.importexport.emulator.domain;

/** Who sent a request: the access key it was signed with, and the account that key belongs to. */
public record Caller(String accessKeyId, String accountId) {

    /** Permissive mode: any key is accepted and is its own account. */
    public static Caller ownAccount(String accessKeyId) {
        return new Caller(accessKeyId, accessKeyId);
    }
}
