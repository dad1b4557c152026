package io.importexport.emulator.replay;

import io.importexport.emulator.fixture.ImportExportEmulator;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import io.importexport.emulator.admin.EmulatorAdmin;
import io.importexport.emulator.admin.HttpAdmin;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.domain.job.Transition;
import io.importexport.emulator.fixture.WireSamples;
import io.importexport.emulator.testing.JarProcess;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A user's loop: record an application's session (with the control-plane steps a test made), replay it with the
 * command and from JUnit, read the diff when the behaviour changed, update the recording.
 */
class ReplayIT {
    @TempDir
    Path folder;
    private Path session;

    /** A session in which a test created a job, moved it through the control plane, moved the clock and read it. */
    @BeforeEach
    void record() throws IOException {
        session = folder.resolve("my-app");
        ImportExportEmulator.Builder config = ImportExportEmulator.builder().with(EmulatorOptions.SEED, 3L)
                .with(EmulatorOptions.CLOCK, Instant.parse("2026-01-01T00:00:00Z")).with(EmulatorOptions.RECORD_DIR, session);
        try (ImportExportEmulator emulator = config.start()) {
            AmazonImportExport client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
            String jobId = client.createJob(new CreateJobRequest().withJobType("Import").withManifest(Manifests.s3Import())
                    .withValidateOnly(false)).getJobId();
            EmulatorAdmin admin = new HttpAdmin(emulator.endpoint());
            for (int step = 0; step < 4; step++) {
                admin.advanceJob(jobId);
            }
            admin.advanceClock(Duration.ofDays(2));
            assertThat(client.getStatus(new GetStatusRequest().withJobId(jobId)).getLocationCode()).isEqualTo("Returned");
        }
    }

