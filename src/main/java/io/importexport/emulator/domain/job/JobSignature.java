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
public record JobSignature(String value, String fileContents) {

    public static JobSignature sign(byte[] secret, String jobId, String manifest) {
        String signed = jobId + "\n" + manifest.replace("\r\n", "\n");
        String value;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            value = Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
        String file = "version:2.0\nsigningMethod:HmacSHA1\njobId:" + jobId + "\nsignature:" + value + "\n";
        return new JobSignature(value, file);
    }
}
