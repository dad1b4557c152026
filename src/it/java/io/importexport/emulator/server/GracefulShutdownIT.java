package io.importexport.emulator.server;

import io.importexport.emulator.admin.EmulatorAdmin;
import io.importexport.emulator.admin.HttpAdmin;
import io.importexport.emulator.admin.JobView;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.domain.fault.Fault;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.testing.CreateJobLoad;
import io.importexport.emulator.testing.CreateJobLoad.Outcome;
import io.importexport.emulator.testing.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping under a write load on {@code --data-dir}, by SIGTERM and by {@code close()}: the requests in flight (held in
 * the handler by an injected delay, so that the stop certainly finds some) are answered, new connections are refused,
 * the store is closed after them, and every acknowledged job is there after a restart.
 */
class GracefulShutdownIT {
    private static final Duration IN_FLIGHT = Duration.ofMillis(1500);
    private static final int THREADS = 4;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(120)
    void sigtermAnswersTheRequestsInFlightAndKeepsEveryAcknowledgedJob() throws Exception {
        JarProcess emulator = JarProcess.start("--data-dir", dataDir.toString(), "--shutdown-timeout", "10s");
        Set<String> acknowledged;
        List<Outcome> outcomes;
        long stopping;
        try (CreateJobLoad load = CreateJobLoad.start(emulator.url(), THREADS)) {
            holdRequestsInFlight(load, new HttpAdmin(emulator.url()));
            stopping = System.nanoTime();
            assertThat(emulator.terminate(Duration.ofSeconds(15))).as("exited").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("within the shutdown timeout").isLessThan(Duration.ofSeconds(11));
            load.close();
            acknowledged = load.acknowledged();
            outcomes = load.outcomes();
        }
        assertEveryRequestInFlightWasAnswered(outcomes, stopping);
        try (JarProcess restarted = JarProcess.start("--data-dir", dataDir.toString())) {
            assertThat(stored(new HttpAdmin(restarted.url()))).containsAll(acknowledged);
        }
    }

    @Test
    @Timeout(120)
    void closeOfAnEmbeddedEmulatorDoesTheSame() throws Exception {
        ImportExportEmulator emulator = ImportExportEmulator.builder().with(EmulatorOptions.DATA_DIR, dataDir).start();
        Set<String> acknowledged;
        List<Outcome> outcomes;
        long stopping;
        try (CreateJobLoad load = CreateJobLoad.start(emulator.endpoint(), THREADS)) {
            holdRequestsInFlight(load, emulator.admin());
            stopping = System.nanoTime();
            emulator.close();
            load.close();
            acknowledged = load.acknowledged();
            outcomes = load.outcomes();
        }
        assertEveryRequestInFlightWasAnswered(outcomes, stopping);
        try (ImportExportEmulator restarted = ImportExportEmulator.builder().with(EmulatorOptions.DATA_DIR, dataDir).start()) {
            assertThat(stored(restarted.admin())).containsAll(acknowledged);
        }
    }

    /** Lets the load write, then delays every CreateJob long enough that each thread has one in flight. */
    private static void holdRequestsInFlight(CreateJobLoad load, EmulatorAdmin admin) throws InterruptedException {
        assertThat(load.awaitAcknowledged(100, Duration.ofSeconds(60))).isTrue();
        admin.addFault(new Fault("CreateJob", null, 0, 1.0, null, 400, null, IN_FLIGHT));
        Thread.sleep(IN_FLIGHT.toMillis() + 500);
    }

    private static void assertEveryRequestInFlightWasAnswered(List<Outcome> outcomes, long stopping) {
        List<Outcome> inFlight = outcomes.stream().filter(outcome -> outcome.startedNanos() < stopping
                && outcome.startedNanos() + outcome.nanos() > stopping).toList();
        assertThat(inFlight).as("requests in flight when the stop began").hasSize(THREADS)
                .allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(200));
        assertThat(outcomes).as("every request: answered, or refused without being sent")
                .allSatisfy(outcome -> assertThat(outcome.answered() || outcome.refused()).isTrue());
        assertThat(outcomes).anyMatch(Outcome::refused);
    }

    private static Set<String> stored(EmulatorAdmin admin) {
        return admin.jobs(null).stream().map(JobView::jobId).collect(Collectors.toSet());
    }
}
