package io.importexport.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.importexport.emulator.documents.JobDocuments;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.job.IllegalTransitionException;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.Transition;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The control plane under {@code /_emulator}, outside the AWS API and its authentication; every route on one
 * screen. {@code HEAD} of every {@code GET} route comes from JAX-RS.
 *
 * <pre>
 * GET  /_emulator/health                         status, version, uptime
 * POST /_emulator/reset                          forget all jobs; clock and bucket table as at start
 * GET|PUT|DELETE /_emulator/buckets              the bucket table
 * GET|PUT|DELETE /_emulator/credentials          the access keys of each account (secrets never shown)
 * GET  /_emulator/clock                          the emulator's time
 * POST /_emulator/clock                          {"advance": "P31D"} or {"set": "2026-01-01T00:00:00Z"}
 * GET  /_emulator/jobs/{id}                      any account's job
 * POST /_emulator/jobs/{id}/advance              one step along the happy path
 * POST /_emulator/jobs/{id}/state                {"state": "SuccessWithErrors", "errorCount": 3}
 * GET  /_emulator/artifacts/{id}/SIGNATURE       the SIGNATURE file
 * GET  /_emulator/artifacts/{id}/signature.pdf   the signature page of an EBS or Glacier job
 * GET  /_emulator/labels/{name}                  a label made by GetShippingLabel
 * </pre>
 */
@Singleton
@Path("/_emulator")
public final class AdminEndpoint {
    private static final String PDF = "application/pdf";
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

    @GET
    @Path("credentials")
    public Response credentials() {
        return AdminJson.ok(CredentialsJson.describe(admin.credentials()));
    }

    /** Body: the {@code --credentials} format; these keys, and only these, from now on. */
    @PUT
    @Path("credentials")
    public Response setCredentials(byte[] body) {
        try {
            admin.setCredentials(CredentialsJson.parse(body));
        } catch (IllegalArgumentException e) {
            return AdminJson.error(400, "InvalidCredentials", e.getMessage());
        }
        return credentials();
    }

    @DELETE
    @Path("credentials")
    public Response clearCredentials() {
        admin.setCredentials(List.of());
        return credentials();
    }

    @GET
    @Path("clock")
    public Response clock() {
        return AdminJson.ok(Map.of("now", admin.now().toString()));
    }

    @POST
    @Path("clock")
    public Response moveClock(byte[] body) {
        try {
            JsonNode request = AdminJson.read(body, "clock change");
            if (request.hasNonNull("advance")) {
                admin.advanceClock(Duration.parse(request.get("advance").asText()));
            } else if (request.hasNonNull("set")) {
                admin.setClock(Instant.parse(request.get("set").asText()));
            } else {
                return AdminJson.error(400, "InvalidClockChange", "send {\"advance\": \"P31D\"} or {\"set\": \"2026-01-01T00:00:00Z\"}");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return AdminJson.error(400, "InvalidClockChange", e.getMessage());
        }
        return clock();
    }

    @GET
    @Path("jobs/{jobId}")
    public Response job(@PathParam("jobId") String jobId) {
        return jobResponse(jobId, () -> admin.job(jobId));
    }

    @POST
    @Path("jobs/{jobId}/advance")
    public Response advance(@PathParam("jobId") String jobId) {
        return jobResponse(jobId, () -> admin.advanceJob(jobId));
    }

    /** Body: {@code {"state": "<Transition>"}}, with {@code "errorCount": n} for SuccessWithErrors. */
    @POST
    @Path("jobs/{jobId}/state")
    public Response moveJob(@PathParam("jobId") String jobId, byte[] body) {
        JsonNode request;
        try {
            request = AdminJson.read(body, "transition");
        } catch (IllegalArgumentException e) {
            return AdminJson.error(400, "InvalidTransition", e.getMessage());
        }
        String name = request.path("state").asText("");
        Optional<Transition> to = Transition.parse(name);
        if (to.isEmpty()) {
            return AdminJson.error(400, "InvalidTransition", "state must be one of " + Arrays.toString(Transition.values())
                    + ", not '" + name + "'");
        }
        int errorCount = request.path("errorCount").asInt(1);
        return jobResponse(jobId, () -> admin.moveJob(jobId, to.get(), errorCount));
    }

    @GET
    @Path("artifacts/{jobId}/SIGNATURE")
    public Response signatureFile(@PathParam("jobId") String jobId) {
        return admin.job(jobId)
                .map(job -> Response.ok(job.signature().fileContents(), "text/plain; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"SIGNATURE\"").build())
                .orElseGet(() -> noSuchJob(jobId));
    }

    @GET
    @Path("artifacts/{jobId}/signature.pdf")
    public Response signaturePage(@PathParam("jobId") String jobId) {
        return admin.job(jobId).filter(job -> !job.artifacts().isEmpty())
                .map(job -> Response.ok(JobDocuments.signaturePage(job), PDF).build())
                .orElseGet(() -> AdminJson.error(404, "NotFound", "No signature page for job " + jobId
                        + " (only EBS and Glacier import jobs have one)"));
    }

    @GET
    @Path("labels/{name}")
    public Response label(@PathParam("name") String name) {
        return admin.label(name).map(label -> Response.ok(JobDocuments.shippingLabel(label), PDF).build())
                .orElseGet(() -> AdminJson.error(404, "NotFound", "No shipping label " + name));
    }

    private static Response jobResponse(String jobId, Supplier<Optional<Job>> action) {
        try {
            return action.get().map(job -> AdminJson.ok(AdminJson.describe(job))).orElseGet(() -> noSuchJob(jobId));
        } catch (IllegalTransitionException e) {
            return AdminJson.error(409, "IllegalTransition", e.getMessage());
        }
    }

    private static Response noSuchJob(String jobId) {
        return AdminJson.error(404, "NoSuchJob", "No job " + jobId);
    }
}
