package io.importexport.emulator.protocol.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The encoding both signature versions sign with: only {@code A-Za-z0-9-_.~} stay as they are, the rest is %XX of UTF-8. */
final class Rfc3986 {
    private Rfc3986() {
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** {@code name=value} pairs sorted by encoded name (byte order), joined by {@code &}. */
    static String canonicalQuery(Map<String, String> parameters) {
        TreeMap<String, String> sorted = new TreeMap<>();
        parameters.forEach((name, value) -> sorted.put(encode(name), encode(value)));
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
