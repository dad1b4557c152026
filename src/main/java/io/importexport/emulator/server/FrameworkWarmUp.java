package io.importexport.emulator.server;

import io.importexport.emulator.admin.AdminJson;
import io.importexport.emulator.protocol.xml.XmlEnvelopes;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Loads and initializes Jersey's and JAXB's classes on a second thread while the main thread reads the command line
 * and builds the services. Most of start-up is the main thread running framework initialization for the first time;
 * done here in parallel, the server's own Jersey start then finds those classes ready (15% off the time to the ready
 * line on two cores, README "Performance"). Then it builds the control plane's JSON mapper, which the ready line
 * does not need (Jackson's first mapper takes 0.2 s in a new JVM: on the main thread it lengthened the start's
 * critical path, made on first use it would delay the first control-plane call). Nothing built here is kept, and a
 * failure here is left for the real start to report.
 */
final class FrameworkWarmUp {
    private FrameworkWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, which a process may exit without waiting for. */
    static Thread start() {
        Thread thread = new Thread(FrameworkWarmUp::run, "importexport-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void run() {
        try {
            XmlEnvelopes.warmUp();
            new ApplicationHandler(new ResourceConfig().property(ServerProperties.WADL_FEATURE_DISABLE, true));
            AdminJson.warmUp(); // last: the server's start does not wait for it
        } catch (RuntimeException | LinkageError ignored) {
            // the server's start does the same work and reports what fails
        }
    }
}