    private List<String> exchanges() throws IOException {
        try (Stream<Path> files = Files.list(session)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".exchange")).sorted().toList();
        }
    }

    private Path exchange(String suffix) throws IOException {
        return session.resolve(exchanges().stream().filter(name -> name.endsWith(suffix)).findFirst().orElseThrow());
    }

    @Test
    void controlPlaneStepsAreRecordedInOrderAndTheSessionReplays() throws Exception {
        assertThat(exchanges()).containsExactly("000001-CreateJob.exchange", "000002-EmulatorAdvance.exchange",
                "000003-EmulatorAdvance.exchange", "000004-EmulatorAdvance.exchange", "000005-EmulatorAdvance.exchange",
                "000006-EmulatorClock.exchange", "000007-GetStatus.exchange");
        WireSamples.assertReplays(session);
        JarProcess.Finished replay = JarProcess.run(Map.of(), "replay", folder.toString());
        assertThat(replay.exitCode()).as(replay.stdout() + replay.stderr()).isZero();
        assertThat(replay.stdout()).contains("PASS " + session + " (7 exchanges)").endsWith("1 passed, 0 failed\n");
    }

    @Test
    void aChangedResponseFailsWithADiffAndUpdateRewritesTheRecording() throws Exception {
        Path status = exchange("GetStatus.exchange");
        String edited = Files.readString(status).replace("<LocationCode>Returned</LocationCode>", "<LocationCode>AtAWS</LocationCode>");
        Files.writeString(status, edited);
        assertThatThrownBy(() -> WireSamples.assertReplays(folder)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(status + " differs from the recording").hasMessageContaining("- <LocationCode>AtAWS</LocationCode>")
                .hasMessageContaining("+ <LocationCode>Returned</LocationCode>");
        JarProcess.Finished failed = JarProcess.run(Map.of(), "replay", folder.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.stderr()).as("no framework chatter").isEmpty();
        assertThat(failed.stdout()).contains("FAIL " + session, "+ <LocationCode>Returned</LocationCode>").endsWith("0 passed, 1 failed\n");
        JarProcess.Finished updated = JarProcess.run(Map.of(), "replay", "--update", session.toString());
        assertThat(updated.stdout()).contains("UPDATED " + session).endsWith("0 passed, 1 updated, 0 failed\n");
        assertThat(updated.exitCode()).isZero();
        assertThat(Files.readString(status)).contains("<LocationCode>Returned</LocationCode>");
        assertThat(Files.readString(status).replace("<LocationCode>Returned</LocationCode>", "<LocationCode>AtAWS</LocationCode>"))
                .as("only what changed is rewritten: the headers keep the recorder's order").isEqualTo(edited);
        WireSamples.assertReplays(session);
    }

    @Test
    void masksChosenForTheSessionOrAnExchangeHideWhatMayDiffer() throws Exception {
        Path status = exchange("GetStatus.exchange");
        String recorded = Files.readString(status);
        Files.writeString(status, recorded.replaceAll("<TrackingNumber>[^<]*</TrackingNumber>", "<TrackingNumber>1Z0</TrackingNumber>"));
        assertThatThrownBy(() -> WireSamples.assertReplays(session)).hasMessageContaining("TrackingNumber");
        Files.writeString(session.resolve("session.properties"), Files.readString(session.resolve("session.properties"))
                + "masks=field:TrackingNumber,request-id\n");
        WireSamples.assertReplays(session);
        Files.writeString(session.resolve("session.properties"), Files.readString(session.resolve("session.properties"))
                .replace("masks=field:TrackingNumber,request-id\n", ""));
        Files.writeString(status, "# masks: field:TrackingNumber\n" + Files.readString(status));
        WireSamples.assertReplays(session);
        Files.writeString(status, Files.readString(status).replace("# masks: field:TrackingNumber", "# masks: nonsense"));
        assertThatThrownBy(() -> WireSamples.assertReplays(session)).hasMessageContaining("unknown mask 'nonsense'");
    }

    @Test
    void aRecordingMadeWithTheClockRunningReplaysWithTheMasksTheRecorderChose() throws Exception {
        Path running = folder.resolve("running");
        ImportExportEmulator.Builder config = ImportExportEmulator.builder().with(EmulatorOptions.CLOCK_START, Instant.now())
                .with(EmulatorOptions.RECORD_DIR, running).with(EmulatorOptions.RECORD_MASKS, "field:TrackingNumber");
        try (ImportExportEmulator emulator = config.start()) {
            AmazonImportExport client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
            String jobId = client.createJob(new CreateJobRequest().withJobType("Import").withManifest(Manifests.s3Import())
                    .withValidateOnly(false)).getJobId();
            Thread.sleep(1100); // the replay runs a second later: dates differ
            new HttpAdmin(emulator.endpoint()).moveJob(jobId, Transition.AtAWS, 0);
            client.getStatus(new GetStatusRequest().withJobId(jobId));
        }
        assertThat(Files.readString(running.resolve("session.properties"))).contains("masks=field:TrackingNumber");
        WireSamples.assertReplays(running);
    }

    @Test
    void aFolderWithoutASessionIsSaidSo() throws Exception {
        JarProcess.Finished replay = JarProcess.run(Map.of(), "replay", folder.resolve("nothing").toString());
        assertThat(replay.exitCode()).isEqualTo(1);
        assertThat(replay.stderr()).contains("no folder");
        assertThat(JarProcess.run(Map.of(), "replay", "--update", folder.resolve("nothing").toString()).exitCode())
                .as("nothing to update is still a failure").isEqualTo(1);
        assertThat(JarProcess.run(Map.of(), "replay").exitCode()).isEqualTo(2);
    }

    @Test
    void aRecordingOfAProtectedEmulatorHoldsNoTokenAndReplays() throws IOException {
        Path protectedSession = folder.resolve("protected");
        String token = "recording-token-0123456789";
        ImportExportEmulator.Builder config = ImportExportEmulator.builder()
                .with(EmulatorOptions.SEED, 5L).with(EmulatorOptions.CLOCK, Instant.parse("2026-01-01T00:00:00Z"))
                .with(EmulatorOptions.RECORD_DIR, protectedSession).with(EmulatorOptions.ADMIN_TOKEN, token);
        try (ImportExportEmulator emulator = config.start()) {
            AmazonImportExport client = JavaSdk.client(emulator.endpoint(), Manifests.ACCESS_KEY);
            String jobId = client.createJob(new CreateJobRequest().withJobType("Import").withManifest(Manifests.ebsImport())
                    .withValidateOnly(false)).getJobId();
            assertThatThrownBy(() -> new HttpAdmin(emulator.endpoint()).advanceJob(jobId)).as("refused: not recorded").hasMessageContaining("401");
            new HttpAdmin(emulator.endpoint(), token).advanceJob(jobId);
        }
        try (Stream<Path> files = Files.list(protectedSession)) {
            List<Path> recorded = files.toList();
            assertThat(recorded.stream().map(path -> path.getFileName().toString()))
                    .filteredOn(name -> name.contains("Emulator")).hasSize(1);
            for (Path file : recorded) {
                assertThat(Files.readString(file)).doesNotContain(token);
            }
        }
        WireSamples.assertReplays(protectedSession);
    }
}
