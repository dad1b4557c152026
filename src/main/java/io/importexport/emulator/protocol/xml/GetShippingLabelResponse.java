package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlRootElement(name = "GetShippingLabelResponse")
@XmlType(propOrder = {"result", "responseMetadata"})
public final class GetShippingLabelResponse extends OperationResponse {
    @XmlElement(name = "GetShippingLabelResult")
    private Result result;

    GetShippingLabelResponse() {
    }

    /** @param warning null when there is nothing to warn about */
    public GetShippingLabelResponse(String shippingLabelUrl, String warning) {
        result = new Result();
        result.shippingLabelUrl = shippingLabelUrl;
        result.warning = warning;
    }

    @XmlType(name = "GetShippingLabelResult", propOrder = {"shippingLabelUrl", "warning"})
    static final class Result {
        @XmlElement(name = "ShippingLabelURL")
        private String shippingLabelUrl;
        @XmlElement(name = "Warning")
        private String warning;
    }
}
