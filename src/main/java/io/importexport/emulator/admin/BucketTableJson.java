package io.importexport.emulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.importexport.emulator.domain.bucket.Bucket;
import io.importexport.emulator.domain.bucket.BucketTable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bucket table as JSON, for {@code --buckets FILE} and {@code /_emulator/buckets}:
 * {@code {"buckets": [{"name": "my-bucket", "region": "us-east-1", "owner": "111111111111"}]}}, where
 * {@code owner} is the owning account id (in permissive mode, an access key).
 */
public final class BucketTableJson {
    private BucketTableJson() {
    }

    public static BucketTable read(Path file) throws IOException {
        return parse(AdminJson.read(file, "bucket table"), file.toString());
    }

    /** The table in a request body; {@code IllegalArgumentException} says what is wrong with it. */
    public static BucketTable parse(byte[] json) {
        return parse(AdminJson.read(json, "bucket table"), "bucket table");
    }

    /** The table as a JSON-ready map; {@code "declared": false} when every bucket exists. */
    public static Map<String, Object> describe(BucketTable table) {
        List<Map<String, String>> buckets = new ArrayList<>();
        for (Bucket bucket : table.buckets()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", bucket.name());
            entry.put("region", bucket.region());
            entry.put("owner", bucket.ownerAccountId());
            buckets.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("declared", table.isDeclared());
        body.put("buckets", buckets);
        return body;
    }

    /** {@code "declared": false}, as {@link #describe} writes it, stands for "every bucket exists". */
    static BucketTable parse(JsonNode root, String source) {
        if (root != null && root.has("declared") && !root.get("declared").asBoolean()) {
            return BucketTable.everyBucketExists();
        }
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
