package io.importexport.emulator.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a durable store's database: a pool of connections, the schema migrated to the newest version by Flyway
 * (the versions live in {@code db/migration}; Flyway records which ran).
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * An H2 database in {@code directory}. {@code WRITE_DELAY=0}: a commit is written to the file before it returns,
     * so a job is durable before its response is sent, even if the process is then killed.
     */
    public static Database embedded(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException failure && failure.getReason() != null ? failure.getReason()
                    : e.getClass().getSimpleName();
            throw new IllegalStateException("cannot make the folder " + directory + " (" + reason + ")");
        }
        // TRACE_LEVEL_FILE=0: H2 would print a stack trace of its own when it cannot write its trace file
        return open("jdbc:h2:file:" + directory.toAbsolutePath().resolve("importexport").toString().replace('\\', '/')
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0", null, null);
    }

    /** Any database with a JDBC URL the emulator knows (PostgreSQL, H2); user and password may be null (or in the URL). */
    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("importexport-store");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
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
        return new JdbcJobStore(pool);
    }

    public JdbcStateStore stateStore() {
        return new JdbcStateStore(pool);
    }

    @Override
    public void close() {
        pool.close();
    }
}
