package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlType(propOrder = {"shippingLabelUrl", "warning"})
public final class GetShippingLabelResult {
    /** The element that carries the label's URL. */
    public static final String URL_ELEMENT = "ShippingLabelURL";
    @XmlElement(name = URL_ELEMENT)
    private String shippingLabelUrl;
    @XmlElement(name = "Warning")
    private String warning;

    GetShippingLabelResult() {
    }

    /** @param warning null when there is nothing to warn about */
    public GetShippingLabelResult(String shippingLabelUrl, String warning) {
        this.shippingLabelUrl = shippingLabelUrl;
        this.warning = warning;
    }
}
