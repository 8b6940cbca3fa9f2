-- The question bank: generated, teacher-written and imported questions share one shape.
CREATE TABLE question (
    id             BIGSERIAL PRIMARY KEY,
    kind           VARCHAR(16)  NOT NULL CHECK (kind IN ('SINGLE','MULTIPLE','TRUE_FALSE','ORDERING','MATCHING','NEGATIVE','NUMERIC','SHORT_ANSWER')),
    topic          VARCHAR(40)  NOT NULL,
    title          VARCHAR(200),
    stem           TEXT         NOT NULL,
    explanation    TEXT,
    origin         VARCHAR(16)  NOT NULL CHECK (origin IN ('generated','teacher','imported')),
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('draft','published','retired')),
    version        INTEGER      NOT NULL DEFAULT 0,
    content_hash   VARCHAR(64)  NOT NULL,
    difficulty     REAL         NOT NULL DEFAULT 0.5,
    numeric_answer NUMERIC(24,6),
    tolerance      NUMERIC(24,6),
    source_id      VARCHAR(64),
    quote          TEXT,
    -- uniform random key: quizzes pick questions by an index range scan from a random point, never ORDER BY random()
    pick_key       INTEGER      NOT NULL DEFAULT floor(random() * 2147483647)::int,
    created_by     BIGINT REFERENCES account (id),
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- one live copy of each question content; retired copies keep their history
CREATE UNIQUE INDEX question_live_content_key ON question (content_hash) WHERE status <> 'retired';
CREATE INDEX question_pick_idx ON question (status, topic, pick_key);
CREATE INDEX question_origin_idx ON question (origin, status);

CREATE TABLE question_option (
    id          BIGSERIAL PRIMARY KEY,
    question_id BIGINT   NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    ordinal     SMALLINT NOT NULL,
    text        TEXT     NOT NULL,
    correct     BOOLEAN  NOT NULL DEFAULT false,
    position    SMALLINT,
    match       TEXT,
    weight      NUMERIC(7,3),
    feedback    TEXT,
    CONSTRAINT question_option_ordinal_key UNIQUE (question_id, ordinal)
);

CREATE TABLE question_fact (
    question_id BIGINT      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    fact_id     VARCHAR(100) NOT NULL,
    PRIMARY KEY (question_id, fact_id)
);
CREATE INDEX question_fact_fact_idx ON question_fact (fact_id);
