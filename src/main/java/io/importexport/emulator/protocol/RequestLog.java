package io.importexport.emulator.protocol;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import io.importexport.emulator.domain.traffic.RecentRequests;
import io.importexport.emulator.domain.traffic.RequestRecord;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the emulator keeps of each AWS API request: a record among the {@link RecentRequests} the control plane shows,
 * and, unless off, one line on a stream: request id (the one the response carries), account, action, status, error
 * code and milliseconds, as {@code text} or {@code json}.
 */
public final class RequestLog {
    public enum Format { text, json }

    private final Format format;
    private final Consumer<String> out;
    private final RecentRequests recent;
    private final Clock clock;

    /** @param format null for no lines, only the records */
    public RequestLog(Format format, Consumer<String> out, RecentRequests recent, Clock clock) {
        this.format = format;
        this.out = out;
        this.recent = recent;
        this.clock = clock;
    }

    /** @param account null when the caller was not identified; errorCode null on success */
    void log(String requestId, String account, String action, int status, String errorCode, double millis) {
        recent.add(new RequestRecord(clock.instant(), requestId, account, action, status, errorCode, millis));
        if (format == null) {
            return;
        }
        out.accept(format == Format.json
                ? String.format(Locale.ROOT, "{\"requestId\":%s,\"account\":%s,\"action\":%s,\"status\":%d,\"errorCode\":%s,\"millis\":%.1f}",
                        quote(requestId), quote(account), quote(action), status, quote(errorCode), millis)
                : String.format(Locale.ROOT, "%s account=%s action=%s status=%d error=%s %.1fms",
                        requestId, dash(account), action, status, dash(errorCode), millis));
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    /** A JSON string, escaped by Jackson's encoder; null as JSON null. */
    private static String quote(String value) {
        return value == null ? "null" : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }
}
