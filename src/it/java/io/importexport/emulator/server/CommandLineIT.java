package io.importexport.emulator.server;

import io.importexport.emulator.config.EmulatorOptions;
import io.importexport.emulator.config.Option;
import io.importexport.emulator.testing.JarProcess;
import io.importexport.emulator.testing.JarProcess.Finished;
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
        return JarProcess.command(environment, arguments);
    }

    private static Finished run(Map<String, String> environment, String... arguments) throws Exception {
        return JarProcess.run(environment, arguments);
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
        for (Option<?> option : EmulatorOptions.all()) {
            assertThat(help.stdout()).contains(option.flag(), option.environmentVariable());
        }
        assertThat(help.stdout()).contains("--help", "--version", "--print-options");
        Finished options = run(Map.of(), "--print-options");
        assertThat(options.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode described = new com.fasterxml.jackson.databind.ObjectMapper().readTree(options.stdout());
        assertThat(described).hasSize(EmulatorOptions.all().size());
        for (int i = 0; i < described.size(); i++) {
            Option<?> option = EmulatorOptions.all().get(i);
            assertThat(described.get(i).path("flag").asText()).isEqualTo(option.flag());
            assertThat(described.get(i).path("environmentVariable").asText()).isEqualTo(option.environmentVariable());
            assertThat(described.get(i).path("default").isNull()).isEqualTo(option.defaultValue() == null);
        }
        assertThat(run(Map.of(), "--version").stdout()).startsWith("importexport-emulator ").doesNotContain("${");
    }

    @Test
    void aBadFlagGivesOneLineAndExitCodeTwo() throws Exception {
        assertOneLineFailure(run(Map.of(), "--port", "0", "--no-such-flag"), 2, "--no-such-flag");
        assertOneLineFailure(run(Map.of(), "--port", "eighty"), 2, "eighty");
        assertOneLineFailure(run(Map.of(), "--port", "70000"), 2, "70000");
        assertOneLineFailure(run(Map.of(), "--auth", "lenient"), 2, "lenient");
        assertOneLineFailure(run(Map.of("IMPORTEXPORT_PORT", "-1")), 2, "IMPORTEXPORT_PORT must be a whole number from 0 to 65535, not '-1'");
        assertOneLineFailure(run(Map.of("IMPORTEXPORT_HOST", "")), 2, "IMPORTEXPORT_HOST must be");
        assertOneLineFailure(run(Map.of(), "--host", "256.0.0.1"), 2, "--host must be");
        assertOneLineFailure(run(Map.of(), "--host", "1.2.3.4.5"), 2, "--host must be");
        assertOneLineFailure(run(Map.of(), "--host", "nonexistent.invalid"), 2, "'nonexistent.invalid'");
        assertOneLineFailure(run(Map.of(), "--clock-skew", "0"), 2, "--clock-skew must be a duration of at least 1s");
        assertOneLineFailure(run(Map.of(), "--public-url", "notaurl"), 2, "--public-url must be an absolute http or https URL");
        assertOneLineFailure(run(Map.of(), "--data-dir", "/etc/hostname"), 2, "--data-dir must be a path to a folder");
        assertOneLineFailure(run(Map.of(), "--record-dir", "src"), 2, "--record-dir must be a path to an empty folder");
        assertOneLineFailure(run(Map.of(), "--https-port", "0", "--tls-names", "emulator,1.2.3"), 2, "--tls-names must be host names or IP addresses");
        assertOneLineFailure(run(Map.of(), "--port", "0", "--https-port", "0", "--tls-ca-file", "/proc/self/ca.pem"), 2,
                "--tls-ca-file: cannot write the CA certificate: /proc/self/ca.pem: cannot be created there");
        assertOneLineFailure(run(Map.of(), "--port", "0", "--https-port", "0", "--tls-keystore", "pom.xml"), 2,
                "--tls-keystore pom.xml: not a PKCS12 keystore this password opens");
        assertOneLineFailure(run(Map.of(), "--port", "0", "--record-dir", "/proc/self/recording"), 2,
                "--record-dir: cannot record into /proc/self/recording: cannot be created there");
        assertOneLineFailure(run(Map.of(), "--auto-advance", "1s", "--clock", "2026-01-01T00:00:00Z"), 2, "--clock-start");
        assertOneLineFailure(run(Map.of(), "--port", "0", "--data-dir", "/proc/nope/x"), 1, "cannot make the folder /proc/nope/x");
        assertOneLineFailure(run(Map.of(), "--auto-advance", "0"), 2, "--auto-advance");
        assertOneLineFailure(run(Map.of(), "--clock", "yesterday"), 2, "yesterday");
        assertOneLineFailure(run(Map.of(), "--log-format", "xml"), 2, "--log-format");
        assertOneLineFailure(run(Map.of(), "--data-dir", "/tmp/a", "--database-url", "jdbc:h2:mem:x"), 2, "not both");
        assertOneLineFailure(run(Map.of(), "--port", "0", "--database-url", "jdbc:postgresql://127.0.0.1:1/nothing"), 1,
                "cannot open the job store");
        assertOneLineFailure(run(Map.of(), "--port", "0", "--data-dir", "/proc/self"), 1, "importexport.mv.db: cannot be created there");
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
            assertOneLineFailure(run(Map.of(), "--port", "0", "--buckets", file + ".missing"), 2, "--buckets must be a path to a readable file");
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
