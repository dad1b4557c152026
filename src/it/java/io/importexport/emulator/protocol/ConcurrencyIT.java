package io.importexport.emulator.protocol;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.importexport.emulator.admin.JobView;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** Many clients at once: nothing lost, nothing duplicated, no update lost, no failure of the emulator's own. */
class ConcurrencyIT {
    private static final Pattern JOB_ID = Pattern.compile("<JobId>([1-9A-NP-Z]{5})</JobId>");
    private static final Pattern CODE = Pattern.compile("<Code>(\\w+)</Code>");
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder().resetBeforeEach(false).build();


    private static HttpResponse<String> post(HttpClient http, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String create(String manifest) {
        return "Action=CreateJob&JobType=Import&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&Manifest="
                + URLEncoder.encode(manifest, StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(300)
    void sixtyFourThreadsCreateAThousandJobsEach() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(64);
        Set<String> created = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        String body = create(Manifests.s3Import());
        for (int t = 0; t < 64; t++) {
            done.add(threads.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = 0; i < 1000; i++) {
                    HttpResponse<String> response = post(http, body);
                    Matcher id = JOB_ID.matcher(response.body());
                    if (response.statusCode() == 200 && id.find()) {
                        created.add(id.group(1));
                    } else {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> thread : done) {
            thread.get();
        }
        threads.shutdown();
        assertThat(failures).hasValue(0);
        assertThat(created).hasSize(64_000);
        Set<String> listed = emulator.admin().jobs(null).stream().map(JobView::jobId).collect(Collectors.toSet());
        assertThat(listed).isEqualTo(created);
    }

    @Test
    @Timeout(120)
    void mixedChangesToSharedJobsLoseNothing() throws Exception {
        HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Matcher id = JOB_ID.matcher(post(setup, create(Manifests.s3Import())).body());
            assertThat(id.find()).isTrue();
            jobs.add(id.group(1));
        }
        Map<String, AtomicInteger> cancels = new ConcurrentHashMap<>();
        Map<String, Set<String>> devices = new ConcurrentHashMap<>();
        Set<String> unexpected = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(32);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 32; t++) {
            int seed = t;
            done.add(threads.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                Random random = new Random(seed);
                for (int i = 0; i < 150; i++) {
                    String job = jobs.get(random.nextInt(jobs.size()));
                    String common = "&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&JobId=" + job;
                    HttpResponse<String> response;
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            String device = "D" + seed + "x" + i;
                            response = post(http, "Action=UpdateJob&JobType=Import" + common + "&Manifest="
                                    + URLEncoder.encode(Manifests.with(Manifests.s3Import(), "deviceId", device), StandardCharsets.UTF_8));
                            if (response.statusCode() == 200) {
                                devices.computeIfAbsent(job, k -> ConcurrentHashMap.newKeySet()).add(device);
                            }
                        }
                        case 1 -> {
                            response = post(http, "Action=CancelJob" + common);
                            if (response.statusCode() == 200) {
                                cancels.computeIfAbsent(job, k -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                        default -> response = post(http, "Action=GetStatus" + common);
                    }
                    Matcher code = CODE.matcher(response.body());
                    if (response.statusCode() != 200 && !(code.find() && code.group(1).equals("CanceledJobIdException"))) {
                        unexpected.add(response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> thread : done) {
            thread.get();
        }
        threads.shutdown();
        assertThat(unexpected).isEmpty();
        for (String job : jobs) {
            JobView view = emulator.admin().job(job).orElseThrow();
            int canceled = cancels.getOrDefault(job, new AtomicInteger()).get();
            assertThat(canceled).as("successful cancels of %s", job).isLessThanOrEqualTo(1);
            assertThat(view.canceled()).isEqualTo(canceled == 1);
        }
        HttpResponse<String> status = post(setup, "Action=GetStatus&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&JobId=" + jobs.get(0));
        String device = status.body().replaceAll("(?s).*deviceId: (\\S+).*", "$1");
        assertThat(devices.getOrDefault(jobs.get(0), Set.of()).isEmpty() ? Set.of("WD-WCC4E1234567") : devices.get(jobs.get(0)))
                .as("the manifest is one that an update stored").contains(device);
    }
}
