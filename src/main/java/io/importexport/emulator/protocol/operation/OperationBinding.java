package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.job.DocumentLinks;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.protocol.query.QueryParameters;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One row of the operation table: read the typed request from the parameters, call the service, write the
 * result (one of the {@code *Result} types of the xml package, which the dispatcher wraps in the operation's
 * envelope). Nothing else varies between operations.
 *
 * @param <I> the typed request
 * @param <O> what the service returns
 */
public record OperationBinding<I, O>(String name, Function<QueryParameters, I> reader, BiFunction<Caller, I, O> service,
                                     BiFunction<O, ResponseContext, Object> writer) {

    public Object invoke(Caller caller, QueryParameters parameters, ResponseContext context) {
        return writer.apply(service.apply(caller, reader.apply(parameters)), context);
    }

    /** What a writer may need beyond the service's answer. */
    public record ResponseContext(String baseUrl, DocumentLinks links) {
        /** The absolute URL of a document the emulator serves at {@code path}. */
        public String url(String path) {
            return links.url(baseUrl, path);
        }
    }
}
