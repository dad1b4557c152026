package io.importexport.emulator.replay;

import io.importexport.emulator.domain.account.AuthMode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * How to start an emulator so that a session folder replays as it was recorded: {@code session.properties}
 * beside the exchanges. With a seed and a frozen clock, ids, signatures and dates repeat exactly.
 *
 * @param clock  null when the recording emulator used the real time (dates then differ and are masked)
 * @param frozen whether time stood still at {@code clock}, or ran from there
 * @param chosenMasks masks the recorder chose for every exchange of the session ({@code masks=} in the file)
 */
public record WireSession(long seed, Instant clock, boolean frozen, AuthMode auth, List<String> chosenMasks) {
    public static final String FILE = "session.properties";

    public static WireSession read(Path directory) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String clock = properties.getProperty("clock");
        String masks = properties.getProperty("masks", "").strip();
        return new WireSession(Long.parseLong(properties.getProperty("seed")), clock == null ? null : Instant.parse(clock),
                Boolean.parseBoolean(properties.getProperty("frozen", "true")), AuthMode.valueOf(properties.getProperty("auth", "permissive")),
                masks.isEmpty() ? List.of() : List.of(masks.split("\\s*,\\s*")));
    }

    /**
     * What a replay of this session must ignore: with a seed, ids and signatures repeat; dates only when the clock
     * stood still.
     */
    public List<String> masks() {
        List<String> masks = new ArrayList<>(clock != null && frozen ? List.of() : List.of("date"));
        chosenMasks.stream().filter(mask -> !masks.contains(mask)).forEach(masks::add);
        return List.copyOf(masks);
    }

    /** Written by hand rather than by {@link Properties#store}, which adds the date and makes every recording differ. */
    public void write(Path directory) throws IOException {
        StringBuilder text = new StringBuilder("# importexport-emulator wire session: replay with these settings\n");
        text.append("seed=").append(seed).append('\n');
        if (clock != null) {
            text.append("clock=").append(clock).append('\n').append("frozen=").append(frozen).append('\n');
        }
        text.append("auth=").append(auth.name()).append('\n');
        if (!chosenMasks.isEmpty()) {
            text.append("masks=").append(String.join(",", chosenMasks)).append('\n');
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(FILE), text, StandardCharsets.UTF_8);
    }
}
