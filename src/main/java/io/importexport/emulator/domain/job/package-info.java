/**
 * Jobs: the service that runs the operations ({@link io.importexport.emulator.domain.job.JobService}), their lifecycle
 * and the store interface behind them.
 * <p>
 * One departure from the plain way (each job keeping its own copies), kept because {@code python3 bench/run.py
 * --variant} shows it buys more than 5% on CreateJob's p99 (docs/performance.md): a suite creates its jobs from a few
 * manifests in a few accounts, and a job that holds a shared copy of its manifest, its validated details and its
 * account id leaves the collector far less to copy.
 * {@link io.importexport.emulator.domain.job.SharedCopies}, pinned by {@code SharedCopiesTest} and
 * {@code JobServiceTest.jobsFromTheSameManifestShareOneCopyOfItsTexts}.
 */
package io.importexport.emulator.domain.job;
