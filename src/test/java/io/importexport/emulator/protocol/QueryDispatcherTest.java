package io.importexport.emulator.protocol;

import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.domain.account.Credentials;
import io.importexport.emulator.domain.bucket.BucketTable;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.JobLifecycle;
import io.importexport.emulator.domain.job.DocumentLinks;
import io.importexport.emulator.domain.job.JobService;
import io.importexport.emulator.domain.job.JobStore;
import io.importexport.emulator.domain.traffic.RecentRequests;
import io.importexport.emulator.testing.JobServices;
import io.importexport.emulator.domain.job.JobSettings;
import io.importexport.emulator.domain.manifest.ManifestValidator;
import io.importexport.emulator.domain.account.AuthMode;
import io.importexport.emulator.protocol.auth.Authenticator;
import io.importexport.emulator.domain.fault.FaultInjector;
import io.importexport.emulator.protocol.operation.OperationTable;
import io.importexport.emulator.protocol.query.IncomingRequest;
import io.importexport.emulator.testing.Manifests;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class QueryDispatcherTest {

    /** A store that fails as a bug would: the client must still get an ErrorResponse and no trace of the bug. */
    private static JobStore brokenStore() {
        return (JobStore) Proxy.newProxyInstance(JobStore.class.getClassLoader(), new Class<?>[] {JobStore.class}, (proxy, method, args) -> {
            throw new IllegalStateException("secret internal detail");
        });
    }

    @Test
    void anUnexpectedFailureIsAnInternalFailureWithoutDetails() {
        IdGenerator ids = IdGenerator.seeded(3);
        JobService jobs = JobServices.over(brokenStore(), Clock.systemUTC(), 3, BucketTable.everyBucketExists(), 0);
        OperationTable operations = new OperationTable(jobs);
        QueryDispatcher dispatcher = new QueryDispatcher(operations,
                new Authenticator(AuthMode.permissive, Credentials.none(), Clock.systemUTC(), Duration.ofMinutes(15)), ids, 1 << 20, new DocumentLinks(null, null), null,
                new FaultInjector(1, operations.names()), new RequestLog(null, line -> { }, new RecentRequests(), Clock.systemUTC()));
        byte[] body = ("Action=CreateJob&JobType=Import&AWSAccessKeyId=" + Manifests.ACCESS_KEY + "&Manifest="
                + URLEncoder.encode(Manifests.s3Import(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        Logger logger = Logger.getLogger(QueryDispatcher.class.getName());
        Level level = logger.getLevel();
        logger.setLevel(Level.OFF); // the failure is logged for the operator; keep the test output clean
        Response response;
        try {
            response = dispatcher.dispatch(new IncomingRequest("POST", "http://127.0.0.1:1", "/", Map.of(), null,
                    new ByteArrayInputStream(body), body.length));
        } finally {
            logger.setLevel(level);
        }
        String xml = new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(xml).contains("<Type>Receiver</Type><Code>InternalFailure</Code>")
                .doesNotContain("secret internal detail", "IllegalStateException", "at io.");
        assertThat(xml).contains("<RequestId>" + response.getHeaderString(QueryDispatcher.REQUEST_ID_HEADER) + "</RequestId>");
    }
}
