package io.importexport.emulator.testing;

import io.importexport.emulator.server.ReadyLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar as a child process, as users start it: {@code java -jar target/importexport-emulator.jar ...}. */
public final class JarProcess implements AutoCloseable {
    private final Process process;
    private final String url;

    private JarProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** The standalone jar the build made (the failsafe plugin names it). */
    public static Path jar() {
        return Path.of(System.getProperty("emulator.jar", "target/importexport-emulator.jar"));
    }

    /** {@code java -jar importexport-emulator.jar ARGUMENTS} with only the given {@code IMPORTEXPORT_*} variables. */
    public static ProcessBuilder command(Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("IMPORTEXPORT_"));
        builder.environment().putAll(environment);
        return builder;
    }

    /** What a run that ends by itself (a refused option, {@code --help}) printed. */
    public record Finished(int exitCode, String stdout, String stderr) {
    }

    public static Finished run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        Process process = command(environment, arguments).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command did not end by itself within 30 s");
        }
        return new Finished(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Starts {@code java -jar importexport-emulator.jar --port 0 ARGUMENTS} and waits for its ready line. */
    public static JarProcess start(String... arguments) throws IOException {
        List<String> all = new ArrayList<>(List.of("--port", "0", "--log-format", "off"));
        all.addAll(List.of(arguments));
        Process process = command(Map.of(), all.toArray(String[]::new)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        return ReadyLine.url(line).map(url -> new JarProcess(process, url)).orElseThrow(() -> {
            process.destroyForcibly();
            return new IOException("the emulator did not start: " + line);
        });
    }

    public String url() {
        return url;
    }

    /** SIGTERM, as a service manager stops it; true when the process ended within {@code within}. */
    public boolean terminate(java.time.Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no shutdown hook, no flush, nothing but what was already written. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
