package io.importexport.emulator.server;

import io.importexport.emulator.config.EmulatorConfig;
import io.importexport.emulator.config.EmulatorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An embedded start and stop (with a database, so that the pool and the migrations run too) logs nothing a test
 * suite would see: no Grizzly listener lines, no pool or migration lines, no GRIZZLY0030; a level the application set
 * itself is kept.
 */
class QuietStartIT {
    private static final List<String> LIBRARIES = List.of("org.glassfish", "com.zaxxer.hikari", "org.flywaydb",
            "org.glassfish.grizzly.nio.GracefulShutdownRunner");

    @Test
    void anEmbeddedStartAndStopLogNothing(@TempDir Path data) throws Exception {
        LIBRARIES.forEach(name -> Logger.getLogger(name).setLevel(null)); // as in a fresh JVM
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = capture(logged);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().set(EmulatorOptions.PORT, 0)
                .set(EmulatorOptions.DATA_DIR, data).build())) {
            assertThat(server.url()).startsWith("http://127.0.0.1:");
        } finally {
            root.removeHandler(capture);
        }
        assertThat(logged).extracting(record -> record.getLoggerName() + ": " + record.getMessage()).isEmpty();
    }

    @Test
    void aLevelTheApplicationSetIsKept() throws Exception {
        Logger grizzly = Logger.getLogger("org.glassfish");
        grizzly.setLevel(Level.FINE);
        try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().set(EmulatorOptions.PORT, 0).build())) {
            assertThat(grizzly.getLevel()).isEqualTo(Level.FINE);
        } finally {
            grizzly.setLevel(null);
        }
    }

    private static Handler capture(List<LogRecord> logged) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (LIBRARIES.stream().anyMatch(name -> record.getLoggerName() != null && record.getLoggerName().startsWith(name))) {
                    synchronized (logged) {
                        logged.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
