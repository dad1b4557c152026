package io.importexport.emulator.server.http;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.SdkClientException;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.AmazonImportExportClientBuilder;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.GetShippingLabelRequest;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.testing.JarProcess;
import io.importexport.emulator.testing.Manifests;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Map;

import static io.importexport.emulator.config.EmulatorOptions.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HTTPS beside HTTP: a certificate made at start for the loopback names, which the AWS SDK for Java v1 verifies with
 * the CA the emulator wrote (a client that does not trust it is refused); document URLs with the scheme and port of
 * the request; a keystore of the user's served instead; the address and the CA named in the ready output.
 */
class HttpsIT {

    @Test
    void theSdkVerifiesTheEmulatorWithItsCaAndDocumentsComeBackOverHttps() throws Exception {
        try (ImportExportEmulator emulator = ImportExportEmulator.builder().with(HTTPS_PORT, 0).start()) {
            String https = emulator.httpsEndpoint();
            Path ca = emulator.caCertificate().orElseThrow();
            assertThat(https).startsWith("https://127.0.0.1:").isNotEqualTo(emulator.endpoint().replace("http:", "https:"));
            AmazonImportExport client = client(https, trusting(ca));
            String jobId = client.createJob(new CreateJobRequest().withJobType("Import").withManifest(Manifests.s3Import())
                    .withValidateOnly(false)).getJobId();
            assertThat(client.getStatus(new GetStatusRequest().withJobId(jobId)).getLocationCode()).isEqualTo("NotReceived");
            String label = client.getShippingLabel(new GetShippingLabelRequest().withJobIds(jobId)).getShippingLabelURL();
            assertThat(label).startsWith(https + "/_emulator/labels/");
            HttpResponse<byte[]> pdf = HttpClient.newBuilder().sslContext(trusting(ca)).build()
                    .send(HttpRequest.newBuilder(URI.create(label)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

            AmazonImportExport unverified = client(https, SSLContext.getDefault());
            assertThatThrownBy(() -> unverified.getStatus(new GetStatusRequest().withJobId(jobId)))
                    .isInstanceOf(SdkClientException.class).hasMessageContaining("unable to find valid certification path");
        }
    }

    @Test
    void aKeystoreOfTheUsersIsServedInstead(@TempDir Path folder) throws Exception {
        Path keystore = folder.resolve("emulator.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "store-secret", "-alias", "emulator",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1",
                "-validity", "2").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        try (ImportExportEmulator emulator = ImportExportEmulator.builder().with(HTTPS_PORT, 0).with(TLS_KEYSTORE, keystore)
                .with(TLS_KEYSTORE_PASSWORD, "store-secret").start()) {
            assertThat(emulator.caCertificate()).as("the user has their own CA").isEmpty();
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trusted.load(in, "store-secret".toCharArray());
            }
            HttpResponse<String> health = HttpClient.newBuilder().sslContext(context(trusted)).build()
                    .send(HttpRequest.newBuilder(URI.create(emulator.httpsEndpoint() + "/_emulator/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"ok\"");
            assertThat(emulator.admin().config()).doesNotContainValue("store-secret");
        }
    }

    @Test
    void theReadyOutputNamesTheHttpsAddressAndTheCa() throws Exception {
        Process process = JarProcess.command(Map.of(), "--port", "0", "--https-port", "0", "--log-format", "off")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).contains("listening on http://127.0.0.1:");
            String https = out.readLine();
            assertThat(https).matches("importexport-emulator also listening on https://127\\.0\\.0\\.1:\\d+; clients verify it with "
                    + "the CA certificate .*importexport-emulator-\\d+-ca\\.pem");
            assertThat(Path.of(https.substring(https.lastIndexOf(' ') + 1))).content().startsWith("-----BEGIN CERTIFICATE-----");
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static AmazonImportExport client(String endpoint, SSLContext tls) {
        ClientConfiguration configuration = new ClientConfiguration().withMaxErrorRetry(0);
        configuration.getApacheHttpClientConfig().setSslSocketFactory(new SSLConnectionSocketFactory(tls));
        return AmazonImportExportClientBuilder.standard().withEndpointConfiguration(new EndpointConfiguration(endpoint, "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(Manifests.ACCESS_KEY, "any")))
                .withClientConfiguration(configuration).build();
    }

    /** A TLS context that trusts the CA certificate in this PEM file, as a user's trust store would. */
    static SSLContext trusting(Path ca) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(ca)) {
            trusted.setCertificateEntry("importexport-emulator", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        return context(trusted);
    }

    private static SSLContext context(KeyStore trusted) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
