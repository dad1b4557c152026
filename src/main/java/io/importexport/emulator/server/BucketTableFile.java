package io.importexport.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.importexport.emulator.domain.bucket.Bucket;
import io.importexport.emulator.domain.bucket.BucketTable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code --buckets FILE}: {@code {"buckets": [{"name": "my-bucket", "region": "us-east-1", "owner":
 * "111111111111"}]}}, where {@code owner} is the owning account id (in permissive mode, an access key).
 */
public final class BucketTableFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BucketTableFile() {
    }

    public static BucketTable read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read the bucket table " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return parse(root, file.toString());
    }

    /** The table in {@code root}; {@code source} names it in error messages. */
    public static BucketTable parse(JsonNode root, String source) {
        JsonNode entries = root == null ? null : root.get("buckets");
        if (entries == null || !entries.isArray()) {
            throw new IllegalArgumentException(source + ": expected {\"buckets\": [{\"name\": ..., \"region\": ..., \"owner\": ...}]}");
        }
        List<Bucket> buckets = new ArrayList<>();
        for (JsonNode entry : entries) {
            buckets.add(new Bucket(field(entry, "name", source), field(entry, "region", source), field(entry, "owner", source)));
        }
        try {
            return BucketTable.of(buckets);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static String field(JsonNode entry, String name, String source) {
        JsonNode value = entry.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(source + ": every bucket needs a text \"" + name + "\" (" + entry + ")");
        }
        return value.asText();
    }
}
