package io.importexport.emulator.domain.job;

/**
 * Where the emulator serves the documents of a job, as their URLs in responses name them. The control plane's routes
 * are built from these constants (admin.AdminRoutes), so that the URLs handed out and the routes served agree.
 */
public final class DocumentPaths {
    public static final String ROOT = "/_emulator";
    public static final String LABELS = "labels/";
    public static final String ARTIFACTS = "artifacts/";
    public static final String SIGNATURE_PAGE = "/signature.pdf";

    private DocumentPaths() {
    }

    static String label(String name) {
        return ROOT + "/" + LABELS + name;
    }

    static String signaturePage(String jobId) {
        return ROOT + "/" + ARTIFACTS + jobId + SIGNATURE_PAGE;
    }
}
