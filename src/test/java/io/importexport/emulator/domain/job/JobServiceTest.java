package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.EmulatorClock;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.bucket.Bucket;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.manifest.ManifestValidator;
import io.importexport.emulator.testing.JobServices;
import io.importexport.emulator.testing.Manifests;
import io.importexport.emulator.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobServiceTest {
    private static final Caller CALLER = Caller.ownAccount(Manifests.ACCESS_KEY);
    private static final Caller OTHER = Caller.ownAccount("AKIAOTHEREXAMPLE");

    private final InMemoryJobStore store = new InMemoryJobStore();
    private final EmulatorClock clock = TestClock.at("2026-03-04T05:06:07.890Z");
    private JobService service = service(0);

    private JobService service(int dailyQuota) {
        return JobServices.over(store, clock, 1, BucketTable.everyBucketExists(), dailyQuota);
    }

    private Job create(Caller caller, String manifest) {
        return service.createJob(caller, new CreateJobRequest("Import", manifest, "false", null)).job();
    }

    private Job create() {
        return create(CALLER, Manifests.s3Import());
    }

    private static void assertRefused(Executable call, ErrorCode code) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void jobsFromTheSameManifestShareOneCopyOfItsTexts() {
        Job first = service.createJob(CALLER, new CreateJobRequest("import", Manifests.s3Import(), null, null)).job();
        Job second = service.createJob(CALLER, new CreateJobRequest("import", Manifests.s3Import(), null, null)).job();
        assertThat(second.details().returnAddress().street1()).isSameAs(first.details().returnAddress().street1());
        assertThat(second.details().logBucket()).isSameAs(first.details().logBucket());
        assertThat(second.accountId()).isSameAs(first.accountId());
        assertThat(second.manifest()).isSameAs(first.manifest());
        assertThat(second.details()).isSameAs(first.details());
        Job other = service.createJob(CALLER, new CreateJobRequest("import", Manifests.with(Manifests.s3Import(), "city", "Shelbyville"), null, null)).job();
        assertThat(other.details()).isNotEqualTo(first.details());
        assertThat(other.details().returnAddress().street1()).isSameAs(first.details().returnAddress().street1());
        // after another manifest, the first one's text is still shared, not only the last one's
        Job again = service.createJob(CALLER, new CreateJobRequest("import", new String(Manifests.s3Import().toCharArray()), null, null)).job();
        assertThat(again.manifest()).isSameAs(first.manifest());
    }

    @Test
    void createsAPendingJobSignedOverItsIdAndManifest() {
        CreatedJob created = service.createJob(CALLER, new CreateJobRequest("import", Manifests.s3Import(), null, null));
        Job job = created.job();
        assertThat(job.id()).matches("[1-9A-NP-Z]{5}");
        assertThat(job.accountId()).isEqualTo(Manifests.ACCESS_KEY);
        assertThat(job.creationDate()).isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
        assertThat(job.state()).as("its state keeps the time to the millisecond").isEqualTo(JobState.created(clock.instant()));
        assertThat(job.signature()).isEqualTo(JobSignature.sign(
                JobSettings.DEFAULT_SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), job.id(), Manifests.s3Import()));
        assertThat(created.warningMessage()).isEqualTo(ManifestValidator.ERASE_WARNING);
        assertThat(store.find(job.id())).contains(job);
    }

    @Test
    void checksTheRequestParametersInSpecOrder() {
        assertRefused(() -> service.createJob(CALLER, new CreateJobRequest(null, null, "maybe", null)), ErrorCode.MissingParameterException);
        assertRefused(() -> service.createJob(CALLER, new CreateJobRequest(null, "m", "maybe", null)), ErrorCode.MissingParameterException);
        assertRefused(() -> service.createJob(CALLER, new CreateJobRequest("Sideways", "m", "maybe", null)), ErrorCode.InvalidParameterException);
        assertRefused(() -> service.createJob(CALLER, new CreateJobRequest("Import", "m", "maybe", null)), ErrorCode.InvalidParameterException);
        assertRefused(() -> service.createJob(CALLER, new CreateJobRequest("Import", "m", "false", null)), ErrorCode.MalformedManifestException);
    }

    @Test
    void validateOnlyAnswersWithAPseudoIdAndStoresNothing() {
        Job preview = service.createJob(CALLER, new CreateJobRequest("Import", Manifests.s3Import(), "true", null)).job();
        assertThat(preview.id()).matches("[1-9A-NP-Z]{5}-VALIDATE-ONLY");
        assertThat(preview.signature().fileContents()).contains("jobId:" + preview.id());
        assertThat(store.page(CALLER.accountId(), null, 10, job -> true)).isEmpty();
        assertRefused(() -> service.getStatus(CALLER, preview.id()), ErrorCode.InvalidJobIdException);
    }

    @Test
    void ebsAndGlacierJobsGetASignaturePdfArtifact() {
        Job job = create(CALLER, Manifests.glacierImport());
        assertThat(job.artifacts()).containsExactly(new Artifact("SignaturePDF", "/_emulator/artifacts/" + job.id() + "/signature.pdf"));
    }

    @Test
    void theDailyQuotaCountsPerAccountAndUtcDayAndSkipsValidateOnly() {
        service = service(2);
        clock.set(Instant.parse("2026-03-04T23:59:00Z"));
        create();
        service.createJob(CALLER, new CreateJobRequest("Import", Manifests.s3Import(), "true", null));
        create();
        assertRefused(this::create, ErrorCode.CreateJobQuotaExceededException);
        create(OTHER, Manifests.s3Import().replace(Manifests.ACCESS_KEY, OTHER.accessKeyId()));
        clock.set(Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(create().id()).isNotBlank();
    }

    @Test
    void anAddendumNamingAJobMustNameOneOfTheCallersJobs() {
        Job own = create();
        assertThat(service.createJob(CALLER, new CreateJobRequest("Import", Manifests.s3Import(), "false", "jobId: " + own.id().toLowerCase()))
                .job().manifestAddendum()).isEqualTo("jobId: " + own.id().toLowerCase());
        assertRefused(() -> service.createJob(CALLER, new CreateJobRequest("Import", Manifests.s3Import(), "false", "jobId: ZZZZZ")),
                ErrorCode.InvalidJobIdException);
        String othersManifest = Manifests.s3Import().replace(Manifests.ACCESS_KEY, OTHER.accessKeyId());
        assertRefused(() -> service.createJob(OTHER, new CreateJobRequest("Import", othersManifest, "false", "jobId: " + own.id())),
                ErrorCode.InvalidJobIdException);
        assertThat(service.createJob(CALLER, new CreateJobRequest("Import", Manifests.s3Import(), "false", "opaque internal text")).job()).isNotNull();
    }

    @Test
    void aTakenIdIsNeverOverwritten() {
        Job first = create();
        // a second service with the same seed draws the same first id, finds it taken, and draws again
        service = service(0);
        Job second = create();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(store.find(first.id())).contains(first);
    }

    @Test
    void onlyTheOwnerSeesAJobAndEveryUnusableIdGetsTheSameAnswer() {
        Job job = create();
        assertThat(service.getStatus(CALLER, job.id().toLowerCase())).isEqualTo(job);
        for (String id : new String[] {null, "", "ABC", "ZZZZZ", job.id() + "-VALIDATE-ONLY"}) {
            assertRefused(() -> service.getStatus(CALLER, id), ErrorCode.InvalidJobIdException);
        }
        for (Executable call : List.<Executable>of(() -> service.getStatus(OTHER, job.id()), () -> service.cancelJob(OTHER, job.id()),
                () -> service.updateJob(OTHER, new UpdateJobRequest(job.id(), "Import",
                        Manifests.with(Manifests.s3Import(), "deviceId", "WD-OTHER"), "false")),
                () -> service.getShippingLabel(OTHER, new ShippingLabelRequest(List.of(job.id()), Map.of())))) {
            assertRefused(call, ErrorCode.InvalidJobIdException);
        }
        assertThat(service.listJobs(OTHER, new ListJobsRequest(null, null)).jobs()).isEmpty();
    }

    @Test
    void listsNewestFirstInPagesThatEndWithTheMarkerToContinueFrom() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(0, create().id());
            clock.advance(Duration.ofSeconds(i % 3 == 0 ? 0 : 1)); // some jobs share a creation second
        }
        List<String> listed = new ArrayList<>();
        String marker = null;
        JobPage page;
        do {
            page = service.listJobs(CALLER, new ListJobsRequest(10, marker));
            page.jobs().forEach(job -> listed.add(job.id()));
            marker = page.jobs().isEmpty() ? null : page.jobs().get(page.jobs().size() - 1).id();
        } while (page.truncated());
        assertThat(listed).hasSize(25).doesNotHaveDuplicates();
        assertThat(listed.stream().map(id -> store.find(id).orElseThrow().creationDate()).toList()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(service.listJobs(CALLER, new ListJobsRequest(null, null)).jobs()).hasSize(25);
        assertThat(service.listJobs(CALLER, new ListJobsRequest(25, null)).truncated()).isFalse();
        JobPage empty = service.listJobs(CALLER, new ListJobsRequest(0, null));
        assertThat(empty.jobs()).isEmpty();
        assertThat(empty.truncated()).isTrue();
    }

    @Test
    void listingRefusesABadPageSizeOrMarker() {
        Job foreign = create(OTHER, Manifests.s3Import().replace(Manifests.ACCESS_KEY, OTHER.accessKeyId()));
        assertRefused(() -> service.listJobs(CALLER, new ListJobsRequest(-1, null)), ErrorCode.InvalidParameterException);
        assertRefused(() -> service.listJobs(CALLER, new ListJobsRequest(1001, null)), ErrorCode.InvalidParameterException);
        assertRefused(() -> service.listJobs(CALLER, new ListJobsRequest(10, "ZZZZZ")), ErrorCode.InvalidParameterException);
        assertRefused(() -> service.listJobs(CALLER, new ListJobsRequest(10, "bad!")), ErrorCode.InvalidParameterException);
        assertRefused(() -> service.listJobs(CALLER, new ListJobsRequest(10, foreign.id())), ErrorCode.InvalidParameterException);
    }

    @Test
    void updateReplacesTheManifestAndItsSignatureButNotTheCreationDate() {
        Job job = create();
        clock.advance(Duration.ofHours(1));
        String manifest = Manifests.with(Manifests.s3Import(), "deviceId", "NEW-DEVICE");
        UpdatedJob updated = service.updateJob(CALLER, new UpdateJobRequest(job.id(), "Import", manifest, "false"));
        assertThat(updated.job().manifest()).isEqualTo(manifest);
        assertThat(updated.job().creationDate()).isEqualTo(job.creationDate());
        assertThat(updated.job().signature().value()).isNotEqualTo(job.signature().value());
        assertThat(updated.warningMessage()).isEqualTo(ManifestValidator.ERASE_WARNING);
        assertThat(service.getStatus(CALLER, job.id()).manifest()).isEqualTo(manifest);
    }

    @Test
    void updateValidateOnlyLeavesTheJobAlone() {
        Job job = create();
        service.updateJob(CALLER, new UpdateJobRequest(job.id(), "Import", Manifests.with(Manifests.s3Import(), "deviceId", "X"), "true"));
        assertThat(service.getStatus(CALLER, job.id())).isEqualTo(job);
    }

    @Test
    void updateChecksTheJobBeforeTheParametersAndTheParametersBeforeTheManifest() {
        Job job = create();
        assertRefused(() -> service.updateJob(CALLER, new UpdateJobRequest("ZZZZZ", null, null, null)), ErrorCode.InvalidJobIdException);
        assertRefused(() -> service.updateJob(CALLER, new UpdateJobRequest(job.id(), null, null, null)), ErrorCode.MissingParameterException);
        assertRefused(() -> service.updateJob(CALLER, new UpdateJobRequest(job.id(), "Export", Manifests.s3Import(), "false")), ErrorCode.InvalidParameterException);
        assertRefused(() -> service.updateJob(CALLER, new UpdateJobRequest(job.id(), "Import", "INVALID", "false")), ErrorCode.MalformedManifestException);
        assertRefused(() -> service.updateJob(CALLER, new UpdateJobRequest(job.id(), "Import", Manifests.without(Manifests.s3Import(), "bucket"), "false")),
                ErrorCode.MissingManifestFieldException);
        service.advance(job.id());
        service.updateJob(CALLER, new UpdateJobRequest(job.id(), "Import", Manifests.s3Import(), "false")); // still Pending at AWS
        service.advance(job.id());
        assertRefused(() -> service.updateJob(CALLER, new UpdateJobRequest(job.id(), null, null, null)), ErrorCode.UnableToUpdateJobIdException);
    }

    @Test
    void cancelIsAllowedWhilePendingAndOnlyOnce() {
        Job job = create();
        assertThat(service.cancelJob(CALLER, job.id()).isCanceled()).isTrue();
        assertThat(service.getStatus(CALLER, job.id()).state().progress()).isEqualTo(ProgressCode.Canceled);
        assertThat(service.listJobs(CALLER, new ListJobsRequest(null, null)).jobs()).singleElement().satisfies(listed -> assertThat(listed.isCanceled()).isTrue());
        assertRefused(() -> service.cancelJob(CALLER, job.id()), ErrorCode.CanceledJobIdException);
        assertRefused(() -> service.updateJob(CALLER, new UpdateJobRequest(job.id(), "Import",
                        Manifests.with(Manifests.s3Import(), "deviceId", "WD-OTHER"), "false")), ErrorCode.CanceledJobIdException);
        assertRefused(() -> service.getShippingLabel(CALLER, new ShippingLabelRequest(List.of(job.id()), Map.of())), ErrorCode.CanceledJobIdException);

        Job atAws = create();
        service.advance(atAws.id());
        assertThat(service.cancelJob(CALLER, atAws.id()).state().location()).isEqualTo(LocationCode.AtAWS);
        Job started = create();
        service.advance(started.id());
        service.advance(started.id());
        assertRefused(() -> service.cancelJob(CALLER, started.id()), ErrorCode.UnableToCancelJobIdException);
    }

    @Test
    void jobsExpireAfterThirtyDaysAndCanceledOrExpiredJobsArePurgedAfterNinety() {
        Job waiting = create();
        Job canceled = create();
        service.cancelJob(CALLER, canceled.id());
        clock.advance(Duration.ofDays(30));
        assertThat(service.getStatus(CALLER, waiting.id()).state().progress()).isEqualTo(ProgressCode.Expired);
        assertRefused(() -> service.cancelJob(CALLER, waiting.id()), ErrorCode.ExpiredJobIdException);
        assertRefused(() -> service.updateJob(CALLER, new UpdateJobRequest(waiting.id(), "Import", Manifests.s3Import(), "false")), ErrorCode.ExpiredJobIdException);
        assertRefused(() -> service.getShippingLabel(CALLER, new ShippingLabelRequest(List.of(waiting.id()), Map.of())), ErrorCode.ExpiredJobIdException);
        assertThat(service.listJobs(CALLER, new ListJobsRequest(null, null)).jobs()).hasSize(2);

        clock.advance(Duration.ofDays(60)); // the cancel is 90 days old; the expiry only 60
        assertRefused(() -> service.getStatus(CALLER, canceled.id()), ErrorCode.CanceledJobIdException);
        assertThat(service.getStatus(CALLER, waiting.id()).state().progress()).isEqualTo(ProgressCode.Expired);
        clock.advance(Duration.ofDays(30));
        assertRefused(() -> service.getStatus(CALLER, waiting.id()), ErrorCode.ExpiredJobIdException);
        assertThat(service.listJobs(CALLER, new ListJobsRequest(null, null)).jobs()).isEmpty();
    }

    @Test
    void aShippingLabelCoversSeveralPendingJobsOfOneFacility() {
        Job first = create();
        Job second = create();
        ShippingLabel label = service.getShippingLabel(CALLER, new ShippingLabelRequest(List.of(first.id(), second.id().toLowerCase()), Map.of()));
        assertThat(label.name()).isEqualTo("shipping-label-" + first.id() + "-" + second.id() + ".pdf");
        assertThat(label.jobIds()).containsExactly(first.id(), second.id());
        assertThat(label.sender()).isEqualTo(first.details().returnAddress());
        assertThat(service.label(label.name())).contains(label);

        Map<String, String> address = Map.of("name", "Jane Doe", "company", "Example Corp", "street1", "123 Any Street",
                "city", "Anytown", "stateOrProvince", "WA", "postalCode", "91011", "phoneNumber", "206-555-1111", "country", "USA");
        assertThat(service.getShippingLabel(CALLER, new ShippingLabelRequest(List.of(first.id()), address)).sender().name()).isEqualTo("Jane Doe");
        Map<String, String> noCompany = new HashMap<>(address);
        noCompany.remove("company");
        assertRefused(() -> service.getShippingLabel(CALLER, new ShippingLabelRequest(List.of(first.id()), noCompany)), ErrorCode.InvalidAddressException);
        assertRefused(() -> service.getShippingLabel(CALLER, new ShippingLabelRequest(List.of(), Map.of())), ErrorCode.InvalidParameterException);
        assertRefused(() -> service.getShippingLabel(CALLER, new ShippingLabelRequest(Collections.nCopies(51, first.id()), Map.of())),
                ErrorCode.InvalidParameterException);
    }

    @Test
    void aShippingLabelRefusesJobsAlreadyProcessedOrBoundForAnotherFacility() {
        Job started = create();
        service.advance(started.id());
        service.advance(started.id());
        assertRefused(() -> service.getShippingLabel(CALLER, new ShippingLabelRequest(List.of(started.id()), Map.of())), ErrorCode.InvalidParameterException);

        BucketTable table = BucketTable.of(List.of(new Bucket("eu-bucket", "eu-west-1", CALLER.accountId()),
                new Bucket("my-import-bucket", "us-east-1", CALLER.accountId())));
        service = JobServices.over(store, clock, 9, table, 0);
        Job us = create();
        Job eu = create(CALLER, Manifests.with(Manifests.with(Manifests.s3Import(), "bucket", "eu-bucket"), "country", "Ireland"));
        assertRefused(() -> service.getShippingLabel(CALLER, new ShippingLabelRequest(List.of(us.id(), eu.id()), Map.of())), ErrorCode.InvalidParameterException);
    }

    @Test
    void theControlPlaneMovesAnyJobAndRefusesWhatTheLifecycleForbids() {
        Job job = create();
        assertThat(service.moveTo(job.id(), Transition.AtAWS, 0).orElseThrow().state().location()).isEqualTo(LocationCode.AtAWS);
        assertThatThrownBy(() -> service.moveTo(job.id(), Transition.Returned, 0)).isInstanceOf(IllegalTransitionException.class);
        assertThat(service.moveTo("ZZZZZ", Transition.AtAWS, 0)).isEmpty();
        assertThat(service.advance("not an id")).isEmpty();
        assertThat(service.inspect(job.id().toLowerCase()).orElseThrow().state().location()).isEqualTo(LocationCode.AtAWS);
    }

    @Test
    void resetForgetsEveryJobAndLabel() {
        Job job = create();
        ShippingLabel label = service.getShippingLabel(CALLER, new ShippingLabelRequest(List.of(job.id()), Map.of()));
        service.reset();
        assertThat(store.find(job.id())).isEmpty();
        assertThat(service.label(label.name())).isEmpty();
    }

    @Test
    void aChangeThatAlwaysLosesToAnotherOrAnIdAlwaysTakenEndsInARetryableError() {
        Job job = create();
        JobStore alwaysLoses = (JobStore) Proxy.newProxyInstance(JobStore.class.getClassLoader(), new Class<?>[] {JobStore.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "replace" -> Optional.empty();
                    case "insert" -> JobStore.Insertion.ID_TAKEN;
                    default -> method.invoke(store, args);
                });
        JobService contended = JobServices.over(alwaysLoses, clock);
        assertRefused(() -> contended.cancelJob(CALLER, job.id()), ErrorCode.ServiceUnavailable);
        assertRefused(() -> contended.updateJob(CALLER, new UpdateJobRequest(job.id(), "Import",
                        Manifests.with(Manifests.s3Import(), "deviceId", "WD-OTHER"), "false")),
                ErrorCode.ServiceUnavailable);
        assertRefused(() -> contended.createJob(CALLER, new CreateJobRequest("Import", Manifests.s3Import(), "false", null)),
                ErrorCode.ServiceUnavailable);
        assertThatThrownBy(() -> contended.advance(job.id())).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.getMessage()).contains(job.id(), "try again"));
        assertThat(store.find(job.id()).orElseThrow().state()).isEqualTo(job.state());
    }

    @Test
    void aJobMovingOnByItselfSpendsExactlyTheConfiguredTimeInEachState() {
        JobService automatic = JobServices.over(store, clock, 1, BucketTable.everyBucketExists(), 0, Duration.ofMillis(1000));
        Job job = automatic.createJob(CALLER, new CreateJobRequest("Import", Manifests.s3Import(), "false", null)).job();
        clock.advance(Duration.ofMillis(999));
        assertThat(automatic.getStatus(CALLER, job.id()).state().location()).as("0.999 s after, though a second has begun")
                .isEqualTo(LocationCode.NotReceived);
        clock.advance(Duration.ofMillis(1));
        assertThat(automatic.getStatus(CALLER, job.id()).state().location()).isEqualTo(LocationCode.AtAWS);
        clock.advance(Duration.ofMillis(999));
        assertThat(automatic.getStatus(CALLER, job.id()).state().progress()).isEqualTo(ProgressCode.Pending);
        clock.advance(Duration.ofMillis(1));
        assertThat(automatic.getStatus(CALLER, job.id()).state().progress()).isEqualTo(ProgressCode.InProgress);
    }

    @Test
    void aValidateOnlyPreviewOffersNoDocumentToDownload() {
        String glacier = Manifests.glacierImport();
        CreatedJob preview = service.createJob(CALLER, new CreateJobRequest("Import", glacier, "true", null));
        assertThat(preview.job().id()).endsWith(JobIds.VALIDATE_ONLY_SUFFIX);
        assertThat(preview.job().artifacts()).isEmpty();
        assertThat(service.createJob(CALLER, new CreateJobRequest("Import", glacier, "false", null)).job().artifacts()).isNotEmpty();
    }
}
