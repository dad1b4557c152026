package io.importexport.emulator.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * HMAC of UTF-8 text, for job signatures and request signing. Looking an algorithm up costs more than the HMAC of
 * a manifest or a string to sign, so each thread keeps its {@link Mac}s (reusable, but not thread-safe).
 */
public enum Hmac {
    SHA1("HmacSHA1"), SHA256("HmacSHA256");

    private final String algorithm;
    private final ThreadLocal<Mac> perThread;

    Hmac(String algorithm) {
        this.algorithm = algorithm;
        this.perThread = ThreadLocal.withInitial(() -> {
            try {
                return Mac.getInstance(algorithm);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
            }
        });
    }

    /** By its JCA name, {@code HmacSHA1} or {@code HmacSHA256}, as SigV2's {@code SignatureMethod} gives it. */
    public static Hmac named(String algorithm) {
        for (Hmac hmac : values()) {
            if (hmac.algorithm.equals(algorithm)) {
                return hmac;
            }
        }
        throw new IllegalArgumentException("no HMAC named " + algorithm);
    }

    public byte[] sign(byte[] key, String data) {
        Mac mac = perThread.get();
        try {
            mac.init(new SecretKeySpec(key, algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " takes a key of any length", e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
