package io.importexport.emulator.domain.job;

import io.importexport.emulator.domain.location.Facility;
import io.importexport.emulator.domain.manifest.Address;

import java.time.Instant;
import java.util.List;

/**
 * A pre-paid label for one package (service.md §10): the jobs whose devices travel in it, the facility it goes to,
 * and the sender's address (the request's, or the first job's return address).
 *
 * @param name the label's file name, {@code shipping-label-<JOBID1>[-<JOBID2>...].pdf}
 */
public record ShippingLabel(String name, List<String> jobIds, Facility facility, Address sender, Instant created) {

    /** Where the emulator serves the label. */
    public String path() {
        return DocumentPaths.label(name);
    }
}
