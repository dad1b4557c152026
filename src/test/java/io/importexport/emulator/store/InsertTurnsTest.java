package io.importexport.emulator.store;

import io.importexport.emulator.domain.job.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.IntStream;

import static io.importexport.emulator.testing.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent callers' rows go in together, and each caller learns its own row's outcome. */
class InsertTurnsTest {
    private static final Instant CREATED = Instant.parse("2026-01-02T00:00:00Z");

    @TempDir
    Path directory;
    private Database database;
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstConnection = new CountDownLatch(1);
    private final AtomicInteger connectionsAsked = new AtomicInteger();
    private boolean refuseFirstConnection;
    private InsertTurns turns;

    @BeforeEach
    void open() {
        database = Database.embedded(directory, Duration.ofSeconds(5));
        turns = new InsertTurns(new HeldFirstConnection(database.dataSource()), CommitCheck.EMBEDDED_H2);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void callersQueuedBehindATurnGoInTogetherAndATakenIdFailsOnlyItsOwnCaller() throws Exception {
        Map<String, String> outcomes = insertBehindAHeldFirstCaller(2);

        assertThat(outcomes).isEqualTo(Map.of("first", "inserted", "queued0", "inserted", "queued1", "inserted",
                "queued2", Rows.DUPLICATE_KEY, "queued3", "inserted", "queued4", "inserted"));
        // the first turn alone, then the five queued in one statement, refused for the taken id, then one by one
        assertThat(statements).hasSize(7);
        assertThat(statements.get(1)).contains(String.join(", ", List.of("(?, ?, ?, ?)", "(?, ?, ?, ?)", "(?, ?, ?, ?)", "(?, ?, ?, ?)",
                "(?, ?, ?, ?)")));
        assertThat(database.jobStore().all()).extracting(Job::id)
                .containsExactlyInAnyOrder("FIRST", "QUEUED0", "QUEUED1", "QUEUED3", "QUEUED4");
    }

    @Test
    void whenNoConnectionCanBeHadTheCallersQueuedMeanwhileAreAnsweredAtOnce() throws Exception {
        refuseFirstConnection = true;
        Map<String, String> outcomes = insertBehindAHeldFirstCaller(-1);

        assertThat(outcomes).hasSize(6).allSatisfy((caller, outcome) -> assertThat(outcome).isEqualTo("08001"));
        assertThat(connectionsAsked).hasValue(1); // none of the queued waited for a connection of its own
        assertThat(database.jobStore().all()).isEmpty();
    }

    /**
     * A first caller whose connection is held back until five more callers queued behind it, the {@code takenId}-th of
     * them asking for the first one's id; the six outcomes once all returned.
     */
    private Map<String, String> insertBehindAHeldFirstCaller(int takenId) throws InterruptedException {
        Map<String, String> outcomes = new ConcurrentHashMap<>();
        Thread first = caller("first", job("FIRST", "acct", CREATED), outcomes);
        awaitState(first, Thread.State.WAITING); // holds the turn, its connection not given yet
        List<Thread> queued = IntStream.range(0, 5)
                .mapToObj(i -> caller("queued" + i, job(i == takenId ? "FIRST" : "QUEUED" + i, "acct", CREATED), outcomes)).toList();
        for (Thread caller : queued) {
            awaitState(caller, Thread.State.WAITING);
        }
        firstConnection.countDown();
        first.join();
        for (Thread caller : queued) {
            caller.join();
        }
        return outcomes;
    }

    /** A thread inserting {@code job}, its outcome noted under {@code name}: "inserted" or the refusal's SQL state. */
    private Thread caller(String name, Job job, Map<String, String> outcomes) {
        Thread thread = new Thread(() -> {
            try {
                turns.insert(job, JobJson.write(job));
                outcomes.put(name, "inserted");
            } catch (SQLException e) {
                outcomes.put(name, e.getSQLState());
            }
        }, name);
        thread.start();
        return thread;
    }

    private static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
        for (int i = 0; i < 500 && thread.getState() != state; i++) {
            Thread.sleep(10);
        }
        assertThat(thread.getState()).isEqualTo(state);
    }

    /**
     * The database, its first connection given (or refused, when the test says so) only once the test lets it, and every
     * connection asked for and statement prepared noted.
     */
    private final class HeldFirstConnection implements DataSource {
        private final DataSource database;
        private boolean first = true;

        HeldFirstConnection(DataSource database) {
            this.database = database;
        }

        @Override
        public Connection getConnection() throws SQLException {
            connectionsAsked.incrementAndGet();
            synchronized (this) {
                if (first) {
                    first = false;
                    try {
                        firstConnection.await();
                    } catch (InterruptedException e) {
                        throw new SQLException(e);
                    }
                    if (refuseFirstConnection) {
                        throw new SQLException("no connection within the timeout", "08001");
                    }
                }
            }
            Connection connection = database.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                if (method.getName().equals("prepareStatement")) {
                    statements.add((String) arguments[0]);
                }
                try {
                    return method.invoke(connection, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
