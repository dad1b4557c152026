package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.Hmac;

import java.util.Base64;

/**
 * The device signature and the SIGNATURE file that carries it (service.md §7): Base64(HMAC-SHA1(secret, jobId + "\n"
 * + manifest)), the manifest's CRLF line ends folded to LF, so any change to the manifest changes the value.
 */
public record JobSignature(String jobId, String value) {
    public static JobSignature sign(byte[] secret, String jobId, String manifest) {
        String signed = jobId + "\n" + manifest.replace("\r\n", "\n");
        String value = Base64.getEncoder().encodeToString(Hmac.SHA1.sign(secret, signed));
        return new JobSignature(jobId, value);
    }

    /** Derived rather than stored: a hundred thousand jobs would otherwise keep a hundred thousand copies. */
    public String fileContents() {
        return "version:2.0\nsigningMethod:HmacSHA1\njobId:" + jobId + "\nsignature:" + value + "\n";
    }
}
