package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlType
public final class CancelJobResult {
    @XmlElement(name = "Success")
    private boolean success;

    CancelJobResult() {
    }

    public CancelJobResult(boolean success) {
        this.success = success;
    }
}
