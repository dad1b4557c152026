package io.importexport.emulator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: the one named by {@code IMPORTEXPORT_TEST_POSTGRES_URL}, or else a private
 * cluster started once per JVM from the machine's PostgreSQL binaries (Debian's {@code postgresql} package, which
 * .ci/run installs when missing), in a temporary folder, on 127.0.0.1 and a free port. PostgreSQL refuses to run as
 * root, so as root the cluster runs as the {@code postgres} user. Each caller gets a fresh database.
 */
public final class PostgresCluster implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String serverUrl;

    /** A new, empty database on the server; its JDBC URL carries user and password. */
    public static synchronized String newDatabase() {
        String base = server();
        String name = "importexport_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(base + "postgres" + credentials(base));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a database on " + base + ": " + e.getMessage(), e);
        }
        return base + name + credentials(base);
    }

    private static String credentials(String base) {
        return base.equals(serverUrl) && System.getenv("IMPORTEXPORT_TEST_POSTGRES_URL") == null ? "?user=postgres" : "";
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/}, started on first use. */
    private static String server() {
        if (serverUrl == null) {
            String given = System.getenv("IMPORTEXPORT_TEST_POSTGRES_URL");
            serverUrl = given != null ? given.replaceAll("[^/]*$", "") : startCluster();
        }
        return serverUrl;
    }

    private static String startCluster() {
        PostgresCluster cluster = start();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        return cluster.serverUrl();
    }

    /**
     * A private cluster of one's own, which a test may stop and start again (a database outage); {@link #close()}
     * ends it. Needs the PostgreSQL binaries even when {@code IMPORTEXPORT_TEST_POSTGRES_URL} names a server.
     */
    public static PostgresCluster start() {
        Path bin = binaries();
        try {
            Path directory = Files.createTempDirectory("importexport-postgres");
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "postgres", directory.toString()), false);
            }
            PostgresCluster cluster = new PostgresCluster(bin, directory, port, root);
            run(List.of(bin.resolve("initdb").toString(), "-D", cluster.data().toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8"), root);
            cluster.resume();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL from " + bin, e);
        }
    }

    private final Path bin;
    private final Path directory;
    private final int port;
    private final boolean root;

    private PostgresCluster(Path bin, Path directory, int port, boolean root) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
        this.root = root;
    }

    private Path data() {
        return directory.resolve("data");
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/} */
    public String serverUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    /** The cluster's own {@code postgres} database, with its user. */
    public String databaseUrl() {
        return serverUrl() + "postgres?user=postgres";
    }

    /** Stops the server as an operator would ({@code pg_ctl stop -m fast}: sessions are ended, the port closes). */
    public void pause() {
        pgCtl("-m", "fast", "-w", "stop");
    }

    /** Starts the (stopped) server again on the same port and data. */
    public void resume() {
        pgCtl("-l", directory.resolve("log").toString(), "-w", "start",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory + " -c fsync=off");
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "stop"), root);
        } catch (IOException alreadyStopped) {
            // nothing to stop
        }
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString()));
        command.addAll(List.of(arguments));
        try {
            run(command, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binaries() {
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.sorted().forEach(version -> candidates.add(0, version.resolve("bin")));
        } catch (IOException ignored) {
            // no Debian layout
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            candidates.add(Path.of(dir));
        }
        return candidates.stream().filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst().orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed: the durable-store tests need "
                        + "initdb and pg_ctl (apt-get install postgresql), or IMPORTEXPORT_TEST_POSTGRES_URL naming a server"));
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>(asPostgres ? List.of("runuser", "-u", "postgres", "--") : List.of());
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
