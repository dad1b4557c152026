package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

@XmlType(propOrder = {"jobs", "truncated"})
public final class ListJobsResult {
    /** The page's element names, which ListJobsMembers also finds in what JAXB writes. */
    static final String JOBS = "Jobs";
    static final String MEMBER = "member";

    @XmlElementWrapper(name = JOBS)
    @XmlElement(name = MEMBER)
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

    /**
     * One listed job. Its creation date is kept as an instant and written as text only when JAXB writes the member: a
     * page whose members ListJobsMembers kept formats no date. Equal when written alike (ListJobsMembers keeps what JAXB
     * wrote by this value).
     */
    @XmlType(name = "Job", propOrder = {"jobId", "creationDate", "canceled", "jobType"})
    @XmlAccessorType(XmlAccessType.NONE)
    public static final class JobElement {
        @XmlElement(name = "JobId")
        private String jobId;
        private Instant created;
        @XmlElement(name = "IsCanceled")
        private boolean canceled;
        @XmlElement(name = "JobType")
        private String jobType;

        JobElement() {
        }

        public JobElement(String jobId, Instant created, boolean canceled, String jobType) {
            this.jobId = jobId;
            this.created = created;
            this.canceled = canceled;
            this.jobType = jobType;
        }

        @XmlElement(name = "CreationDate")
        String getCreationDate() {
            return Timestamps.format(created);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof JobElement that && canceled == that.canceled && Objects.equals(jobId, that.jobId)
                    && Objects.equals(created, that.created) && Objects.equals(jobType, that.jobType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, created, canceled, jobType);
        }
    }
}
