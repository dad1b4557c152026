package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;
import java.util.Objects;

@XmlType(propOrder = {"jobs", "truncated"})
public final class ListJobsResult {
    @XmlElementWrapper(name = "Jobs")
    @XmlElement(name = "member")
    private List<JobElement> jobs;
    @XmlElement(name = "IsTruncated")
    private boolean truncated;

    ListJobsResult() {
    }

    /** @param jobs never null: an account without jobs gets an empty {@code <Jobs/>} (service.md §4.3 [choice]) */
    public ListJobsResult(List<JobElement> jobs, boolean truncated) {
        this.jobs = jobs;
        this.truncated = truncated;
    }

    List<JobElement> jobs() {
        return jobs;
    }

    /** The page with no job in it, for its members to be written apart (ListJobsMembers). */
    ListJobsResult withoutJobs() {
        return new ListJobsResult(List.of(), truncated);
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

        /** Equal when written alike: ListJobsMembers keeps what JAXB wrote by this value. */
        @Override
        public boolean equals(Object other) {
            return other instanceof JobElement that && canceled == that.canceled && Objects.equals(jobId, that.jobId)
                    && Objects.equals(creationDate, that.creationDate) && Objects.equals(jobType, that.jobType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, creationDate, canceled, jobType);
        }
    }
}
