package io.importexport.emulator.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code --record-dir}: writes every AWS API exchange the emulator serves into a session folder, numbered in the
 * order the responses were made, so that the folder replays as a test (wire-samples/README.md).
 */
public final class ExchangeRecorder {
    private final Path directory;
    private final List<String> masks;
    private final AtomicInteger count = new AtomicInteger();

    /** Writes the session's settings now, so that the folder replays even if the emulator stops abruptly. */
    public ExchangeRecorder(Path directory, WireSession session) throws IOException {
        this.directory = directory;
        this.masks = session.masks();
        session.write(directory);
    }

    public void record(String operation, WireExchange recorded) {
        WireExchange exchange = new WireExchange(masks, recorded.requestHead(), recorded.requestBody(), recorded.responseHead(),
                recorded.responseBody());
        String name = String.format("%06d-%s.exchange", count.incrementAndGet(), operation.replaceAll("[^A-Za-z]", ""));
        try {
            Files.write(directory.resolve(name), exchange.toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + name + " in " + directory, e);
        }
    }
}
