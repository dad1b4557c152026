package io.importexport.emulator.domain.job;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JobSignatureTest {

    @Test
    void signsTheJobIdAndTheManifestWithCrlfFoldedToLf() {
        // expected value computed independently: base64(hmac_sha1(secret, "7KQ3M\n" + manifest)) in Python
        JobSignature signature = JobSignature.sign("importexport-emulator".getBytes(StandardCharsets.UTF_8), "7KQ3M",
                "manifestVersion: 2.0\r\ndeviceId: X\r\n");
        assertThat(signature.value()).isEqualTo("lyOJPsB+dkJ8n7F+F7SJxyfLQLw=");
        assertThat(signature.fileContents()).isEqualTo("""
                version:2.0
                signingMethod:HmacSHA1
                jobId:7KQ3M
                signature:lyOJPsB+dkJ8n7F+F7SJxyfLQLw=
                """);
    }

    @Test
    void dependsOnTheSecretTheJobAndTheManifest() {
        byte[] secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".getBytes(StandardCharsets.UTF_8);
        String manifest = "manifestVersion: 2.0\ndeviceId: X\n";
        assertThat(JobSignature.sign(secret, "7KQ3M", manifest).value()).isEqualTo("O2zt89F0GldWBx5PcpCiQ3H3+ME=");
        assertThat(JobSignature.sign(secret, "7KQ3N", manifest).value()).isNotEqualTo("O2zt89F0GldWBx5PcpCiQ3H3+ME=");
        assertThat(JobSignature.sign(secret, "7KQ3M", manifest + " ").value()).isNotEqualTo("O2zt89F0GldWBx5PcpCiQ3H3+ME=");
    }
}
