package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

@XmlRootElement(name = "CreateJobResponse")
@XmlType(propOrder = {"result", "responseMetadata"})
public final class CreateJobResponse extends OperationResponse {
    @XmlElement(name = "CreateJobResult")
    private Result result;

    CreateJobResponse() {
    }

    /**
     * @param warningMessage   null when there is nothing to warn about
     * @param artifacts        null or empty when the job has no documents
     * @param shippingAddress  the legacy {@code AwsShippingAddress}, outside the model but sent by the live service
     */
    public CreateJobResponse(String jobId, String jobType, String signature, String signatureFileContents,
                             String shippingAddress, String warningMessage, List<ArtifactElement> artifacts) {
        result = new Result();
        result.jobId = jobId;
        result.jobType = jobType;
        result.signature = signature;
        result.signatureFileContents = signatureFileContents;
        result.awsShippingAddress = shippingAddress;
        result.warningMessage = warningMessage;
        result.artifacts = artifacts == null || artifacts.isEmpty() ? null : artifacts;
    }

    @XmlType(name = "CreateJobResult", propOrder = {"jobId", "jobType", "signature", "signatureFileContents",
            "awsShippingAddress", "warningMessage", "artifacts"})
    static final class Result {
        @XmlElement(name = "JobId")
        private String jobId;
        @XmlElement(name = "JobType")
        private String jobType;
        @XmlElement(name = "Signature")
        private String signature;
        @XmlElement(name = "SignatureFileContents")
        private String signatureFileContents;
        @XmlElement(name = "AwsShippingAddress")
        private String awsShippingAddress;
        @XmlElement(name = "WarningMessage")
        private String warningMessage;
        @XmlElementWrapper(name = "ArtifactList")
        @XmlElement(name = "member")
        private List<ArtifactElement> artifacts;
    }
}
