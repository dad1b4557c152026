package io.importexport.emulator.store;

import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.JobStore;
import io.importexport.emulator.domain.job.ShippingLabel;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Jobs in a SQL database (H2 embedded, or PostgreSQL shared by several emulator processes). Every write is
 * committed before it returns; an update is a compare-and-set on the job's revision column, so that two instances
 * changing one job never lose an update; ids are unique by primary key. Shipping labels live beside the jobs.
 */
public final class JdbcJobStore implements JobStore {
    /** Rows read per further query when hidden (purged) jobs left a page short. */
    private static final int BATCH = 256;

    private final DataSource database;
    private final CommitCheck commitCheck;
    private final Rows labels;
    private final StoreFailures failures;
    private final DecodedJobs decoded = new DecodedJobs();
    private final InsertTurns turns;

    JdbcJobStore(DataSource database, CommitCheck commitCheck, StoreFailures failures) {
        this.database = database;
        this.commitCheck = commitCheck;
        this.failures = failures;
        this.labels = new Rows(database, commitCheck, "shipping_labels", "label_name", "data");
        this.turns = new InsertTurns(database, commitCheck);
    }

    @Override
    public Insertion insert(Job job, int dailyQuota, Instant dayStart) {
        if (dailyQuota <= 0) { // one statement is atomic by itself: no transaction, and concurrent calls share one
            try {
                turns.insert(job, JobJson.write(job));
                return Insertion.INSERTED;
            } catch (SQLException e) {
                return idTaken(job, e);
            }
        }
        try {
            ensureLockRow(job.accountId());
        } catch (SQLException e) {
            throw failure("prepare the quota count", e);
        }
        try (Connection connection = database.getConnection()) {
            try {
                connection.setAutoCommit(false);
                if (!withinQuota(connection, job.accountId(), dailyQuota, dayStart)) {
                    connection.rollback();
                    return Insertion.QUOTA_EXCEEDED;
                }
                InsertTurns.insertOne(connection, job, JobJson.write(job));
                connection.commit();
                commitCheck.confirm(connection);
                return Insertion.INSERTED;
            } catch (SQLException e) {
                Rows.rollback(connection, e);
                return idTaken(job, e);
            }
        } catch (SQLException e) {
            throw failure("store a job", e);
        }
    }

    /** {@link Insertion#ID_TAKEN} when {@code refusal} was for the job's id, which another job holds; else the failure. */
    private Insertion idTaken(Job job, SQLException refusal) {
        if (Rows.DUPLICATE_KEY.equals(refusal.getSQLState()) && find(job.id()).isPresent()) {
            return Insertion.ID_TAKEN;
        }
        throw failure("store a job", refusal);
    }

