package io.importexport.emulator.admin;

import io.importexport.emulator.documents.JobDocuments;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.job.JobService;
import io.importexport.emulator.domain.job.Transition;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The control plane under {@code /_emulator}, outside the AWS API and its authentication; every route on one
 * screen. {@code HEAD} of every {@code GET} route comes from JAX-RS.
 *
 * <pre>
 * GET  /_emulator/health                         status, version, uptime
 * GET  /_emulator/config                         the options it runs with (secrets hidden)
 * POST /_emulator/reset[?account=ID]             everything as at start, or one account's jobs and faults
 * GET|PUT|DELETE /_emulator/buckets              the bucket table
 * GET|PUT|DELETE /_emulator/credentials          the access keys of each account (secrets never shown)
 * GET  /_emulator/clock                          the emulator's time
 * POST /_emulator/clock                          {"advance": "P31D"} or {"set": "2026-01-01T00:00:00Z"}
 * GET  /_emulator/jobs[?account=ID]              jobs of every account, or of one
 * GET  /_emulator/jobs/{id}                      any account's job
 * GET  /_emulator/jobs/{id}/detail               its manifest, states with dates and documents (for the dashboard)
 * POST /_emulator/jobs/{id}/advance              one step along the happy path
 * POST /_emulator/jobs/{id}/state                {"state": "SuccessWithErrors", "errorCount": 3}
 * GET|POST|DELETE /_emulator/faults              injected failures and delays
 * GET  /_emulator/requests                       the last AWS API requests answered
 * GET  /_emulator/artifacts/{id}/SIGNATURE       the SIGNATURE file
 * GET  /_emulator/artifacts/{id}/signature.pdf   the signature page of an EBS or Glacier job
 * GET  /_emulator/labels/{name}                  a label made by GetShippingLabel
 * GET  /_emulator/ui                             the dashboard (DashboardEndpoint)
 * </pre>
 */
@Singleton
@Path(AdminRoutes.ROOT)
@ConditionalGets.Revalidated
public final class AdminEndpoint {
    private static final String PDF = "application/pdf";
    private final EmulatorAdmin admin;
    private final JobService documents;

    @Inject
    public AdminEndpoint(EmulatorAdmin admin, JobService documents) {
        this.admin = admin;
        this.documents = documents;
    }

    @GET
    @Path(AdminRoutes.HEALTH)
    public Response health() {
        EmulatorAdmin.Health health = admin.health();
        return AdminJson.status(health.status().equals("ok") ? 200 : 503, health);
    }

    @GET
    @Path(AdminRoutes.CONFIG)
    public Response config() {
        return AdminJson.ok(admin.config());
    }

    @POST
    @Path(AdminRoutes.RESET)
    public Response reset(@QueryParam("account") String account) {
        if (account == null) {
            admin.reset();
        } else {
            admin.reset(account);
        }
        return AdminJson.ok(account == null ? Map.of("status", "reset") : Map.of("status", "reset", "account", account));
    }

    @GET
    @Path(AdminRoutes.BUCKETS)
    public Response buckets() {
        return AdminJson.ok(BucketTableJson.describe(admin.buckets()));
    }

    /** Body: {@code {"buckets": [{"name", "region", "owner"}]}}; only the buckets listed exist from now on. */
    @PUT
    @Path(AdminRoutes.BUCKETS)
    public Response setBuckets(byte[] body) {
        return change("InvalidBucketTable", () -> admin.setBuckets(BucketTableJson.parse(body)), this::buckets);
    }

    /** Lifts the table: every validly named bucket exists again and belongs to the caller. */
    @DELETE
    @Path(AdminRoutes.BUCKETS)
    public Response clearBuckets() {
        admin.setBuckets(BucketTable.everyBucketExists());
        return buckets();
    }

    @GET
    @Path(AdminRoutes.CREDENTIALS)
    public Response credentials() {
        return AdminJson.ok(Map.of("keys", admin.credentials()));
    }

    /** Body: the {@code --credentials} format; these keys, and only these, from now on. */
    @PUT
    @Path(AdminRoutes.CREDENTIALS)
    public Response setCredentials(byte[] body) {
        return change("InvalidCredentials", () -> admin.setCredentials(CredentialsJson.parse(body)), this::credentials);
    }

    @DELETE
    @Path(AdminRoutes.CREDENTIALS)
    public Response clearCredentials() {
        admin.setCredentials(List.of());
        return credentials();
    }

    @GET
    @Path(AdminRoutes.CLOCK)
    public Response clock() {
        return AdminJson.ok(Map.of("now", admin.now().toString()));
    }

    @POST
    @Path(AdminRoutes.CLOCK)
    public Response moveClock(byte[] body) {
        return change("InvalidClockChange", () -> {
            JsonBody request = JsonBody.of(body, "clock change", List.of("advance", "set"));
            if (request.has("advance") == request.has("set")) {
                throw new IllegalArgumentException("send one of {\"advance\": \"P31D\"} or {\"set\": \"2026-01-01T00:00:00Z\"}");
            }
            Optional<String> advance = request.text("advance");
            if (advance.isPresent()) {
                admin.advanceClock(parse("advance", advance.get(), Duration::parse, "an ISO 8601 duration such as P31D or PT1H"));
            } else {
                admin.setClock(parse("set", request.text("set").orElseThrow(), Instant::parse, "an instant such as 2026-01-01T00:00:00Z"));
            }
        }, this::clock);
    }

