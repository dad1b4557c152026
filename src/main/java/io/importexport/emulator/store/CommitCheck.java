package io.importexport.emulator.store;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Confirms that a write a connection just committed reached the database, before the emulator acknowledges it.
 * PostgreSQL answers a commit only once it is durable. Embedded H2 does not always: when its file cannot be written
 * and the pool replaces its connections, H2 may close the store while another commit waits for it, and that commit
 * then returns as if written although nothing was (found by {@code DiskFaultIT}: jobs answered 200 on a full disk,
 * missing after a restart). A closed or failed store after the commit is therefore a failed write.
 */
@FunctionalInterface
interface CommitCheck {
    /** For databases whose commit means durable. */
    CommitCheck TRUSTED = connection -> { };

    /** For H2 in this process: its store must still be open and unfailed once the commit returned. */
    CommitCheck EMBEDDED_H2 = connection -> {
        if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
            MVStore store = session.getDatabase().getStore().getMvStore();
            if (store.isClosed() || store.getPanicException() != null) {
                throw new SQLNonTransientConnectionException("the database closed before the write reached its file", "08006",
                        store.getPanicException());
            }
        }
    };

    /** The check for a JDBC URL: H2's own (a remote H2 server's session cannot be seen from here), else trusted. */
    static CommitCheck forUrl(String url) {
        return url.startsWith("jdbc:h2:") ? EMBEDDED_H2 : TRUSTED;
    }

    /** Fails when what {@code connection} committed last did not reach the database. */
    void confirm(Connection connection) throws SQLException;
}
