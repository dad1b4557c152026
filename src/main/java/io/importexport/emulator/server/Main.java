package io.importexport.emulator.server;

import io.importexport.emulator.protocol.RequestLog;
import io.importexport.emulator.protocol.auth.AuthMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar importexport-emulator.jar [options]}: every option also reads an environment variable. */
@Command(name = "importexport-emulator", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "A local emulator of the AWS Import/Export API (2010-06-01). Prints one line "
                + "'... listening on http://HOST:PORT' once it accepts requests.")
public final class Main implements Callable<Integer> {
    private static final String NAME = "importexport-emulator";
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final List<Logger> CHATTY = List.of(Logger.getLogger("org.glassfish"), Logger.getLogger("com.zaxxer.hikari"),
            Logger.getLogger("org.flywaydb"));

    @Option(names = "--host", defaultValue = "${env:IMPORTEXPORT_HOST:-127.0.0.1}", paramLabel = "HOST",
            description = "Address to listen on (env IMPORTEXPORT_HOST; default ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", defaultValue = "${env:IMPORTEXPORT_PORT:-8080}", paramLabel = "PORT",
            description = "Port to listen on, 0 for any free port (env IMPORTEXPORT_PORT; default ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--auth", defaultValue = "${env:IMPORTEXPORT_AUTH:-permissive}", paramLabel = "MODE",
            description = "Authentication mode: ${COMPLETION-CANDIDATES}. permissive: signatures are not verified and "
                    + "an unknown key is its own account; strict: every request must be signed by a key of --credentials "
                    + "(env IMPORTEXPORT_AUTH; default ${DEFAULT-VALUE}).")
    private AuthMode auth;

    @Option(names = "--credentials", defaultValue = "${env:IMPORTEXPORT_CREDENTIALS}", paramLabel = "FILE",
            description = "Access keys by account, JSON {\"accounts\": [{\"accountId\", \"keys\": [{\"accessKeyId\", "
                    + "\"secretAccessKey\", \"sessionToken\"}]}]} (env IMPORTEXPORT_CREDENTIALS).")
    private Path credentials;

    @Option(names = "--clock-skew", defaultValue = "${env:IMPORTEXPORT_CLOCK_SKEW:-900}", paramLabel = "SECONDS",
            description = "In strict mode, how far a request's signing time may be from the emulator's "
                    + "(env IMPORTEXPORT_CLOCK_SKEW; default ${DEFAULT-VALUE}).")
    private int clockSkewSeconds;

    @Option(names = "--buckets", defaultValue = "${env:IMPORTEXPORT_BUCKETS}", paramLabel = "FILE",
            description = "Bucket table, JSON {\"buckets\": [{\"name\", \"region\", \"owner\"}]}; without it every "
                    + "validly named bucket exists in us-east-1 and belongs to the caller (env IMPORTEXPORT_BUCKETS).")
    private Path buckets;

    @Option(names = "--daily-quota", defaultValue = "${env:IMPORTEXPORT_DAILY_QUOTA:-0}", paramLabel = "N",
            description = "Jobs an account may create per UTC day, as AWS's 50; 0 = no limit "
                    + "(env IMPORTEXPORT_DAILY_QUOTA; default ${DEFAULT-VALUE}).")
    private int dailyQuota;

    @Option(names = "--seed", defaultValue = "${env:IMPORTEXPORT_SEED}", paramLabel = "N",
            description = "Seed for job ids and request ids, for the same ids on every run (env IMPORTEXPORT_SEED).")
    private Long seed;

    @Option(names = "--clock", defaultValue = "${env:IMPORTEXPORT_CLOCK}", paramLabel = "INSTANT",
            description = "Freeze the emulator's time at INSTANT, e.g. 2026-01-01T00:00:00Z; with --seed, every run "
                    + "answers the same (env IMPORTEXPORT_CLOCK).")
    private Instant clock;

    @Option(names = "--clock-start", defaultValue = "${env:IMPORTEXPORT_CLOCK_START}", paramLabel = "INSTANT",
            description = "Start the emulator's time at INSTANT and let it run (env IMPORTEXPORT_CLOCK_START).")
    private Instant clockStart;

    @Option(names = "--record-dir", defaultValue = "${env:IMPORTEXPORT_RECORD_DIR}", paramLabel = "DIR",
            description = "Record every AWS API exchange into DIR as a replayable wire-sample session "
                    + "(env IMPORTEXPORT_RECORD_DIR).")
    private Path recordDir;

    @Option(names = "--log-format", defaultValue = "${env:IMPORTEXPORT_LOG_FORMAT:-text}", paramLabel = "FORMAT",
            description = "One line per AWS API request on stderr (request id, account, action, status, error code, "
                    + "milliseconds): text, json or off (env IMPORTEXPORT_LOG_FORMAT; default ${DEFAULT-VALUE}).")
    private String logFormat;

    @Option(names = "--data-dir", defaultValue = "${env:IMPORTEXPORT_DATA_DIR}", paramLabel = "DIR",
            description = "Keep jobs in an embedded database (H2) in DIR: they survive restarts and kill -9 "
                    + "(env IMPORTEXPORT_DATA_DIR).")
    private Path dataDir;

