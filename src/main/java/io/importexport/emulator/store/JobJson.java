package io.importexport.emulator.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.importexport.emulator.domain.job.Job;
import io.importexport.emulator.domain.job.ShippingLabel;

/**
 * Jobs and labels as the text a durable store keeps: JSON of the records, instants as ISO 8601. Reading is lenient
 * so that rows of older and newer releases load: unknown fields are skipped, missing ones take their record's
 * default. A job's revision is not in the text but in its own column.
 */
final class JobJson {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Job.class, WithoutRevision.class);

    @JsonIgnoreProperties("revision")
    private interface WithoutRevision {
    }

    private JobJson() {
    }

    static String write(Object jobOrLabel) {
        try {
            return JSON.writeValueAsString(jobOrLabel);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("jobs and labels are always serializable", e);
        }
    }

    static Job readJob(String json, long revision) {
        return read(json, Job.class).withRevision(revision);
    }

    static ShippingLabel readLabel(String json) {
        return read(json, ShippingLabel.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
