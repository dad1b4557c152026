package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.xml.CancelJobResult;

/** CancelJob (service.md §4.5). */
final class CancelJobOperation {

    private CancelJobOperation() {
    }

    static String read(QueryParameters parameters) {
        return parameters.get("JobId").orElse(null);
    }

    static CancelJobResult write(Job canceled) {
        return new CancelJobResult(canceled.isCanceled());
    }
}
