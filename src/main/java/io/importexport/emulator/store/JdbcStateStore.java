package io.importexport.emulator.store;

import io.importexport.emulator.domain.StateStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The control plane's changes (clock offset, credentials, bucket table), kept in the same database as the jobs. */
public final class JdbcStateStore implements StateStore {
    private static final int VALIDATION_SECONDS = 2;
    private final DataSource database;
    private final Rows state;
    private final StoreFailures failures;

    JdbcStateStore(DataSource database, CommitCheck commitCheck, StoreFailures failures) {
        this.database = database;
        this.failures = failures;
        this.state = new Rows(database, commitCheck, "emulator_state", "state_name", "state_value");
    }

    /** A connection that answers within the pool's timeout. */
    @Override
    public boolean isAvailable() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return state.get(name);
        } catch (SQLException e) {
            throw failures.of("read the emulator's state " + name, e);
        }
    }

    @Override
    public void put(String name, String value) {
        try {
            state.put(name, value);
        } catch (SQLException e) {
            throw failures.of("keep the emulator's state " + name, e);
        }
    }
}
