package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.domain.location.Facility;
import io.importexport.emulator.domain.manifest.Address;
import io.importexport.emulator.domain.manifest.AddressRules;
import io.importexport.emulator.domain.manifest.JobKind;
import io.importexport.emulator.domain.manifest.ManifestParser;
import io.importexport.emulator.domain.manifest.ManifestSection;
import io.importexport.emulator.domain.manifest.ManifestValidator;
import io.importexport.emulator.domain.manifest.ValidatedManifest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The six operations of the API over a {@link JobStore}, with time and ids injected, each checking its
 * rules in the order of service.md §9 and the state table of §6.5; and the moves the control plane makes.
 */
public final class JobService {
    public static final int MAX_LIST_JOBS = 1000;
    /** Not documented by AWS (service.md §10 [choice]). */
    public static final int MAX_LABEL_JOBS = 50;
    /**
     * Attempts of a change that loses to concurrent changes of the same job, or of an insert whose drawn id is taken,
     * before the request gives up with a retryable error instead of spinning.
     */
    static final int MAX_ATTEMPTS = 100;

    private final JobStore store;
    private final IdGenerator ids;
    private final Clock clock;
    private final ManifestParser parser = new ManifestParser();
    private final ManifestValidator validator;
    private final JobLifecycle lifecycle;
    private final JobSettings settings;
    /** A manifest's validated details and its text, one copy for the jobs created from equal manifests. */
    private final SharedCopies<ValidatedManifest> sharedDetails = new SharedCopies<>(ValidatedManifest::interned);
    private final SharedCopies<String> sharedManifests = new SharedCopies<>();
    private final SharedCopies<String> sharedAccounts = new SharedCopies<>();

