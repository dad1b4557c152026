-- Optimistic concurrency on a counter instead of the stored text: an update matches the revision it read, so rows
-- written by an older release (another JSON form) update like any other.
ALTER TABLE jobs ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;

-- Labels made by GetShippingLabel, as JSON, so that their URLs download after a restart and from every emulator
-- sharing the database.
CREATE TABLE shipping_labels (
    label_name VARCHAR(1024)    NOT NULL PRIMARY KEY,
    data       VARCHAR(1048576) NOT NULL
);
