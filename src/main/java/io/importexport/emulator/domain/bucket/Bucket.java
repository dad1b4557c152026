package io.importexport.emulator.domain.bucket;

/** What the emulator knows of an S3 bucket: where it lives and which account owns it. */
public record Bucket(String name, String region, String ownerAccountId) {
}
