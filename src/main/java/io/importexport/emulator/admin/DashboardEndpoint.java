package io.importexport.emulator.admin;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard at {@code /_emulator/ui}: three static files from the jar, no build step, no library. They hold no data:
 * the page reads and changes everything through the control-plane routes, with the admin token when one is set, so the
 * files themselves are served to anyone (as health is). The content security policy lets only these files run, so that
 * a manifest or an account name that carries markup could never run as script even if the page failed to escape it.
 */
@Singleton
@Path(AdminRoutes.ROOT)
public final class DashboardEndpoint {
    private static final String FOLDER = "/io/importexport/emulator/admin/ui/";
    /** The files there are, by name, with their media types. */
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");
    private static final String PAGE = "index.html";
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    private final Map<String, byte[]> contents = FILES.keySet().stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), DashboardEndpoint::read));

    @GET
    @Path(AdminRoutes.UI)
    public Response page() {
        return file(PAGE);
    }

    @GET
    @Path(AdminRoutes.UI_FILE)
    public Response file(@PathParam("file") String name) {
        byte[] content = contents.get(name);
        if (content == null) {
            return AdminJson.error(404, "NotFound", "The dashboard has no file " + name);
        }
        return Response.ok(content, FILES.get(name)).header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache").build();
    }

    private static byte[] read(String name) {
        try (InputStream in = DashboardEndpoint.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the dashboard's " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
