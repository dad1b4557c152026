package io.importexport.emulator.store;

import io.importexport.emulator.domain.StateStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** The control plane's changes (clock offset, credentials, bucket table), kept in the same database as the jobs. */
public final class JdbcStateStore implements StateStore {
    /** How long health waits for the database: a load balancer's or orchestrator's probe often gives up after 1 s. */
    static final Duration PROBE_BOUND = Duration.ofMillis(750);
    private static final int VALIDATION_SECONDS = 2;
    private final AtomicReference<CompletableFuture<Boolean>> probe = new AtomicReference<>(CompletableFuture.completedFuture(true));
    private final DataSource database;
    private final Rows state;
    private final StoreFailures failures;

    JdbcStateStore(DataSource database, CommitCheck commitCheck, StoreFailures failures) {
        this.database = database;
        this.failures = failures;
        this.state = new Rows(database, commitCheck, "emulator_state", "state_name", "state_value");
    }

    /**
     * Whether a connection answers a validity check within {@link #PROBE_BOUND}: a database that is down would hold the
     * caller for the pool's whole timeout. The check goes on in the background, one at a time however many ask, and the
     * next caller waits for that one.
     */
    @Override
    public boolean isAvailable() {
        CompletableFuture<Boolean> check = probe.updateAndGet(last -> last.isDone() ? CompletableFuture.supplyAsync(this::answers, task -> {
            Thread thread = new Thread(task, "importexport-store-probe");
            thread.setDaemon(true);
            thread.start();
        }) : last);
        try {
            return check.get(PROBE_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean answers() {
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
