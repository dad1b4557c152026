package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;
import java.util.Objects;

@XmlType(propOrder = {"jobs", "truncated"})
public final class ListJobsResult {
    /** The page's element names, which RenderedMembers and XmlEnvelopes also find in what JAXB writes. */
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

    /** The page with no job in it, for its members to be written apart (RenderedMembers). */
    ListJobsResult withoutJobs() {
        return new ListJobsResult(List.of(), truncated);
    }

    /** Equal when written alike (EnvelopeFrames keeps a page's envelope by its page without jobs). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ListJobsResult that && truncated == that.truncated && Objects.equals(jobs, that.jobs);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(jobs) * 31 + Boolean.hashCode(truncated);
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

        /** Equal when written alike. */
        @Override
        public boolean equals(Object other) {
            return other instanceof JobElement that && canceled == that.canceled && Objects.equals(jobId, that.jobId)
                    && Objects.equals(creationDate, that.creationDate) && Objects.equals(jobType, that.jobType);
        }

        @Override
        public int hashCode() {
            return ((Objects.hashCode(jobId) * 31 + Objects.hashCode(creationDate)) * 31 + Boolean.hashCode(canceled)) * 31
                    + Objects.hashCode(jobType);
        }
    }
}
