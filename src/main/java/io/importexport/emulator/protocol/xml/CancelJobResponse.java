package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlRootElement(name = "CancelJobResponse")
@XmlType(propOrder = {"result", "responseMetadata"})
public final class CancelJobResponse extends OperationResponse {
    @XmlElement(name = "CancelJobResult")
    private Result result;

    CancelJobResponse() {
    }

    public CancelJobResponse(boolean success) {
        result = new Result();
        result.success = success;
    }

    @XmlType(name = "CancelJobResult")
    static final class Result {
        @XmlElement(name = "Success")
        private boolean success;
    }
}
