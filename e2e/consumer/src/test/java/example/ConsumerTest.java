package example;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.AmazonImportExportClientBuilder;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import io.importexport.emulator.admin.EmulatorAdmin;
import io.importexport.emulator.domain.job.Transition;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.fixture.junit5.ImportExportEmulatorTest;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user of the published artifact does, and what their classpath must not suffer. */
@ImportExportEmulatorTest(options = {"--seed=7"})
class ConsumerTest {
    private static final String MANIFEST = """
            manifestVersion: 2.0
            accessKeyId: AKIAIOSFODNN7EXAMPLE
            deviceId: WD-WCC4E1234567
            eraseDevice: yes
            bucket: example-import-bucket
            returnAddress:
                name: Maria Garcia
                street1: 500 Example Blvd
                city: Springfield
                stateOrProvince: IL
                postalCode: 62701
                phoneNumber: 217-555-0142
                country: USA
            """;

    @Test
    void aJobCreatedWithTheSdkMovesThroughTheControlPlane(ImportExportEmulator emulator, EmulatorAdmin admin) {
        AmazonImportExport client = AmazonImportExportClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(emulator.endpoint(), "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "any")))
                .build();
        String jobId = client.createJob(new CreateJobRequest().withJobType("Import").withManifest(MANIFEST)
                .withValidateOnly(false)).getJobId();
        admin.moveJob(jobId, Transition.AtAWS, 0);
        assertEquals("AtAWS", client.getStatus(new GetStatusRequest().withJobId(jobId)).getLocationCode());
    }

    /** The artifact is the thin jar: each class of the test classpath comes from one place only. */
    @Test
    void noClassIsTwiceOnTheTestClasspath() throws IOException {
        Map<String, String> origin = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            for (String name : classes(Path.of(entry))) {
                String first = origin.putIfAbsent(name, entry);
                if (first != null && !first.equals(entry)) {
                    twice.add(name + " in " + first + " and " + entry);
                }
            }
        }
        assertTrue(origin.containsKey("io/importexport/emulator/fixture/ImportExportEmulator.class"), "the emulator is on the classpath");
        assertTrue(twice.isEmpty(), twice.size() + " classes twice, e.g. " + twice.stream().limit(5).toList());
    }

    /** The classes of a jar or folder, without module descriptors and other Java versions' copies. */
    private static List<String> classes(Path entry) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                files.filter(file -> file.toString().endsWith(".class")).forEach(file -> names.add(entry.relativize(file).toString()));
            }
        } else if (Files.isRegularFile(entry)) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
