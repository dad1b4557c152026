package io.importexport.emulator.server;

import io.importexport.emulator.domain.IdGenerator;
import io.importexport.emulator.protocol.xml.XmlBody;
import io.importexport.emulator.protocol.xml.XmlBodyWriter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.process.Inflector;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An envelope is serialized as Jersey writes the response, after the dispatcher has answered: one that cannot be
 * (a bug of the emulator's) fails before a byte is sent, and is answered as InternalFailure like any other failure.
 */
class XmlBodyFailureTest {
    private static final URI ROOT = URI.create("http://127.0.0.1/");

    @Test
    void anEnvelopeThatCannotBeWrittenIsAnsweredAsInternalFailure() throws Exception {
        Resource.Builder resource = Resource.builder("/");
        resource.addMethod("POST").handledBy(new AnswersWhatIsNoEnvelope());
        ApplicationHandler server = new ApplicationHandler(new ResourceConfig().registerResources(resource.build())
                .register(new FrameworkErrorMapper(IdGenerator.seeded(1))).register(new SizedResponses()).register(new XmlBodyWriter()));
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        Logger logger = Logger.getLogger(FrameworkErrorMapper.class.getName());
        Level level = logger.getLevel();
        logger.setLevel(Level.OFF); // the failure is logged for the operator; keep the test output clean
        ContainerResponse response;
        try {
            response = server.apply(new ContainerRequest(ROOT, ROOT, "POST", ANONYMOUS, new MapPropertiesDelegate(),
                    server.getConfiguration()), sent).get();
        } finally {
            logger.setLevel(level);
        }
        String body = sent.toString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body).startsWith("<?xml").contains("<Type>Receiver</Type><Code>InternalFailure</Code>")
                .doesNotContain("secret detail", "StringBuilder", "Exception");
        assertThat(response.getHeaderString("Content-Length")).isEqualTo(String.valueOf(sent.size()));
    }

    /** A class, not a lambda: Jersey reads the inflector's type arguments from its class. */
    private static final class AnswersWhatIsNoEnvelope implements Inflector<ContainerRequestContext, Response> {
        @Override
        public Response apply(ContainerRequestContext request) {
            return Response.ok(new XmlBody(new StringBuilder("secret detail"))).type("text/xml").build();
        }
    }

    private static final SecurityContext ANONYMOUS = new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    };
}