    /**
     * Locks the account's row for the rest of the transaction, then counts: another instance creating a job for the
     * same account waits for the lock, so both count the same jobs and the quota is counted once.
     */
    private static boolean withinQuota(Connection connection, String accountId, int dailyQuota, Instant dayStart) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT account_id FROM account_locks WHERE account_id = ? FOR UPDATE")) {
            lock.setString(1, accountId);
            lock.executeQuery().close();
        }
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM jobs WHERE account_id = ? AND creation_date >= ?")) {
            count.setString(1, accountId);
            count.setLong(2, dayStart.getEpochSecond());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1) < dailyQuota;
            }
        }
    }

    /** The row to lock, created once in its own commit; when another instance was first, its row serves. */
    private void ensureLockRow(String accountId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement create = connection.prepareStatement("INSERT INTO account_locks (account_id) VALUES (?)")) {
            create.setString(1, accountId);
            create.executeUpdate();
            commitCheck.confirm(connection);
        } catch (SQLException e) {
            if (!Rows.DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    @Override
    public Optional<Job> replace(Job expected, Job updated) {
        Job next = updated.withRevision(expected.revision() + 1);
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE jobs SET data = ?, revision = ? WHERE job_id = ? AND revision = ?")) {
            update.setString(1, JobJson.write(next));
            update.setLong(2, next.revision());
            update.setString(3, expected.id());
            update.setLong(4, expected.revision());
            boolean replaced = update.executeUpdate() == 1;
            commitCheck.confirm(connection);
            return replaced ? Optional.of(next) : Optional.empty();
        } catch (SQLException e) {
            throw failure("update a job", e);
        }
    }

    @Override
    public Optional<Job> find(String jobId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT data, revision, creation_order FROM jobs WHERE job_id = ?")) {
            select.setString(1, jobId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(decoded.read(jobId, row.getLong(3), row.getString(1), row.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read a job", e);
        }
    }

    /** Reads the account's index from the marker on, in batches, until the page is full or the jobs run out. */
    @Override
    public List<Job> page(String accountId, String afterJobId, int limit, Predicate<Job> visible) {
        if (limit <= 0) {
            return List.of();
        }
        long afterDate = Long.MAX_VALUE;
        long afterOrder = Long.MAX_VALUE;
        try (Connection connection = database.getConnection()) {
            if (afterJobId != null) {
                try (PreparedStatement marker = connection.prepareStatement(
                        "SELECT creation_date, creation_order FROM jobs WHERE job_id = ? AND account_id = ?")) {
                    marker.setString(1, afterJobId);
                    marker.setString(2, accountId);
                    try (ResultSet row = marker.executeQuery()) {
                        if (!row.next()) {
                            return List.of();
                        }
                        afterDate = row.getLong(1);
                        afterOrder = row.getLong(2);
                    }
                }
            }
            return fill(connection, accountId, afterDate, afterOrder, limit, visible);
        } catch (SQLException e) {
            throw failure("list jobs", e);
        }
    }

    /**
     * The page after the place ({@code afterDate}, {@code afterOrder}) in the account's listing. The listing's rows are
     * read without their text, and the text is read only for the jobs not decoded before: a page asked again (a test
     * polling, a paginator) moves a few hundred bytes, not a hundred jobs.
     */
    private List<Job> fill(Connection connection, String accountId, long afterDate, long afterOrder, int limit,
                           Predicate<Job> visible) throws SQLException {
        List<Job> page = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT creation_date, creation_order, revision, job_id FROM jobs "
                + "WHERE account_id = ? AND (creation_date < ? OR (creation_date = ? AND creation_order < ?)) "
                + "ORDER BY creation_date DESC, creation_order DESC LIMIT ?")) {
            // the first query reads as many rows as the page holds: most pages hide no job
            int batch = limit;
            while (page.size() < limit) {
                select.setString(1, accountId);
                select.setLong(2, afterDate);
                select.setLong(3, afterDate);
                select.setLong(4, afterOrder);
                select.setInt(5, batch);
                List<Place> places = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        places.add(new Place(rows.getString(4), rows.getLong(2), rows.getLong(3)));
                        afterDate = rows.getLong(1);
                    }
                }
                Map<String, Job> jobs = jobsAt(connection, places);
                for (Place place : places) {
                    afterOrder = place.creationOrder();
                    Job job = jobs.get(place.jobId());
                    if (job != null && visible.test(job)) { // null: forgotten between the two reads
                        page.add(job);
                        if (page.size() == limit) {
                            return page;
                        }
                    }
                }
                if (places.size() < batch) {
                    break;
                }
                batch = BATCH;
            }
            return page;
        }
    }

    /** A job's place in the listing, and the revision of its row. */
    private record Place(String jobId, long creationOrder, long revision) {
    }

    /** The jobs at these places: those decoded before as they were, the others read and decoded in one query. */
    private Map<String, Job> jobsAt(Connection connection, List<Place> places) throws SQLException {
        Map<String, Job> jobs = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Place place : places) {
            decoded.known(place.jobId(), place.creationOrder(), place.revision())
                    .ifPresentOrElse(job -> jobs.put(place.jobId(), job), () -> unknown.add(place.jobId()));
        }
        if (unknown.isEmpty()) {
            return jobs;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT job_id, creation_order, data, revision FROM jobs WHERE job_id IN ("
                + String.join(", ", Collections.nCopies(unknown.size(), "?")) + ")")) {
            for (int i = 0; i < unknown.size(); i++) {
                select.setString(i + 1, unknown.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    jobs.put(rows.getString(1), decoded.read(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getLong(4)));
                }
            }
        }
        return jobs;
    }

    @Override
    public List<Job> all() {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT data, revision FROM jobs ORDER BY creation_date DESC, creation_order DESC");
             ResultSet rows = select.executeQuery()) {
            List<Job> jobs = new ArrayList<>();
            while (rows.next()) {
                jobs.add(JobJson.readJob(rows.getString(1), rows.getLong(2)));
            }
            return jobs;
        } catch (SQLException e) {
            throw failure("read every job", e);
        }
    }

    @Override
    public void clear(String accountId) {
        execute("DELETE FROM jobs WHERE account_id = ?", accountId);
    }

    @Override
    public void clear() {
        execute("DELETE FROM jobs", null);
        execute("DELETE FROM shipping_labels", null);
    }

    @Override
    public boolean addLabel(ShippingLabel label) {
        try {
            return labels.add(label.name(), JobJson.write(label));
        } catch (SQLException e) {
            throw failure("store a shipping label", e);
        }
    }

    @Override
    public Optional<ShippingLabel> findLabel(String name) {
        try {
            return labels.get(name).map(JobJson::readLabel);
        } catch (SQLException e) {
            throw failure("read a shipping label", e);
        }
    }

    /** Label names hold their job ids, so a name search finds the candidates; their own list decides. */
    @Override
    public List<ShippingLabel> labelsFor(String jobId) {
        List<ShippingLabel> found = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT data FROM shipping_labels WHERE label_name LIKE ?")) {
            select.setString(1, "%" + jobId.replace("%", "").replace("_", "") + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ShippingLabel label = JobJson.readLabel(rows.getString(1));
                    if (label.jobIds().contains(jobId)) {
                        found.add(label);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read shipping labels", e);
        }
        found.sort(Comparator.comparing(ShippingLabel::created));
        return found;
    }

    private void execute(String sql, String parameter) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            statement.executeUpdate();
            commitCheck.confirm(connection);
        } catch (SQLException e) {
            throw failure("forget jobs", e);
        }
    }

    private RuntimeException failure(String what, SQLException e) {
        return failures.of(what, e);
    }
}
