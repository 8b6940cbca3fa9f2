-- Learners report a question they think is wrong ("Báo lỗi câu hỏi"): one report per learner per question, an
-- optional comment. Enough open reports hold the question back from new quizzes until a teacher retires it or
-- releases it; either way the reports are kept, marked resolved.
CREATE TABLE question_report (
    id          BIGSERIAL PRIMARY KEY,
    question_id BIGINT       NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    learner_id  BIGINT       NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    comment     VARCHAR(500),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    resolved_at TIMESTAMPTZ,
    resolution  VARCHAR(16) CHECK (resolution IN ('retired', 'released')),
    CONSTRAINT question_report_once UNIQUE (question_id, learner_id)
);
CREATE INDEX question_report_open_idx ON question_report (question_id) WHERE resolved_at IS NULL;

-- held back from new quizzes while its open reports reach the threshold (quiz.reports.hold-threshold)
ALTER TABLE question ADD COLUMN held_back BOOLEAN NOT NULL DEFAULT false;
