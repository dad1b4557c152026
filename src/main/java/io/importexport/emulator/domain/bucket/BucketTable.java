package io.importexport.emulator.domain.bucket;

import io.importexport.emulator.domain.location.Facility;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bucket resolution. Without a table every bucket exists in {@code us-east-1} and belongs to whoever asks
 * (service.md §9 [choice]); with a table, only the buckets it lists exist, with the region and owner it gives.
 */
public final class BucketTable implements BucketResolver {
    private final Map<String, Bucket> buckets;

    private BucketTable(Map<String, Bucket> buckets) {
        this.buckets = buckets;
    }

    /** Every bucket exists and belongs to the caller. */
    public static BucketTable everyBucketExists() {
        return new BucketTable(null);
    }

    /** Exactly these buckets exist; a region the service never served is refused here, at start-up. */
    public static BucketTable of(Collection<Bucket> buckets) {
        Map<String, Bucket> byName = new LinkedHashMap<>();
        for (Bucket bucket : buckets) {
            if (!Facility.isServedRegion(bucket.region())) {
                throw new IllegalArgumentException("bucket " + bucket.name() + ": region " + bucket.region()
                        + " was never served by AWS Import/Export (use us-east-1, us-west-1, us-west-2, eu-west-1 or ap-southeast-1)");
            }
            if (byName.put(bucket.name(), bucket) != null) {
                throw new IllegalArgumentException("bucket " + bucket.name() + " is listed twice");
            }
        }
        return new BucketTable(Map.copyOf(byName));
    }

    public boolean isDeclared() {
        return buckets != null;
    }

    public Collection<Bucket> buckets() {
        return buckets == null ? List.of() : buckets.values();
    }

    @Override
    public Optional<Bucket> find(String name, String callerAccountId) {
        if (buckets == null) {
            return Optional.of(new Bucket(name, Facility.DEFAULT_REGION, callerAccountId));
        }
        return Optional.ofNullable(buckets.get(name));
    }
}
