package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.IdGenerator;

import java.time.Duration;
import java.time.Instant;

/**
 * The job state machine of service.md §6.5:
 * <pre>
 * Pending/NotReceived ─device arrives→ Pending/AtAWS ─→ InProgress/AtAWS ─→ Success | SuccessWithErrors /AtAWS
 *   │  └─30 days→ Expired/NotReceived     │  └─problem→ DeviceError, MissingSignature, ... /AtAWS     │
 *   └─cancel→ Canceled/NotReceived        └─cancel→ Canceled/AtAWS           (processed or canceled)/AtAWS ─→ /Returned
 * </pre>
 * Time-driven moves (expiry, and the optional automatic progression) are not stored when they happen but
 * derived from the clock whenever a job is read, so moving the emulator's clock moves every job at once.
 */
public final class JobLifecycle {
    public static final Duration EXPIRY = Duration.ofDays(30);
    public static final Duration RETENTION = Duration.ofDays(90);

    private final IdGenerator ids;
    private final Duration expiry;
    private final Duration retention;
    private final Duration autoAdvance;

    /**
     * @param expiry      how long a job waits for its device before it expires (30 days on AWS)
     * @param retention   how long canceled and expired jobs stay visible (90 days, service.md §6.5)
     * @param autoAdvance null, or the time after which a job moves on by itself along the happy path
     */
    public JobLifecycle(IdGenerator ids, Duration expiry, Duration retention, Duration autoAdvance) {
        this.ids = ids;
        this.expiry = expiry;
        this.retention = retention;
        this.autoAdvance = autoAdvance;
    }

    /** The job as it stands at {@code now}: expired if its device never came, moved on if it advances by itself. */
    public Job asOf(Job job, Instant now) {
        Job current = job;
        JobState state = current.state();
        if (state.progress() == ProgressCode.Pending && state.location() == LocationCode.NotReceived
                && !now.isBefore(current.creationDate().plus(expiry))) {
            Instant expiresAt = current.creationDate().plus(expiry);
            if (autoAdvance == null || !state.since().plus(autoAdvance).isBefore(expiresAt)) {
                return current.withState(state.moveTo(LocationCode.NotReceived, ProgressCode.Expired, expiresAt));
            }
        }
        if (autoAdvance != null) {
            while (hasNext(current) && !now.isBefore(current.state().since().plus(autoAdvance))) {
                current = next(current, current.state().since().plus(autoAdvance));
            }
        }
        return current;
    }

    /** Canceled or expired longer ago than the retention period: gone from listings, and its id refused. */
    public boolean isPurged(Job job, Instant now) {
        ProgressCode progress = job.state().progress();
        return (progress == ProgressCode.Canceled || progress == ProgressCode.Expired)
                && !now.isBefore(job.state().since().plus(retention));
    }

    /** The next state on the happy path: device arrives, transfer starts, succeeds, device returns. */
    public Job next(Job job, Instant at) {
        JobState state = job.state();
        if (state.progress() == ProgressCode.Pending && state.location() == LocationCode.NotReceived) {
            return move(job, Transition.AtAWS, at, 0);
        }
        if (state.progress() == ProgressCode.Pending) {
            return move(job, Transition.InProgress, at, 0);
        }
        if (state.progress() == ProgressCode.InProgress) {
            return move(job, Transition.Success, at, 0);
        }
        return move(job, Transition.Returned, at, 0);
    }

    private boolean hasNext(Job job) {
        JobState state = job.state();
        return state.location() != LocationCode.Returned && state.progress() != ProgressCode.Expired
                && (state.progress() != ProgressCode.Canceled || state.location() == LocationCode.AtAWS);
    }

    /**
     * Moves a job to {@code to}, or refuses with {@link IllegalTransitionException}. {@code errorCount} is used by
     * {@link Transition#SuccessWithErrors} (at least 1).
     */
    public Job move(Job job, Transition to, Instant at, int errorCount) {
        JobState state = job.state();
        LocationCode location = state.location();
        ProgressCode progress = state.progress();
        boolean pending = progress == ProgressCode.Pending;
        boolean atAws = location == LocationCode.AtAWS;
        JobState moved = switch (to) {
            case AtAWS -> pending && location == LocationCode.NotReceived ? state.moveTo(LocationCode.AtAWS, progress, at) : null;
            case InProgress -> pending && atAws ? state.moveTo(location, ProgressCode.InProgress, at) : null;
            case Success -> progress == ProgressCode.InProgress ? state.moveTo(location, ProgressCode.Success, at).withErrorCount(0) : null;
            case SuccessWithErrors -> progress == ProgressCode.InProgress
                    ? state.moveTo(location, ProgressCode.SuccessWithErrors, at).withErrorCount(Math.max(1, errorCount)) : null;
            case Returned -> atAws && (progress.isProcessed() || progress == ProgressCode.Canceled)
                    ? returned(job, state, at) : null;
            case Canceled -> pending ? state.moveTo(location, ProgressCode.Canceled, at) : null;
            case Expired -> pending && location == LocationCode.NotReceived ? state.moveTo(location, ProgressCode.Expired, at) : null;
            default -> to.abortCode().filter(code -> atAws && (pending || progress == ProgressCode.InProgress))
                    .map(code -> state.moveTo(location, code, at)).orElse(null);
        };
        if (moved == null) {
            throw new IllegalTransitionException("job " + job.id() + " is " + progress + " with its device "
                    + location + "; it cannot move to " + to + " from there");
        }
        return job.withState(moved);
    }

    private JobState returned(Job job, JobState state, Instant at) {
        String carrier = job.details().facility().carrierTo(job.details().returnAddress().countryCode());
        String tracking = carrier.equals("UPS") ? "1Z" + ids.nextDigits(6) + "01" + ids.nextDigits(8) : ids.nextDigits(10);
        return state.returnedBy(carrier, tracking, at);
    }
}
