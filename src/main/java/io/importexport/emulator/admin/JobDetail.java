package io.importexport.emulator.admin;

import io.importexport.emulator.domain.job.Artifact;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.JobState;
import io.importexport.emulator.domain.job.ShippingLabel;
import io.importexport.emulator.domain.job.Transition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One job as the dashboard shows it: what {@link JobView} says, the manifest as submitted, every state it was in with
 * the date it entered it (oldest first, the current one last), and the documents it can be downloaded with.
 */
public record JobDetail(JobView job, String manifest, List<StateEntry> states, List<Document> documents, List<String> transitions) {
    /** Every state a job may be asked to move to; the lifecycle refuses the ones it does not allow now, and says so. */
    private static final List<String> TRANSITIONS = Arrays.stream(Transition.values()).map(Enum::name).toList();

    /** A state, when the job entered it, and whether it is one of the aborts (DeviceError, ...). */
    public record StateEntry(String locationCode, String progressCode, String since, boolean aborted) {
        static StateEntry of(JobState state) {
            return new StateEntry(state.location().name(), state.progress().name(), state.since().toString(),
                    state.progress().isAborted());
        }
    }

    /** A document and the control-plane path that serves it. */
    public record Document(String name, String path) {
    }

    static JobDetail of(Job job, List<ShippingLabel> labels) {
        List<StateEntry> states = new ArrayList<>();
        job.history().forEach(state -> states.add(StateEntry.of(state)));
        states.add(StateEntry.of(job.state()));
        List<Document> documents = new ArrayList<>();
        if (job.artifacts().isEmpty()) { // an S3 job: its device carries the SIGNATURE file
            documents.add(new Document("SIGNATURE", AdminRoutes.ROOT + "/" + AdminRoutes.expand(AdminRoutes.SIGNATURE_FILE, job.id())));
        }
        for (Artifact artifact : job.artifacts()) {
            documents.add(new Document(artifact.description(), artifact.path()));
        }
        labels.forEach(label -> documents.add(new Document(label.name(), label.path())));
        return new JobDetail(JobView.of(job), job.manifest(), states, documents, TRANSITIONS);
    }
}
