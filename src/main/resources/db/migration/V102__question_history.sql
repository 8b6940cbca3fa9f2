-- Who changed a question last, which question an edit of an asked question replaced, and every change in order.
ALTER TABLE question ADD COLUMN replaces BIGINT REFERENCES question (id) ON DELETE SET NULL;
ALTER TABLE question ADD COLUMN updated_by BIGINT REFERENCES account (id) ON DELETE SET NULL;
CREATE INDEX question_replaces_idx ON question (replaces) WHERE replaces IS NOT NULL;

CREATE TABLE question_revision (
    id               BIGSERIAL PRIMARY KEY,
    question_id      BIGINT      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    version          INT         NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by       BIGINT REFERENCES account (id) ON DELETE SET NULL,
    change           VARCHAR(16) NOT NULL,
    -- the question this change links to: the one a fork replaced, the copy's original, the fork of a replaced one
    related_question BIGINT,
    content          JSONB       NOT NULL
);
CREATE INDEX question_revision_question_idx ON question_revision (question_id, id);
