-- The source articles and curated facts, loaded from questions/ at start-up. Rows are never deleted: a fact that
-- disappears from the YAML is retired, so questions and study history that refer to it keep their meaning.
CREATE TABLE source_document (
    id           VARCHAR(64)  PRIMARY KEY,
    file_name    VARCHAR(100) NOT NULL,
    outlet       VARCHAR(200) NOT NULL,
    title        TEXT         NOT NULL,
    published    VARCHAR(10)  NOT NULL CHECK (published ~ '^\d{4}-\d{2}(-\d{2})?$'),
    author       VARCHAR(200),
    raw_text     TEXT         NOT NULL,
    -- the article body without page noise; fact offsets point into it
    clean_text   TEXT         NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'active' CHECK (status IN ('active','retired')),
    position     INTEGER      NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE fact (
    id           VARCHAR(100) PRIMARY KEY,
    fact_set     VARCHAR(20)  NOT NULL CHECK (fact_set IN ('nine-tasks','five-lessons','three-pillars','figures','people','events','phrases')),
    ordinal      SMALLINT,
    label        TEXT         NOT NULL,
    text         TEXT         NOT NULL,
    value        NUMERIC(24,6),
    unit         VARCHAR(100),
    as_of        VARCHAR(10)  NOT NULL CHECK (as_of ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    source_id    VARCHAR(64)  NOT NULL REFERENCES source_document (id),
    quote        TEXT         NOT NULL,
    quote_start  INTEGER      NOT NULL CHECK (quote_start >= 0),
    quote_end    INTEGER      NOT NULL,
    attributes   JSONB        NOT NULL DEFAULT '{}'::jsonb,
    -- diacritic-insensitive key of label and text, for search
    search_key   TEXT         NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'active' CHECK (status IN ('active','retired')),
    position     INTEGER      NOT NULL,
    version      INTEGER      NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    retired_at   TIMESTAMPTZ,
    CONSTRAINT fact_quote_span CHECK (quote_end > quote_start)
);
CREATE INDEX fact_set_idx ON fact (status, fact_set, position);
CREATE INDEX fact_source_idx ON fact (source_id, status);