    @Option(names = "--database-url", defaultValue = "${env:IMPORTEXPORT_DATABASE_URL}", paramLabel = "JDBC_URL",
            description = "Keep jobs in a shared database, e.g. jdbc:postgresql://127.0.0.1:5432/importexport; several "
                    + "emulators on one database act as one service (env IMPORTEXPORT_DATABASE_URL).")
    private String databaseUrl;

    @Option(names = "--database-user", defaultValue = "${env:IMPORTEXPORT_DATABASE_USER}", paramLabel = "USER",
            description = "The database user, unless given in the URL (env IMPORTEXPORT_DATABASE_USER).")
    private String databaseUser;

    @Option(names = "--database-password", defaultValue = "${env:IMPORTEXPORT_DATABASE_PASSWORD}", paramLabel = "PASSWORD",
            description = "The database password, unless given in the URL (env IMPORTEXPORT_DATABASE_PASSWORD).")
    private String databasePassword;

    @Option(names = "--keep-alive-max-requests", defaultValue = "${env:IMPORTEXPORT_KEEP_ALIVE_MAX_REQUESTS:--1}", paramLabel = "N",
            description = "Requests one keep-alive connection may carry before it is closed; -1 for no limit "
                    + "(env IMPORTEXPORT_KEEP_ALIVE_MAX_REQUESTS; default ${DEFAULT-VALUE}).")
    private int keepAliveMaxRequests;

    @Option(names = "--public-url", defaultValue = "${env:IMPORTEXPORT_PUBLIC_URL}", paramLabel = "URL",
            description = "Base of the document URLs in responses; default: the address each client used "
                    + "(env IMPORTEXPORT_PUBLIC_URL).")
    private String publicUrl;

    @Option(names = "--max-body-size", defaultValue = "${env:IMPORTEXPORT_MAX_BODY_SIZE:-1048576}", paramLabel = "BYTES",
            description = "Largest request body accepted (env IMPORTEXPORT_MAX_BODY_SIZE; default ${DEFAULT-VALUE}).")
    private int maxBodySize;

    @Option(names = "--auto-advance", defaultValue = "${env:IMPORTEXPORT_AUTO_ADVANCE}", paramLabel = "SECONDS",
            description = "Move every job along the happy path by itself, one state per SECONDS (device received, "
                    + "loading, done, returned), for demos; off by default (env IMPORTEXPORT_AUTO_ADVANCE).")
    private Integer autoAdvanceSeconds;

    public static void main(String[] args) {
        // one line per log record: time, level, logger, message
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine command = new CommandLine(new Main());
        command.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(NAME + ": " + e.getMessage() + " (see --help)");
            return 2;
        });
        command.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(NAME + ": " + e.getMessage());
            return 1;
        });
        return command;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = new PrintWriter(System.err, true);
        if (port < 0 || port > 65535) {
            err.println(NAME + ": --port must be between 0 and 65535, not " + port);
            return 2;
        }
        if (!logFormat.equals("off") && Arrays.stream(RequestLog.Format.values()).noneMatch(f -> f.name().equals(logFormat))) {
            err.println(NAME + ": --log-format must be text, json or off, not " + logFormat);
            return 2;
        }
        if (dataDir != null && databaseUrl != null) {
            err.println(NAME + ": give --data-dir (embedded) or --database-url (shared), not both");
            return 2;
        }
        if (clock != null && clockStart != null) {
            err.println(NAME + ": give --clock (frozen) or --clock-start (running), not both");
            return 2;
        }
        if (dailyQuota < 0 || clockSkewSeconds < 0 || maxBodySize < 1 || autoAdvanceSeconds != null && autoAdvanceSeconds < 1) {
            err.println(NAME + ": --daily-quota and --clock-skew must be 0 or more, --max-body-size and --auto-advance 1 or more");
            return 2;
        }
        CHATTY.forEach(logger -> logger.setLevel(Level.WARNING)); // start-up chatter of Grizzly, the pool, migrations
        EmulatorConfig.Builder config = EmulatorConfig.builder().recordDir(recordDir).dataDir(dataDir)
                .database(databaseUrl, databaseUser, databasePassword)
                .requestLog(logFormat.equals("off") ? null : RequestLog.Format.valueOf(logFormat))
                .keepAliveMaxRequests(keepAliveMaxRequests);
        if (clock != null) {
            config.frozenClock(clock);
        } else if (clockStart != null) {
            config.clockStart(clockStart);
        }
        EmulatorServer server;
        try {
            server = EmulatorServer.start(config.host(host).port(port).bucketsFile(buckets)
                    .dailyQuota(dailyQuota).seed(seed).publicUrl(publicUrl).maxBodyBytes(maxBodySize)
                    .autoAdvance(autoAdvanceSeconds == null ? null : Duration.ofSeconds(autoAdvanceSeconds))
                    .auth(auth).credentialsFile(credentials).clockSkew(Duration.ofSeconds(clockSkewSeconds)).build());
        } catch (BindException e) {
            err.println(NAME + ": cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (RuntimeException e) { // the durable store could not be opened: locked, unreachable, refused
            err.println(NAME + ": cannot open the job store: " + rootMessage(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println(NAME + " " + EmulatorVersion.VERSION + " listening on " + server.url());
        System.out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {NAME + " " + EmulatorVersion.VERSION};
        }
    }
}
