package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.job.JobService;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operations the emulator serves, by the name a request gives in {@code Action} or {@code Operation}. */
public final class OperationTable {
    private final Map<String, OperationBinding<?, ?>> bindings;

    public OperationTable(JobService jobs) {
        bindings = Map.of(
                "CreateJob", new OperationBinding<>("CreateJob", CreateJobOperation::read, jobs::createJob, CreateJobOperation::write));
    }

    public Optional<OperationBinding<?, ?>> find(String name) {
        return Optional.ofNullable(bindings.get(name));
    }

    public Set<String> names() {
        return bindings.keySet();
    }
}
