package io.importexport.emulator.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Opens a durable store's database: a pool of connections, the schema migrated to the newest version by Flyway
 * (the versions live in {@code db/migration}; Flyway records which ran).
 */
public final class Database implements AutoCloseable {
    /** Connections at most: every one a PostgreSQL backend process, so bounded whatever the load. */
    public static final int POOL_SIZE = 16;
    private final HikariDataSource pool;
    private final StoreFailures failures;
    private final CommitCheck commitCheck;

    private Database(HikariDataSource pool, CommitCheck commitCheck) {
        this.pool = pool;
        this.commitCheck = commitCheck;
        this.failures = new StoreFailures(() -> pool.getHikariPoolMXBean().softEvictConnections());
    }

    /** An H2 database in {@code directory}, made if missing, as {@link #h2Url} opens it. */
    public static Database embedded(Path directory, Duration timeout) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException failure && failure.getReason() != null ? failure.getReason()
                    : e.getClass().getSimpleName();
            throw new IllegalStateException("cannot make the folder " + directory + " (" + reason + ")");
        }
        return open(h2Url(directory.resolve("importexport").toAbsolutePath().toString()), null, null, timeout);
    }

    /**
     * The JDBC URL of the H2 database {@code fileName} (a path, or a path under one of H2's file-system schemes).
     * {@code WRITE_DELAY=0}: a commit is written to the file before it returns, so a job is durable before its response
     * is sent, even if the process is then killed. {@code TRACE_LEVEL_FILE=0}: H2 would print a stack trace of its own
     * when it cannot write its trace file.
     */
    public static String h2Url(String fileName) {
        return "jdbc:h2:" + fileName + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    }

    /**
     * Any database with a JDBC URL the emulator knows (PostgreSQL, H2); user and password may be null (or in the URL).
     * {@code timeout} bounds how long a request waits for a connection and, on PostgreSQL, for the server to connect
     * and answer: while the database is down, requests fail after it (and the store answers 503), and none piles up.
     */
    public static Database open(String url, String user, String password, Duration timeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("importexport-store");
        config.setConnectionTimeout(timeout.toMillis());
        config.setValidationTimeout(Math.max(250, timeout.toMillis() / 2));
        if (url.startsWith("jdbc:postgresql:")) {
            long seconds = Math.max(1, timeout.toSeconds());
            config.addDataSourceProperty("connectTimeout", seconds);
            config.addDataSourceProperty("loginTimeout", seconds);
            // a statement's reply: a lock held by another emulator is released within milliseconds, a dead server never
            config.addDataSourceProperty("socketTimeout", seconds * 2);
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, CommitCheck.forUrl(url));
    }

    /** Flyway sets this system property (for a JavaScript engine it never uses here); an embedding JVM must not see it. */
    private static final String FLYWAY_PROPERTY = "polyglot.engine.WarnInterpreterOnly";

    private static void migrate(DataSource pool) {
        String before = System.getProperty(FLYWAY_PROPERTY);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } finally {
            if (before == null) {
                System.clearProperty(FLYWAY_PROPERTY);
            } else {
                System.setProperty(FLYWAY_PROPERTY, before);
            }
        }
    }

    /** The pool itself, for tests that write rows as an older release did. */
    DataSource dataSource() {
        return pool;
    }

    public JdbcJobStore jobStore() {
        return new JdbcJobStore(pool, commitCheck, failures);
    }

    public JdbcStateStore stateStore() {
        return new JdbcStateStore(pool, commitCheck, failures);
    }

    /** Connections open now, in use or idle; never more than {@link #POOL_SIZE}. */
    public int openConnections() {
        return pool.getHikariPoolMXBean().getTotalConnections();
    }

    @Override
    public void close() {
        pool.close();
    }
}
