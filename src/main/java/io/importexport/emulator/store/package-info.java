/**
 * The durable stores: jobs, labels and the control plane's state in H2 ({@code --data-dir}) or PostgreSQL
 * ({@code --database-url}), through JDBC, pooled, their schema versioned by Flyway.
 * <p>
 * Two departures from the plain way, kept because {@code python3 bench/run.py --stores-only} shows each buys far more
 * than 5% (docs/performance.md, Durable stores):
 * <ul>
 * <li>a job decoded from its row is reused while the row is the same, and a ListJobs page reads the text of only the
 * jobs not decoded before ({@link io.importexport.emulator.store.DecodedJobs}; GetStatus and ListJobs), pinned by
 * {@code DecodedJobsTest};</li>
 * <li>concurrent CreateJob calls insert their rows in one statement, a commit for all
 * ({@link io.importexport.emulator.store.InsertTurns}; CreateJob on both databases), pinned by {@code InsertTurnsTest}.</li>
 * </ul>
 * The stores' contract ({@code JobStoreContract}, run on every store and by {@code PostgresJobStoreIT}) holds with both.
 */
package io.importexport.emulator.store;
