-- Spaced-repetition study: one flashcard per learner account and fact, scheduled by FSRS-6 (vn.civicsquiz.study).

-- Each learner's study knobs; a row appears the first time the learner studies or saves the settings.
CREATE TABLE study_settings (
    account_id        BIGINT       PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    desired_retention NUMERIC(3,2) NOT NULL DEFAULT 0.90 CHECK (desired_retention BETWEEN 0.70 AND 0.99),
    daily_new_limit   SMALLINT     NOT NULL DEFAULT 20 CHECK (daily_new_limit BETWEEN 0 AND 200),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The FSRS state of one card. Cards are created lazily: up to the daily new-card limit when the learner opens the
-- study queue (origin 'study'), or when a quiz answer tests the fact (origin 'quiz', outside the limit).
CREATE TABLE review_card (
    id          BIGSERIAL        PRIMARY KEY,
    account_id  BIGINT           NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    fact_id     VARCHAR(100)     NOT NULL REFERENCES fact (id),
    origin      VARCHAR(8)       NOT NULL CHECK (origin IN ('study', 'quiz')),
    phase       VARCHAR(12)      NOT NULL CHECK (phase IN ('new', 'learning', 'review', 'relearning')),
    step        SMALLINT         NOT NULL DEFAULT 0 CHECK (step >= 0),
    stability   DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (stability >= 0),
    difficulty  DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (difficulty = 0 OR difficulty BETWEEN 1 AND 10),
    reps        INTEGER          NOT NULL DEFAULT 0 CHECK (reps >= 0),
    lapses      INTEGER          NOT NULL DEFAULT 0 CHECK (lapses >= 0),
    due         TIMESTAMPTZ      NOT NULL,
    last_review TIMESTAMPTZ,
    created_at  TIMESTAMPTZ      NOT NULL DEFAULT now(),
    version     INTEGER          NOT NULL DEFAULT 0,
    CONSTRAINT review_card_account_fact_key UNIQUE (account_id, fact_id),
    CONSTRAINT review_card_reviewed CHECK (phase = 'new' OR (stability > 0 AND difficulty >= 1 AND last_review IS NOT NULL))
);
-- The due queue: WHERE account_id = ? AND due <= now ORDER BY due.
CREATE INDEX review_card_due_idx ON review_card (account_id, due);

-- Every review, for history and for re-fitting FSRS weights later. client_review_id makes a replayed review a no-op.
CREATE TABLE review_log (
    id               BIGSERIAL   PRIMARY KEY,
    card_id          BIGINT      NOT NULL REFERENCES review_card (id) ON DELETE CASCADE,
    rating           SMALLINT    NOT NULL CHECK (rating BETWEEN 1 AND 4),
    origin           VARCHAR(8)  NOT NULL CHECK (origin IN ('study', 'quiz')),
    phase_before     VARCHAR(12) NOT NULL,
    reviewed_at      TIMESTAMPTZ NOT NULL,
    elapsed_days     INTEGER     NOT NULL CHECK (elapsed_days >= 0),
    scheduled_days   INTEGER     NOT NULL CHECK (scheduled_days >= 0),
    client_review_id UUID
);
CREATE INDEX review_log_card_idx ON review_log (card_id, reviewed_at);
CREATE UNIQUE INDEX review_log_client_review_key ON review_log (card_id, client_review_id)
    WHERE client_review_id IS NOT NULL;
