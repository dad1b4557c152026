package io.importexport.emulator.protocol.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The faults in force. Each call of an operation takes the first fault that matches it, if its share of calls
 * draws it; a fault with a count is used up after that many calls. The draw comes from a seeded random source,
 * so that a seeded emulator injects the same faults on every run.
 */
public final class FaultInjector {
    private final Random random;
    private final List<Armed> faults = new ArrayList<>();

    public FaultInjector(long seed) {
        this.random = new Random(seed);
    }

    private static final class Armed {
        final Fault fault;
        int remaining;

        Armed(Fault fault) {
            this.fault = fault;
            this.remaining = fault.count();
        }
    }

    public synchronized void add(Fault fault) {
        faults.add(new Armed(fault));
    }

    /** The faults still in force. */
    public synchronized List<Fault> faults() {
        return faults.stream().map(armed -> armed.fault).toList();
    }

    public synchronized void clear() {
        faults.clear();
    }

    /** Removes the faults aimed at one account. */
    public synchronized void clear(String accountId) {
        faults.removeIf(armed -> accountId.equals(armed.fault.accountId()));
    }

    /** The fault to apply to this call, if any; a counted fault is used up by it. */
    public synchronized Optional<Fault> take(String operation, String accountId) {
        for (Armed armed : faults) {
            if (armed.fault.matches(operation, accountId) && (armed.fault.fraction() >= 1 || random.nextDouble() < armed.fault.fraction())) {
                if (armed.fault.count() > 0 && --armed.remaining == 0) {
                    faults.remove(armed);
                }
                return Optional.of(armed.fault);
            }
        }
        return Optional.empty();
    }
}
