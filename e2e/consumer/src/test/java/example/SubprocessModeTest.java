package example;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.AmazonImportExportClientBuilder;
import com.amazonaws.services.importexport.model.ListJobsRequest;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.fixture.junit5.ImportExportEmulatorTest;
import io.importexport.emulator.server.EmulatorVersion;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subprocess mode in a user's project, with nothing set: the extension finds the standalone jar of its own version
 * beside the thin jar in the local Maven repository (this project has no target/importexport-emulator.jar).
 */
@ImportExportEmulatorTest(subprocess = true, options = {"--seed=3"})
class SubprocessModeTest {

    @Test
    void theStandaloneJarIsFoundAndServes(ImportExportEmulator emulator) throws Exception {
        assertFalse(Files.exists(Path.of("target/importexport-emulator.jar")), "the user's project has no emulator build of its own");
        assertTrue(System.getProperty("importexport.emulator.jar") == null, "nothing points at a jar");
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/_emulator/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(health.body().contains("\"version\":\"" + EmulatorVersion.VERSION + "\""), "the same version: " + health.body());
        AmazonImportExport client = AmazonImportExportClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(emulator.endpoint(), "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "any")))
                .build();
        assertEquals(0, client.listJobs(new ListJobsRequest()).getJobs().size());
    }
}
