-- Running totals for the teachers' question statistics, kept by a trigger in the same transaction as each stored
-- answer, so a report reads one row per question instead of scanning millions of answers.
-- Cost: every answer updates one question_stats row and one option_pick_count row per chosen option; concurrent
-- answers to the same question wait on that row lock until their (short) transaction commits.
CREATE TABLE question_stats (
    question_id      BIGINT PRIMARY KEY REFERENCES question (id) ON DELETE CASCADE,
    answers          BIGINT NOT NULL DEFAULT 0,
    correct          BIGINT NOT NULL DEFAULT 0,
    last_answered_at TIMESTAMPTZ
);

CREATE TABLE option_pick_count (
    question_id BIGINT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    option_id   BIGINT NOT NULL REFERENCES question_option (id) ON DELETE CASCADE,
    picks       BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (question_id, option_id)
);

CREATE FUNCTION count_answer_for_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO question_stats AS s (question_id, answers, correct, last_answered_at)
    VALUES (NEW.question_id, 1, CASE WHEN NEW.correct THEN 1 ELSE 0 END, NEW.answered_at)
    ON CONFLICT (question_id) DO UPDATE SET
        answers = s.answers + 1,
        correct = s.correct + excluded.correct,
        last_answered_at = greatest(s.last_answered_at, excluded.last_answered_at);
    -- only choice answers name options ({"type":"choice","optionIds":[..]}); ids are checked against the question
    IF NEW.response::jsonb ->> 'type' = 'choice' THEN
        INSERT INTO option_pick_count AS p (question_id, option_id, picks)
        SELECT NEW.question_id, o.id, 1
        FROM question_option o
        WHERE o.question_id = NEW.question_id
          AND o.id IN (SELECT jsonb_array_elements_text(NEW.response::jsonb -> 'optionIds')::bigint)
        ON CONFLICT (question_id, option_id) DO UPDATE SET picks = p.picks + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER attempt_answer_counts_for_stats AFTER INSERT ON attempt_answer
    FOR EACH ROW EXECUTE FUNCTION count_answer_for_stats();

-- answers stored before this migration
INSERT INTO question_stats (question_id, answers, correct, last_answered_at)
SELECT question_id, count(*), count(*) FILTER (WHERE correct), max(answered_at)
FROM attempt_answer GROUP BY question_id;

INSERT INTO option_pick_count (question_id, option_id, picks)
SELECT a.question_id, o.id, count(*)
FROM attempt_answer a
CROSS JOIN LATERAL jsonb_array_elements_text(a.response::jsonb -> 'optionIds') picked(option_id)
JOIN question_option o ON o.id = picked.option_id::bigint AND o.question_id = a.question_id
WHERE a.response::jsonb ->> 'type' = 'choice'
GROUP BY a.question_id, o.id;

-- class reports reach a member's answers through attempt_answer (attempt_id, position); the per-learner totals
-- behind the discrimination index come from learner_question, whose primary key starts with learner_id.
