package io.importexport.emulator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.importexport.emulator.domain.job.Job;

/** A job as the text a durable store keeps: JSON of the record, every field, instants as ISO 8601. */
final class JobJson {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JobJson() {
    }

    static String write(Job job) {
        try {
            return JSON.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job is always serializable", e);
        }
    }

    static Job read(String json) {
        try {
            return JSON.readValue(json, Job.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored job cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
