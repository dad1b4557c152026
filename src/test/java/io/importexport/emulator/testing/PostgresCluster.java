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
public final class PostgresCluster {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String serverUrl;

    private PostgresCluster() {
    }

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
            Path data = directory.resolve("data");
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8"), root);
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", directory.resolve("log").toString(), "-w", "start",
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory + " -c fsync=off"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary folder goes with the machine
                }
            }));
            return "jdbc:postgresql://127.0.0.1:" + port + "/";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL from " + bin, e);
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
