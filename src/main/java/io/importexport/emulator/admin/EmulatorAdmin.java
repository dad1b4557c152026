package io.importexport.emulator.admin;

/** What the control plane can do; the HTTP routes under {@code /_emulator} are one way to reach it. */
public interface EmulatorAdmin {

    Health health();

    /** Forgets every job of every account. */
    void reset();

    record Health(String status, String version, double uptimeSeconds) {
    }
}
