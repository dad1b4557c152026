package io.importexport.emulator.protocol;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.protocol.operation.OperationBinding;
import io.importexport.emulator.protocol.operation.OperationBinding.ResponseContext;
import io.importexport.emulator.protocol.operation.OperationTable;
import io.importexport.emulator.protocol.query.AccessKeys;
import io.importexport.emulator.protocol.query.FormDecoder;
import io.importexport.emulator.protocol.query.IncomingRequest;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.query.QueryRequest;
import io.importexport.emulator.protocol.xml.ErrorResponse;
import io.importexport.emulator.protocol.xml.QueryResponse;
import io.importexport.emulator.protocol.xml.XmlEnvelopes;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
    private static final Logger LOG = Logger.getLogger(QueryDispatcher.class.getName());
    private static final Set<String> API_VERSIONS = Set.of("2010-06-01", "2010-06-03");
    /** A date, as the Web Service Tool sent ({@code 2012-01-14}), or a dotted number, as the SDKs' callers send ({@code 2.0}). */
    private static final Pattern CLIENT_TOOL_VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,9}(\\.\\d{1,9}){0,3}");
    /** IAM's pattern for access key ids. */
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\w{1,128}");
    /** Echoed back in CurrentManifest, but checked by the manifest's own rules (YAML allows fewer characters than XML). */
    private static final String MANIFEST = "Manifest";

    private final OperationTable operations;
    private final IdGenerator ids;
    private final int maxBodyBytes;
    private final String publicUrl;

    /** @param publicUrl the address to put in document URLs, or null for the one each client used */
    public QueryDispatcher(OperationTable operations, IdGenerator ids, int maxBodyBytes, String publicUrl) {
        this.operations = operations;
        this.ids = ids;
        this.maxBodyBytes = maxBodyBytes;
        this.publicUrl = publicUrl;
    }

    public Response dispatch(IncomingRequest incoming) {
        String requestId = ids.nextRequestId();
        try {
            QueryRequest request = read(incoming);
            OperationBinding<?, ?> operation = operation(request.parameters());
            Caller caller = Caller.ownAccount(accessKey(request));
            checkVersions(request.parameters());
            ResponseContext context = new ResponseContext(publicUrl != null ? publicUrl : incoming.baseUrl());
            Object result = operation.invoke(caller, request.parameters(), context);
            byte[] xml = XmlEnvelopes.toBytes(QueryResponse.of(operation.name(), result, requestId));
            return xml(200, xml, requestId);
        } catch (ServiceException e) {
            return error(e.code(), e.getMessage(), requestId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "request " + requestId + " failed unexpectedly", e);
            return error(ErrorCode.InternalFailure, "We encountered an internal error. Please try again.", requestId);
        }
    }

    /** An {@code <ErrorResponse>} with the code's status, for this pipeline and for the framework's own errors. */
    public static Response error(ErrorCode code, String message, String requestId) {
        return xml(code.httpStatus(), XmlEnvelopes.toBytes(new ErrorResponse(code.faultType(), code.name(), message, requestId)), requestId);
    }

    private static Response xml(int status, byte[] body, String requestId) {
        return Response.status(status).type(XmlEnvelopes.CONTENT_TYPE).header(REQUEST_ID_HEADER, requestId).entity(body).build();
    }

    private QueryRequest read(IncomingRequest incoming) {
        byte[] body = readBody(incoming);
        Map<String, String> query = incoming.rawQuery() == null ? Map.of()
                : FormDecoder.decode(incoming.rawQuery().getBytes(StandardCharsets.ISO_8859_1), "query string");
        Map<String, String> form = FormDecoder.decode(body, "request body");
        Map<String, String> merged = new LinkedHashMap<>(query);
        merged.putAll(form);
        merged.forEach(QueryDispatcher::checkXmlCharacters);
        return new QueryRequest(incoming.method(), incoming.headers().get("host"), incoming.path(), incoming.headers(),
                body, query, form, new QueryParameters(merged));
    }

    private byte[] readBody(IncomingRequest incoming) {
        if (incoming.body() == null) {
            return new byte[0];
        }
        if (incoming.contentLength() > maxBodyBytes) {
            throw bodyTooLarge();
        }
        try (InputStream in = incoming.body()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw bodyTooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new ServiceException(ErrorCode.InvalidParameterException, "The request body could not be read: " + e.getMessage());
        }
    }

    private ServiceException bodyTooLarge() {
        return new ServiceException(ErrorCode.InvalidParameterException,
                "The request body is larger than the limit of " + maxBodyBytes + " bytes");
    }

    private OperationBinding<?, ?> operation(QueryParameters parameters) {
        String name = parameters.get("Action").or(() -> parameters.get("Operation")).orElseThrow(() ->
                new ServiceException(ErrorCode.InvalidAction, "The request names no operation (Action or Operation)"));
        return operations.find(name).orElseThrow(() ->
                new ServiceException(ErrorCode.InvalidAction, "The action " + name + " is not valid for this web service"));
    }

    /**
     * Rule 1 of spec §9. No request passes without an access key, as on AWS; one with characters no access key
     * has (a stray quote or dot pasted along) is {@code InvalidAccessKeyIdException}, which the model declares
     * for every operation.
     */
    private static String accessKey(QueryRequest request) {
        String key = AccessKeys.of(request).orElseThrow(() -> new ServiceException(
                ErrorCode.MissingAuthenticationToken, "Request is missing Authentication Token"));
        if (!ACCESS_KEY_ID.matcher(key).matches()) {
            throw new ServiceException(ErrorCode.InvalidAccessKeyIdException, "The AWS access key id " + key + " is not valid");
        }
        return key;
    }

    /** Rule 2 of spec §9, for every operation (spec §5.4). */
    private static void checkVersions(QueryParameters parameters) {
        parameters.get("Version").filter(version -> !API_VERSIONS.contains(version)).ifPresent(version -> {
            throw new ServiceException(ErrorCode.InvalidVersionException,
                    "The API version " + version + " is not supported; use 2010-06-01");
        });
        parameters.get("APIVersion").filter(version -> !CLIENT_TOOL_VERSION.matcher(version).matches()).ifPresent(version -> {
            throw new ServiceException(ErrorCode.InvalidVersionException,
                    "The client tool version (APIVersion) '" + version + "' is not valid; use a date such as 2012-01-14 or a version such as 2.0");
        });
    }

    /** A value that could be echoed into a response must be representable in XML 1.0. */
    private static void checkXmlCharacters(String name, String value) {
        if (name.equals(MANIFEST)) {
            return;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
            if (!allowed) {
                throw new ServiceException(ErrorCode.InvalidParameterException,
                        String.format("The parameter %s contains the character U+%04X, which XML cannot carry", name, c));
            }
            i += Character.charCount(c);
        }
        if (name.chars().anyMatch(c -> c < 0x20)) {
            throw new ServiceException(ErrorCode.InvalidParameterException, "A parameter name contains a control character");
        }
    }
}
