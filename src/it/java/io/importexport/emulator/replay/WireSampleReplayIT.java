package io.importexport.emulator.replay;

import io.importexport.emulator.fixture.WireSamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays every recorded session under {@code wire-samples/sessions} with the replay users run
 * ({@link WireSamples#assertReplays}): a fresh emulator started as the session says, each request sent byte for byte
 * in order, each response compared with the recorded one after the masks. A mismatch fails with its diff.
 */
class WireSampleReplayIT {
    private static final Path SESSIONS = Path.of("wire-samples/sessions");

    @TestFactory
    Stream<DynamicTest> everyRecordedSessionReplaysAsRecorded() throws IOException {
        List<Path> sessions = SessionReplay.sessionsUnder(SESSIONS);
        assertThat(sessions).as("recorded sessions in %s", SESSIONS).hasSizeGreaterThanOrEqualTo(6);
        return sessions.stream().map(session -> DynamicTest.dynamicTest(SESSIONS.relativize(session).toString(),
                () -> WireSamples.assertReplays(session)));
    }
}
