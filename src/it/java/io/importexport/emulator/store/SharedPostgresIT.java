package io.importexport.emulator.store;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.model.CancelJobRequest;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import com.amazonaws.services.importexport.model.Job;
import com.amazonaws.services.importexport.model.ListJobsRequest;
import io.importexport.emulator.testing.JarProcess;
import io.importexport.emulator.testing.JavaSdk;
import io.importexport.emulator.testing.Manifests;
import io.importexport.emulator.testing.PostgresCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two emulator processes on one PostgreSQL database behave as one service. */
class SharedPostgresIT {
    private static final int DAILY_QUOTA = 10;
    private static JarProcess first;
    private static JarProcess second;

    @BeforeAll
    static void start() throws Exception {
        String database = PostgresCluster.newDatabase();
        first = JarProcess.start("--database-url", database, "--daily-quota", Integer.toString(DAILY_QUOTA));
        second = JarProcess.start("--database-url", database, "--daily-quota", Integer.toString(DAILY_QUOTA));
    }

    @AfterAll
    static void stop() throws Exception {
        first.close();
        second.close();
    }

    private static AmazonImportExport client(JarProcess emulator, String key) {
        return JavaSdk.client(emulator.url(), key);
    }

    private static CreateJobRequest create(String key) {
        return new CreateJobRequest().withJobType("Import").withManifest(Manifests.with(Manifests.s3Import(), "accessKeyId", key))
                .withValidateOnly(false);
    }

    /** Runs the calls at once, half on each emulator; each result is the job id, or the error code. */
    private static List<String> concurrently(int calls, Callable<String> onFirst, Callable<String> onSecond) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            Callable<String> call = i % 2 == 0 ? onFirst : onSecond;
            results.add(threads.submit(() -> {
                try {
                    return call.call();
                } catch (AmazonServiceException e) {
                    return e.getErrorCode();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        threads.shutdown();
        return outcomes;
    }

    @Test
    void jobsCreatedOnEitherAreListedByBothWithUniqueIds() {
        String key = "AKIALISTINGEXAMPLE";
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            created.add(client(i % 2 == 0 ? first : second, key).createJob(create(key)).getJobId());
        }
        assertThat(new HashSet<>(created)).hasSize(8);
        for (JarProcess emulator : List.of(first, second)) {
            List<String> listed = client(emulator, key).listJobs(new ListJobsRequest()).getJobs().stream().map(Job::getJobId).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(created);
        }
    }

    @Test
    void theDailyQuotaIsCountedOnceAcrossBoth() throws Exception {
        String key = "AKIAQUOTAEXAMPLE";
        List<String> outcomes = concurrently(24, () -> client(first, key).createJob(create(key)).getJobId(),
                () -> client(second, key).createJob(create(key)).getJobId());
        assertThat(outcomes.stream().filter(outcome -> outcome.matches("[1-9A-NP-Z]{5}")).distinct().count()).isEqualTo(DAILY_QUOTA);
        assertThat(outcomes).filteredOn("CreateJobQuotaExceededException"::equals).hasSize(24 - DAILY_QUOTA);
    }

    @Test
    void aJobIsCanceledExactlyOnceWhenBothCancelItAtOnce() throws Exception {
        String key = "AKIACANCELEXAMPLE";
        String jobId = client(first, key).createJob(create(key)).getJobId();
        List<String> outcomes = concurrently(16, () -> String.valueOf(client(first, key).cancelJob(new CancelJobRequest().withJobId(jobId)).getSuccess()),
                () -> String.valueOf(client(second, key).cancelJob(new CancelJobRequest().withJobId(jobId)).getSuccess()));
        assertThat(outcomes).filteredOn("true"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("CanceledJobIdException"::equals).hasSize(15);
        assertThat(client(second, key).getStatus(new GetStatusRequest().withJobId(jobId)).getProgressCode()).isEqualTo("Canceled");
    }
}
