package io.importexport.emulator.domain.job;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The device signature and the SIGNATURE file that carries it (spec §7): Base64(HMAC-SHA1(secret, jobId + "\n"
 * + manifest)), the manifest's CRLF line ends folded to LF, so any change to the manifest changes the value.
 */
public record JobSignature(String jobId, String value) {
    /** Looking up the algorithm costs more than the HMAC of a manifest; a Mac is reusable but not thread-safe. */
    private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    });

    public static JobSignature sign(byte[] secret, String jobId, String manifest) {
        String signed = jobId + "\n" + manifest.replace("\r\n", "\n");
        String value;
        try {
            Mac mac = HMAC_SHA1.get();
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            value = Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
        return new JobSignature(jobId, value);
    }

    /** Derived rather than stored: a hundred thousand jobs would otherwise keep a hundred thousand copies. */
    public String fileContents() {
        return "version:2.0\nsigningMethod:HmacSHA1\njobId:" + jobId + "\nsignature:" + value + "\n";
    }
}
