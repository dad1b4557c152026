package io.importexport.emulator.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The control plane under {@code /_emulator}, outside the AWS API and its authentication. {@code HEAD} of every
 * {@code GET} route comes from JAX-RS.
 */
@Singleton
@Path("/_emulator")
public final class AdminEndpoint {
    private final EmulatorAdmin admin;

    @Inject
    public AdminEndpoint(EmulatorAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Path("health")
    public Response health() {
        EmulatorAdmin.Health health = admin.health();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", health.status());
        body.put("version", health.version());
        body.put("uptimeSeconds", health.uptimeSeconds());
        return AdminJson.ok(body);
    }

    @POST
    @Path("reset")
    public Response reset() {
        admin.reset();
        return AdminJson.ok(Map.of("status", "reset"));
    }
}
