package io.importexport.emulator.protocol;

import io.importexport.emulator.fixture.junit5.ImportExportEmulatorExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.importexport.emulator.testing.Manifests;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static io.importexport.emulator.config.EmulatorOptions.*;

/** The Query protocol over real HTTP: dispatch, decoding, envelopes, and every way a request can be bad. */
class QueryProtocolIT {
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final int MAX_BODY = 512 * 1024;
    @RegisterExtension
    static final ImportExportEmulatorExtension emulator = ImportExportEmulatorExtension.builder()
            .configure(options -> options.with(MAX_BODY_SIZE, MAX_BODY))
            .resetBeforeEach(false).build();


    private static RequestSpecification api() {
        return RestAssured.given().baseUri(emulator.endpoint()).urlEncodingEnabled(false);
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> createJob(String manifest) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", "CreateJob");
        parameters.put("Version", "2010-06-01");
        parameters.put("JobType", "Import");
        parameters.put("Manifest", manifest);
        parameters.put("ValidateOnly", "false");
        parameters.put("AWSAccessKeyId", Manifests.ACCESS_KEY);
        return parameters;
    }

    private static ValidatableResponse post(String body) {
        return api().contentType(FORM).body(body).post("/").then();
    }

    /** Sends the bytes as they are: REST Assured would otherwise re-encode a form body. */
    private static ValidatableResponse postBytes(byte[] body) {
        return api().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)))
                .contentType(FORM).body(body).post("/").then();
    }

    private static void assertError(ValidatableResponse response, int status, String code, String mentions) {
        response.statusCode(status)
                .contentType(startsWith("text/xml"))
                .header("x-amzn-RequestId", matchesPattern("[0-9a-f-]{36}"))
                .body("ErrorResponse.Error.Type", equalTo(status >= 500 ? "Receiver" : "Sender"))
                .body("ErrorResponse.Error.Code", equalTo(code))
                .body("ErrorResponse.Error.Message", containsString(mentions))
                .body(not(containsString("Exception:")))
                .body(not(containsString("\tat ")));
        String headerId = response.extract().header("x-amzn-RequestId");
        response.body("ErrorResponse.RequestId", equalTo(headerId));
    }

    @Test
    void createJobAnswersWithTheResultAndOneRequestIdInBodyAndHeader() {
        ValidatableResponse response = post(form(createJob(Manifests.s3Import()))).statusCode(200)
                .contentType(startsWith("text/xml"))
                .body(startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><CreateJobResponse xmlns=\"http://importexport.amazonaws.com/doc/2010-06-01/\"><CreateJobResult>"))
                .body("CreateJobResponse.CreateJobResult.JobId", matchesPattern("[1-9A-NP-Z]{5}"))
                .body("CreateJobResponse.CreateJobResult.JobType", equalTo("Import"))
                .body("CreateJobResponse.CreateJobResult.Signature", matchesPattern("[A-Za-z0-9+/]{27}="))
                .body("CreateJobResponse.CreateJobResult.WarningMessage", equalTo("**** Device will be erased before being returned. ****"));
        String jobId = response.extract().xmlPath().getString("CreateJobResponse.CreateJobResult.JobId");
        String signature = response.extract().xmlPath().getString("CreateJobResponse.CreateJobResult.Signature");
        response.body("CreateJobResponse.CreateJobResult.SignatureFileContents",
                equalTo("version:2.0\nsigningMethod:HmacSHA1\njobId:" + jobId + "\nsignature:" + signature + "\n"));
        response.body("CreateJobResponse.ResponseMetadata.RequestId", equalTo(response.extract().header("x-amzn-RequestId")));
    }

    @Test
    void acceptsEveryWayOfNamingTheOperation() {
        Map<String, String> parameters = createJob(Manifests.s3Import());
        String query = form(parameters);
        api().get("/?" + query).then().statusCode(200).body("CreateJobResponse.CreateJobResult.JobType", equalTo("Import"));
        parameters.remove("Action");
        api().contentType(FORM).body(form(parameters)).post("/?Operation=CreateJob").then().statusCode(200);
        parameters.put("Operation", "CreateJob");
        post(form(parameters)).statusCode(200);
    }

    @Test
    void bodyAndQueryStringMergeAndTheBodyWins() {
        Map<String, String> body = createJob(Manifests.s3Import());
        api().contentType(FORM).body(form(body)).post("/?Action=GetNothing&JobType=Export").then().statusCode(200)
                .body("CreateJobResponse.CreateJobResult.JobType", equalTo("Import"));
        body.remove("JobType");
        api().contentType(FORM).body(form(body)).post("/?JobType=Export").then().statusCode(400)
                .body("ErrorResponse.Error.Code", equalTo("MissingManifestFieldException")) // an import manifest as Export
                .body("ErrorResponse.Error.Message", containsString("fileSystem"));
    }

    @Test
    void anUnknownOperationIsInvalidActionAndNoneIsMissingAction() {
        assertError(post("Action=DeleteEverything&AWSAccessKeyId=AKIA"), 400, "InvalidAction", "DeleteEverything");
        assertError(post("AWSAccessKeyId=AKIA"), 400, "MissingAction", "names no operation");
        assertError(api().get("/").then(), 400, "MissingAction", "names no operation");
    }

    @Test
    void anUnsignedRequestIsMissingAuthentication() {
        Map<String, String> parameters = createJob(Manifests.s3Import());
        parameters.remove("AWSAccessKeyId");
        assertError(post(form(parameters)), 403, "MissingAuthenticationToken", "Authentication Token");
    }

    @Test
    void aKeyWithCharactersNoAccessKeyHasIsInvalid() {
        Map<String, String> parameters = createJob(Manifests.s3Import());
        parameters.put("AWSAccessKeyId", Manifests.ACCESS_KEY + "\"");
        assertError(post(form(parameters)), 400, "InvalidAccessKeyIdException", "is not valid");
    }

    @Test
    void theCallerKeyComesFromASigV4Header() {
        Map<String, String> parameters = createJob(Manifests.s3Import());
        parameters.remove("AWSAccessKeyId");
        api().contentType(FORM).header("Authorization", "AWS4-HMAC-SHA256 Credential=" + Manifests.ACCESS_KEY
                        + "/20261129/eu-west-1/IngestionService/aws4_request, SignedHeaders=host, Signature=00")
                .body(form(parameters)).post("/").then().statusCode(200);
    }

    @Test
    void anUnknownVersionHasNoSuchActionAndAnInvalidClientToolVersionIsInvalidVersion() {
        Map<String, String> parameters = createJob(Manifests.s3Import());
        parameters.put("Version", "2011-01-01");
        assertError(post(form(parameters)), 400, "InvalidAction", "Could not find operation CreateJob for version 2011-01-01");
        parameters.put("Version", "2010-06-03");
        parameters.put("APIVersion", "banana");
        assertError(post(form(parameters)), 400, "InvalidVersionException", "banana");
        parameters.put("APIVersion", "2.0");
        post(form(parameters)).statusCode(200);
        parameters.put("APIVersion", "2012-01-14");
        post(form(parameters)).statusCode(200);
    }

    @Test
    void requiredParametersAreCheckedInSpecOrder() {
        Map<String, String> parameters = createJob("");
        parameters.remove("JobType");
        assertError(post(form(parameters)), 400, "MissingParameterException", "Manifest must be specified");
        parameters.put("Manifest", Manifests.s3Import());
        assertError(post(form(parameters)), 400, "MissingParameterException", "JobType must be specified");
        parameters.put("JobType", "Sideways");
        assertError(post(form(parameters)), 400, "InvalidParameterException", "Sideways");
        parameters.put("JobType", "import");
        parameters.put("ValidateOnly", "yes");
        assertError(post(form(parameters)), 400, "InvalidParameterException", "ValidateOnly");
        parameters.put("ValidateOnly", "true");
        post(form(parameters)).statusCode(200)
                .body("CreateJobResponse.CreateJobResult.JobId", matchesPattern("[1-9A-NP-Z]{5}-VALIDATE-ONLY"))
                .body("CreateJobResponse.CreateJobResult.JobType", equalTo("Import"));
    }

    @Test
    void malformedEncodingIsAMalformedQueryString() {
        assertError(post("Action=CreateJob&AWSAccessKeyId=AKIA&JobType=%ZZ"), 404, "MalformedQueryString", "percent-escape");
        byte[] latin1 = "Action=CreateJob&AWSAccessKeyId=AKIA&JobType=\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertError(postBytes(latin1), 404, "MalformedQueryString", "not valid UTF-8");
        assertError(post("Action=CreateJob&AWSAccessKeyId=AKIA&JobType=%C3"), 404, "MalformedQueryString", "not valid UTF-8");
        assertError(post("Action=CreateJob&Action=CreateJob&AWSAccessKeyId=AKIA"), 400, "InvalidParameterException", "more than once");
    }

    @Test
    void charactersXmlCannotCarryAreRefused() {
        Map<String, String> parameters = createJob(Manifests.s3Import());
        parameters.put("JobType", "Import\u0001");
        assertError(post(form(parameters)), 400, "InvalidParameterException", "U+0001");
        parameters.put("JobType", "Import");
        parameters.put("Manifest", Manifests.s3Import().replace("WD-", "WD-\u0008"));
        assertError(post(form(parameters)), 400, "MalformedManifestException", "U+0008");
    }

    @Test
    void nonAsciiTextSurvivesTheRoundTrip() {
        String manifest = Manifests.s3Import().replace("Maria Garcia", "Zoë Müller-Łukasiewicz").replace("Springfield", "東京 ✓");
        post(form(createJob(manifest))).statusCode(200);
    }

    @Test
    @Timeout(10)
    void hostileYamlIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + (char) (level - 1)))).append("]\n");
        }
        assertError(post(form(createJob(bomb.toString()))), 400, "MalformedManifestException", "not well-formed");
        assertError(post(form(createJob("a: " + "[".repeat(10_000) + "]".repeat(10_000)))), 400, "MalformedManifestException", "not well-formed");
        post(form(createJob(Manifests.s3Import()))).statusCode(200);
    }

    @Test
    void aManifestOverTheLimitIsRefused() {
        String huge = Manifests.s3Import() + "generator: " + "x".repeat(256 * 1024) + "\n";
        assertError(post(form(createJob(huge))), 400, "InvalidParameterException", "262144 bytes");
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndTheServerKeepsServing() throws Exception {
        byte[] huge = ("Action=CreateJob&AWSAccessKeyId=AKIA&Manifest=" + "x".repeat(MAX_BODY)).getBytes(StandardCharsets.US_ASCII);
        assertError(postBytes(huge), 400, "InvalidParameterException", "larger than the limit of " + MAX_BODY);
        // without a Content-Length (chunked), the limit holds while reading
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(400);
        assertThat(chunked.body()).contains("<Code>InvalidParameterException</Code>", "larger than the limit");
        post(form(createJob(Manifests.s3Import()))).statusCode(200);
    }

    @Test
    void theFrameworksOwnErrorsAreErrorResponses() {
        assertError(api().get("/no/such/path").then(), 404, "NotFound", "/no/such/path");
        assertError(api().put("/").then(), 405, "MethodNotAllowed", "not allowed");
        assertError(api().delete("/").then(), 405, "MethodNotAllowed", "not allowed");
    }

    @Test
    void documentUrlsPointAtTheAddressTheClientUsed() {
        post(form(createJob(Manifests.ebsImport()))).statusCode(200)
                .body("CreateJobResponse.CreateJobResult.ArtifactList.member.Description", equalTo("SignaturePDF"))
                .body("CreateJobResponse.CreateJobResult.ArtifactList.member.URL", startsWith(emulator.endpoint() + "/_emulator/artifacts/"));
    }

    @Test
    void headAndOptionsAnswer405AndRunNoOperation() {
        int before = emulator.admin().requests().size();
        api().head("/?Action=CreateJob&JobType=Import&AWSAccessKeyId=" + Manifests.ACCESS_KEY).then().statusCode(405)
                .header("Allow", org.hamcrest.Matchers.containsString("POST"));
        api().options("/").then().statusCode(405).contentType("text/xml").body("ErrorResponse.Error.Code", equalTo("MethodNotAllowed"));
        assertThat(emulator.admin().requests()).as("no AWS API request was run").hasSize(before);
    }

    @Test
    void aUtf8AccessKeyInASigV4HeaderIsEchoedAsSent() throws IOException {
        byte[] request = ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + FORM + "\r\nConnection: close\r\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=\u043a\u043b\u044e\u0447/20260101/us-east-1/importexport/aws4_request, "
                + "SignedHeaders=host, Signature=ab\r\nX-Amz-Date: 20260101T000000Z\r\nContent-Length: 15\r\n\r\nAction=ListJobs")
                .getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("InvalidAccessKeyIdException",
                    "The AWS access key id \u043a\u043b\u044e\u0447 is not valid");
        }
    }
}
