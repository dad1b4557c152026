package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>} (service.md §5.1): the
 * request id sits directly under the root here, not in {@code ResponseMetadata}.
 */
@XmlRootElement(name = "ErrorResponse")
@XmlType(propOrder = {"error", "requestId"})
public final class ErrorResponse {
    @XmlElement(name = "Error")
    private Detail error;
    @XmlElement(name = "RequestId")
    private String requestId;

    ErrorResponse() {
    }

    public ErrorResponse(String type, String code, String message, String requestId) {
        this.error = new Detail(type, code, message);
        this.requestId = requestId;
    }

    @XmlType(name = "Error", propOrder = {"type", "code", "message"})
    static final class Detail {
        @XmlElement(name = "Type")
        private String type;
        @XmlElement(name = "Code")
        private String code;
        @XmlElement(name = "Message")
        private String message;

        Detail() {
        }

        Detail(String type, String code, String message) {
            this.type = type;
            this.code = code;
            this.message = message;
        }
    }
}
