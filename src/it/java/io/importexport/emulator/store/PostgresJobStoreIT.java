package io.importexport.emulator.store;

import java.time.Duration;
import io.importexport.emulator.domain.job.JobStore;
import io.importexport.emulator.testing.PostgresCluster;
import org.junit.jupiter.api.AfterEach;

/** The contract on PostgreSQL (--database-url), the store several emulator processes share. */
class PostgresJobStoreIT extends JdbcJobStoreContract {
    private Database database;

    @Override
    protected JobStore newStore() {
        database = Database.open(PostgresCluster.newDatabase(), null, null, Duration.ofSeconds(5));
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
}
