package io.importexport.emulator.server.http;

import io.importexport.emulator.fixture.ImportExportEmulator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the frameworks refuse before the emulator sees a request (a URI that does not parse, a Host that is no host)
 * is answered as the emulator answers everything: an {@code <ErrorResponse>} on the AWS API, JSON on the control plane;
 * random bytes in the request line and the headers never get a 5xx, Grizzly's HTML page or a stack trace.
 */
class RefusedRequestsIT {
    private static ImportExportEmulator emulator;

    @BeforeContainer
    static void start() throws IOException {
        emulator = ImportExportEmulator.builder().start();
    }

    @AfterContainer
    static void stop() {
        emulator.close();
    }

    @Example
    void aQueryAURICannotCarryIsAMalformedQueryString() throws IOException {
        for (String target : new String[] {"/?x=<y>", "/?x=\"q\"", "/?x=%zz", "/?Action=ListJobs&x=a%"}) {
            String answer = exchange(request("GET", target, "localhost"));
            assertThat(answer).as(target).startsWith("HTTP/1.1 404 ").contains("Content-Type: text/xml", "x-amzn-RequestId: ")
                    .contains("<Code>MalformedQueryString</Code>", "<Type>Sender</Type>");
        }
    }

    @Example
    void aHostThatIsNoHostIsAnInvalidParameter() throws IOException {
        for (String host : new String[] {"[bad", "a b c", "x:y:z"}) {
            assertThat(exchange(request("POST", "/", host))).as(host).startsWith("HTTP/1.1 400 ")
                    .contains("<Code>InvalidParameterException</Code>", "The Host header is not a host name and port");
        }
    }

    @Example
    void theControlPlaneRefusesInJson() throws IOException {
        assertThat(exchange(request("GET", "/_emulator/health?x=<y>", "localhost"))).startsWith("HTTP/1.1 404 ")
                .contains("Content-Type: application/json", "{\"error\":\"MalformedQueryString\"");
        assertThat(exchange(request("GET", "/_emulator/jobs", "[bad"))).startsWith("HTTP/1.1 400 ")
                .contains("{\"error\":\"InvalidParameterException\",\"message\":\"The Host header is not a host name and port\"}");
    }

    @Example
    void aPathAURICannotCarryIsNotFound() throws IOException {
        assertThat(exchange(request("GET", "/%zz", "localhost"))).startsWith("HTTP/1.1 404 ").contains("<Code>NotFound</Code>");
    }

    @Property(tries = 400)
    void randomBytesInTheRequestLineAndHeadersNeverGetAFrameworkPage(@ForAll("requests") byte[] request) throws IOException {
        String answer = exchange(request);
        // Grizzly closes a connection whose bytes are no HTTP request, with an empty 400 or with no answer at all
        if (!answer.isEmpty()) {
            assertThat(answer).startsWith("HTTP/1.1 ");
            // the one 5xx: HTTP's own answer when the request line's last word is no HTTP version (white space in the target)
            String status = answer.substring(9, 12);
            boolean versionRefused = status.equals("505") && !hasHttpVersion(request);
            assertThat(status.startsWith("5") && !versionRefused).as(answer).isFalse();
            assertThat(answer).doesNotContainIgnoringCase("<html").doesNotContain("Grizzly", "java.")
                    .doesNotContainPattern("\\bat [\\w.$]+\\(\\w+\\.java:\\d+\\)");
        }
        assertThat(exchange(request("GET", "/_emulator/health", "localhost"))).as("still serving").startsWith("HTTP/1.1 200 ");
    }

    @Provide
    Arbitrary<byte[]> requests() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(30)
                .map(text -> new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        Arbitrary<String> rawBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(30)
                .map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1));
        Arbitrary<String> text = Arbitraries.oneOf(noise, rawBytes, Arbitraries.strings().ascii().ofMaxLength(30),
                Arbitraries.of("<y>", "\"q\"", "%zz", "[", "]", "{}", "|", "\\", "^", "`", " ", "%", "#", "?", "/", "@", ":"));
        Arbitrary<String> method = Arbitraries.oneOf(Arbitraries.of("GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD"), text);
        Arbitrary<String> path = Arbitraries.of("/", "/_emulator/health", "/_emulator/jobs", "/_emulator/dashboard", "/nowhere");
        Arbitrary<String> target = Combinators.combine(path, text, text).as((where, middle, query) -> where + middle + "?" + query);
        Arbitrary<String> header = Combinators.combine(Arbitraries.oneOf(Arbitraries.of("Host", "Content-Type", "X-Amz-Date", "Authorization"), text), text)
                .as((name, value) -> name + ": " + value + "\r\n");
        return Combinators.combine(method, target, Arbitraries.oneOf(Arbitraries.just("localhost"), text), header.list().ofMaxSize(3))
                .as((verb, where, host, headers) -> (verb + " " + where + " HTTP/1.1\r\nHost: " + host + "\r\n" + String.join("", headers)
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean hasHttpVersion(byte[] request) {
        String line = new String(request, StandardCharsets.ISO_8859_1).split("[\r\n]", 2)[0]; // a bare CR or LF ends it too
        String[] words = line.split("[ \t]", 3); // method, target, and the rest as the version
        return words.length == 3 && words[2].equals("HTTP/1.1");
    }

    private static byte[] request(String method, String target, String host) {
        return (method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends the bytes and reads the answer to the end of the connection (empty when it closes without one). */
    private static String exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer within 10 s, and the connection stayed open", e);
            } catch (IOException reset) {
                // a connection the server reset after answering: what arrived is the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
