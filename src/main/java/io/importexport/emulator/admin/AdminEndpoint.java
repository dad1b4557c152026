package io.importexport.emulator.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import io.importexport.emulator.domain.bucket.BucketTable;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

    @GET
    @Path("buckets")
    public Response buckets() {
        return AdminJson.ok(BucketTableJson.describe(admin.buckets()));
    }

    /** Body: {@code {"buckets": [{"name", "region", "owner"}]}}; only the buckets listed exist from now on. */
    @PUT
    @Path("buckets")
    public Response setBuckets(byte[] body) {
        BucketTable table;
        try {
            table = BucketTableJson.parse(body);
        } catch (IllegalArgumentException e) {
            return AdminJson.error(400, "InvalidBucketTable", e.getMessage());
        }
        admin.setBuckets(table);
        return buckets();
    }

    /** Lifts the table: every validly named bucket exists again and belongs to the caller. */
    @DELETE
    @Path("buckets")
    public Response clearBuckets() {
        admin.setBuckets(BucketTable.everyBucketExists());
        return buckets();
    }
}
