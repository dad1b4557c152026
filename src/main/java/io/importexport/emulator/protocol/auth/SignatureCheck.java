package io.importexport.emulator.protocol.auth;

import java.time.Instant;

/**
 * What a signed request claims, read from whichever signature it carries, and how to verify it once the key's
 * secret is known.
 */
interface SignatureCheck {

    String accessKeyId();

    /** The session token the request carries, or null. */
    String securityToken();

    /** When the request says it was signed. */
    Instant signedAt();

    /** The result of checking the signature with {@code secret}. */
    Verdict verify(String secret);

    /**
     * @param canonicalRequest what was signed, for the log line that helps a user see why a signature differs
     */
    record Verdict(boolean matches, String canonicalRequest, String stringToSign) {
    }
}
