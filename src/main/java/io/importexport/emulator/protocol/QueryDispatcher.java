package io.importexport.emulator.protocol;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.job.DocumentLinks;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.protocol.auth.Authenticator;
import io.importexport.emulator.domain.fault.Fault;
import io.importexport.emulator.domain.fault.FaultInjector;
import io.importexport.emulator.protocol.operation.OperationBinding;
import io.importexport.emulator.protocol.operation.OperationBinding.ResponseContext;
import io.importexport.emulator.protocol.operation.OperationTable;
import io.importexport.emulator.protocol.query.IncomingRequest;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.query.QueryRequest;
import io.importexport.emulator.protocol.query.QueryRequestReader;
import io.importexport.emulator.replay.ExchangeRecorder;
import io.importexport.emulator.replay.WireExchange;
import io.importexport.emulator.protocol.xml.ErrorResponse;
import io.importexport.emulator.protocol.xml.ListJobsMembers;
import io.importexport.emulator.protocol.xml.ListJobsResult;
import io.importexport.emulator.protocol.xml.QueryResponse;
import io.importexport.emulator.protocol.xml.XmlEnvelopes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The AWS Query pipeline, in order: read the body once (bounded), decode body and query string, pick the
 * operation, identify the caller, check versions, run the operation, write XML. Every failure on the way,
 * expected or not, leaves as an {@code <ErrorResponse>} with the request id also sent as a header.
 */