    @GET
    @Path(AdminRoutes.JOBS)
    public Response jobs(@QueryParam("account") String account, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
                         @QueryParam("search") String search, @QueryParam("progress") String progress, @QueryParam("type") String type) {
        if (limit == null) { // every job, as the fixtures read them
            return AdminJson.ok(Map.of("jobs", admin.jobs(account)));
        }
        try {
            return AdminJson.ok(JobListing.of(admin.jobs(null), search, blankToNull(account), blankToNull(progress), blankToNull(type),
                    parse("offset", offset == null ? "0" : offset, Integer::parseInt, "a number"), parse("limit", limit, Integer::parseInt, "a number")));
        } catch (IllegalArgumentException e) {
            return AdminJson.error(400, "InvalidParameter", e.getMessage());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @GET
    @Path(AdminRoutes.JOB)
    public Response job(@PathParam("jobId") String jobId) {
        return jobResponse(jobId, () -> admin.job(jobId));
    }

    @POST
    @Path(AdminRoutes.JOB_ADVANCE)
    public Response advance(@PathParam("jobId") String jobId) {
        return jobResponse(jobId, () -> admin.advanceJob(jobId));
    }

    /** Body: {@code {"state": "<Transition>"}}, with {@code "errorCount": n} (1 or more, default 1) for SuccessWithErrors only. */
    @POST
    @Path(AdminRoutes.JOB_STATE)
    public Response moveJob(@PathParam("jobId") String jobId, byte[] body) {
        Transition to;
        int errorCount;
        try {
            JsonBody request = JsonBody.of(body, "transition", List.of("state", "errorCount"));
            String name = request.requiredText("state");
            to = Transition.parse(name).orElseThrow(() -> new IllegalArgumentException("\"state\" must be one of "
                    + Arrays.toString(Transition.values()) + ", not '" + name + "'"));
            Optional<Integer> given = request.integer("errorCount");
            if (given.isPresent() && to != Transition.SuccessWithErrors) {
                throw new IllegalArgumentException("\"errorCount\" is only for SuccessWithErrors");
            }
            errorCount = given.orElse(to == Transition.SuccessWithErrors ? 1 : 0);
            if (to == Transition.SuccessWithErrors && errorCount < 1) {
                throw new IllegalArgumentException("\"errorCount\" of SuccessWithErrors must be 1 or more, not " + errorCount);
            }
        } catch (IllegalArgumentException e) {
            return AdminJson.error(400, "InvalidTransition", e.getMessage());
        }
        return jobResponse(jobId, () -> admin.moveJob(jobId, to, errorCount));
    }

    @GET
    @Path(AdminRoutes.JOB_DETAIL)
    public Response jobDetail(@PathParam("jobId") String jobId) {
        return documents.inspect(jobId).map(job -> AdminJson.ok(JobDetail.of(job, documents.labelsFor(job.id()))))
                .orElseGet(() -> noSuchJob(jobId));
    }

    @GET
    @Path(AdminRoutes.REQUESTS)
    public Response requests() {
        return AdminJson.ok(Map.of("requests", admin.requests()));
    }

    @GET
    @Path(AdminRoutes.FAULTS)
    public Response faults() {
        return AdminJson.ok(Map.of("faults", admin.faults().stream().map(FaultJson::describe).toList()));
    }

    /** Body: one fault, see {@link FaultJson}. */
    @POST
    @Path(AdminRoutes.FAULTS)
    public Response addFault(byte[] body) {
        return change("InvalidFault", () -> admin.addFault(FaultJson.parse(JsonBody.of(body, "fault", FaultJson.FIELDS))), this::faults);
    }

    @DELETE
    @Path(AdminRoutes.FAULTS)
    public Response clearFaults() {
        admin.clearFaults();
        return faults();
    }

    @GET
    @Path(AdminRoutes.SIGNATURE_FILE)
    public Response signatureFile(@PathParam("jobId") String jobId) {
        return documents.inspect(jobId)
                .map(job -> Response.ok(job.signature().fileContents(), "text/plain; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"SIGNATURE\"").build())
                .orElseGet(() -> noSuchJob(jobId));
    }

    @GET
    @Path(AdminRoutes.SIGNATURE_PAGE)
    public Response signaturePage(@PathParam("jobId") String jobId) {
        return documents.inspect(jobId).filter(job -> !job.artifacts().isEmpty())
                .map(job -> Response.ok(JobDocuments.signaturePage(job), PDF).build())
                .orElseGet(() -> AdminJson.error(404, "NotFound", "No signature page for job " + jobId
                        + " (only EBS and Glacier import jobs have one)"));
    }

    @GET
    @Path(AdminRoutes.LABEL)
    public Response label(@PathParam("name") String name) {
        return documents.label(name).map(label -> Response.ok(JobDocuments.shippingLabel(label), PDF).build())
                .orElseGet(() -> AdminJson.error(404, "NotFound", "No shipping label " + name));
    }

    /** Applies a change described by a request body; a body that does not describe one is a 400 with {@code code}. */
    private static Response change(String code, Runnable apply, Supplier<Response> answer) {
        try {
            apply.run();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return AdminJson.error(400, code, e.getMessage());
        }
        return answer.get();
    }

    /** A field's text as a value, or an {@link IllegalArgumentException} naming the field and the form it needs. */
    private static <T> T parse(String field, String text, Function<String, T> parser, String form) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + field + "\" must be " + form + ", not '" + text + "'");
        }
    }

    private static Response jobResponse(String jobId, Supplier<Optional<JobView>> action) {
        try {
            return action.get().map(AdminJson::ok).orElseGet(() -> noSuchJob(jobId));
        } catch (TransitionRefusedException e) {
            return AdminJson.error(e.status(), e.code(), e.getMessage());
        }
    }

    private static Response noSuchJob(String jobId) {
        return AdminJson.error(404, "NoSuchJob", "No job " + jobId);
    }
}
