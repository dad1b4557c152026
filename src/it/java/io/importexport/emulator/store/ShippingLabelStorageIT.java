package io.importexport.emulator.store;

import io.importexport.emulator.fixture.ImportExportEmulator;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.GetShippingLabelRequest;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.testing.JarProcess;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import io.importexport.emulator.testing.PostgresCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A label's URL keeps downloading after a restart on --data-dir, and from every emulator sharing PostgreSQL. */
class ShippingLabelStorageIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    /** The label's path (it starts with the emulator's address that made it). */
    private static String makeLabel(String endpoint) {
        AmazonImportExport client = JavaSdk.client(endpoint, Manifests.ACCESS_KEY);
        String jobId = client.createJob(new CreateJobRequest().withJobType("Import").withManifest(Manifests.s3Import())
                .withValidateOnly(false)).getJobId();
        String url = client.getShippingLabel(new GetShippingLabelRequest().withJobIds(jobId)).getShippingLabelURL();
        return URI.create(url).getRawPath();
    }

    private static HttpResponse<byte[]> download(String endpoint, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertPdf(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aLabelDownloadsAfterARestartOnTheDataDir() throws Exception {
        ImportExportEmulator.Builder config = ImportExportEmulator.builder().with(EmulatorOptions.DATA_DIR, dataDir);
        String path;
        try (ImportExportEmulator before = config.start()) {
            path = makeLabel(before.endpoint());
        }
        try (ImportExportEmulator after = config.start()) {
            assertPdf(download(after.endpoint(), path));
            assertThat(download(after.endpoint(), path.replace(".pdf", "-ZZZZZ.pdf")).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aLabelMadeByOneEmulatorDownloadsFromAnotherOnTheSameDatabase() throws Exception {
        String database = PostgresCluster.newDatabase();
        try (JarProcess first = JarProcess.start("--database-url", database);
             JarProcess second = JarProcess.start("--database-url", database)) {
            assertPdf(download(second.url(), makeLabel(first.url())));
        }
    }
}
