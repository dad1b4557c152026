package io.importexport.emulator.server;

import io.importexport.emulator.protocol.RequestLog;
import io.importexport.emulator.protocol.auth.AuthMode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Everything that shapes one emulator instance; the command line and the tests fill it in through {@link #builder()}.
 *
 * @param port         0 takes a free port
 * @param bucketsFile  the bucket table (JSON), or null: then every validly named bucket exists
 * @param dailyQuota   jobs per account per UTC day, 0 for no limit
 * @param seed         seeds job and request ids, or null for different ids on every run
 * @param publicUrl    the address put into document URLs, or null for the one each client used
 * @param maxBodyBytes the largest request body accepted
 * @param autoAdvance  null, or how long a job stays in each state of the happy path before it moves on by itself
 * @param auth         whether signatures are verified
 * @param credentialsFile the access keys of each account (JSON), or null
 * @param clockSkew    how far a signed request's time may be from the emulator's in strict mode
 * @param clock        null for the real time, or the time the emulator starts at
 * @param clockFrozen  with {@code clock}: time stands still there (until the control plane moves it)
 * @param recordDir    null, or the folder to record every AWS API exchange into
 * @param requestLog   null for none, or the format of the one line per AWS API request written to stderr
 * @param dataDir      null, or the folder of an embedded durable store
 * @param database     null, or the JDBC URL of a shared durable store (PostgreSQL)
 * @param keepAliveMaxRequests requests one keep-alive connection may carry, -1 for no limit (Grizzly's own default is 256)
 * @param idleTimeout  how long an idle keep-alive connection stays open
 */
public record EmulatorConfig(String host, int port, Path bucketsFile, int dailyQuota, Long seed, String publicUrl,
                             int maxBodyBytes, Duration autoAdvance, AuthMode auth, Path credentialsFile, Duration clockSkew,
                             Instant clock, boolean clockFrozen, Path recordDir, RequestLog.Format requestLog, Path dataDir,
                             String database, String databaseUser, String databasePassword, int keepAliveMaxRequests,
                             Duration idleTimeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** Four times the largest manifest (256 KiB), plus room for the other parameters and their escaping. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** What AWS allows between a request's signing time and its own. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(15);
    /** Grizzly's default. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    public static Builder builder() {
        return new Builder();
    }

    /** Starts from the defaults of the command line. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Path bucketsFile;
        private int dailyQuota;
        private Long seed;
        private String publicUrl;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration autoAdvance;
        private AuthMode auth = AuthMode.permissive;
        private Path credentialsFile;
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private Instant clock;
        private boolean clockFrozen;
        private Path recordDir;
        private RequestLog.Format requestLog;
        private Path dataDir;
        private String database;
        private String databaseUser;
        private String databasePassword;
        private int keepAliveMaxRequests = -1;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;

        private Builder() {
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder bucketsFile(Path value) {
            bucketsFile = value;
            return this;
        }

        public Builder dailyQuota(int value) {
            dailyQuota = value;
            return this;
        }

        public Builder seed(Long value) {
            seed = value;
            return this;
        }

        public Builder publicUrl(String value) {
            publicUrl = value == null ? null : value.replaceAll("/+$", "");
            return this;
        }

        public Builder maxBodyBytes(int value) {
            maxBodyBytes = value;
            return this;
        }

        public Builder autoAdvance(Duration value) {
            autoAdvance = value;
            return this;
        }

        public Builder auth(AuthMode value) {
            auth = value;
            return this;
        }

        public Builder credentialsFile(Path value) {
            credentialsFile = value;
            return this;
        }

        public Builder clockSkew(Duration value) {
            clockSkew = value;
            return this;
        }

        /** Time stands still at {@code value}; the control plane can still move it. */
        public Builder frozenClock(Instant value) {
            clock = value;
            clockFrozen = true;
            return this;
        }

        /** Time starts at {@code value} and runs. */
        public Builder clockStart(Instant value) {
            clock = value;
            clockFrozen = false;
            return this;
        }

        public Builder recordDir(Path value) {
            recordDir = value;
            return this;
        }

        /** One line per AWS API request on stderr, in this format; null (the default here) for none. */
        public Builder requestLog(RequestLog.Format value) {
            requestLog = value;
            return this;
        }

        /** Keep jobs (and the control plane's changes) in an embedded database in this folder. */
        public Builder dataDir(Path value) {
            dataDir = value;
            return this;
        }

        /** Keep jobs in a shared database, e.g. {@code jdbc:postgresql://127.0.0.1/importexport}; user and password may be null. */
        public Builder database(String url, String user, String password) {
            database = url;
            databaseUser = user;
            databasePassword = password;
            return this;
        }

        public Builder keepAliveMaxRequests(int value) {
            keepAliveMaxRequests = value;
            return this;
        }

        public Builder idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        public EmulatorConfig build() {
            return new EmulatorConfig(host, port, bucketsFile, dailyQuota, seed, publicUrl, maxBodyBytes, autoAdvance, auth,
                    credentialsFile, clockSkew, clock, clockFrozen, recordDir, requestLog, dataDir, database, databaseUser, databasePassword,
                    keepAliveMaxRequests, idleTimeout);
        }
    }
}
