package io.importexport.emulator.replay;

import io.importexport.emulator.config.EmulatorConfig;

import java.io.IOException;

/**
 * How a replay starts the emulator a session runs against: the server wiring's start, handed in by the caller, since
 * the wiring itself records through this package.
 */
@FunctionalInterface
public interface ReplayTarget {

    Running start(EmulatorConfig config) throws IOException;

    /** A started emulator: where it listens, and how it stops. */
    interface Running extends AutoCloseable {
        int port();

        @Override
        void close();
    }
}
