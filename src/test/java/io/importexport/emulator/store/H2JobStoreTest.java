package io.importexport.emulator.store;

import java.time.Duration;
import io.importexport.emulator.domain.job.JobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static io.importexport.emulator.testing.Jobs.job;

/** The contract on the embedded store (--data-dir), and what it adds: the jobs are in the folder, across opens. */
class H2JobStoreTest extends JdbcJobStoreContract {
    @TempDir
    Path directory;
    private Database database;

    @Override
    protected JobStore newStore() {
        database = Database.embedded(directory, Duration.ofSeconds(5));
        return database.jobStore();
    }

    @Override
    protected Database database() {
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aReopenedDatabaseHasEveryJobAndItsStateAndTheSchemaVersion() {
        store.insert(job("AAAAA", "acct", Instant.parse("2026-01-01T00:00:00Z")), 0, Instant.EPOCH);
        database.stateStore().put("clock.offset", "PT48H");
        database.close();
        database = Database.embedded(directory, Duration.ofSeconds(5));
        assertThat(database.jobStore().find("AAAAA")).isPresent();
        assertThat(database.stateStore().get("clock.offset")).contains("PT48H");
        assertThat(directory.resolve("importexport.mv.db")).exists();
    }
}
