import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Creates exactly COUNT jobs for ACCESS_KEY through the API, from 16 threads, all from one manifest, or with {@code distinct}
 * each from its own (a deviceId of its own). Usage: java bench/Fill.java URL ACCESS_KEY COUNT [distinct]
 */
public final class Fill {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String key = args[1];
        int count = Integer.parseInt(args[2]);
        boolean distinct = args.length > 3 && args[3].equals("distinct");
        IntFunction<String> bodyOfJob = n -> "Action=CreateJob&JobType=Import&AWSAccessKeyId=" + key + "&Manifest="
                + URLEncoder.encode(manifest(key, distinct ? "FILL" + n : "FILL"), StandardCharsets.UTF_8);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            done.add(threads.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                int n;
                while ((n = next.incrementAndGet()) <= count) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/")).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(bodyOfJob.apply(n))).build();
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> thread : done) {
            thread.get();
        }
        threads.shutdown();
        System.out.println(failed.get() == 0 ? "created " + count : "FAILED " + failed.get());
    }

    private static String manifest(String key, String deviceId) {
        return "manifestVersion: 2.0\naccessKeyId: " + key + "\ndeviceId: " + deviceId + "\neraseDevice: yes\nbucket: my-import-bucket\n"
                + "returnAddress:\n    name: Jane Doe\n    street1: 123 Any Street\n    city: Anytown\n    stateOrProvince: WA\n"
                + "    postalCode: 91011\n    phoneNumber: 206-555-1111\n    country: USA\n";
    }
}
