package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;

/**
 * {@code <XResponse><XResult>...</XResult><ResponseMetadata><RequestId/></ResponseMetadata></XResponse>}: each
 * operation's envelope extends this and lists {@code responseMetadata} after its result in {@code propOrder}.
 */
@XmlTransient
public abstract class OperationResponse {
    @XmlElement(name = "ResponseMetadata")
    private ResponseMetadata responseMetadata;

    public final OperationResponse withRequestId(String requestId) {
        responseMetadata = new ResponseMetadata(requestId);
        return this;
    }

    static final class ResponseMetadata {
        @XmlElement(name = "RequestId")
        private String requestId;

        ResponseMetadata() {
        }

        ResponseMetadata(String requestId) {
            this.requestId = requestId;
        }
    }
}
