package io.importexport.bench;

import io.importexport.emulator.domain.Caller;
import io.importexport.emulator.domain.bucket.Bucket;
import io.importexport.emulator.domain.manifest.JobType;
import io.importexport.emulator.domain.manifest.ManifestParser;
import io.importexport.emulator.domain.manifest.ManifestSection;
import io.importexport.emulator.domain.manifest.ManifestValidator;
import io.importexport.emulator.domain.manifest.ValidatedManifest;
import io.importexport.emulator.protocol.query.FormDecoder;
import io.importexport.emulator.protocol.xml.GetStatusResult;
import io.importexport.emulator.protocol.xml.ListJobsMembers;
import io.importexport.emulator.protocol.xml.ListJobsResult;
import io.importexport.emulator.protocol.xml.ListJobsResult.JobElement;
import io.importexport.emulator.protocol.xml.QueryResponse;
import io.importexport.emulator.protocol.xml.XmlEnvelopes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The three steps every CreateJob and GetStatus goes through, apart from HTTP: decoding the form body, parsing
 * and validating the manifest (as documented, read by the plain reader; and with one quoted value, read by
 * SnakeYAML), and serializing a response envelope (GetStatus, and a ListJobs page of 100, listed again and listed for
 * the first time: the members of a page are written once and then copied, ListJobsMembers). The load benchmark
 * (bench/run.py) says how fast the whole server is; these say which step to look at when it gets slower.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmarks {
    static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String REQUEST_ID = "8d2a9c3b-1f0e-4d5a-9b7c-6e5f4d3c2b1a";
    static final Instant CREATED = Instant.parse("2026-11-29T12:00:00Z");
    static final String MANIFEST = """
            manifestVersion: 2.0
            accessKeyId: AKIAIOSFODNN7EXAMPLE
            deviceId: ABCDE
            eraseDevice: yes
            bucket: my-import-bucket
            notificationEmail: jane@example.com;ops@example.com
            returnAddress:
                name: Jane Doe
                company: Example Corp
                street1: 123 Any Street
                city: Anytown
                stateOrProvince: WA
                postalCode: 91011
                phoneNumber: 206-555-1111
                country: USA
            """;

    /** The same manifest with one quoted value, which takes the SnakeYAML path instead of the plain reader. */
    static final String QUOTED_MANIFEST = MANIFEST.replace("name: Jane Doe", "name: \"Jane Doe\"");

    private final byte[] createJobForm = ("Action=CreateJob&Version=2010-06-01&JobType=Import&ValidateOnly=false&Manifest="
            + URLEncoder.encode(MANIFEST, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    private final ManifestParser parser = new ManifestParser();
    private final ManifestValidator validator = new ManifestValidator(
            (name, account) -> Optional.of(new Bucket(name, "us-east-1", account)));
    private final Caller caller = Caller.ownAccount(ACCESS_KEY);
    private final GetStatusResult status = getStatusResult();
    private final ListJobsResult page = new ListJobsResult(IntStream.range(0, 100)
            .mapToObj(index -> new JobElement("J%04d".formatted(index), CREATED.plusMillis(index), index % 7 == 0,
                    index % 3 == 0 ? "Export" : "Import"))
            .toList(), true);

    private static GetStatusResult getStatusResult() {
        GetStatusResult result = new GetStatusResult();
        result.jobId = "ABCDE";
        result.jobType = "Import";
        result.locationCode = "SEA";
        result.locationMessage = "AWS has not received your device.";
        result.progressCode = "Pending";
        result.progressMessage = "The specified job has not started.";
        result.signature = "vgG1ccfQW4Jiv3ZOl1ZvFRXXaUM=";
        result.signatureFileContents = "version:2.0\nsigningMethod:HmacSHA1\njobId:ABCDE\nsignature:vgG1ccfQW4Jiv3ZOl1ZvFRXXaUM=\n";
        result.currentManifest = MANIFEST;
        result.creationDate = "2026-11-29T12:00:00Z";
        result.errorCount = 0;
        return result;
    }

    @Benchmark
    public Map<String, String> decodeCreateJobForm() {
        return FormDecoder.decode(createJobForm, "request body");
    }

    @Benchmark
    public ValidatedManifest parseAndValidateManifest() {
        ManifestSection section = parser.parse(MANIFEST);
        return validator.validate(JobType.Import, section, caller);
    }

    @Benchmark
    public ValidatedManifest parseAndValidateQuotedManifest() {
        ManifestSection section = parser.parse(QUOTED_MANIFEST);
        return validator.validate(JobType.Import, section, caller);
    }

    private final ListJobsMembers members = new ListJobsMembers();

    @Benchmark
    public byte[] serializeGetStatusResponse() {
        return XmlEnvelopes.toBytes(QueryResponse.of("GetStatus", status, REQUEST_ID));
    }

    /** The same page again and again: its members' bytes are kept, JAXB writes the envelope around them. */
    @Benchmark
    public byte[] serializeListJobsPage() {
        return members.toBytes("ListJobs", page, REQUEST_ID);
    }

    private long jobsListed;

    /** A page of 100 jobs never listed before: JAXB writes each member (building the page's members is counted too). */
    @Benchmark
    public byte[] serializeListJobsPageOfNewJobs() {
        long first = jobsListed;
        jobsListed += 100;
        ListJobsResult newJobs = new ListJobsResult(LongStream.range(first, first + 100)
                .mapToObj(index -> new JobElement("N" + index, CREATED, false, "Import")).toList(), true);
        return members.toBytes("ListJobs", newJobs, REQUEST_ID);
    }
}
