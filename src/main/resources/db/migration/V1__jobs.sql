-- The durable store (H2 and PostgreSQL alike). Flyway records the schema version in flyway_schema_history.

-- One row per job; the job itself as JSON. creation_date (epoch seconds) and job_id order ListJobs pages.
CREATE TABLE jobs (
    job_id        VARCHAR(32)      NOT NULL PRIMARY KEY,
    account_id    VARCHAR(128)     NOT NULL,
    creation_date BIGINT           NOT NULL,
    data          VARCHAR(1048576) NOT NULL
);
CREATE INDEX jobs_by_account ON jobs (account_id, creation_date DESC, job_id DESC);

-- A row per account to lock while the daily quota is counted, so that instances sharing a database count once.
CREATE TABLE account_locks (
    account_id VARCHAR(128) NOT NULL PRIMARY KEY
);

-- What the control plane changed and a restart must restore: the clock offset, credentials, the bucket table.
CREATE TABLE emulator_state (
    state_name  VARCHAR(64)      NOT NULL PRIMARY KEY,
    state_value VARCHAR(1048576) NOT NULL
);
