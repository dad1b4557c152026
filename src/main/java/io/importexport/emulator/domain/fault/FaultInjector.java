package io.importexport.emulator.domain.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The faults in force. Each call of an operation takes the first fault that matches it, if its share of calls
 * draws it; a fault with a count is used up after that many calls. The draw comes from a seeded random source,
 * so that a seeded emulator injects the same faults on every run. With no fault set, a call takes no lock.
 */
public final class FaultInjector {
    private final Random random;
    private final List<Armed> faults = new ArrayList<>();
    /** Whether {@link #faults} holds any, read without the lock on every AWS API call. */
    private volatile boolean armed;

    private final Set<String> operations;

    /** @param operations the operations a fault may aim at (besides {@link Fault#ANY_OPERATION}) */
    public FaultInjector(long seed, Set<String> operations) {
        this.random = new Random(seed);
        this.operations = Set.copyOf(operations);
    }

    private static final class Armed {
        final Fault fault;
        int remaining;

        Armed(Fault fault) {
            this.fault = fault;
            this.remaining = fault.count();
        }
    }

    /** @throws IllegalArgumentException for a fault aimed at an operation that does not exist: it would never fire */
    public synchronized void add(Fault fault) {
        if (!fault.operation().equals(Fault.ANY_OPERATION) && !operations.contains(fault.operation())) {
            throw new IllegalArgumentException("a fault's operation must be * or one of " + new TreeSet<>(operations) + ", not '"
                    + fault.operation() + "'");
        }
        faults.add(new Armed(fault));
        armed = true;
    }

    /** The faults still in force. */
    public synchronized List<Fault> faults() {
        return faults.stream().map(entry -> entry.fault).toList();
    }

    public synchronized void clear() {
        faults.clear();
        armed = false;
    }

    /** Removes the faults aimed at one account. */
    public synchronized void clear(String accountId) {
        faults.removeIf(fault -> accountId.equals(fault.fault.accountId()));
        armed = !faults.isEmpty();
    }

    /** Whether any fault is in force; read without the lock. */
    public boolean armed() {
        return armed;
    }

    /** The fault to apply to this call, if any; a counted fault is used up by it. */
    public Optional<Fault> take(String operation, String accountId) {
        return armed ? takeArmed(operation, accountId) : Optional.empty();
    }

    private synchronized Optional<Fault> takeArmed(String operation, String accountId) {
        for (Armed candidate : faults) {
            Fault fault = candidate.fault;
            if (fault.matches(operation, accountId) && (fault.fraction() >= 1 || random.nextDouble() < fault.fraction())) {
                if (fault.count() > 0 && --candidate.remaining == 0) {
                    faults.remove(candidate);
                    armed = !faults.isEmpty();
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
