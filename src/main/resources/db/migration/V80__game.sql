-- Live classroom games: a teacher hosts, players join with a 6-digit PIN and a nickname, every question is open
-- to all players at once for a fixed time measured by the server clock (game package).
CREATE TABLE game (
    id                   BIGSERIAL PRIMARY KEY,
    pin                  VARCHAR(6)  NOT NULL CHECK (pin ~ '^[0-9]{6}$'),
    host_id              BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    topic                VARCHAR(40) NOT NULL,
    assignment_id        BIGINT      REFERENCES class_assignment (id) ON DELETE SET NULL,
    -- the questions in the order they are played; index i (1-based) is question_ids[i]
    question_ids         BIGINT[]    NOT NULL CHECK (cardinality(question_ids) BETWEEN 1 AND 30),
    seconds_per_question SMALLINT    NOT NULL CHECK (seconds_per_question BETWEEN 5 AND 120),
    state                VARCHAR(8)  NOT NULL CHECK (state IN ('LOBBY', 'QUESTION', 'REVEAL', 'ENDED')),
    -- 0 in the lobby, then the index of the question open or last shown
    current_index        SMALLINT    NOT NULL DEFAULT 0 CHECK (current_index >= 0),
    opened_at            TIMESTAMPTZ,
    closes_at            TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL,
    ended_at             TIMESTAMPTZ
);
-- a PIN names one game among those not ended; ended games give their PIN back
CREATE UNIQUE INDEX game_live_pin_idx ON game (pin) WHERE state <> 'ENDED';
CREATE INDEX game_host_idx ON game (host_id, id);

CREATE TABLE game_player (
    id           BIGSERIAL PRIMARY KEY,
    game_id      BIGINT      NOT NULL REFERENCES game (id) ON DELETE CASCADE,
    -- SHA-256 (hex) of the random token the player holds; the token itself is never stored
    token_hash   VARCHAR(64) NOT NULL UNIQUE,
    nickname     VARCHAR(20) NOT NULL,
    -- learner.DisplayNames.sameNameKey: case and diacritics ignored
    nickname_key VARCHAR(80) NOT NULL,
    account_id   BIGINT      REFERENCES account (id) ON DELETE SET NULL,
    joined_at    TIMESTAMPTZ NOT NULL,
    removed      BOOLEAN     NOT NULL DEFAULT FALSE,
    UNIQUE (game_id, nickname_key)
);

CREATE TABLE game_answer (
    game_id     BIGINT      NOT NULL REFERENCES game (id) ON DELETE CASCADE,
    player_id   BIGINT      NOT NULL REFERENCES game_player (id) ON DELETE CASCADE,
    idx         SMALLINT    NOT NULL CHECK (idx >= 1),
    -- the response in database option ids, as quiz.grading.ResponseCodec writes it
    response    TEXT        NOT NULL,
    correct     BOOLEAN     NOT NULL,
    points      INTEGER     NOT NULL CHECK (points BETWEEN 0 AND 1000),
    answered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (game_id, player_id, idx)
);
CREATE INDEX game_answer_index_idx ON game_answer (game_id, idx);
