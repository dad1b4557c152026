package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

@XmlType(propOrder = {"jobId", "jobType", "signature", "signatureFileContents", "awsShippingAddress", "warningMessage", "artifacts"})
public final class CreateJobResult {
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

    CreateJobResult() {
    }

    /**
     * @param warningMessage  null when there is nothing to warn about
     * @param artifacts       null or empty when the job has no documents
     * @param shippingAddress the legacy {@code AwsShippingAddress}, outside the model but sent by the live service
     */
    public CreateJobResult(String jobId, String jobType, String signature, String signatureFileContents,
                           String shippingAddress, String warningMessage, List<ArtifactElement> artifacts) {
        this.jobId = jobId;
        this.jobType = jobType;
        this.signature = signature;
        this.signatureFileContents = signatureFileContents;
        this.awsShippingAddress = shippingAddress;
        this.warningMessage = warningMessage;
        this.artifacts = artifacts == null || artifacts.isEmpty() ? null : artifacts;
    }
}
