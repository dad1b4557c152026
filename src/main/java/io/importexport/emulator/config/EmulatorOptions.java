package io.importexport.emulator.config;

import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.account.AuthMode;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every option of the emulator, each declared once. The command line ({@code --port}), the environment
 * ({@code IMPORTEXPORT_PORT}), the embed builder, the JUnit extension, subprocess mode and the table of docs/options.md all
 * come from this list, in this order.
 */
public final class EmulatorOptions {
    private static final List<Option<?>> DECLARED = new ArrayList<>();
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9.]+");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?");
    /** A DNS name a certificate can carry: labels of at most 63, no trailing dot, the first label may be a wildcard. */
    private static final Pattern CERTIFICATE_DNS_NAME = Pattern.compile(
            "(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final String PORT_RULE = "a whole number from 0 to 65535";

    private EmulatorOptions() {
    }

    public static final Option<String> HOST = declare(Option.of("host", ValueTypes.TEXT, "127.0.0.1", "HOST",
            "Address to listen on; anything but a loopback address exposes the emulator to the network.")
            .rule("an IP address or a host name this machine can resolve", EmulatorOptions::isListenableHost));

    public static final Option<Integer> PORT = declare(Option.of("port", ValueTypes.INTEGER, 8080, "PORT",
            "Port to listen on, 0 for any free port.")
            .rule(PORT_RULE, EmulatorOptions::isPort));

    public static final Option<Integer> HTTPS_PORT = declare(Option.of("https-port", ValueTypes.INTEGER, null, "PORT",
            "Also serve HTTPS on PORT (0 for any free port), with a certificate made at start for localhost, 127.0.0.1, ::1 "
                    + "and --tls-names, signed by a CA of its own written to --tls-ca-file; or --tls-keystore's. Off by default.")
            .rule(PORT_RULE, EmulatorOptions::isPort));

    public static final Option<String> TLS_NAMES = declare(Option.of("tls-names", ValueTypes.TEXT, null, "NAMES",
            "With --https-port: more host names or IP addresses the certificate is for, comma-separated, e.g. emulator,10.0.0.5.")
            .rule("host names or IP addresses separated by commas, such as emulator,10.0.0.5",
                    names -> Arrays.stream(names.split(",", -1)).map(String::strip).allMatch(EmulatorOptions::isCertificateName)));

    public static final Option<Path> TLS_CA_FILE = declare(Option.of("tls-ca-file", ValueTypes.PATH, null, "FILE",
            "With --https-port: where the CA certificate (PEM) is written, for clients to verify the emulator with; default "
                    + "importexport-emulator-PORT-ca.pem in the system's temporary folder."));

    public static final Option<Path> TLS_KEYSTORE = declare(Option.of("tls-keystore", ValueTypes.PATH, null, "FILE",
            "With --https-port: serve the key and certificate of this PKCS12 keystore instead of making them.")
            .rule("a path to a readable file", EmulatorOptions::isReadableFile));

    public static final Option<String> TLS_KEYSTORE_PASSWORD = declare(Option.of("tls-keystore-password", ValueTypes.TEXT, null,
            "PASSWORD", "The password of --tls-keystore.").secret());

    public static final Option<AuthMode> AUTH = declare(Option.of("auth", ValueTypes.choice(AuthMode.class), AuthMode.permissive, "MODE",
            "Authentication: permissive (signatures are not verified; an unknown key is its own account) or strict "
                    + "(every request must be signed by a key of --credentials)."));

    public static final Option<Path> CREDENTIALS = declare(Option.of("credentials", ValueTypes.PATH, null, "FILE",
            "Access keys by account, JSON {\"accounts\": [{\"accountId\", \"keys\": [{\"accessKeyId\", \"secretAccessKey\", "
                    + "\"sessionToken\"}]}]}.")
            .rule("a path to a readable file", EmulatorOptions::isReadableFile));

    public static final Option<Duration> CLOCK_SKEW = declare(Option.of("clock-skew", ValueTypes.DURATION, Duration.ofMinutes(15),
            "DURATION", "In strict mode, how far a request's signing time may be from the emulator's.")
            .rule("a duration of at least 1s, such as 90s or 15m", skew -> skew.compareTo(Duration.ofSeconds(1)) >= 0));

    public static final Option<Path> BUCKETS = declare(Option.of("buckets", ValueTypes.PATH, null, "FILE",
            "Bucket table, JSON {\"buckets\": [{\"name\", \"region\", \"owner\"}]}; without it every validly named bucket "
                    + "exists in us-east-1 and belongs to the caller.")
            .rule("a path to a readable file", EmulatorOptions::isReadableFile));

    public static final Option<Integer> DAILY_QUOTA = declare(Option.of("daily-quota", ValueTypes.INTEGER, 0, "N",
            "Jobs an account may create per UTC day, as AWS's 50; 0 for no limit.")
            .rule("a whole number, 0 or more", quota -> quota >= 0));

    public static final Option<Long> SEED = declare(Option.of("seed", ValueTypes.LONG, null, "N",
            "Seed for job ids and request ids, for the same ids on every run."));

    public static final Option<Instant> CLOCK = declare(Option.of("clock", ValueTypes.INSTANT, null, "INSTANT",
            "Freeze the emulator's time at INSTANT, e.g. 2026-01-01T00:00:00Z; with --seed, every run answers the same.")
            .rule("an instant from 1970 to 9999, such as 2026-01-01T00:00:00Z", EmulatorClock::isWithinRange));

    public static final Option<Instant> CLOCK_START = declare(Option.of("clock-start", ValueTypes.INSTANT, null, "INSTANT",
            "Start the emulator's time at INSTANT and let it run.")
            .rule("an instant from 1970 to 9999, such as 2026-01-01T00:00:00Z", EmulatorClock::isWithinRange));

    public static final Option<Path> RECORD_DIR = declare(Option.of("record-dir", ValueTypes.PATH, null, "DIR",
            "Record every AWS API exchange into DIR as a replayable wire-sample session; DIR must be empty or new, so "
                    + "that a recording is never mixed with another or overwritten.")
            .rule("a path to an empty folder, or where one can be made", EmulatorOptions::isEmptyOrNewFolder));

    public static final Option<String> RECORD_MASKS = declare(Option.of("record-masks", ValueTypes.TEXT, null, "MASKS",
            "With --record-dir: what a replay of the recording ignores, comma-separated: request-id, job-id, date, signature, "
                    + "field:NAME (an XML element or JSON field). A running clock adds date by itself.")
            .rule("masks separated by commas, such as request-id,field:TrackingNumber",
                    masks -> masks.matches("[A-Za-z:_.-]+(\\s*,\\s*[A-Za-z:_.-]+)*")));

    public static final Option<String> LOG_FORMAT = declare(Option.of("log-format", ValueTypes.choice("text", "json", "off"), "text",
            "FORMAT", "One line per AWS API request on stderr (request id, account, action, status, error code, milliseconds)."));

    public static final Option<Path> DATA_DIR = declare(Option.of("data-dir", ValueTypes.PATH, null, "DIR",
            "Keep jobs in an embedded database (H2) in DIR: they survive restarts and kill -9.")
            .rule("a path to a folder, or where one can be made", path -> !Files.isRegularFile(path)));

    public static final Option<String> DATABASE_URL = declare(Option.of("database-url", ValueTypes.TEXT, null, "JDBC_URL",
            "Keep jobs in a shared database, e.g. jdbc:postgresql://127.0.0.1:5432/importexport; several emulators on one "
                    + "database act as one service.")
            .rule("a JDBC URL starting with jdbc:postgresql: or jdbc:h2:",
                    url -> url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:h2:")));

    public static final Option<String> DATABASE_USER = declare(Option.of("database-user", ValueTypes.TEXT, null, "USER",
            "The database user, unless given in the URL."));

    public static final Option<String> DATABASE_PASSWORD = declare(Option.of("database-password", ValueTypes.TEXT, null, "PASSWORD",
            "The database password, unless given in the URL.").secret());

    public static final Option<Integer> KEEP_ALIVE_MAX_REQUESTS = declare(Option.of("keep-alive-max-requests", ValueTypes.INTEGER, -1,
            "N", "Requests one keep-alive connection may carry before it is closed; -1 for no limit.")
            .rule("-1 or a whole number from 1", limit -> limit == -1 || limit >= 1));

    public static final Option<Duration> IDLE_TIMEOUT = declare(Option.of("idle-timeout", ValueTypes.DURATION, Duration.ofSeconds(30),
            "DURATION", "How long an idle keep-alive connection stays open.")
            .rule("a duration in whole seconds from 1s to 24h, such as 30s",
                    idle -> idle.getNano() == 0 && idle.getSeconds() >= 1 && idle.compareTo(Duration.ofHours(24)) <= 0));

    public static final Option<String> PUBLIC_URL = declare(Option.of("public-url", ValueTypes.HTTP_URL, null, "URL",
            "Base of the document URLs in responses; default: the address each client used."));

    public static final Option<Integer> MAX_BODY_SIZE = declare(Option.of("max-body-size", ValueTypes.INTEGER, 1024 * 1024, "BYTES",
            "Largest request body accepted: four times the largest manifest (256 KiB), plus room for the other parameters.")
            .rule("a whole number from 1024 to 268435456", bytes -> bytes >= 1024 && bytes <= 256 * 1024 * 1024));

    public static final Option<Duration> AUTO_ADVANCE = declare(Option.of("auto-advance", ValueTypes.DURATION, null, "DURATION",
            "Move every job along the happy path by itself, one state per DURATION (device received, loading, done, "
                    + "returned), for demos; off by default.")
            .rule("a duration longer than 0, such as 500ms or 2s", step -> !step.isNegative() && !step.isZero()));

    public static final Option<String> ADMIN_TOKEN = declare(Option.of("admin-token", ValueTypes.TEXT, null, "TOKEN",
            "Require this token (header 'Authorization: Bearer TOKEN') on every control-plane route under /_emulator but "
                    + "health; the AWS API is not affected. Needed to listen on an address other than loopback.")
            .rule("at least 16 characters, none of them a space or a control character",
                    token -> token.length() >= 16 && token.chars().allMatch(c -> c > ' ' && c != 0x7f))
            .secret());

    public static final Option<Boolean> ADMIN_OPEN = declare(Option.of("admin-open", ValueTypes.BOOLEAN, false, "BOOLEAN",
            "Listen on an address other than loopback without --admin-token: anyone who reaches the port may then reset "
                    + "the emulator, replace its credentials and move jobs. For a private network on purpose."));

    public static final Option<Duration> STORE_TIMEOUT = declare(Option.of("store-timeout", ValueTypes.DURATION, Duration.ofSeconds(5),
            "DURATION", "With --database-url or --data-dir: how long a request waits for the database before it is "
                    + "answered 503 ServiceUnavailable (a retryable error).")
            .rule("a duration in whole seconds from 1s to 1h, such as 5s",
                    timeout -> timeout.getNano() == 0 && timeout.getSeconds() >= 1 && timeout.compareTo(Duration.ofHours(1)) <= 0));

    public static final Option<Duration> SHUTDOWN_TIMEOUT = declare(Option.of("shutdown-timeout", ValueTypes.DURATION, Duration.ofSeconds(10),
            "DURATION", "On SIGTERM or close(): how long requests in flight have to finish after the emulator stops accepting "
                    + "connections; then the store is closed and the process exits.")
            .rule("a duration from 0s to 1h, such as 10s", timeout -> !timeout.isNegative() && timeout.compareTo(Duration.ofHours(1)) <= 0));

    /** Options that mean nothing without another: the key needs its value. */
    public static final Map<Option<?>, Option<?>> REQUIRES = Map.of(RECORD_MASKS, RECORD_DIR, TLS_NAMES, HTTPS_PORT, TLS_CA_FILE, HTTPS_PORT,
            TLS_KEYSTORE, HTTPS_PORT, TLS_KEYSTORE_PASSWORD, TLS_KEYSTORE);

    /** Pairs of options of which one may be given, not both. */
    static final List<List<Option<?>>> EXCLUSIVE = List.of(List.of(DATA_DIR, DATABASE_URL), List.of(CLOCK, CLOCK_START),
            List.of(ADMIN_TOKEN, ADMIN_OPEN), List.of(TLS_KEYSTORE, TLS_NAMES), List.of(TLS_KEYSTORE, TLS_CA_FILE));

    /** Every option, in the order of the help and of docs/options.md. */
    public static List<Option<?>> all() {
        return Collections.unmodifiableList(DECLARED);
    }

    /** By name ({@code clock-skew}) or flag ({@code --clock-skew}). */
    public static Optional<Option<?>> named(String nameOrFlag) {
        String name = nameOrFlag.startsWith("--") ? nameOrFlag.substring(2) : nameOrFlag;
        return DECLARED.stream().filter(option -> option.name().equals(name)).findFirst();
    }

    private static <T> Option<T> declare(Option<T> option) {
        DECLARED.add(option);
        return option;
    }

    private static boolean isEmptyOrNewFolder(Path path) {
        if (!Files.exists(path)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException | RuntimeException notAFolder) {
            return false;
        }
    }

    /** Four dot-separated numbers of 0-255. */
    private static boolean isIpv4Literal(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isReadableFile(Path path) {
        return Files.isReadable(path) && !Files.isDirectory(path);
    }

    private static boolean isPort(int port) {
        return port >= 0 && port <= 65535;
    }

    /** What a certificate can name: an IPv4 or IPv6 address, or a DNS name (its first label may be a wildcard). */
    private static boolean isCertificateName(String name) {
        if (name.contains(":")) {
            try {
                return InetAddress.getByName(name) instanceof Inet6Address; // a literal: never looked up
            } catch (UnknownHostException e) {
                return false;
            }
        }
        if (DOTTED_NUMBERS.matcher(name).matches()) {
            return isIpv4Literal(name);
        }
        return name.length() <= 253 && CERTIFICATE_DNS_NAME.matcher(name).matches();
    }

    /**
     * An IP literal (dotted numbers are read as IPv4 only: four parts of 0-255) or a name that resolves. Java would
     * read {@code 999.1.1.1} as a host name and Grizzly would then listen on every interface.
     */
    private static boolean isListenableHost(String host) {
        if (DOTTED_NUMBERS.matcher(host).matches()) {
            return isIpv4Literal(host);
        }
        if (!host.contains(":") && !HOST_NAME.matcher(host).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(host);
            return true;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
