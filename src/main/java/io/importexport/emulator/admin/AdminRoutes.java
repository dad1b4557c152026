package io.importexport.emulator.admin;

import io.importexport.emulator.domain.job.DocumentPaths;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The control plane's paths, declared once: {@link AdminEndpoint} serves them (JAX-RS takes them as constants) and
 * {@link HttpAdmin} calls them, so that the two cannot drift apart. Relative to {@link #ROOT}.
 */
public final class AdminRoutes {
    public static final String ROOT = DocumentPaths.ROOT;
    public static final String HEALTH = "health";
    public static final String CONFIG = "config";
    public static final String RESET = "reset";
    public static final String BUCKETS = "buckets";
    public static final String CREDENTIALS = "credentials";
    public static final String CLOCK = "clock";
    public static final String JOBS = "jobs";
    public static final String JOB = "jobs/{jobId}";
    public static final String JOB_ADVANCE = "jobs/{jobId}/advance";
    public static final String JOB_STATE = "jobs/{jobId}/state";
    public static final String JOB_DETAIL = "jobs/{jobId}/detail";
    public static final String FAULTS = "faults";
    public static final String REQUESTS = "requests";
    public static final String ARTIFACTS = DocumentPaths.ARTIFACTS;
    public static final String LABELS = DocumentPaths.LABELS;
    public static final String UI = "ui";
    public static final String UI_FILE = "ui/{file}";
    public static final String SIGNATURE_FILE = DocumentPaths.ARTIFACTS + "{jobId}/SIGNATURE";
    public static final String SIGNATURE_PAGE = DocumentPaths.ARTIFACTS + "{jobId}" + DocumentPaths.SIGNATURE_PAGE;
    public static final String LABEL = DocumentPaths.LABELS + "{name}";

    private AdminRoutes() {
    }

    /** A route with its one path parameter filled in, e.g. {@code jobs/ABC12/advance}. */
    static String expand(String route, String parameter) {
        return route.replaceFirst("\\{[^}]+}", URLEncoder.encode(parameter, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
