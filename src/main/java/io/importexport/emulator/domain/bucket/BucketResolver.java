package io.importexport.emulator.domain.bucket;

import java.util.Optional;

/** Answers whether a bucket exists, for the bucket rules of service.md §9 (22–24). */
public interface BucketResolver {

    /** The bucket, or empty when it does not exist. {@code callerAccountId} lets a default resolver own it. */
    Optional<Bucket> find(String name, String callerAccountId);
}