public final class QueryDispatcher {
    public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";
    /** Set to {@code close} on an answer after which the server wiring must close the connection at once. */
    public static final String CONNECTION = "Connection";
    private static final Logger LOG = Logger.getLogger(QueryDispatcher.class.getName());
    private static final Set<String> API_VERSIONS = Set.of("2010-06-01", "2010-06-03");
    /** Parsed once: given as text, the media type is parsed again for every response. */
    private static final MediaType XML = MediaType.valueOf(XmlEnvelopes.CONTENT_TYPE);
    /** A date, as the Web Service Tool sent ({@code 2012-01-14}), or a dotted number, as the SDKs' callers send ({@code 2.0}). */
    private static final Pattern CLIENT_TOOL_VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,9}(\\.\\d{1,9}){0,3}");

    private final OperationTable operations;
    private final Authenticator authenticator;
    private final IdGenerator ids;
    private final QueryRequestReader reader;
    private final DocumentLinks documentLinks;
    private final ExchangeRecorder recorder;
    private final FaultInjector faults;
    private final RequestLog requestLog;
    private final ListJobsMembers listedMembers = new ListJobsMembers();

    /**
     * @param documentLinks how document URLs are written
     * @param recorder   where to write every exchange, or null
     * @param requestLog where every request is logged
     */
    public QueryDispatcher(OperationTable operations, Authenticator authenticator, IdGenerator ids, int maxBodyBytes, DocumentLinks documentLinks,
                           ExchangeRecorder recorder, FaultInjector faults, RequestLog requestLog) {
        this.operations = operations;
        this.authenticator = authenticator;
        this.ids = ids;
        this.reader = new QueryRequestReader(maxBodyBytes);
        this.documentLinks = documentLinks;
        this.recorder = recorder;
        this.faults = faults;
        this.requestLog = requestLog;
    }

    public Response dispatch(IncomingRequest incoming) {
        long started = System.nanoTime();
        String requestId = ids.nextRequestId();
        QueryRequest request = null;
        String operationName = "Unknown";
        String account = null;
        String errorCode = null;
        Response response;
        try {
            request = reader.read(incoming);
            OperationBinding<?, ?> operation = operation(request.parameters());
            operationName = operation.name();
            Caller caller = authenticator.authenticate(request);
            account = caller.accountId();
            checkClientToolVersion(request.parameters());
            Optional<Fault> fault = faults.take(operationName, account);
            Optional<Response> injected = fault.flatMap(applied -> inject(applied, requestId));
            if (injected.isPresent()) {
                response = injected.get();
                errorCode = fault.get().errorCode();
            } else {
                ResponseContext context = new ResponseContext(incoming.baseUrl(), documentLinks);
                Object result = operation.invoke(caller, request.parameters(), context);
                // a ListJobs page is written with the members this server wrote before (protocol/xml's package-info)
                response = xml(200, result instanceof ListJobsResult page ? listedMembers.toBytes(operation.name(), page, requestId)
                        : XmlEnvelopes.toBytes(QueryResponse.of(operation.name(), result, requestId)), requestId);
            }
        } catch (ServiceException e) {
            errorCode = e.code().name();
            response = error(e.code(), e.getMessage(), requestId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "request " + requestId + " failed unexpectedly", e);
            errorCode = ErrorCode.InternalFailure.name();
            response = error(ErrorCode.InternalFailure, ErrorCode.INTERNAL_FAILURE_MESSAGE, requestId);
        }
        requestLog.log(requestId, account, operationName, response.getStatus(), errorCode, (System.nanoTime() - started) / 1e6);
        if (request == null) {
            // the body was not read to its end (too large, stalled): the connection cannot carry another request
            return Response.fromResponse(response).header(CONNECTION, "close").build();
        }
        if (recorder != null) {
            recorder.record(operationName, exchange(incoming, request, response));
        }
        return response;
    }

    /** Waits as the fault says, then answers with its error, or with nothing to let the call go on. */
    private static Optional<Response> inject(Fault fault, String requestId) {
        if (!fault.delay().isZero()) {
            try {
                Thread.sleep(fault.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.errorCode() == null) {
            return Optional.empty();
        }
        String message = fault.message() != null ? fault.message() : "Injected by the emulator's fault injection";
        return Optional.of(error(fault.status(), ErrorCode.faultType(fault.status()), fault.errorCode(), message, requestId));
    }

    private static WireExchange exchange(IncomingRequest incoming, QueryRequest request, Response response) {
        StringBuilder requestHead = new StringBuilder(incoming.method()).append(' ').append(incoming.path())
                .append(incoming.rawQuery() == null ? "" : "?" + incoming.rawQuery()).append(" HTTP/1.1");
        new TreeMap<>(incoming.headers()).forEach((name, value) -> requestHead.append('\n').append(name).append(": ").append(value));
        String responseHead = "HTTP/1.1 " + response.getStatus() + " " + response.getStatusInfo().getReasonPhrase()
                + "\nContent-Type: " + response.getMediaType()
                + "\n" + REQUEST_ID_HEADER + ": " + response.getHeaderString(REQUEST_ID_HEADER);
        return new WireExchange(List.of(), requestHead.toString(), request.rawBody(), responseHead, (byte[]) response.getEntity());
    }

    /** An {@code <ErrorResponse>} with the code's status, for this pipeline and for the framework's own errors. */
    public static Response error(ErrorCode code, String message, String requestId) {
        return error(code.httpStatus(), code.faultType(), code.name(), message, requestId);
    }

    private static Response error(int status, String type, String code, String message, String requestId) {
        return xml(status, XmlEnvelopes.toBytes(new ErrorResponse(type, code, message, requestId)), requestId);
    }

    private static Response xml(int status, byte[] body, String requestId) {
        return Response.status(status).type(XML).header(REQUEST_ID_HEADER, requestId).entity(body).build();
    }

    /** The operation named, as the request's {@code Version} has it (docs/service.md §2.2, §5.4). */
    private OperationBinding<?, ?> operation(QueryParameters parameters) {
        String name = parameters.get("Action").or(() -> parameters.get("Operation")).orElseThrow(() ->
                new ServiceException(ErrorCode.MissingAction, "The request names no operation (Action or Operation)"));
        OperationBinding<?, ?> operation = operations.find(name).orElseThrow(() ->
                new ServiceException(ErrorCode.InvalidAction, "The action " + name + " is not valid for this web service"));
        parameters.get("Version").filter(version -> !API_VERSIONS.contains(version)).ifPresent(version -> {
            throw new ServiceException(ErrorCode.InvalidAction, "Could not find operation " + name + " for version " + version);
        });
        return operation;
    }

    /** Rule 2 of service.md §9, for every operation (service.md §5.4). */
    private static void checkClientToolVersion(QueryParameters parameters) {
        parameters.get("APIVersion").filter(version -> !CLIENT_TOOL_VERSION.matcher(version).matches()).ifPresent(version -> {
            throw new ServiceException(ErrorCode.InvalidVersionException,
                    "The client tool version (APIVersion) '" + version + "' is not valid; use a date such as 2012-01-14 or a version such as 2.0");
        });
    }
}
