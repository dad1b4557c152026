package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;
import java.util.Objects;

/**
 * Every member of service.md §4.2; the operation fills in what the job's state implies and null members are left out.
 * Equal when every member is (RenderedStatuses keeps what JAXB wrote by it): not changed once built.
 */
@XmlType(propOrder = {"jobId", "jobType", "locationCode", "locationMessage", "progressCode", "progressMessage", "carrier",
        "trackingNumber", "logBucket", "logKey", "errorCount", "signature", "signatureFileContents", "currentManifest",
        "creationDate", "artifacts", "awsShippingAddress"})
public final class GetStatusResult {
    @XmlElement(name = "JobId")
    public String jobId;
    @XmlElement(name = "JobType")
    public String jobType;
    @XmlElement(name = "LocationCode")
    public String locationCode;
    @XmlElement(name = "LocationMessage")
    public String locationMessage;
    @XmlElement(name = "ProgressCode")
    public String progressCode;
    @XmlElement(name = "ProgressMessage")
    public String progressMessage;
    @XmlElement(name = "Carrier")
    public String carrier;
    @XmlElement(name = "TrackingNumber")
    public String trackingNumber;
    @XmlElement(name = "LogBucket")
    public String logBucket;
    @XmlElement(name = "LogKey")
    public String logKey;
    @XmlElement(name = "ErrorCount")
    public Integer errorCount;
    @XmlElement(name = "Signature")
    public String signature;
    @XmlElement(name = "SignatureFileContents")
    public String signatureFileContents;
    @XmlElement(name = "CurrentManifest")
    public String currentManifest;
    @XmlElement(name = "CreationDate")
    public String creationDate;
    @XmlElementWrapper(name = "ArtifactList")
    @XmlElement(name = "member")
    public List<ArtifactElement> artifacts;
    @XmlElement(name = "AwsShippingAddress")
    public String awsShippingAddress;

    @Override
    public boolean equals(Object other) {
        return other instanceof GetStatusResult that && Objects.equals(jobId, that.jobId) && Objects.equals(jobType, that.jobType)
                && Objects.equals(locationCode, that.locationCode) && Objects.equals(locationMessage, that.locationMessage)
                && Objects.equals(progressCode, that.progressCode) && Objects.equals(progressMessage, that.progressMessage)
                && Objects.equals(carrier, that.carrier) && Objects.equals(trackingNumber, that.trackingNumber)
                && Objects.equals(logBucket, that.logBucket) && Objects.equals(logKey, that.logKey)
                && Objects.equals(errorCount, that.errorCount) && Objects.equals(signature, that.signature)
                && Objects.equals(signatureFileContents, that.signatureFileContents)
                && Objects.equals(currentManifest, that.currentManifest) && Objects.equals(creationDate, that.creationDate)
                && Objects.equals(artifacts, that.artifacts) && Objects.equals(awsShippingAddress, that.awsShippingAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, jobType, locationCode, locationMessage, progressCode, progressMessage, carrier, trackingNumber,
                logBucket, logKey, errorCount, signature, signatureFileContents, currentManifest, creationDate, artifacts,
                awsShippingAddress);
    }
}
