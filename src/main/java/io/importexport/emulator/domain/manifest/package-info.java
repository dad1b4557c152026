/**
 * Manifests: parsed as the service read them ({@link io.importexport.emulator.domain.manifest.ManifestParser}) and
 * validated by the rules of service.md §9 ({@link io.importexport.emulator.domain.manifest.ManifestValidator}).
 * <p>
 * One departure from the plain way (every manifest through SnakeYAML), kept because {@code python3 bench/run.py
 * --variant} shows it buys more than 5% on CreateJob throughput (docs/performance.md):
 * {@link io.importexport.emulator.domain.manifest.PlainManifestReader} reads the manifests the documentation shows
 * without a YAML parser and hands anything else to SnakeYAML. Pinned by {@code PlainManifestReaderPropertiesTest}, a
 * differential test against the YAML path on generated, edited and recorded manifests.
 */
package io.importexport.emulator.domain.manifest;
