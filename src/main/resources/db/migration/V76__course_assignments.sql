-- Assignments as a course runs them: a title, chosen questions or question sets (else a draw from the topic; the
-- topic is 'mixed' for chosen questions and sets), practice or test, a time limit, an opening time, the deadline
-- as closing time, and how many attempts each member may start (null: no limit).
ALTER TABLE class_assignment
    ADD COLUMN title              VARCHAR(200),
    ADD COLUMN mode               VARCHAR(16) NOT NULL DEFAULT 'test' CHECK (mode IN ('practice', 'test')),
    ADD COLUMN time_limit_minutes SMALLINT CHECK (time_limit_minutes BETWEEN 1 AND 600),
    ADD COLUMN opens_at           TIMESTAMPTZ,
    ADD COLUMN attempts_allowed   SMALLINT CHECK (attempts_allowed BETWEEN 1 AND 100),
    ADD COLUMN version            INTEGER NOT NULL DEFAULT 0;

CREATE TABLE class_assignment_question (
    assignment_id BIGINT   NOT NULL REFERENCES class_assignment (id) ON DELETE CASCADE,
    position      SMALLINT NOT NULL,
    question_id   BIGINT   NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    PRIMARY KEY (assignment_id, position)
);

CREATE TABLE class_assignment_set (
    assignment_id BIGINT NOT NULL REFERENCES class_assignment (id) ON DELETE CASCADE,
    set_id        BIGINT NOT NULL REFERENCES question_set (id),
    PRIMARY KEY (assignment_id, set_id)
);
CREATE INDEX class_assignment_set_set_idx ON class_assignment_set (set_id);
