package io.importexport.emulator.store;

import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import io.importexport.emulator.admin.JobView;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.store.FaultableDisk.DiskFault;
import io.importexport.emulator.testing.CreateJobLoad;
import io.importexport.emulator.testing.CreateJobLoad.Outcome;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The embedded database, as {@code --data-dir} opens it, with its files through {@link FaultableDisk}, on a disk that
 * fills up or turns read-only under load (its writes then fail with the system's own words): a clear, retryable XML
 * error at once, never a hang; once the disk works again the same emulator serves, and every job it acknowledged is
 * intact, then and after a restart.
 */
class DiskFaultIT {
    /** A database H2 cannot reopen (read-only) makes a request wait for a connection this long. */
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(DiskFault.class)
    @Timeout(120)
    void aFailingDiskGivesAClearErrorAndNothingAcknowledgedIsLost(DiskFault fault) throws Exception {
        String message = fault == DiskFault.FULL ? "No space left on device" : "Read-only file system";
        Set<String> acknowledged;
        try (ImportExportEmulator emulator = start()) {
            try (CreateJobLoad load = CreateJobLoad.start(emulator.endpoint(), 4)) {
                assertThat(load.awaitAcknowledged(100, Duration.ofSeconds(60))).isTrue();
                FaultableDisk.inject(dataDir, fault);
                long faulted = System.nanoTime();
                try {
                    Thread.sleep(4000);
                    RestAssured.given().baseUri(emulator.endpoint()).formParam("Action", "CreateJob").formParam("JobType", "Import")
                            .formParam("AWSAccessKeyId", Manifests.ACCESS_KEY).formParam("Manifest", Manifests.s3Import())
                            .post("/").then().statusCode(503).contentType("text/xml")
                            .body(containsString("<Code>ServiceUnavailable</Code>"), containsString(message));
                } finally {
                    FaultableDisk.mend(dataDir);
                }
                long mended = System.nanoTime();
                assertThat(load.awaitNextSuccess(Duration.ofSeconds(30))).as("served again without a restart").isTrue();
                List<Outcome> whileFaulty = load.outcomes().stream()
                        .filter(outcome -> outcome.startedNanos() > faulted && outcome.startedNanos() + outcome.nanos() < mended).toList();
                assertThat(whileFaulty).as("requests kept coming while the disk failed").hasSizeGreaterThanOrEqualTo(8).allSatisfy(outcome -> {
                    assertThat(outcome.answered()).isTrue();
                    assertThat(Duration.ofNanos(outcome.nanos())).isLessThan(STORE_TIMEOUT.plusSeconds(2));
                    assertThat(outcome.status()).isEqualTo(503);
                    assertThat(outcome.errorCode()).isEqualTo("ServiceUnavailable");
                });
                acknowledged = load.acknowledged();
            }
            assertIntact(emulator, acknowledged);
        }
        try (ImportExportEmulator restarted = start()) {
            assertIntact(restarted, acknowledged);
        }
    }

    private ImportExportEmulator start() throws Exception {
        return ImportExportEmulator.builder().with(EmulatorOptions.DATABASE_URL, FaultableDisk.url(dataDir)).with(EmulatorOptions.STORE_TIMEOUT, STORE_TIMEOUT).start();
    }

    /** Every acknowledged job is there, and every job there is whole: GetStatus reads each one. */
    private static void assertIntact(ImportExportEmulator emulator, Set<String> acknowledged) {
        List<JobView> stored = emulator.admin().jobs(null);
        assertThat(stored.stream().map(JobView::jobId).collect(Collectors.toSet())).containsAll(acknowledged);
        AmazonImportExport client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
        for (JobView job : stored) {
            assertThat(client.getStatus(new GetStatusRequest().withJobId(job.jobId())).getLocationCode()).isEqualTo("NotReceived");
        }
    }
}
