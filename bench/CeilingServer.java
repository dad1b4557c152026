import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's ceiling: what Jersey on Grizzly with JAXB costs with nothing else done. It decodes the form body
 * and marshals a fixed object, as the emulator does around its own work. Same stack, same jar, same JVM flags.
 * Usage: java -cp target/importexport-emulator.jar bench/CeilingServer.java
 */
public final class CeilingServer {

    @XmlRootElement(name = "CreateJobResponse")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static final class Fixed {
        @XmlElement(name = "JobId")
        String jobId = "7KQ3M";
        @XmlElement(name = "JobType")
        String jobType = "Import";
        @XmlElement(name = "Signature")
        String signature = "lXK2o8FYkrBBZ0F2ZZ/Vj4WsgXg=";
        @XmlElement(name = "RequestId")
        String requestId = "0c2d7a60-9279-11e3-9a3b-8f2b6e1c4d55";
    }

    @Path("/")
    public static final class Endpoint {
        private static final JAXBContext CONTEXT = context();

        private static JAXBContext context() {
            try {
                return JAXBContext.newInstance(Fixed.class);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @POST
        public Response post(InputStream body) throws Exception {
            Map<String, String> form = new HashMap<>();
            for (String pair : new String(body.readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.marshal(new Fixed(), out);
            // BenchStatus=400 answers a client error with the same body, to measure what Grizzly's close after a 400 costs.
            int status = Integer.parseInt(form.getOrDefault("BenchStatus", "200"));
            return Response.status(status).entity(out.toByteArray()).type("text/xml").header("x-amzn-RequestId", form.getOrDefault("Action", "none")).build();
        }
    }

    public static void main(String[] args) throws Exception {
        ResourceConfig resources = new ResourceConfig().register(Endpoint.class).property(ServerProperties.WADL_FEATURE_DISABLE, true);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), resources, false);
        server.getListeners().iterator().next().getKeepAlive().setMaxRequestsCount(-1);
        server.start();
        System.out.println("ceiling listening on http://127.0.0.1:" + server.getListeners().iterator().next().getPort());
        new CountDownLatch(1).await();
    }
}
