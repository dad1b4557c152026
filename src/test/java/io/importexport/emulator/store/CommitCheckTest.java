package io.importexport.emulator.store;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.ShippingLabel;
import io.importexport.emulator.domain.location.Facility;
import io.importexport.emulator.store.FaultableDisk.DiskFault;
import io.importexport.emulator.testing.Jobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check after a commit on embedded H2. The race it guards against (a commit returning while the store closes,
 * its write lost) depends on H2's thread timing and is shown by {@code DiskFaultIT} under load; here, the check's
 * verdict on a healthy store and on one whose file could not be written.
 */
class CommitCheckTest {
    private static final Instant DAY = Instant.parse("2026-01-02T00:00:00Z");
    @TempDir
    Path directory;

    @Test
    void aCommitOnAWorkingStorePasses() throws SQLException {
        try (Database database = Database.open(FaultableDisk.url(directory), null, null, Duration.ofSeconds(1));
             Connection connection = database.dataSource().getConnection()) {
            insert(connection, "AAAAA");
            assertThatCode(() -> CommitCheck.EMBEDDED_H2.confirm(connection)).doesNotThrowAnyException();
        }
    }

    @Test
    void aStoreThatFailedToWriteFailsTheCheckOfEveryConnectionWithTheDisksWords() throws SQLException {
        try (Database database = Database.open(FaultableDisk.url(directory), null, null, Duration.ofSeconds(1));
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

    /**
     * Each kind of write the stores make asks the check before it is acknowledged, and a refusal is the retryable 503;
     * a write site that skipped the check would be acknowledged here.
     */
    @Test
    void everyWriteOfTheStoresIsConfirmedAndARefusalIsA503() throws SQLException {
        try (Database database = Database.open(FaultableDisk.url(directory), null, null, Duration.ofSeconds(1))) {
            Job stored = Jobs.job("AAAAA", "acct", DAY);
            JdbcJobStore trusted = new JdbcJobStore(database.dataSource(), CommitCheck.TRUSTED, new StoreFailures(() -> { }));
            trusted.insert(stored, 0, DAY);
            CommitCheck refusing = connection -> {
                throw new SQLNonTransientConnectionException("the database closed before the write reached its file", "08006");
            };
            JdbcJobStore jobs = new JdbcJobStore(database.dataSource(), refusing, new StoreFailures(() -> { }));
            JdbcStateStore state = new JdbcStateStore(database.dataSource(), refusing, new StoreFailures(() -> { }));
            ShippingLabel label = new ShippingLabel("shipping-label-AAAAA.pdf", List.of("AAAAA"), Facility.US,
                    stored.details().returnAddress(), DAY);
            assertThat(jobs.find("AAAAA")).as("reads are not checked").isPresent();
            Map<String, Runnable> writes = new LinkedHashMap<>();
            writes.put("insert", () -> jobs.insert(Jobs.job("BBBBB", "acct", DAY), 0, DAY));
            writes.put("insert within a quota", () -> jobs.insert(Jobs.job("CCCCC", "other", DAY), 5, DAY));
            writes.put("replace", () -> jobs.replace(stored, stored));
            writes.put("clear an account", () -> jobs.clear("acct"));
            writes.put("clear", jobs::clear);
            writes.put("save a label", () -> jobs.addLabel(label));
            writes.put("keep a state", () -> state.put("clock.offset", "PT1H"));
            writes.forEach((name, write) -> assertThatThrownBy(write::run).as(name)
                    .isInstanceOfSatisfying(ServiceException.class, refused -> assertThat(refused.code()).isEqualTo(ErrorCode.ServiceUnavailable)));
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
