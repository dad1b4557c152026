package io.importexport.emulator.protocol.query;

import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.domain.error.ServiceException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} bytes (a request body or a query string) strictly: {@code +}
 * and {@code %20} are spaces, {@code %XX} sequences are UTF-8 bytes; a broken escape or invalid UTF-8 is refused
 * with {@code MalformedQueryString}, a parameter given twice with {@code InvalidParameterException}, rather than
 * guessed at. Every client
 * encodes differently (clients.md §6), so nothing here depends on one client's style.
 */
public final class FormDecoder {

    private FormDecoder() {
    }

    public static Map<String, String> decode(byte[] form, String source) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int start = 0;
        while (start <= form.length) {
            int end = indexOf(form, (byte) '&', start);
            if (end > start) {
                int equals = indexOf(form, (byte) '=', start);
                int nameEnd = Math.min(equals, end);
                String name = decodeComponent(form, start, nameEnd, source);
                String value = nameEnd < end ? decodeComponent(form, nameEnd + 1, end, source) : "";
                if (parameters.putIfAbsent(name, value) != null) {
                    throw invalid("The parameter " + name + " appears more than once in the " + source);
                }
            }
            start = end + 1;
        }
        return parameters;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    /**
     * Percent-escapes and {@code +} undone into one array; text that is all ASCII (nearly every parameter) becomes a
     * string at once, anything else goes through a strict UTF-8 decoder, which refuses what is not UTF-8.
     */
    private static String decodeComponent(byte[] form, int from, int to, String source) {
        byte[] bytes = new byte[to - from];
        int length = 0;
        int highBits = 0;
        for (int i = from; i < to; i++) {
            byte b = form[i];
            if (b == '+') {
                b = ' ';
            } else if (b == '%') {
                int high = i + 2 < to ? Character.digit(form[i + 1], 16) : -1;
                int low = i + 2 < to ? Character.digit(form[i + 2], 16) : -1;
                if (high < 0 || low < 0) {
                    throw malformed("The " + source + " has a broken percent-escape at byte " + i);
                }
                b = (byte) (high << 4 | low);
                i += 2;
            }
            bytes[length++] = b;
            highBits |= b & 0x80;
        }
        if (highBits == 0) {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed("The " + source + " is not valid UTF-8 (at byte " + from + ")");
        }
    }

    private static ServiceException malformed(String message) {
        return new ServiceException(ErrorCode.MalformedQueryString, message);
    }

    private static ServiceException invalid(String message) {
        return new ServiceException(ErrorCode.InvalidParameterException, message);
    }
}
