package io.importexport.emulator.protocol;

import io.importexport.emulator.fixture.ImportExportEmulator;
import io.importexport.emulator.testing.Manifests;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

import static io.importexport.emulator.config.EmulatorOptions.*;

/**
 * Random and mutated Query bodies and manifests through the whole HTTP stack: whatever comes in, the answer is a
 * success or a modeled error, as XML, never a 5xx, and comes back in time.
 */
class RandomInputPropertiesIT {
    private static final Set<String> ROOTS = Set.of("ErrorResponse", "CreateJobResponse", "GetStatusResponse", "ListJobsResponse",
            "UpdateJobResponse", "CancelJobResponse", "GetShippingLabelResponse");
    private static final List<String> ACTIONS = List.of("CreateJob", "GetStatus", "ListJobs", "UpdateJob", "CancelJob", "GetShippingLabel");
    private static ImportExportEmulator emulator;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeContainer
    static void start() throws Exception {
        emulator = ImportExportEmulator.builder().start();
    }

    @AfterContainer
    static void stop() {
        emulator.close();
    }

    @Property(tries = 1000)
    void anyBodyGetsAModeledAnswer(@ForAll("bodies") byte[] body) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isLessThan(500);
        String root = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body())).getDocumentElement().getTagName();
        assertThat(root).isIn(ROOTS);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(50), Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of("true", "false", "Import", "Export", "ABCDE", "%", "%G0", "%C3", "2010-06-01", ""));
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("Action", "JobType", "Manifest", "ValidateOnly", "JobId", "MaxJobs",
                "Marker", "APIVersion", "Version", "jobIds.member.1", "name", "AWSAccessKeyId", "ManifestAddendum"), Arbitraries.strings().ofMaxLength(10));
        Arbitrary<String> pairs = Combinators.combine(names, values).as((name, value) -> name + "=" + value).list().ofMaxSize(8)
                .map(list -> String.join("&", list));
        Arbitrary<String> queries = Combinators.combine(Arbitraries.of(ACTIONS), pairs, mutatedManifests())
                .as((action, rest, manifest) -> "Action=" + action + "&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&JobType=Import&Manifest="
                        + URLEncoder.encode(manifest, StandardCharsets.UTF_8) + "&" + rest);
        return Arbitraries.oneOf(noise, queries.map(query -> query.getBytes(StandardCharsets.UTF_8)),
                pairs.map(query -> query.getBytes(StandardCharsets.UTF_8)));
    }

    /** A valid manifest with a slice cut out, a run of random text put in, or both. */
    private static Arbitrary<String> mutatedManifests() {
        String manifest = Manifests.s3Import();
        return Combinators.combine(Arbitraries.integers().between(0, manifest.length()), Arbitraries.integers().between(0, 40),
                Arbitraries.strings().all().ofMaxLength(30))
                .as((at, cut, insert) -> manifest.substring(0, at) + insert + manifest.substring(Math.min(manifest.length(), at + cut)));
    }
}