    public JobService(JobStore store, IdGenerator ids, Clock clock, ManifestValidator validator, JobLifecycle lifecycle,
                      JobSettings settings) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.validator = validator;
        this.lifecycle = lifecycle;
        this.settings = settings;
    }

    /** CreateJob: rules 6–8, the addendum, then parse and validate (9–24), then the quota (25). */
    public CreatedJob createJob(Caller caller, CreateJobRequest request) {
        JobSubmission submission = JobSubmission.check(request.manifest(), request.jobType(), request.validateOnly());
        checkAddendum(caller, request.manifestAddendum());
        ValidatedManifest details = validate(submission, caller);
        Instant now = clock.instant();
        if (submission.validateOnly()) {
            Job preview = newJob(ids.nextJobId() + JobIds.VALIDATE_ONLY_SUFFIX, caller, submission, request.manifestAddendum(), details, now);
            return new CreatedJob(preview, details.warningMessage());
        }
        return new CreatedJob(insertWithFreshId(caller, submission, request.manifestAddendum(), details, now), details.warningMessage());
    }

    /** GetStatus: the job as it stands now; canceled and expired jobs until the retention period ends. */
    public Job getStatus(Caller caller, String jobId) {
        return ownJob(caller, jobId, clock.instant());
    }

    /** ListJobs: the caller's jobs newest first, after {@code marker}, at most {@code maxJobs} (service.md §11). */
    public JobPage listJobs(Caller caller, ListJobsRequest request) {
        int maxJobs = request.maxJobs() == null ? MAX_LIST_JOBS : request.maxJobs();
        if (maxJobs < 0 || maxJobs > MAX_LIST_JOBS) {
            throw new ServiceException(ErrorCode.InvalidParameterException,
                    "MaxJobs must be between 0 and " + MAX_LIST_JOBS + ", not " + maxJobs);
        }
        String marker = null;
        if (request.marker() != null) {
            marker = findOwn(caller, request.marker()).map(Job::id)
                    .orElseThrow(() -> new ServiceException(ErrorCode.InvalidParameterException,
                            "The Marker " + request.marker() + " is not one of your jobs"));
        }
        Instant now = clock.instant();
        List<Job> found = store.page(caller.accountId(), marker, maxJobs + 1, job -> !lifecycle.isPurged(lifecycle.asOf(job, now), now));
        boolean truncated = found.size() > maxJobs;
        List<Job> page = new ArrayList<>(Math.min(found.size(), maxJobs));
        for (Job job : found.subList(0, Math.min(found.size(), maxJobs))) {
            page.add(lifecycle.asOf(job, now));
        }
        return new JobPage(page, truncated);
    }

    /** UpdateJob: rules 3–5 on the job, then the same checks as CreateJob; a new manifest gets a new signature. */
    public UpdatedJob updateJob(Caller caller, UpdateJobRequest request) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Job stored = ownJob(caller, request.jobId(), clock.instant());
            Job job = stored;
            rejectIfCanceledOrExpired(job);
            if (job.state().progress() != ProgressCode.Pending) {
                throw new ServiceException(ErrorCode.UnableToUpdateJobIdException, "The job " + job.id()
                        + " cannot be updated because its data transfer has " + (job.state().progress() == ProgressCode.InProgress ? "started" : "ended"));
            }
            JobSubmission submission = JobSubmission.check(request.manifest(), request.jobType(), request.validateOnly());
            if (submission.jobType() != job.type()) {
                throw new ServiceException(ErrorCode.InvalidParameterException,
                        "The job " + job.id() + " is an " + job.type() + " job; JobType " + submission.jobType() + " does not match");
            }
            ValidatedManifest details = validate(submission, caller);
            if (submission.validateOnly()) {
                return new UpdatedJob(job, details.warningMessage());
            }
            Job updated = job.withManifest(sharedManifests.share(submission.manifest()), details, sign(caller, job.id(), submission.manifest()),
                    artifacts(job.id(), details.kind()));
            Optional<Job> replaced = replace(stored, updated);
            if (replaced.isPresent()) {
                return new UpdatedJob(replaced.get(), details.warningMessage());
            }
        }
        throw keptChanging(request.jobId());
    }

    /** CancelJob: allowed while the job is Pending, wherever the device is (service.md §4.5 [choice]). */
    public Job cancelJob(Caller caller, String jobId) {
        return change(caller, jobId, job -> {
            rejectIfCanceledOrExpired(job);
            if (job.state().progress() != ProgressCode.Pending) {
                throw new ServiceException(ErrorCode.UnableToCancelJobIdException, "The job " + job.id()
                        + " cannot be canceled because it has already " + (job.state().progress() == ProgressCode.InProgress ? "started" : "finished"));
            }
            return lifecycle.move(job, Transition.Canceled, clock.instant(), 0);
        });
    }

    /** GetShippingLabel (service.md §10): the jobs of one package, going to one facility, from a valid address. */
    public ShippingLabel getShippingLabel(Caller caller, ShippingLabelRequest request) {
        if (request.jobIds().isEmpty()) {
            throw new ServiceException(ErrorCode.InvalidParameterException, "jobIds must name at least one job");
        }
        if (request.jobIds().size() > MAX_LABEL_JOBS) {
            throw new ServiceException(ErrorCode.InvalidParameterException, "One label can carry at most " + MAX_LABEL_JOBS + " jobs");
        }
        Instant now = clock.instant();
        Set<String> jobIds = new LinkedHashSet<>();
        List<Job> jobs = new ArrayList<>();
        for (String raw : request.jobIds()) {
            Job job = ownJob(caller, raw, now);
            rejectIfCanceledOrExpired(job);
            if (job.state().progress() != ProgressCode.Pending) {
                throw new ServiceException(ErrorCode.InvalidParameterException,
                        "The job " + job.id() + " needs no label: AWS has already processed its device");
            }
            if (jobIds.add(job.id())) {
                jobs.add(job);
            }
        }
        Facility facility = jobs.get(0).details().facility();
        for (Job job : jobs) {
            if (job.details().facility() != facility) {
                throw new ServiceException(ErrorCode.InvalidParameterException, "The jobs " + jobs.get(0).id() + " and "
                        + job.id() + " ship to different facilities and cannot share a package");
            }
        }
        Address sender = request.address().values().stream().allMatch(value -> value == null || value.isBlank())
                ? jobs.get(0).details().returnAddress()
                : AddressRules.labelAddress(request.address());
        // every label its own URL: a second label of the same jobs is "-2", and so on, so that an earlier URL keeps its PDF
        String name = "shipping-label-" + String.join("-", jobIds);
        for (int copy = 1; ; copy++) {
            ShippingLabel label = new ShippingLabel(name + (copy == 1 ? "" : "-" + copy) + ".pdf", List.copyOf(jobIds), facility, sender,
                    now.truncatedTo(ChronoUnit.SECONDS));
            if (store.addLabel(label)) {
                return label;
            }
        }
    }

    /** A label made by GetShippingLabel, by file name. */
    public Optional<ShippingLabel> label(String name) {
        return store.findLabel(name);
    }

    /** The labels made for a job, oldest first. */
    public List<ShippingLabel> labelsFor(String jobId) {
        return JobIds.normalise(jobId).map(store::labelsFor).orElse(List.of());
    }

    /** Any account's job as it stands now, for the control plane and the documents it serves. */
    public Optional<Job> inspect(String jobId) {
        Instant now = clock.instant();
        return JobIds.normalise(jobId).flatMap(store::find).map(job -> lifecycle.asOf(job, now));
    }

    /** Moves a job to a named state, as the lifecycle allows; empty when no such job exists. */
    public Optional<Job> moveTo(String jobId, Transition to, int errorCount) {
        return controlPlaneChange(jobId, job -> lifecycle.move(job, to, clock.instant(), errorCount));
    }

    /** Moves a job to the next state of the happy path; empty when no such job exists. */
    public Optional<Job> advance(String jobId) {
        return controlPlaneChange(jobId, job -> lifecycle.next(job, clock.instant()));
    }

    /** Jobs as they stand now, newest first: one account's, or every account's when {@code accountId} is null. */
    public List<Job> inspectAll(String accountId) {
        Instant now = clock.instant();
        return store.all().stream().filter(job -> accountId == null || job.accountId().equals(accountId))
                .map(job -> lifecycle.asOf(job, now))
                .toList();
    }

    /** Forgets one account's jobs. */
    public void reset(String accountId) {
        store.clear(accountId);
    }

    /** Forgets every job and label. */
    public void reset() {
        store.clear();
    }

    private Optional<Job> controlPlaneChange(String jobId, UnaryOperator<Job> change) {
        Optional<String> id = JobIds.normalise(jobId).filter(known -> store.find(known).isPresent());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Job stored = store.find(id.get()).orElseThrow();
            Optional<Job> replaced = replace(stored, change.apply(lifecycle.asOf(stored, clock.instant())));
            if (replaced.isPresent()) {
                return replaced;
            }
        }
        throw keptChanging(jobId);
    }

    /** Applies a change to one of the caller's jobs, retrying when another request changed it meanwhile. */
    private Job change(Caller caller, String jobId, UnaryOperator<Job> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Job stored = store.find(ownJob(caller, jobId, clock.instant()).id()).orElseThrow();
            Optional<Job> replaced = replace(stored, change.apply(lifecycle.asOf(stored, clock.instant())));
            if (replaced.isPresent()) {
                return replaced.get();
            }
        }
        throw keptChanging(jobId);
    }

    /** A change that changes nothing needs no write; else the store's compare-and-set on the revision. */
    private Optional<Job> replace(Job stored, Job updated) {
        return stored.equals(updated) ? Optional.of(stored) : store.replace(stored, updated);
    }

    /** Every attempt lost to another change of the same job: rare, passing, and so retryable (503). */
    private static ServiceException keptChanging(String jobId) {
        return new ServiceException(ErrorCode.ServiceUnavailable, "The job " + jobId + " was changed by " + MAX_ATTEMPTS
                + " other requests while this one ran; try again");
    }

    /**
     * The caller's job, as it stands at {@code now}. A missing, malformed, unknown, foreign or validate-only id is
     * {@code InvalidJobIdException} (the same answer for each, so that ids of other accounts cannot be probed);
     * a job canceled or expired longer than the retention period ago answers with its own exception.
     */
    private Job ownJob(Caller caller, String rawId, Instant now) {
        if (rawId == null || rawId.isBlank()) {
            throw new ServiceException(ErrorCode.InvalidJobIdException, "A job id must be specified");
        }
        Job job = findOwn(caller, rawId).map(found -> lifecycle.asOf(found, now))
                .orElseThrow(() -> new ServiceException(ErrorCode.InvalidJobIdException, "No such job " + rawId + " for your account"));
        if (lifecycle.isPurged(job, now)) {
            rejectIfCanceledOrExpired(job);
        }
        return job;
    }

    /** The stored job of that id if it is the caller's: a job of another account is as unknown as no job. */
    private Optional<Job> findOwn(Caller caller, String rawId) {
        return JobIds.normalise(rawId).flatMap(store::find).filter(job -> job.accountId().equals(caller.accountId()));
    }

    private static void rejectIfCanceledOrExpired(Job job) {
        if (job.state().progress() == ProgressCode.Canceled) {
            throw new ServiceException(ErrorCode.CanceledJobIdException, "The job " + job.id() + " was canceled");
        }
        if (job.state().progress() == ProgressCode.Expired) {
            throw new ServiceException(ErrorCode.ExpiredJobIdException, "The job " + job.id() + " has expired");
        }
    }

    /**
     * The addendum is "for internal use" (service.md §3); the one thing the emulator reads from it is a {@code jobId}
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
            if (findOwn(caller, raw).isEmpty()) {
                throw new ServiceException(ErrorCode.InvalidJobIdException, "No such job " + raw + " for your account");
            }
        });
    }

    /**
     * Ids are drawn at random from 34^5 (about 45 million), so a collision is rare but must not overwrite a job; the
     * daily quota (rule 25) is checked by the store in the same step as the insert.
     */
    private Job insertWithFreshId(Caller caller, JobSubmission submission, String addendum, ValidatedManifest details, Instant now) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Job job = newJob(ids.nextJobId(), caller, submission, addendum, details, now);
            switch (store.insert(job, settings.dailyQuota(), now.truncatedTo(ChronoUnit.DAYS))) {
                case INSERTED -> {
                    return job;
                }
                case QUOTA_EXCEEDED -> throw new ServiceException(ErrorCode.CreateJobQuotaExceededException, "Your account has created "
                        + settings.dailyQuota() + " jobs today (UTC), the most allowed per day; try again tomorrow");
                case ID_TAKEN -> {
                    // draw again
                }
            }
        }
        throw new ServiceException(ErrorCode.ServiceUnavailable, MAX_ATTEMPTS + " job ids drawn in a row were taken; try again");
    }

    /**
     * Rules 9–24. The store keeps every job's result and test suites create their jobs from a few manifests, so the
     * result is shared: one seen lately when equal (most jobs of a suite then hold one copy), else its texts interned.
     */
    private ValidatedManifest validate(JobSubmission submission, Caller caller) {
        return sharedDetails.share(validator.validate(submission.jobType(), parser.parse(submission.manifest()), caller));
    }

    /**
     * The creation date is the API's, to the second; the state's time keeps its precision, so that a job moving on by
     * itself (--auto-advance) spends exactly the configured time in each state.
     */
    private Job newJob(String jobId, Caller caller, JobSubmission submission, String addendum, ValidatedManifest details, Instant now) {
        // The account id and the manifest are shared: every job of an account, and of a manifest, then holds one copy.
        return new Job(jobId, sharedAccounts.share(caller.accountId()), submission.jobType(), now.truncatedTo(ChronoUnit.SECONDS),
                sharedManifests.share(submission.manifest()), addendum, details, sign(caller, jobId, submission.manifest()), JobState.created(now),
                List.of(), artifacts(jobId, details.kind()), 0);
    }

    /** With the caller's secret where the emulator knows it, else the emulator's own (service.md §7). */
    private JobSignature sign(Caller caller, String jobId, String manifest) {
        String secret = caller.secretAccessKey() != null ? caller.secretAccessKey() : settings.signingSecret();
        return JobSignature.sign(secret.getBytes(StandardCharsets.UTF_8), jobId, manifest);
    }

    /**
     * EBS and Glacier devices carry a barcode PDF instead of a SIGNATURE file (service.md §4.1, §7); a validate-only
     * preview is never stored, so it has no document to download.
     */
    private static List<Artifact> artifacts(String jobId, JobKind kind) {
        if (kind.isImageImport() && !jobId.endsWith(JobIds.VALIDATE_ONLY_SUFFIX)) {
            return List.of(new Artifact("SignaturePDF", DocumentPaths.signaturePage(jobId)));
        }
        return List.of();
    }
}
