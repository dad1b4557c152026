package io.importexport.emulator.admin;

import io.importexport.emulator.domain.job.DocumentLinks;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Who may use the control plane: with {@code --admin-token}, a request to any path under {@code /_emulator} must carry
 * {@code Authorization: Bearer TOKEN} (none: 401; another: 403), but for health, the dashboard's static files (they hold
 * no data; its data comes through the routes guarded here) and documents fetched by the signed URL an AWS response gave.
 * Registered only when a token is set; without one the control plane is open, as the loopback-only default allows.
 * Unknown paths are guarded too, so that a caller without the token learns nothing of which routes exist. The AWS API
 * ({@code /}) is never touched.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class ControlPlaneAccess implements ContainerRequestFilter {
    public static final String MISSING_TOKEN = "MissingAdminToken";
    public static final String INVALID_TOKEN = "InvalidAdminToken";
    private static final String PREFIX = AdminRoutes.ROOT.substring(1);
    private static final String BEARER = "bearer ";

    private final byte[] tokenDigest;
    private final DocumentLinks documentLinks;

    /** @param token the token every control-plane request must carry */
    public ControlPlaneAccess(String token, DocumentLinks documentLinks) {
        this.tokenDigest = sha256(token);
        this.documentLinks = documentLinks;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals(PREFIX) || path.startsWith(PREFIX + "/")) || isOpen(path, request)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            request.abortWith(Response.fromResponse(AdminJson.error(401, MISSING_TOKEN,
                            "the control plane needs the emulator's admin token: send the header 'Authorization: Bearer TOKEN'"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"importexport-emulator\"").build());
        } else if (!MessageDigest.isEqual(sha256(authorization.substring(BEARER.length()).trim()), tokenDigest)) {
            // digests of equal length, compared in constant time: the answer's timing tells nothing of the token
            request.abortWith(AdminJson.error(403, INVALID_TOKEN, "the admin token sent is not the emulator's"));
        }
    }

    private boolean isOpen(String path, ContainerRequestContext request) {
        String route = path.substring(PREFIX.length()).replaceFirst("^/", "");
        if (route.equals(AdminRoutes.HEALTH) || route.equals(AdminRoutes.UI) || route.startsWith(AdminRoutes.UI + "/")) {
            return true;
        }
        return (route.startsWith(AdminRoutes.ARTIFACTS) || route.startsWith(AdminRoutes.LABELS))
                && documentLinks.isSignedFor("/" + path, request.getUriInfo().getQueryParameters().getFirst(DocumentLinks.SIGNATURE_PARAMETER));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
