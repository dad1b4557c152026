package io.importexport.emulator.server.http;

import io.importexport.emulator.admin.AdminJson;
import io.importexport.emulator.admin.AdminRoutes;
import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;
import io.importexport.emulator.protocol.QueryDispatcher;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors raised outside the Query pipeline: Jersey's own (no such path, method not allowed, ...) and anything
 * unexpected. AWS clients get an {@code <ErrorResponse>} they can parse instead of Grizzly's HTML page; the
 * control plane gets JSON. Never a stack trace.
 */
public final class FrameworkErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(FrameworkErrorMapper.class.getName());
    private final IdGenerator ids;

    @Context
    private UriInfo uri;

    public FrameworkErrorMapper(IdGenerator ids) {
        this.ids = ids;
    }

    @Override
    public Response toResponse(Throwable failure) {
        ErrorCode code;
        String message;
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            code = codeFor(status);
            message = status == 404 ? "Nothing is served at /" + uri.getPath()
                    : status == 405 ? "This method is not allowed at /" + uri.getPath() : web.getMessage();
        } else if (failure instanceof ServiceException unavailable) { // the store is down: a control-plane call fails as the API's do
            code = unavailable.code();
            message = unavailable.getMessage();
        } else {
            LOG.log(Level.SEVERE, "unexpected failure at /" + uri.getPath(), failure);
            code = ErrorCode.InternalFailure;
            message = ErrorCode.INTERNAL_FAILURE_MESSAGE;
        }
        Response answer = answer("/" + uri.getPath(), code, message);
        String allow = failure instanceof WebApplicationException web ? web.getResponse().getHeaderString("Allow") : null;
        return allow == null ? answer : Response.fromResponse(answer).header("Allow", allow).build();
    }

    /** An error in the form of the path's door: JSON on the control plane, an {@code <ErrorResponse>} elsewhere. */
    Response answer(String path, ErrorCode code, String message) {
        return path.startsWith(AdminRoutes.ROOT) ? AdminJson.error(code.httpStatus(), code.name(), message)
                : QueryDispatcher.error(code, message, ids.nextRequestId());
    }

    /** The code for a client error Jersey raised itself. */
    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 404 -> ErrorCode.NotFound;
            case 405 -> ErrorCode.MethodNotAllowed;
            case 415 -> ErrorCode.UnsupportedMediaType;
            default -> ErrorCode.InvalidParameterException;
        };
    }
}
