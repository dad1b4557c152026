package io.importexport.emulator.domain.job;

/**
 * A document of a job, listed in {@code ArtifactList}. {@code path} is where the emulator serves it; the
 * protocol layer prefixes the address the client reached the emulator at, so the URL works for that client.
 */
public record Artifact(String description, String path) {
}
