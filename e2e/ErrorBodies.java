import io.importexport.emulator.domain.error.ErrorCode;
import io.importexport.emulator.protocol.xml.ErrorResponse;
import io.importexport.emulator.protocol.xml.XmlEnvelopes;

import java.util.Base64;

/**
 * Prints the ErrorResponse the emulator serializes for every error code, one per line as
 * {@code <status> <code> <base64 body>}, for e2e/botocore_parsing.py. The message carries characters that need
 * escaping, so that the parser also sees what escaping produces.
 * Usage: java -cp target/importexport-emulator.jar e2e/ErrorBodies.java
 */
public final class ErrorBodies {
    public static void main(String[] args) {
        for (ErrorCode code : ErrorCode.values()) {
            byte[] body = XmlEnvelopes.toBytes(new ErrorResponse(code.faultType(), code.name(),
                    "A <" + code.name() + "> & \"its\" message for Zoë", "a9f3c2b1-9314-11e3-8d7e-6f5e4d3c2b1a"));
            System.out.println(code.httpStatus() + " " + code.name() + " "
                    + Base64.getEncoder().encodeToString(body));
        }
    }
}
