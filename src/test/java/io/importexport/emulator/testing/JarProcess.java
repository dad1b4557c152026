package io.importexport.emulator.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar as a child process, for tests that need to stop it the hard way. */
public final class JarProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("listening on (http://\\S+)");

    private final Process process;
    private final String url;

    private JarProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts {@code java -jar importexport-emulator.jar --port 0 ARGUMENTS} and waits for its ready line. */
    public static JarProcess start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("emulator.jar", "target/importexport-emulator.jar"), "--port", "0", "--log-format", "off"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        Matcher ready = READY.matcher(line == null ? "" : line);
        if (!ready.find()) {
            process.destroyForcibly();
            throw new IOException("the emulator did not start: " + line);
        }
        return new JarProcess(process, ready.group(1));
    }

    public String url() {
        return url;
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
