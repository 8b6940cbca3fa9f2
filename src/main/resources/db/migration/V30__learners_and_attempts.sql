-- Who takes quizzes: a signed-in account or a guest known only by a random browser token (stored as its SHA-256).
-- Claiming a guest on sign-up attaches the same row to the new account, so every attempt moves with it.
CREATE TABLE learner (
    id               BIGSERIAL PRIMARY KEY,
    account_id       BIGINT UNIQUE REFERENCES account (id) ON DELETE CASCADE,
    guest_id         UUID UNIQUE,
    guest_token_hash VARCHAR(64) UNIQUE,
    nickname         VARCHAR(40),
    on_leaderboard   BOOLEAN     NOT NULL DEFAULT false,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_at       TIMESTAMPTZ,
    CONSTRAINT learner_has_owner CHECK (account_id IS NOT NULL OR guest_token_hash IS NOT NULL)
);
CREATE INDEX learner_leaderboard_idx ON learner (on_leaderboard) WHERE on_leaderboard;

CREATE TABLE quiz_attempt (
    id                 BIGSERIAL PRIMARY KEY,
    learner_id         BIGINT      NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    topic              VARCHAR(40) NOT NULL,
    mode               VARCHAR(16) NOT NULL CHECK (mode IN ('practice', 'test')),
    review             BOOLEAN     NOT NULL DEFAULT false,
    size               SMALLINT    NOT NULL CHECK (size > 0),
    time_limit_seconds INTEGER CHECK (time_limit_seconds > 0),
    started_at         TIMESTAMPTZ NOT NULL,
    finished_at        TIMESTAMPTZ,
    score              SMALLINT,
    version            INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX quiz_attempt_learner_idx ON quiz_attempt (learner_id, started_at DESC);
CREATE INDEX quiz_attempt_open_idx ON quiz_attempt (learner_id) WHERE finished_at IS NULL;

-- The questions of an attempt and the option order the learner sees, fixed when the attempt starts.
CREATE TABLE attempt_item (
    id           BIGSERIAL PRIMARY KEY,
    attempt_id   BIGINT   NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    position     SMALLINT NOT NULL CHECK (position > 0),
    question_id  BIGINT   NOT NULL REFERENCES question (id),
    option_order BIGINT[] NOT NULL,
    choice_order BIGINT[] NOT NULL,
    CONSTRAINT attempt_item_position_key UNIQUE (attempt_id, position)
);

-- One answer per attempt and position: the first one wins, a resubmission reads it back.
CREATE TABLE attempt_answer (
    id          BIGSERIAL PRIMARY KEY,
    attempt_id  BIGINT      NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    position    SMALLINT    NOT NULL,
    question_id BIGINT      NOT NULL REFERENCES question (id),
    response    TEXT        NOT NULL,
    correct     BOOLEAN     NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT attempt_answer_position_key UNIQUE (attempt_id, position),
    CONSTRAINT attempt_answer_item_fk FOREIGN KEY (attempt_id, position)
        REFERENCES attempt_item (attempt_id, position) ON DELETE CASCADE
);

-- What a learner has done with each question: drives "no repeats", "review my mistakes" and mastery.
CREATE TABLE learner_question (
    learner_id       BIGINT      NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    question_id      BIGINT      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    correct_count    INTEGER     NOT NULL DEFAULT 0,
    wrong_count      INTEGER     NOT NULL DEFAULT 0,
    last_correct     BOOLEAN     NOT NULL,
    last_answered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (learner_id, question_id)
);
CREATE INDEX learner_question_mistakes_idx ON learner_question (learner_id, question_id) WHERE NOT last_correct;

-- Mixed quizzes scan all published questions in pick_key order; (status, topic, pick_key) cannot serve that.
CREATE INDEX question_published_pick_idx ON question (pick_key) WHERE status = 'published';
