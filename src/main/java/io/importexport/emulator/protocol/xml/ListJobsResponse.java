package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

@XmlRootElement(name = "ListJobsResponse")
@XmlType(propOrder = {"result", "responseMetadata"})
public final class ListJobsResponse extends OperationResponse {
    @XmlElement(name = "ListJobsResult")
    private Result result;

    ListJobsResponse() {
    }

    /** @param jobs never null: an account without jobs gets an empty {@code <Jobs/>} (spec §4.3 [P]) */
    public ListJobsResponse(List<JobElement> jobs, boolean truncated) {
        result = new Result();
        result.jobs = jobs;
        result.truncated = truncated;
    }

    @XmlType(name = "ListJobsResult", propOrder = {"jobs", "truncated"})
    static final class Result {
        @XmlElementWrapper(name = "Jobs")
        @XmlElement(name = "member")
        private List<JobElement> jobs;
        @XmlElement(name = "IsTruncated")
        private boolean truncated;
    }

    @XmlType(name = "Job", propOrder = {"jobId", "creationDate", "canceled", "jobType"})
    public static final class JobElement {
        @XmlElement(name = "JobId")
        private String jobId;
        @XmlElement(name = "CreationDate")
        private String creationDate;
        @XmlElement(name = "IsCanceled")
        private boolean canceled;
        @XmlElement(name = "JobType")
        private String jobType;

        JobElement() {
        }

        public JobElement(String jobId, String creationDate, boolean canceled, String jobType) {
            this.jobId = jobId;
            this.creationDate = creationDate;
            this.canceled = canceled;
            this.jobType = jobType;
        }
    }
}
