package io.importexport.emulator.admin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every route AdminRoutes declares has a row in the route table of docs/control-plane.md. */
class AdminRoutesDocumentedTest {

    @Test
    void everyRouteHasARowInTheRouteTable() throws IOException, IllegalAccessException {
        String page = Files.readString(Path.of("docs", "control-plane.md"));
        List<String> missing = new ArrayList<>();
        for (Field field : AdminRoutes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !field.getName().equals("ROOT")) {
                String route = (String) field.get(null);
                // the dashboard's own files and the document folders are reached through the rows of what they serve
                if (!route.equals(AdminRoutes.UI_FILE) && !route.equals(AdminRoutes.ARTIFACTS) && !route.equals(AdminRoutes.LABELS)
                        && !page.contains(" " + AdminRoutes.ROOT + "/" + route.replace("{jobId}", "{JobId}"))) {
                    missing.add(field.getName() + " (" + route + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
