package io.importexport.emulator.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line the emulator prints on stdout once it accepts requests, e.g.
 * {@code importexport-emulator 0.1.0 listening on http://127.0.0.1:8080}; launchers wait for it and read the URL.
 */
public final class ReadyLine {
    private static final Pattern URL = Pattern.compile(" listening on (http://\\S+)$");

    private ReadyLine() {
    }

    public static String of(String url) {
        return EmulatorVersion.NAME + " " + EmulatorVersion.VERSION + " listening on " + url;
    }

    /** The URL a ready line announces; empty for any other line. */
    public static Optional<String> url(String line) {
        Matcher match = URL.matcher(line == null ? "" : line.strip());
        return match.find() ? Optional.of(match.group(1)) : Optional.empty();
    }
}
