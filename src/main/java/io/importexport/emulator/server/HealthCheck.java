package io.importexport.emulator.server;

import io.importexport.emulator.admin.AdminRoutes;
import io.importexport.emulator.config.EmulatorOptions;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * The container image's health check: exits 0 when the emulator in this container answers its health route with 200
 * within two seconds, else 1. The port is the image's {@code IMPORTEXPORT_PORT}, as the emulator reads it.
 */
public final class HealthCheck {
    private HealthCheck() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault(EmulatorOptions.PORT.environmentVariable(), String.valueOf(EmulatorOptions.PORT.defaultValue()));
        try {
            HttpURLConnection health = (HttpURLConnection) new URL("http://127.0.0.1:" + port + AdminRoutes.ROOT + "/" + AdminRoutes.HEALTH)
                    .openConnection();
            health.setConnectTimeout(2000);
            health.setReadTimeout(2000);
            int status = health.getResponseCode();
            System.out.println("health: " + status);
            System.exit(status == 200 ? 0 : 1);
        } catch (IOException e) {
            System.out.println("health: " + e.getMessage());
            System.exit(1);
        }
    }
}
