package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

@XmlRootElement(name = "UpdateJobResponse")
@XmlType(propOrder = {"result", "responseMetadata"})
public final class UpdateJobResponse extends OperationResponse {
    @XmlElement(name = "UpdateJobResult")
    private Result result;

    UpdateJobResponse() {
    }

    /**
     * @param warningMessage null when there is nothing to warn about
     * @param artifacts      null or empty when the job has no documents
     */
    public UpdateJobResponse(boolean success, String warningMessage, List<ArtifactElement> artifacts) {
        result = new Result();
        result.success = success;
        result.warningMessage = warningMessage;
        result.artifacts = artifacts == null || artifacts.isEmpty() ? null : artifacts;
    }

    @XmlType(name = "UpdateJobResult", propOrder = {"success", "warningMessage", "artifacts"})
    static final class Result {
        @XmlElement(name = "Success")
        private boolean success;
        @XmlElement(name = "WarningMessage")
        private String warningMessage;
        @XmlElementWrapper(name = "ArtifactList")
        @XmlElement(name = "member")
        private List<ArtifactElement> artifacts;
    }
}
