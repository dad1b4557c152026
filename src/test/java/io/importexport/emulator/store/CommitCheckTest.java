package io.importexport.emulator.store;

import io.importexport.emulator.store.FaultableDisk.DiskFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check after a commit on embedded H2. The race it guards against (a commit returning while the store closes,
 * its write lost) depends on H2's thread timing and is shown by {@code DiskFaultIT} under load; here, the check's
 * verdict on a healthy store and on one whose file could not be written.
 */
class CommitCheckTest {
    @TempDir
    Path directory;

    @Test
    void aCommitOnAWorkingStorePasses() throws SQLException {
        try (Database database = Database.embedded(directory, Duration.ofSeconds(1));
             Connection connection = database.dataSource().getConnection()) {
            insert(connection, "AAAAA");
            assertThatCode(() -> CommitCheck.EMBEDDED_H2.confirm(connection)).doesNotThrowAnyException();
        }
    }

    @Test
    void aStoreThatFailedToWriteFailsTheCheckOfEveryConnectionWithTheDisksWords() throws SQLException {
        try (Database database = Database.embedded(directory, Duration.ofSeconds(1));
             Connection bystander = database.dataSource().getConnection();
             Connection writer = database.dataSource().getConnection()) {
            insert(bystander, "AAAAA");
            FaultableDisk.inject(directory, DiskFault.FULL);
            try {
                assertThatThrownBy(() -> insert(writer, "BBBBB")).isInstanceOf(SQLException.class);
            } finally {
                FaultableDisk.mend(directory);
            }
            assertThatThrownBy(() -> CommitCheck.EMBEDDED_H2.confirm(bystander))
                    .isInstanceOf(SQLNonTransientConnectionException.class)
                    .hasRootCauseMessage("No space left on device")
                    .satisfies(failure -> assertThat(StoreFailures.isUnavailable((SQLException) failure)).isTrue());
        }
    }

    @Test
    void onlyH2UrlsAreChecked() {
        assertThat(CommitCheck.forUrl("jdbc:h2:/tmp/x")).isSameAs(CommitCheck.EMBEDDED_H2);
        assertThat(CommitCheck.forUrl("jdbc:postgresql://localhost/importexport")).isSameAs(CommitCheck.TRUSTED);
    }

    private static void insert(Connection connection, String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO jobs (job_id, account_id, creation_date, data) VALUES (?, 'a', 1, '{}')")) {
            insert.setString(1, id);
            insert.executeUpdate();
        }
    }
}
