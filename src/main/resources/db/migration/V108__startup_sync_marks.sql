-- What each start-up sync (the shipped articles and facts, the generated questions) last loaded, by build: a restart
-- of the same build on the same database skips a sync that would change nothing.
CREATE TABLE startup_sync_mark (
    step        VARCHAR(40) PRIMARY KEY,
    fingerprint VARCHAR(64) NOT NULL,
    synced_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
