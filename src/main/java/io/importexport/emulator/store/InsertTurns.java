package io.importexport.emulator.store;

import io.importexport.emulator.domain.job.Job;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Inserts the jobs of concurrent CreateJob calls in turns (a group commit): a caller that finds no insert in flight
 * writes every row queued so far in one multi-row {@code INSERT}, while callers arriving meanwhile queue for the next
 * turn. Each row is in the database before its caller returns, as with an {@code INSERT} per call, but the database
 * commits once a turn: H2 writes one chunk to its file, PostgreSQL flushes its log once, and the turn costs one round
 * trip. One statement is atomic, so a turn refused (a taken id) inserts its rows again one by one, and each caller
 * learns its own row's outcome.
 */
final class InsertTurns {
    /** Rows in one statement at most: a turn holds about as many as there are callers waiting. */
    private static final int MOST_ROWS = 64;

    private static final String COLUMNS = "INSERT INTO jobs (job_id, account_id, creation_date, data) VALUES ";
    private static final String ROW = "(?, ?, ?, ?)";

    private final DataSource database;
    private final CommitCheck commitCheck;
    private final Deque<Pending> queued = new ArrayDeque<>();
    private boolean writing;

    InsertTurns(DataSource database, CommitCheck commitCheck) {
        this.database = database;
        this.commitCheck = commitCheck;
    }

    /** Inserts the job's row, encoded as {@code data}; returns once it is in the database, or throws why not. */
    void insert(Job job, String data) throws SQLException {
        Pending mine = new Pending(job, data);
        List<Pending> turn = new ArrayList<>();
        synchronized (this) {
            queued.add(mine);
            boolean interrupted = false;
            while (writing && !mine.done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the row may already be in a statement: its outcome is still this caller's answer
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (!mine.done) {
                writing = true;
                queued.remove(mine);
                turn.add(mine);
                while (turn.size() < MOST_ROWS && !queued.isEmpty()) {
                    turn.add(queued.poll());
                }
            }
        }
        if (!turn.isEmpty()) {
            try {
                write(turn);
            } finally {
                synchronized (this) {
                    writing = false;
                    notifyAll();
                }
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private void write(List<Pending> turn) {
        Connection connection;
        try {
            connection = database.getConnection();
        } catch (SQLException e) {
            // none within the store's timeout (the database is down): the callers queued meanwhile would wait as long
            // again for theirs, so they get the same answer now
            synchronized (this) {
                turn.addAll(queued);
                queued.clear();
            }
            finish(turn, e);
            return;
        }
        try (connection; PreparedStatement insert = connection.prepareStatement(
                COLUMNS + String.join(", ", Collections.nCopies(turn.size(), ROW)))) {
            for (int i = 0; i < turn.size(); i++) {
                bind(insert, 4 * i, turn.get(i).job, turn.get(i).data);
            }
            insert.executeUpdate();
            commitCheck.confirm(connection);
            finish(turn, null);
        } catch (SQLException e) {
            if (Rows.DUPLICATE_KEY.equals(e.getSQLState()) && turn.size() > 1) {
                oneByOne(turn);
            } else {
                finish(turn, e);
            }
        }
    }

    /** After a turn was refused for a taken id: each row in a statement of its own, each with its own outcome. */
    private void oneByOne(List<Pending> turn) {
        for (Pending row : turn) {
            try (Connection connection = database.getConnection()) {
                insertOne(connection, row.job, row.data);
                commitCheck.confirm(connection);
                finish(List.of(row), null);
            } catch (SQLException e) {
                finish(List.of(row), e);
            }
        }
    }

    /** Inserts one job's row on {@code connection}, within whatever transaction it is in. */
    static void insertOne(Connection connection, Job job, String data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(COLUMNS + ROW)) {
            bind(insert, 0, job, data);
            insert.executeUpdate();
        }
    }

    /** Sets a row's four columns, the parameters after {@code before}. */
    private static void bind(PreparedStatement insert, int before, Job job, String data) throws SQLException {
        insert.setString(before + 1, job.id());
        insert.setString(before + 2, job.accountId());
        insert.setLong(before + 3, job.creationDate().getEpochSecond());
        insert.setString(before + 4, data);
    }

    private synchronized void finish(List<Pending> rows, SQLException failure) {
        for (Pending row : rows) {
            row.failure = failure;
            row.done = true;
        }
    }

    /** A caller's row and, once its turn was written, the outcome; guarded by the turns' monitor. */
    private static final class Pending {
        private final Job job;
        private final String data;
        private boolean done;
        private SQLException failure;

        private Pending(Job job, String data) {
            this.job = job;
            this.data = data;
        }
    }
}
