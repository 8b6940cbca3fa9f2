-- The teachers' running totals (question_stats, option_pick_count: V51, V88, V99) are no longer updated inside each
-- answer's transaction. Concurrent answers to one question waited for each other's commit on its question_stats
-- row, and the upserts were most of an answer's database time (bench/README.md). Each stored or changed answer now
-- appends one row here (no lock on anything shared); teacher.stats.AnswerTallies folds the rows into the totals
-- every second, set-based, and deletes them in the same transaction (each row counted exactly once), and the
-- statistics fold whatever is left before they read, so what a teacher reads is exact.
CREATE TABLE answer_tally (
    id          BIGSERIAL PRIMARY KEY,
    question_id BIGINT      NOT NULL,
    answers     INTEGER     NOT NULL,
    correct     INTEGER     NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL,
    picked      BIGINT[]    NOT NULL DEFAULT '{}',
    unpicked    BIGINT[]    NOT NULL DEFAULT '{}'
);

-- the option ids a choice answer names ({"type":"choice","optionIds":[..]}); checked against the question when folded
CREATE FUNCTION chosen_options(response TEXT) RETURNS BIGINT[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN response::jsonb ->> 'type' = 'choice'
                THEN ARRAY(SELECT jsonb_array_elements_text(response::jsonb -> 'optionIds')::bigint)
                ELSE '{}'::bigint[] END
$$;

CREATE OR REPLACE FUNCTION count_answer_for_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO answer_tally (question_id, answers, correct, answered_at, picked)
    VALUES (NEW.question_id, 1, CASE WHEN NEW.correct THEN 1 ELSE 0 END, NEW.answered_at,
            chosen_options(NEW.response));
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION recount_changed_answer_for_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO answer_tally (question_id, answers, correct, answered_at, picked, unpicked)
    VALUES (NEW.question_id, 0, CASE WHEN NEW.correct THEN 1 ELSE 0 END - CASE WHEN OLD.correct THEN 1 ELSE 0 END,
            NEW.answered_at, chosen_options(NEW.response), chosen_options(OLD.response));
    RETURN NEW;
END $$;
