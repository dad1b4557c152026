package io.importexport.emulator.server;

import io.importexport.emulator.admin.AdminJson;
import io.importexport.emulator.protocol.xml.XmlEnvelopes;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Framework initialization moved off the start's critical path, on daemon threads a process may exit without waiting
 * for. Nothing built here is kept, and a failure here is left for the real work to report.
 * <ul>
 *   <li>{@link #start}: Jersey's and JAXB's classes loaded and initialized on a second thread while the main thread
 *   reads the command line and builds the services; the server's own Jersey start then finds them ready (15% off the
 *   time to the ready line on two cores, README "Performance").</li>
 *   <li>{@link #afterReady}: the control plane's JSON mapper (Jackson's first mapper takes about 0.2 s of CPU in a new
 *   JVM), which the ready line does not need: built during the start, it competed with it for the two cores; begun
 *   at the ready line, it is under way when the launchers' first call, a reset, arrives.</li>
 * </ul>
 */
final class FrameworkWarmUp {
    private FrameworkWarmUp() {
    }

    /** Warms up Jersey and JAXB for the start. */
    static Thread start() {
        return daemon("importexport-warm-up", () -> {
            XmlEnvelopes.warmUp();
            new ApplicationHandler(new ResourceConfig().property(ServerProperties.WADL_FEATURE_DISABLE, true));
        });
    }

    /** Warms up the control plane's JSON, once the server is ready. */
    static Thread afterReady() {
        return daemon("importexport-json-warm-up", AdminJson::warmUp);
    }

    private static Thread daemon(String name, Runnable warmUp) {
        Thread thread = new Thread(() -> {
            try {
                warmUp.run();
            } catch (RuntimeException | LinkageError ignored) {
                // the real work does the same and reports what fails
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
