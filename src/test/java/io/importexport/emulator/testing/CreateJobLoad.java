package io.importexport.emulator.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CreateJob requests from several threads, each on a connection of its own ({@code Connection: close}), so that every
 * request ends in exactly one of: an answer, a connection refused (nothing was sent), or a request sent and never
 * answered; the outcomes are kept for the test to judge.
 */
public final class CreateJobLoad implements AutoCloseable {
    private static final Pattern JOB_ID = Pattern.compile("<JobId>([1-9A-NP-Z]{5})</JobId>");
    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([A-Za-z]+)</Code>");
    private static final Pattern ERROR_TYPE = Pattern.compile("<Type>(\\w+)</Type>");
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

    /** How one request ended: {@code status} 0 when there was no answer, {@code refused} when nothing was sent. */
    public record Outcome(int status, String errorCode, String errorType, String jobId, boolean refused, long startedNanos, long nanos) {
        public boolean answered() {
            return status != 0;
        }
    }

    private final InetSocketAddress address;
    private final byte[] request;
    private final ExecutorService threads;
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    private CreateJobLoad(String url, int threadCount) {
        URI uri = URI.create(url);
        this.address = new InetSocketAddress(uri.getHost(), uri.getPort());
        byte[] body = ("Action=CreateJob&JobType=Import&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&Manifest="
                + URLEncoder.encode(Manifests.s3Import(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n";
        this.request = concat(head.getBytes(StandardCharsets.US_ASCII), body);
        this.threads = Executors.newFixedThreadPool(threadCount);
        for (int i = 0; i < threadCount; i++) {
            threads.submit(this::run);
        }
    }

    /** Starts {@code threadCount} threads creating jobs at {@code url} until {@link #close()}. */
    public static CreateJobLoad start(String url, int threadCount) {
        return new CreateJobLoad(url, threadCount);
    }

    private void run() {
        while (running) {
            outcomes.add(send());
        }
    }

    private Outcome send() {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            try {
                socket.connect(address, 5_000);
            } catch (ConnectException refused) {
                pause();
                return new Outcome(0, null, null, null, true, started, System.nanoTime() - started);
            }
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher status = STATUS.matcher(response);
            if (!status.find()) {
                return new Outcome(0, null, null, null, false, started, System.nanoTime() - started);
            }
            String jobId = find(JOB_ID, response).orElse(null);
            int code = Integer.parseInt(status.group(1));
            if (code == 200 && jobId != null) {
                acknowledged.add(jobId);
            }
            return new Outcome(code, find(ERROR_CODE, response).orElse(null), find(ERROR_TYPE, response).orElse(null),
                    jobId, false, started, System.nanoTime() - started);
        } catch (IOException sentButNotAnswered) {
            return new Outcome(0, null, null, null, false, started, System.nanoTime() - started);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher match = pattern.matcher(text);
        return match.find() ? Optional.of(match.group(1)) : Optional.empty();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Jobs whose creation was answered 200. */
    public Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** Every request so far, in the order they ended. */
    public List<Outcome> outcomes() {
        return new ArrayList<>(outcomes);
    }

    /** Waits until {@code count} jobs were acknowledged; false if that took longer than {@code timeout}. */
    public boolean awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Waits for a request that ends after now to be answered 200; false if none was within {@code timeout}. */
    public boolean awaitNextSuccess(Duration timeout) throws InterruptedException {
        int seen = outcomes.size();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (outcomes.stream().skip(seen).noneMatch(outcome -> outcome.status() == 200)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Stops sending and waits for the requests in flight to end. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        threads.shutdown();
        if (!threads.awaitTermination(90, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }
}
