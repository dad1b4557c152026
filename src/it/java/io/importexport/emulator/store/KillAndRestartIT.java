package io.importexport.emulator.store;

import io.importexport.emulator.admin.HttpAdmin;
import io.importexport.emulator.admin.JobView;
import io.importexport.emulator.testing.JarProcess;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing acknowledged is lost: jobs created from many threads survive a SIGKILL in the middle of the load. */
class KillAndRestartIT {
    private static final Pattern JOB_ID = Pattern.compile("<JobId>([1-9A-NP-Z]{5})</JobId>");
    private static final int THREADS = 8;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 300;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(120)
    void everyJobWhoseResponseArrivedIsThereAfterARestart() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        JarProcess emulator = JarProcess.start("--data-dir", dataDir.toString());
        String body = "Action=CreateJob&JobType=Import&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&Manifest="
                + URLEncoder.encode(Manifests.s3Import(), StandardCharsets.UTF_8);
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_THE_KILL);
        ExecutorService load = Executors.newFixedThreadPool(THREADS);
        for (int i = 0; i < THREADS; i++) {
            load.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest create = HttpRequest.newBuilder(URI.create(emulator.url() + "/")).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        HttpResponse<String> response = http.send(create, HttpResponse.BodyHandlers.ofString());
                        Matcher id = JOB_ID.matcher(response.body());
                        if (response.statusCode() == 200 && id.find()) {
                            acknowledged.add(id.group(1));
                            enough.countDown();
                        }
                    } catch (Exception killed) {
                        return; // the emulator is gone
                    }
                }
            });
        }
        assertThat(enough.await(60, TimeUnit.SECONDS)).as("the load got going").isTrue();
        emulator.kill();
        load.shutdownNow();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        try (JarProcess restarted = JarProcess.start("--data-dir", dataDir.toString())) {
            Set<String> stored = new HttpAdmin(restarted.url()).jobs(null).stream().map(JobView::jobId).collect(Collectors.toSet());
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL);
            assertThat(stored).containsAll(acknowledged);
        }
    }
}
