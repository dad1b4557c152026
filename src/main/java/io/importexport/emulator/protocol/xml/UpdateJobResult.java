package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

@XmlType(propOrder = {"success", "warningMessage", "artifacts"})
public final class UpdateJobResult {
    @XmlElement(name = "Success")
    private boolean success;
    @XmlElement(name = "WarningMessage")
    private String warningMessage;
    @XmlElementWrapper(name = "ArtifactList")
    @XmlElement(name = "member")
    private List<ArtifactElement> artifacts;

    UpdateJobResult() {
    }

    /**
     * @param warningMessage null when there is nothing to warn about
     * @param artifacts      null or empty when the job has no documents
     */
    public UpdateJobResult(boolean success, String warningMessage, List<ArtifactElement> artifacts) {
        this.success = success;
        this.warningMessage = warningMessage;
        this.artifacts = artifacts == null || artifacts.isEmpty() ? null : artifacts;
    }
}
