package io.importexport.emulator.server;

import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.testing.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The container image's health check, run from the packaged jar as its {@code HEALTHCHECK} runs it. */
@Timeout(60)
class HealthCheckIT {
    /** The exit code and the one line {@code HealthCheck} printed, with {@code IMPORTEXPORT_PORT} set to {@code port}. */
    private record Checked(int exitCode, String output) {
    }

    private static Checked check(String port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                JarProcess.jar().toString(), HealthCheck.class.getName()).redirectErrorStream(true);
        builder.environment().put("IMPORTEXPORT_PORT", port);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Checked(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    @Test
    void aServingEmulatorIsHealthy() throws Exception {
        try (ImportExportEmulator emulator = ImportExportEmulator.builder().start()) {
            assertThat(check(String.valueOf(emulator.port()))).isEqualTo(new Checked(0, "health: 200"));
        }
    }

    @Test
    void nothingListeningOrAPortThatIsNoNumberIsUnhealthyInOneLine() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        for (String port : new String[] {String.valueOf(closed), "not-a-port"}) {
            Checked checked = check(port);
            assertThat(checked.exitCode()).as(port).isEqualTo(1);
            assertThat(checked.output()).as(port).startsWith("health: ").doesNotContain("\n").doesNotContain("Exception");
        }
    }
}
