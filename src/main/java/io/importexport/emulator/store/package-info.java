/**
 * The durable stores: jobs, labels and the control plane's state in H2 ({@code --data-dir}) or PostgreSQL
 * ({@code --database-url}), through JDBC, pooled, their schema versioned by Flyway.
 * <p>
 * One departure from the plain way (reading and decoding every row a call touches), kept because
 * {@code python3 bench/run.py --stores-only} shows it buys far more than 5% on GetStatus and ListJobs
 * (docs/performance.md, Durable stores): a job decoded from its row is reused while the row is the same, and a ListJobs
 * page reads the text of only the jobs not decoded before ({@link io.importexport.emulator.store.DecodedJobs}),
 * pinned by {@code DecodedJobsTest} and the stores' contract ({@code JobStoreContract}, {@code PostgresJobStoreIT}).
 */
package io.importexport.emulator.store;
