-- Per-fact mastery, the learner's model: for each fact a learner was asked about, the totals and the last results
-- (newest first, '1' right, '0' wrong, at most 10). Every answer to a question updates each fact it tests, in the
-- same statement as learner_question. Filled here from the answers given so far (their order is not kept there,
-- so last_results starts with the last answer only).
CREATE TABLE learner_fact (
    learner_id       BIGINT       NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    fact_id          VARCHAR(100) NOT NULL,
    correct_count    INTEGER      NOT NULL DEFAULT 0,
    wrong_count      INTEGER      NOT NULL DEFAULT 0,
    last_correct     BOOLEAN      NOT NULL,
    last_results     VARCHAR(10)  NOT NULL CHECK (last_results ~ '^[01]{1,10}$'),
    last_answered_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (learner_id, fact_id)
);

INSERT INTO learner_fact (learner_id, fact_id, correct_count, wrong_count, last_correct, last_results, last_answered_at)
SELECT lq.learner_id, qf.fact_id, sum(lq.correct_count), sum(lq.wrong_count),
       (array_agg(lq.last_correct ORDER BY lq.last_answered_at DESC))[1],
       CASE WHEN (array_agg(lq.last_correct ORDER BY lq.last_answered_at DESC))[1] THEN '1' ELSE '0' END,
       max(lq.last_answered_at)
FROM learner_question lq JOIN question_fact qf ON qf.question_id = lq.question_id
GROUP BY lq.learner_id, qf.fact_id;
