package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.manifest.JobType;
import io.importexport.emulator.domain.manifest.ManifestValidator;
import io.importexport.emulator.testing.Manifests;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobServiceTest {
    private static final Caller CALLER = Caller.ownAccount(Manifests.ACCESS_KEY);
    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.890Z");

    private final InMemoryJobStore store = new InMemoryJobStore();

    private JobService service(int dailyQuota, Clock clock) {
        return new JobService(store, IdGenerator.seeded(1), clock, new ManifestValidator(BucketTable.everyBucketExists()),
                new JobSettings(dailyQuota, JobSettings.DEFAULT_SIGNING_SECRET));
    }

    private JobService service() {
        return service(0, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CreateJobRequest request(String manifest, boolean validateOnly, String addendum) {
        return new CreateJobRequest(JobType.Import, manifest, validateOnly, addendum);
    }

    @Test
    void createsAPendingJobSignedOverItsIdAndManifest() {
        CreatedJob created = service().createJob(CALLER, request(Manifests.s3Import(), false, null));
        Job job = created.job();
        assertThat(job.id()).matches("[1-9A-NP-Z]{5}");
        assertThat(job.accountId()).isEqualTo(Manifests.ACCESS_KEY);
        assertThat(job.creationDate()).isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
        assertThat(job.manifest()).isEqualTo(Manifests.s3Import());
        assertThat(job.location()).isEqualTo(LocationCode.NotReceived);
        assertThat(job.progress()).isEqualTo(ProgressCode.Pending);
        assertThat(job.signature()).isEqualTo(JobSignature.sign(
                JobSettings.DEFAULT_SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), job.id(), Manifests.s3Import()));
        assertThat(job.artifacts()).isEmpty();
        assertThat(created.warningMessage()).isEqualTo(ManifestValidator.ERASE_WARNING);
        assertThat(store.find(job.id())).contains(job);
    }

    @Test
    void validateOnlyAnswersWithAPseudoIdAndStoresNothing() {
        Job preview = service().createJob(CALLER, request(Manifests.s3Import(), true, null)).job();
        assertThat(preview.id()).matches("[1-9A-NP-Z]{5}-VALIDATE-ONLY");
        assertThat(preview.signature().fileContents()).contains("jobId:" + preview.id());
        assertThat(store.find(preview.id())).isEmpty();
        assertThat(store.countCreatedSince(CALLER.accountId(), Instant.EPOCH, 10)).isZero();
    }

    @Test
    void ebsAndGlacierJobsGetASignaturePdfArtifact() {
        Job job = service().createJob(CALLER, request(Manifests.glacierImport(), false, null)).job();
        assertThat(job.artifacts()).containsExactly(new Artifact("SignaturePDF", "/_emulator/artifacts/" + job.id() + "/signature.pdf"));
    }

    @Test
    void theDailyQuotaCountsPerAccountAndUtcDayAndSkipsValidateOnly() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-04T23:59:00Z"));
        JobService service = service(2, clock);
        service.createJob(CALLER, request(Manifests.s3Import(), false, null));
        service.createJob(CALLER, request(Manifests.s3Import(), true, null));
        service.createJob(CALLER, request(Manifests.s3Import(), false, null));
        assertThatThrownBy(() -> service.createJob(CALLER, request(Manifests.s3Import(), false, null)))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CreateJobQuotaExceededException));
        Caller other = Caller.ownAccount("AKIAOTHEREXAMPLE");
        service.createJob(other, request(Manifests.s3Import().replace(Manifests.ACCESS_KEY, "AKIAOTHEREXAMPLE"), false, null));
        clock.now = Instant.parse("2026-03-05T00:00:00Z");
        assertThat(service.createJob(CALLER, request(Manifests.s3Import(), false, null)).job().id()).isNotBlank();
    }

    @Test
    void anAddendumNamingAJobMustNameOneOfTheCallersJobs() {
        JobService service = service();
        Job own = service.createJob(CALLER, request(Manifests.s3Import(), false, null)).job();
        assertThat(service.createJob(CALLER, request(Manifests.s3Import(), false, "jobId: " + own.id().toLowerCase())).job().manifestAddendum())
                .isEqualTo("jobId: " + own.id().toLowerCase());
        assertThatThrownBy(() -> service.createJob(CALLER, request(Manifests.s3Import(), false, "jobId: ZZZZZ")))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.InvalidJobIdException))
                .hasMessage("No such job ZZZZZ for your account");
        Caller other = Caller.ownAccount("AKIAOTHEREXAMPLE");
        String othersManifest = Manifests.s3Import().replace(Manifests.ACCESS_KEY, "AKIAOTHEREXAMPLE");
        assertThatThrownBy(() -> service.createJob(other, request(othersManifest, false, "jobId: " + own.id())))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.InvalidJobIdException));
        // an addendum of any other form is stored unread
        assertThat(service.createJob(CALLER, request(Manifests.s3Import(), false, "opaque internal text")).job()).isNotNull();
    }

    @Test
    void aTakenIdIsNeverOverwritten() {
        Job first = service().createJob(CALLER, request(Manifests.s3Import(), false, null)).job();
        // a second service with the same seed draws the same first id, finds it taken, and draws again
        Job second = service().createJob(CALLER, request(Manifests.s3Import(), false, null)).job();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(store.find(first.id())).contains(first);
    }

    @Test
    void resetForgetsEveryJob() {
        JobService service = service();
        Job job = service.createJob(CALLER, request(Manifests.s3Import(), false, null)).job();
        service.reset();
        assertThat(store.find(job.id())).isEqualTo(Optional.empty());
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
