-- Accounts for learners and teachers; passwords are bcrypt hashes.
CREATE TABLE account (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('learner', 'teacher')),
    display_name  VARCHAR(100),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       INTEGER      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_username_key ON account (lower(username));
