package io.importexport.emulator.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkWarmUpTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void warmsUpOnADaemonThreadThatEndsWithoutAWord(boolean forTheStart) throws InterruptedException {
        PrintStream stderr = System.err;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
        try {
            Thread warmUp = forTheStart ? FrameworkWarmUp.start() : FrameworkWarmUp.afterReady();
            assertThat(warmUp.isDaemon()).isTrue();
            warmUp.join(30_000);
            assertThat(warmUp.isAlive()).isFalse();
        } finally {
            System.setErr(stderr);
        }
        assertThat(written.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
