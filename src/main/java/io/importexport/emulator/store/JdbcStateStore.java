package io.importexport.emulator.store;

import io.importexport.emulator.domain.StateStore;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Optional;

/** The control plane's changes (clock offset, credentials, bucket table), kept in the same database as the jobs. */
public final class JdbcStateStore implements StateStore {
    private final Rows state;

    JdbcStateStore(DataSource database) {
        this.state = new Rows(database, "emulator_state", "state_name", "state_value");
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return state.get(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the emulator's state " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String name, String value) {
        try {
            state.put(name, value);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the emulator's state " + name + ": " + e.getMessage(), e);
        }
    }
}
