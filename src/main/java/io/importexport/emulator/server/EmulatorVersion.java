package io.importexport.emulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The emulator's name, and the version Maven stamped into the build. */
public final class EmulatorVersion {
    public static final String NAME = "importexport-emulator";
    public static final String VERSION = load();

    private EmulatorVersion() {
    }

    private static String load() {
        try (InputStream in = EmulatorVersion.class.getResourceAsStream("/io/importexport/emulator/version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("version.properties is missing from the build", e));
        }
    }
}
