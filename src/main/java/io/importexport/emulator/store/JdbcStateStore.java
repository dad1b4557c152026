package io.importexport.emulator.store;

import io.importexport.emulator.domain.StateStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The control plane's changes (clock offset, credentials, bucket table), kept in the same database as the jobs. */
public final class JdbcStateStore implements StateStore {
    private final DataSource database;

    JdbcStateStore(DataSource database) {
        this.database = database;
    }

    @Override
    public Optional<String> get(String name) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT state_value FROM emulator_state WHERE state_name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the emulator's state " + name + ": " + e.getMessage(), e);
        }
    }

    /** Delete and insert in one transaction: portable across H2 and PostgreSQL, unlike their upserts. */
    @Override
    public void put(String name, String value) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM emulator_state WHERE state_name = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO emulator_state (state_name, state_value) VALUES (?, ?)")) {
                delete.setString(1, name);
                delete.executeUpdate();
                insert.setString(1, name);
                insert.setString(2, value);
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the emulator's state " + name + ": " + e.getMessage(), e);
        }
    }
}
