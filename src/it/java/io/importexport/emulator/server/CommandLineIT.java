package io.importexport.emulator.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar as users start it: {@code java -jar target/importexport-emulator.jar ...}. */
@Timeout(60)
class CommandLineIT {
    private static final Pattern READY = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))$");

    private static ProcessBuilder jar(Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("emulator.jar", "target/importexport-emulator.jar")));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("IMPORTEXPORT_"));
        builder.environment().putAll(environment);
        return builder;
    }

    private record Finished(int exitCode, String stdout, String stderr) {
    }

    private static Finished run(Map<String, String> environment, String... arguments) throws Exception {
        Process process = jar(environment, arguments).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
        return new Finished(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void printsOneReadyLineWithTheRealPortOnceItServes() throws Exception {
        Process process = jar(Map.of(), "--port", "0").start();
        try {
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = stdout.readLine();
            Matcher ready = READY.matcher(line);
            assertThat(ready.find()).as(line).isTrue();
            assertThat(Integer.parseInt(ready.group(2))).isPositive();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(ready.group(1) + "/_emulator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");
            process.toHandle().destroy(); // SIGTERM, keeping our ends of its streams open
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(stdout.readLine()).as("nothing else on stdout").isNull();
            assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void readsEveryOptionFromItsEnvironmentVariable() throws Exception {
        Process process = jar(Map.of("IMPORTEXPORT_PORT", "0", "IMPORTEXPORT_HOST", "127.0.0.1")).start();
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(READY.matcher(line).find()).as(line).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void logsOneLinePerRequestWithTheRequestIdTheResponseCarries() throws Exception {
        Process process = jar(Map.of("IMPORTEXPORT_LOG_FORMAT", "json"), "--port", "0").start();
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher ready = READY.matcher(line);
            assertThat(ready.find()).as(line).isTrue();
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(ready.group(1) + "/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("Action=GetStatus&JobId=ZZZZZ&AWSAccessKeyId=AKIALOGGED")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
            String logged = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(logged).startsWith("{\"requestId\":\"" + requestId + "\",\"account\":\"AKIALOGGED\",\"action\":\"GetStatus\","
                    + "\"status\":400,\"errorCode\":\"InvalidJobIdException\",\"millis\":").matches(".*\"millis\":\\d+\\.\\d}$");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void helpListsEveryOptionWithItsEnvironmentVariable() throws Exception {
        Finished help = run(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        for (String option : new String[] {"--host", "--port", "--auth", "--buckets", "--daily-quota", "--seed", "--public-url",
                "--max-body-size", "--auto-advance", "--credentials", "--clock-skew", "--clock", "--clock-start", "--record-dir", "--log-format", "--data-dir", "--database-url", "--database-user", "--database-password", "--help", "--version"}) {
            assertThat(help.stdout()).contains(option);
        }
        for (String variable : new String[] {"IMPORTEXPORT_HOST", "IMPORTEXPORT_PORT", "IMPORTEXPORT_AUTH", "IMPORTEXPORT_BUCKETS",
                "IMPORTEXPORT_DAILY_QUOTA", "IMPORTEXPORT_SEED", "IMPORTEXPORT_PUBLIC_URL", "IMPORTEXPORT_MAX_BODY_SIZE", "IMPORTEXPORT_AUTO_ADVANCE", "IMPORTEXPORT_CREDENTIALS",
                "IMPORTEXPORT_CLOCK_SKEW", "IMPORTEXPORT_CLOCK", "IMPORTEXPORT_CLOCK_START", "IMPORTEXPORT_RECORD_DIR",
                "IMPORTEXPORT_LOG_FORMAT", "IMPORTEXPORT_DATA_DIR", "IMPORTEXPORT_DATABASE_URL", "IMPORTEXPORT_DATABASE_USER",
                "IMPORTEXPORT_DATABASE_PASSWORD", "IMPORTEXPORT_KEEP_ALIVE_MAX_REQUESTS"}) {
            assertThat(help.stdout()).contains(variable);
        }
        assertThat(run(Map.of(), "--version").stdout()).startsWith("importexport-emulator ").doesNotContain("${");
    }

    @Test
    void aBadFlagGivesOneLineAndExitCodeTwo() throws Exception {
        assertOneLineFailure(run(Map.of(), "--port", "0", "--no-such-flag"), 2, "--no-such-flag");
        assertOneLineFailure(run(Map.of(), "--port", "eighty"), 2, "eighty");
        assertOneLineFailure(run(Map.of(), "--port", "70000"), 2, "70000");
        assertOneLineFailure(run(Map.of(), "--auth", "lenient"), 2, "lenient");
        assertOneLineFailure(run(Map.of("IMPORTEXPORT_PORT", "-1")), 2, "-1");
        assertOneLineFailure(run(Map.of(), "--auto-advance", "0"), 2, "--auto-advance");
        assertOneLineFailure(run(Map.of(), "--clock", "yesterday"), 2, "yesterday");
        assertOneLineFailure(run(Map.of(), "--log-format", "xml"), 2, "--log-format");
        assertOneLineFailure(run(Map.of(), "--data-dir", "/tmp/a", "--database-url", "jdbc:h2:mem:x"), 2, "not both");
        assertOneLineFailure(run(Map.of(), "--port", "0", "--database-url", "jdbc:postgresql://127.0.0.1:1/nothing"), 1,
                "cannot open the job store");
        assertOneLineFailure(run(Map.of(), "--clock", "2026-01-01T00:00:00Z", "--clock-start", "2026-01-01T00:00:00Z"), 2, "not both");
    }

    @Test
    void aTakenPortGivesOneLineAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertOneLineFailure(run(Map.of(), "--port", String.valueOf(taken.getLocalPort())), 1,
                    "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void aBrokenBucketTableOrCredentialsFileGivesOneLine() throws Exception {
        Path file = Files.createTempFile("buckets", ".json");
        try {
            Files.writeString(file, "{\"buckets\": [{\"name\": \"b\", \"region\": \"us-east-1\"}]}");
            assertOneLineFailure(run(Map.of(), "--port", "0", "--buckets", file.toString()), 2, "owner");
            Files.writeString(file, "{not json");
            assertOneLineFailure(run(Map.of(), "--port", "0", "--buckets", file.toString()), 2, "cannot read the bucket table");
            assertOneLineFailure(run(Map.of(), "--port", "0", "--buckets", file + ".missing"), 2, "cannot read the bucket table");
            Files.writeString(file, "{\"accounts\": [{\"accountId\": \"1\", \"keys\": []}]}");
            assertOneLineFailure(run(Map.of(), "--port", "0", "--auth", "strict", "--credentials", file.toString()), 2, "keys");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertOneLineFailure(Finished finished, int exitCode, String mentions) {
        assertThat(finished.exitCode()).as(finished.stderr()).isEqualTo(exitCode);
        assertThat(finished.stdout()).isEmpty();
        assertThat(finished.stderr().lines().toList()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("importexport-emulator: ").contains(mentions);
        });
    }
}
