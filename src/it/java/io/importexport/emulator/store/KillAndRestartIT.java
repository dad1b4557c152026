package io.importexport.emulator.store;

import io.importexport.emulator.admin.HttpAdmin;
import io.importexport.emulator.admin.JobView;
import io.importexport.emulator.testing.CreateJobLoad;
import io.importexport.emulator.testing.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing acknowledged is lost: jobs created from many threads survive a SIGKILL in the middle of the load. */
class KillAndRestartIT {
    private static final int THREADS = 8;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 300;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(120)
    void everyJobWhoseResponseArrivedIsThereAfterARestart() throws Exception {
        JarProcess emulator = JarProcess.start("--data-dir", dataDir.toString());
        Set<String> acknowledged;
        try (CreateJobLoad load = CreateJobLoad.start(emulator.url(), THREADS)) {
            assertThat(load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_THE_KILL, Duration.ofSeconds(60))).as("the load got going").isTrue();
            emulator.kill();
            load.close();
            acknowledged = load.acknowledged();
        }
        try (JarProcess restarted = JarProcess.start("--data-dir", dataDir.toString())) {
            Set<String> stored = new HttpAdmin(restarted.url()).jobs(null).stream().map(JobView::jobId).collect(Collectors.toSet());
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL);
            assertThat(stored).containsAll(acknowledged);
        }
    }
}
