package io.importexport.emulator.server;

import java.nio.file.Path;

/**
 * Everything that shapes one emulator instance; the command line and the embed API both fill this in.
 *
 * @param port         0 takes a free port
 * @param bucketsFile  the bucket table (JSON), or null: then every validly named bucket exists
 * @param dailyQuota   jobs per account per UTC day, 0 for no limit
 * @param seed         seeds job and request ids, or null for different ids on every run
 * @param publicUrl    the address put into document URLs, or null for the one each client used
 * @param maxBodyBytes the largest request body accepted
 */
public record EmulatorConfig(String host, int port, Path bucketsFile, int dailyQuota, Long seed, String publicUrl,
                             int maxBodyBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** Four times the largest manifest (256 KiB), plus room for the other parameters and their escaping. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public static EmulatorConfig defaults() {
        return new EmulatorConfig(DEFAULT_HOST, DEFAULT_PORT, null, 0, null, null, DEFAULT_MAX_BODY_BYTES);
    }

    public EmulatorConfig withPort(int newPort) {
        return new EmulatorConfig(host, newPort, bucketsFile, dailyQuota, seed, publicUrl, maxBodyBytes);
    }
}
