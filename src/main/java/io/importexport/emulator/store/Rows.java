package io.importexport.emulator.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Key-value rows (a name and a text), as the control plane's state and the shipping labels are kept. */
final class Rows {
    /** SQLSTATE of a unique-constraint violation, the same in H2 and PostgreSQL. */
    static final String DUPLICATE_KEY = "23505";

    private final DataSource database;
    private final CommitCheck commitCheck;
    private final String table;
    private final String keyColumn;
    private final String valueColumn;

    Rows(DataSource database, CommitCheck commitCheck, String table, String keyColumn, String valueColumn) {
        this.database = database;
        this.commitCheck = commitCheck;
        this.table = table;
        this.keyColumn = keyColumn;
        this.valueColumn = valueColumn;
    }

    Optional<String> get(String key) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + valueColumn + " FROM " + table + " WHERE " + keyColumn + " = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Delete and insert in one transaction: portable across H2 and PostgreSQL, unlike their upserts. When another
     * emulator on the same database inserts the key at the same moment, its row stands: the last writer wins either way.
     */
    void put(String key, String value) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + keyColumn + " = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO " + table + " (" + keyColumn + ", " + valueColumn + ") VALUES (?, ?)")) {
                delete.setString(1, key);
                delete.executeUpdate();
                insert.setString(1, key);
                insert.setString(2, value);
                insert.executeUpdate();
                connection.commit();
                commitCheck.confirm(connection);
            } catch (SQLException e) {
                rollback(connection, e);
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    /** Inserts the row unless one with the key exists; whether it did. */
    boolean add(String key, String value) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + table + " (" + keyColumn + ", " + valueColumn + ") VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
            commitCheck.confirm(connection);
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Rolls back after {@code failure}; on a connection too broken to roll back, the failure thrown stays the first one. */
    static void rollback(Connection connection, SQLException failure) {
        try {
            connection.rollback();
        } catch (SQLException alsoBroken) {
            failure.addSuppressed(alsoBroken);
        }
    }
}
