package io.importexport.emulator.protocol.query;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Reads a request once: the body as bytes, bounded (signatures need the exact bytes), then body and query
 * string decoded and merged, the body winning (service.md §2.2).
 */
public final class QueryRequestReader {
    /** Echoed back in CurrentManifest, but checked by the manifest's own rules (YAML allows fewer characters than XML). */
    private static final String MANIFEST = "Manifest";

    private final int maxBodyBytes;

    public QueryRequestReader(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    public QueryRequest read(IncomingRequest incoming) {
        byte[] body = readBody(incoming);
        Map<String, String> query = incoming.rawQuery() == null ? Map.of()
                : FormDecoder.decode(incoming.rawQuery().getBytes(StandardCharsets.ISO_8859_1), "query string");
        Map<String, String> form = FormDecoder.decode(body, "request body");
        Map<String, String> merged = new LinkedHashMap<>(query);
        merged.putAll(form);
        merged.forEach(QueryRequestReader::checkXmlCharacters);
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
            throw new ServiceException(ErrorCode.InvalidParameterException, isTimeout(e)
                    ? "The request body did not arrive in time (it stalled before its Content-Length was reached)"
                    : "The request body could not be read: the connection broke before its end");
        }
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private ServiceException bodyTooLarge() {
        return new ServiceException(ErrorCode.InvalidParameterException,
                "The request body is larger than the limit of " + maxBodyBytes + " bytes");
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
