package io.importexport.emulator.examples;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The README's JUnit 5 example, compiled and run by the build so that it cannot rot. */
@ImportExportEmulatorTest
class JunitExampleIT {
    static final String MANIFEST = """
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
    void theDeviceArrives(ImportExportEmulator emulator, EmulatorAdmin admin) {
        AmazonImportExport client = AmazonImportExportClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(emulator.endpoint(), "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "any")))
                .build();
        String jobId = client.createJob(new CreateJobRequest()
                .withJobType("Import").withManifest(MANIFEST).withValidateOnly(false)).getJobId();

        admin.moveJob(jobId, Transition.AtAWS, 0);

        assertThat(client.getStatus(new GetStatusRequest().withJobId(jobId)).getLocationCode()).isEqualTo("AtAWS");
    }
}
