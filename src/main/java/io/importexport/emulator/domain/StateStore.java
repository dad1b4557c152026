package io.importexport.emulator.domain;

import java.util.Optional;

/**
 * Where the control plane keeps what it changed (clock offset, credentials, bucket table) so that a restart on
 * a durable store restores it; {@link #NONE} for the in-memory emulator, which forgets everything anyway.
 */
public interface StateStore {
    StateStore NONE = new StateStore() {
        @Override
        public Optional<String> get(String name) {
            return Optional.empty();
        }

        @Override
        public void put(String name, String value) {
        }
    };

    Optional<String> get(String name);

    void put(String name, String value);

    /** Whether the database behind it answers now; health reports it. */
    default boolean isAvailable() {
        return true;
    }
}
