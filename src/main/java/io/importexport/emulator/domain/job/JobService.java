package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.manifest.JobKind;
import io.importexport.emulator.domain.manifest.ManifestParser;
import io.importexport.emulator.domain.manifest.ManifestSection;
import io.importexport.emulator.domain.manifest.ManifestValidator;
import io.importexport.emulator.domain.manifest.ValidatedManifest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The job operations, over a {@link JobStore}, with time and ids injected. */
public final class JobService {
    private final JobStore store;
    private final IdGenerator ids;
    private final Clock clock;
    private final ManifestParser parser;
    private final ManifestValidator validator;
    private final JobSettings settings;
    /** Serialises quota check and insert per account, so that concurrent creates cannot overshoot the quota. */
    private final Map<String, Object> quotaLocks = new ConcurrentHashMap<>();

    public JobService(JobStore store, IdGenerator ids, Clock clock, ManifestValidator validator, JobSettings settings) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.parser = new ManifestParser();
        this.validator = validator;
        this.settings = settings;
    }

    /** CreateJob from rule 9 of spec §9 on: parse, validate, then store (or, validate-only, just answer). */
    public CreatedJob createJob(Caller caller, CreateJobRequest request) {
        checkAddendum(caller, request.manifestAddendum());
        ManifestSection manifest = parser.parse(request.manifest());
        ValidatedManifest details = validator.validate(request.jobType(), manifest, caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (request.validateOnly()) {
            Job preview = newJob(ids.nextJobId() + JobIds.VALIDATE_ONLY_SUFFIX, caller, request, details, now);
            return new CreatedJob(preview, details.warningMessage());
        }
        Job job;
        if (settings.dailyQuota() > 0) {
            synchronized (quotaLocks.computeIfAbsent(caller.accountId(), account -> new Object())) {
                checkQuota(caller, now);
                job = insertWithFreshId(caller, request, details, now);
            }
        } else {
            job = insertWithFreshId(caller, request, details, now);
        }
        return new CreatedJob(job, details.warningMessage());
    }

    /** Forgets every job. */
    public void reset() {
        store.clear();
    }

    /**
     * The addendum is "for internal use" (spec §3); the one thing the emulator reads from it is a {@code jobId}
     * naming the job it belongs to, which must be one of the caller's jobs. That is what makes CreateJob's
     * declared {@code InvalidJobIdException} reachable. An addendum of any other form is stored unread.
     */
    private void checkAddendum(Caller caller, String addendum) {
        if (addendum == null || addendum.isBlank()) {
            return;
        }
        Optional<String> named;
        try {
            named = parser.parse(addendum).text("jobId");
        } catch (ServiceException notAMapping) {
            return;
        }
        named.ifPresent(raw -> {
            boolean owned = JobIds.normalise(raw).flatMap(store::find)
                    .filter(job -> job.accountId().equals(caller.accountId())).isPresent();
            if (!owned) {
                throw new ServiceException(ErrorCode.InvalidJobIdException, "No such job " + raw + " for your account");
            }
        });
    }

    private void checkQuota(Caller caller, Instant now) {
        Instant startOfDay = now.truncatedTo(ChronoUnit.DAYS);
        if (store.countCreatedSince(caller.accountId(), startOfDay, settings.dailyQuota()) >= settings.dailyQuota()) {
            throw new ServiceException(ErrorCode.CreateJobQuotaExceededException, "Your account has created "
                    + settings.dailyQuota() + " jobs today (UTC), the most allowed per day; try again tomorrow");
        }
    }

    /** Ids are drawn at random from 34^5 (about 45 million), so a collision is rare but must not overwrite a job. */
    private Job insertWithFreshId(Caller caller, CreateJobRequest request, ValidatedManifest details, Instant now) {
        while (true) {
            Job job = newJob(ids.nextJobId(), caller, request, details, now);
            if (store.insert(job)) {
                return job;
            }
        }
    }

    private Job newJob(String jobId, Caller caller, CreateJobRequest request, ValidatedManifest details, Instant now) {
        JobSignature signature = JobSignature.sign(settings.signingSecret().getBytes(StandardCharsets.UTF_8),
                jobId, request.manifest());
        return new Job(jobId, caller.accountId(), request.jobType(), now, request.manifest(),
                request.manifestAddendum(), details, signature, LocationCode.NotReceived, ProgressCode.Pending,
                artifacts(jobId, details.kind()));
    }

    /** EBS and Glacier devices carry a barcode PDF instead of a SIGNATURE file (spec §4.1, §7). */
    private List<Artifact> artifacts(String jobId, JobKind kind) {
        if (kind == JobKind.EBS_IMPORT || kind == JobKind.GLACIER_IMPORT) {
            return List.of(new Artifact("SignaturePDF", "/_emulator/artifacts/" + jobId + "/signature.pdf"));
        }
        return List.of();
    }
}
