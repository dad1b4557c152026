package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.Hmac;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * How the document URLs of AWS responses (signature pages, shipping labels) are written: on the public URL when one is
 * set, else on the address the client used; and, when a token protects the control plane, signed, so that whoever
 * holds such a URL downloads the document without the token, as whoever holds an S3 presigned URL does.
 */
public final class DocumentLinks {
    public static final String SIGNATURE_PARAMETER = "signature";
    private final String publicUrl;
    private final byte[] signingKey;

    /**
     * @param publicUrl     the base of every URL, or null for the address each client used
     * @param signingSecret the control plane's token, or null when the control plane is open and URLs need no signature
     */
    public DocumentLinks(String publicUrl, String signingSecret) {
        this.publicUrl = publicUrl;
        this.signingKey = signingSecret == null ? null : signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** The absolute URL of the document served at {@code path} (e.g. {@code /_emulator/labels/x.pdf}). */
    public String url(String requestBaseUrl, String path) {
        String base = publicUrl != null ? publicUrl : requestBaseUrl;
        return signingKey == null ? base + path : base + path + "?" + SIGNATURE_PARAMETER + "=" + signature(path);
    }

    /** Whether {@code signature} is the one this emulator wrote for {@code path}; compared in constant time. */
    public boolean isSignedFor(String path, String signature) {
        return signingKey != null && signature != null
                && MessageDigest.isEqual(signature(path).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.UTF_8));
    }

    private String signature(String path) {
        return HexFormat.of().formatHex(Hmac.SHA256.sign(signingKey, "document:" + path));
    }
}
