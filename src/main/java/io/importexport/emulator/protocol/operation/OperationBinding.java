package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.xml.OperationResponse;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One row of the operation table: read the typed request from the parameters, call the service, write the
 * envelope. Nothing else varies between operations.
 *
 * @param <I> the typed request
 * @param <O> what the service returns
 */
public record OperationBinding<I, O>(String name, Function<QueryParameters, I> reader, BiFunction<Caller, I, O> service,
                                     BiFunction<O, ResponseContext, OperationResponse> writer) {

    public OperationResponse invoke(Caller caller, QueryParameters parameters, ResponseContext context) {
        return writer.apply(service.apply(caller, reader.apply(parameters)), context);
    }

    /** What a writer may need beyond the service's answer. */
    public record ResponseContext(String baseUrl) {
        /** The absolute URL of a document the emulator serves at {@code path}. */
        public String url(String path) {
            return baseUrl + path;
        }
    }
}
