package io.importexport.emulator.store;

import io.importexport.emulator.domain.job.InMemoryJobStore;
import io.importexport.emulator.domain.job.JobStore;

/** The contract on the default store. */
class InMemoryJobStoreContractTest extends JobStoreContract {
    @Override
    protected JobStore newStore() {
        return new InMemoryJobStore();
    }
}
