import io.importexport.emulator.fixture.ImportExportEmulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The start-up of a second (and further) embedded emulator in a JVM that already ran one: what a test suite pays
 * per test class. Prints the median of 10 starts, in milliseconds. Usage: java -cp target/importexport-emulator.jar bench/StartupInJvm.java
 */
public final class StartupInJvm {
    public static void main(String[] args) throws Exception {
        try (ImportExportEmulator first = ImportExportEmulator.builder().start()) {
            first.admin().health();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            try (ImportExportEmulator next = ImportExportEmulator.builder().start()) {
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("%.1f %.1f %.1f%n", (millis.get(4) + millis.get(5)) / 2, millis.get(0), millis.get(9));
    }
}
