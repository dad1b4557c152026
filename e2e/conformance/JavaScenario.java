import com.amazonaws.AmazonServiceException;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.importexport.AmazonImportExport;
import com.amazonaws.services.importexport.AmazonImportExportClientBuilder;
import com.amazonaws.services.importexport.model.CancelJobRequest;
import com.amazonaws.services.importexport.model.CreateJobRequest;
import com.amazonaws.services.importexport.model.CreateJobResult;
import com.amazonaws.services.importexport.model.GetShippingLabelRequest;
import com.amazonaws.services.importexport.model.GetStatusRequest;
import com.amazonaws.services.importexport.model.GetStatusResult;
import com.amazonaws.services.importexport.model.Job;
import com.amazonaws.services.importexport.model.ListJobsRequest;
import com.amazonaws.services.importexport.model.ListJobsResult;
import com.amazonaws.services.importexport.model.UpdateJobRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conformance scenario with the AWS SDK for Java v1 (SigV2 in the body, a pooled keep-alive connection):
 * every operation, pagination, and a modeled error per operation, each as the SDK's own exception class.
 * Usage: java -cp SDK_CLASSPATH JavaScenario.java URL
 */
public final class JavaScenario {
    /** The manifest every client of the scenario sends (run from the repository root). */
    private static final String MANIFEST = read("e2e/conformance/manifest.yml");

    private final AmazonImportExport api;
    private final List<String> ids = new ArrayList<>();

    private JavaScenario(String url) {
        System.setProperty("aws.java.v1.disableDeprecationAnnouncement", "true");
        api = AmazonImportExportClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(url, "us-east-1"))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .withClientConfiguration(new ClientConfiguration().withMaxErrorRetry(0))
                .build();
    }

    interface Step {
        void run() throws Exception;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("expected " + what);
        }
    }

    private static void expectError(Step call, String exceptionClass) throws Exception {
        try {
            call.run();
        } catch (AmazonServiceException e) {
            check(e.getClass().getSimpleName().equals(exceptionClass), exceptionClass + ", got " + e.getClass().getName() + ": " + e.getMessage());
            check(e.getErrorCode().equals(exceptionClass) && e.getStatusCode() == 400 && e.getRequestId() != null, "code, status and request id");
            return;
        }
        throw new AssertionError("expected " + exceptionClass + ", the call succeeded");
    }

    private CreateJobRequest create(String manifest, boolean validateOnly) {
        return new CreateJobRequest().withJobType("Import").withManifest(manifest).withValidateOnly(validateOnly);
    }

    private void createJob() {
        CreateJobResult result = api.createJob(create(MANIFEST, false));
        check(result.getJobId().matches("[1-9A-NP-Z]{5}") && result.getJobType().equals("Import"), "a job id");
        check(result.getSignatureFileContents().equals("version:2.0\nsigningMethod:HmacSHA1\njobId:" + result.getJobId()
                + "\nsignature:" + result.getSignature() + "\n"), "the SIGNATURE file");
        ids.add(result.getJobId());
    }

    private Map<String, Step> steps() {
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("CreateJob", this::createJob);
        steps.put("CreateJob validate only", () -> check(api.createJob(create(MANIFEST, true)).getJobId().endsWith("-VALIDATE-ONLY"), "a validate-only id"));
        steps.put("CreateJob error", () -> expectError(() -> api.createJob(create("INVALID MANIFEST", false)), "MalformedManifestException"));
        steps.put("GetStatus", () -> {
            GetStatusResult status = api.getStatus(new GetStatusRequest().withJobId(ids.get(0)));
            check(status.getLocationCode().equals("NotReceived") && status.getProgressCode().equals("Pending"), "a pending job");
            check(status.getCurrentManifest().equals(MANIFEST) && status.getErrorCount() == 0 && status.getCreationDate() != null, "every member");
        });
        steps.put("GetStatus error", () -> expectError(() -> api.getStatus(new GetStatusRequest().withJobId("ZZZZZ")), "InvalidJobIdException"));
        steps.put("ListJobs, paginated", () -> {
            for (int i = 0; i < 4; i++) {
                createJob();
            }
            List<Job> listed = new ArrayList<>();
            ListJobsResult page;
            String marker = null;
            do {
                page = api.listJobs(new ListJobsRequest().withMaxJobs(2).withMarker(marker));
                listed.addAll(page.getJobs());
                marker = listed.get(listed.size() - 1).getJobId();
            } while (page.isTruncated());
            List<String> latestFirst = new ArrayList<>(ids);
            Collections.reverse(latestFirst);
            check(listed.stream().map(Job::getJobId).toList().equals(latestFirst), "every job once, the latest created first: " + listed);
        });
        steps.put("ListJobs error", () -> expectError(() -> api.listJobs(new ListJobsRequest().withMaxJobs(1001)), "InvalidParameterException"));
        steps.put("UpdateJob", () -> check(api.updateJob(new UpdateJobRequest().withJobId(ids.get(0)).withJobType("Import")
                .withManifest(MANIFEST.replace("49382", "50000")).withValidateOnly(false)).getSuccess(), "Success"));
        steps.put("UpdateJob error", () -> expectError(() -> api.updateJob(new UpdateJobRequest().withJobId(ids.get(0)).withJobType("Import")
                .withManifest(MANIFEST.replace("deviceId: 49382\n", "")).withValidateOnly(false)), "MissingManifestFieldException"));
        steps.put("GetShippingLabel", () -> check(api.getShippingLabel(new GetShippingLabelRequest().withJobIds(ids.get(0), ids.get(1)))
                .getShippingLabelURL().endsWith("/_emulator/labels/shipping-label-" + ids.get(0) + "-" + ids.get(1) + ".pdf"), "the label URL"));
        steps.put("GetShippingLabel error", () -> expectError(() -> api.getShippingLabel(new GetShippingLabelRequest().withJobIds("ZZZZZ")),
                "InvalidJobIdException"));
        steps.put("CancelJob", () -> {
            check(api.cancelJob(new CancelJobRequest().withJobId(ids.get(1))).getSuccess(), "Success");
            check(api.getStatus(new GetStatusRequest().withJobId(ids.get(1))).getProgressCode().equals("Canceled"), "Canceled");
        });
        steps.put("CancelJob error", () -> expectError(() -> api.cancelJob(new CancelJobRequest().withJobId(ids.get(1))), "CanceledJobIdException"));
        return steps;
    }

    public static void main(String[] args) {
        JavaScenario scenario = new JavaScenario(args[0]);
        int passed = 0;
        int failed = 0;
        for (Map.Entry<String, Step> step : scenario.steps().entrySet()) {
            try {
                step.getValue().run();
                passed++;
                System.out.println("PASS java-sdk-v1 " + step.getKey());
            } catch (Exception | AssertionError e) {
                failed++;
                System.out.println("FAIL java-sdk-v1 " + step.getKey() + ": " + e);
            }
        }
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String read(String file) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
