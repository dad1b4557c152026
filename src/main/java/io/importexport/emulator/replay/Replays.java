package io.importexport.emulator.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays every recorded session under some folders, each against a fresh emulator: what {@code java -jar
 * importexport-emulator.jar replay}, {@code WireSamples.assertReplays} and the Python package's {@code replay()} (through
 * the command line) run.
 */
public final class Replays {
    private Replays() {
    }

    /**
     * What a run found: sessions that matched their recording, sessions that did not (written anew with {@code update}),
     * and folders that could not be replayed at all, each with the reason.
     */
    public record Outcome(int passed, int failed, List<String> unreadable) {
        /**
         * Passing sessions and failing ones, the unreadable folders among the failures; after {@code update}, the
         * sessions that differed were rewritten, and are counted as updated, not failed.
         */
        public String summary(boolean update) {
            return update ? passed + " passed, " + failed + " updated, " + unreadable.size() + " failed"
                    : passed + " passed, " + (failed + unreadable.size()) + " failed";
        }
    }

    /** Replays each session under {@code roots} in order, handing each result to {@code onResult} as it is known. */
    public static Outcome run(List<Path> roots, boolean update, ReplayTarget target, Consumer<SessionReplay.Result> onResult) {
        int passed = 0;
        int failed = 0;
        List<String> unreadable = new ArrayList<>();
        for (Path root : roots) {
            try {
                for (Path session : SessionReplay.sessionsUnder(root)) {
                    SessionReplay.Result result = SessionReplay.replay(session, update, target);
                    onResult.accept(result);
                    if (result.matches()) {
                        passed++;
                    } else {
                        failed++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                unreadable.add(root + ": " + e.getMessage());
            }
        }
        return new Outcome(passed, failed, List.copyOf(unreadable));
    }
}
