package io.importexport.emulator.store;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.retry.RetryUtils;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.AmazonImportExportClientBuilder;
import com.amazonaws.services.importexport.model.ListJobsRequest;
import io.importexport.emulator.admin.AdminException;
import io.importexport.emulator.admin.EmulatorAdmin;
import io.importexport.emulator.admin.HttpAdmin;
import io.importexport.emulator.admin.JobView;
import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.testing.CreateJobLoad;
import io.importexport.emulator.testing.CreateJobLoad.Outcome;
import io.importexport.emulator.testing.Manifests;
import io.importexport.emulator.testing.PostgresCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * PostgreSQL stops under load and starts again: meanwhile every request is answered within a bounded time with a
 * retryable 503, health says the store is down, nothing leaks; afterwards the same emulator serves again and every
 * job it acknowledged is there.
 */
class DatabaseOutageIT {
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(2);
    /** A request waits for a connection (the timeout) and at worst for a statement on a dying one (twice it). */
    private static final Duration ANSWER_BOUND = STORE_TIMEOUT.multipliedBy(3).plusSeconds(1);

    @Test
    @Timeout(180)
    void requestsFailFastAndRetryablyWhileTheDatabaseIsDownAndSucceedOnceItIsBack() throws Exception {
        try (PostgresCluster cluster = PostgresCluster.start();
             ImportExportEmulator emulator = ImportExportEmulator.builder().with(EmulatorOptions.DATABASE_URL, cluster.databaseUrl())
                     .with(EmulatorOptions.STORE_TIMEOUT, STORE_TIMEOUT).start()) {
            EmulatorAdmin admin = new HttpAdmin(emulator.endpoint());
            Set<String> acknowledgedBefore;
            int threadsBefore;
            long outageStarted;
            try (CreateJobLoad load = CreateJobLoad.start(emulator.endpoint(), 4)) {
                assertThat(load.awaitAcknowledged(100, Duration.ofSeconds(60))).isTrue();
                threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
                acknowledgedBefore = load.acknowledged();
                outageStarted = System.nanoTime();
                cluster.pause();
                Thread.sleep(3 * STORE_TIMEOUT.toMillis());

                // as an orchestrator probes: over HTTP, giving up after 1 s
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(emulator.endpoint() + "/_emulator/health")).timeout(Duration.ofSeconds(1)).build(), BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"status\":\"unavailable\"", "\"store\":\"down\"");

                AmazonServiceException unavailable = catchThrowableOfType(AmazonServiceException.class,
                        () -> sdkWithoutRetries(emulator.endpoint()).listJobs(new ListJobsRequest()));
                assertThat(unavailable.getStatusCode()).isEqualTo(503);
                assertThat(unavailable.getErrorCode()).isEqualTo("ServiceUnavailable");
                assertThat(unavailable.getErrorType()).isEqualTo(AmazonServiceException.ErrorType.Service);
                assertThat(RetryUtils.isRetryableServiceException(unavailable)).as("the SDK retries it").isTrue();
                assertThatThrownBy(() -> admin.jobs(null)).as("the control plane, as JSON").isInstanceOfSatisfying(AdminException.class,
                        refused -> assertThat(List.of(refused.status(), refused.code())).isEqualTo(List.of(503, "ServiceUnavailable")));

                cluster.resume();
                long resumed = System.nanoTime();
                assertThat(load.awaitNextSuccess(Duration.ofSeconds(30))).as("served again without a restart").isTrue();
                List<Outcome> duringTheOutage = load.outcomes().stream().filter(outcome -> outcome.startedNanos() > outageStarted
                        && outcome.startedNanos() < resumed).toList();
                assertThat(duringTheOutage).as("requests kept coming while the database was down").hasSizeGreaterThan(8);
                assertThat(duringTheOutage).allSatisfy(outcome -> {
                    assertThat(outcome.answered()).isTrue();
                    assertThat(Duration.ofNanos(outcome.nanos())).isLessThan(ANSWER_BOUND);
                    if (outcome.status() != 200) { // a request already past the database when it stopped may still succeed
                        assertThat(outcome.status()).isEqualTo(503);
                        assertThat(outcome.errorCode()).isEqualTo("ServiceUnavailable");
                        assertThat(outcome.errorType()).isEqualTo("Receiver");
                    }
                });
                assertThat(duringTheOutage).anyMatch(outcome -> outcome.status() == 503);
            }

            assertThat(admin.health().store()).isEqualTo("up");
            Set<String> stored = admin.jobs(null).stream().map(JobView::jobId).collect(Collectors.toSet());
            assertThat(stored).containsAll(acknowledgedBefore);
            assertThat(openSessions(cluster)).as("connections to the database").isBetween(1, Database.POOL_SIZE);
            assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).as("threads after the outage")
                    .isLessThanOrEqualTo(threadsBefore + 8);
        }
    }

    private static AmazonImportExport sdkWithoutRetries(String endpoint) {
        return AmazonImportExportClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(endpoint, "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(Manifests.ACCESS_KEY, Manifests.SECRET_KEY)))
                .withClientConfiguration(new ClientConfiguration().withMaxErrorRetry(0)).build();
    }

    /** Client sessions on the server but this one: the emulator's pool. */
    private static int openSessions(PostgresCluster cluster) throws Exception {
        try (Connection connection = DriverManager.getConnection(cluster.databaseUrl());
             ResultSet count = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            count.next();
            return count.getInt(1);
        }
    }
}
