package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** Every member of service.md §4.2; the operation fills in what the job's state implies and null members are left out. */
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
}
