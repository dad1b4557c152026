package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.job.JobService;

import io.importexport.emulator.protocol.operation.OperationBinding.ResponseContext;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The operations the emulator serves, by the name a request gives in {@code Action} or {@code Operation}. */
public final class OperationTable {
    private final Map<String, OperationBinding<?, ?>> bindings;

    public OperationTable(JobService jobs) {
        bindings = Stream.of(
                new OperationBinding<>("CreateJob", CreateJobOperation::read, jobs::createJob, CreateJobOperation::write),
                new OperationBinding<>("GetStatus", GetStatusOperation::read, jobs::getStatus, GetStatusOperation::write),
                new OperationBinding<>("ListJobs", ListJobsOperation::read, jobs::listJobs, ignoring(ListJobsOperation::write)),
                new OperationBinding<>("UpdateJob", UpdateJobOperation::read, jobs::updateJob, UpdateJobOperation::write),
                new OperationBinding<>("CancelJob", CancelJobOperation::read, jobs::cancelJob, ignoring(CancelJobOperation::write)),
                new OperationBinding<>("GetShippingLabel", GetShippingLabelOperation::read, jobs::getShippingLabel,
                        GetShippingLabelOperation::write))
                .collect(Collectors.toUnmodifiableMap(OperationBinding::name, binding -> binding));
    }

    /** The names of the operations, e.g. for checking that a fault aims at one. */
    public Set<String> names() {
        return bindings.keySet();
    }

    public Optional<OperationBinding<?, ?>> find(String name) {
        return Optional.ofNullable(bindings.get(name));
    }

    /** A writer that needs nothing but the service's answer. */
    private static <O> BiFunction<O, ResponseContext, Object> ignoring(Function<O, ?> writer) {
        return (output, context) -> writer.apply(output);
    }
}
