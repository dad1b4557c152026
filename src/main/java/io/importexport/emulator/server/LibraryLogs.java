package io.importexport.emulator.server;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The frameworks' start-up and shutdown chatter, which neither a command-line user nor a test suite needs: Grizzly's
 * listener lines, the pool's and the migrations' INFO lines (warnings and errors still show), and the warning with
 * which Grizzly announces every graceful shutdown (GRIZZLY0030; a replay stops an emulator a session). A logger the
 * application configured itself (a level set, e.g. in its logging.properties) is left as it is.
 */
final class LibraryLogs {
    /** Held here: the log manager keeps loggers only weakly, and a level set on a collected logger is lost. */
    private static final Map<Logger, Level> QUIET = Map.of(
            Logger.getLogger("org.glassfish"), Level.WARNING,
            Logger.getLogger("com.zaxxer.hikari"), Level.WARNING,
            Logger.getLogger("org.flywaydb"), Level.WARNING,
            Logger.getLogger("org.glassfish.grizzly.nio.GracefulShutdownRunner"), Level.SEVERE);

    private LibraryLogs() {
    }

    static void quiet() {
        QUIET.forEach((logger, level) -> {
            if (logger.getLevel() == null) {
                logger.setLevel(level);
            }
        });
    }
}
