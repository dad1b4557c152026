package io.importexport.emulator.domain.account;

/**
 * An access key the emulator knows: its secret, its session token if it is a temporary credential, and the
 * account it belongs to. Keys of one account share that account's jobs and buckets.
 *
 * @param sessionToken null for a long-term key
 */
public record Credential(String accessKeyId, String secretAccessKey, String sessionToken, String accountId) {
}
