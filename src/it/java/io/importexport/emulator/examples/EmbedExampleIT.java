package io.importexport.emulator.examples;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.AmazonImportExportClientBuilder;
import com.amazonaws.services.importexport.model.ListJobsRequest;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import io.importexport.emulator.domain.fault.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static io.importexport.emulator.config.EmulatorOptions.CLOCK;
import static io.importexport.emulator.config.EmulatorOptions.SEED;

/** The embed, extension-builder and fault-injection examples of README.md and docs/java.md, compiled and run by the build. */
class EmbedExampleIT {

    @RegisterExtension
    static ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder()
            .configure(options -> options.with(SEED, 1L).with(CLOCK, Instant.parse("2026-01-01T00:00:00Z")))
            .build();

    @Test
    void embedded() throws IOException {
        try (ImportExportEmulator emulator = ImportExportEmulator.builder().with(SEED, 42L).start()) {
            assertThat(emulator.admin().health().status()).isEqualTo("ok");
            assertThat(emulator.endpoint()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void throttled() {
        emulator.admin().addFault(new Fault("ListJobs", null, 1, 1.0, "ThrottlingException", 400, "Rate exceeded", Duration.ZERO));
        AmazonImportExport client = AmazonImportExportClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(emulator.endpoint(), "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "any")))
                .withClientConfiguration(new ClientConfiguration().withMaxErrorRetry(0))
                .build();

        assertThatThrownBy(() -> client.listJobs(new ListJobsRequest()))
                .isInstanceOfSatisfying(AmazonServiceException.class, e -> assertThat(e.getErrorCode()).isEqualTo("ThrottlingException"));
        assertThat(client.listJobs(new ListJobsRequest()).getJobs()).isEmpty();
    }
}
