-- A large question file is stored in the background: the teacher gets 202 and reads the outcome here.
CREATE TABLE import_job (
    id          UUID PRIMARY KEY,
    account_id  BIGINT      REFERENCES account (id) ON DELETE CASCADE,
    state       VARCHAR(8)  NOT NULL CHECK (state IN ('running', 'done', 'failed')),
    questions   INT         NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ,
    outcome     JSONB
);
CREATE INDEX import_job_account_idx ON import_job (account_id, created_at);
