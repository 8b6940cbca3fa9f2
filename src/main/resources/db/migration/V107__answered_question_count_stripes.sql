-- answered_question_count had one row per topic, updated by every answer that gave a question its first answer:
-- concurrent answers in one topic waited for each other's commit on that row (3.4 ms per such answer on average,
-- measured with track_functions = all under bench/run's answer load; bench/README.md). The count is now kept in
-- 16 stripes per topic, the stripe picked by the question's id, and readers sum the stripes (they summed the
-- topics' rows already). A stripe may go below zero when a question counted before the stripes moves topic; only
-- the sums are counts.
ALTER TABLE answered_question_count ADD COLUMN stripe SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE answered_question_count DROP CONSTRAINT answered_question_count_pkey;
ALTER TABLE answered_question_count ADD PRIMARY KEY (topic, stripe);

CREATE OR REPLACE FUNCTION answered_question_stripe(question BIGINT) RETURNS SMALLINT LANGUAGE sql IMMUTABLE AS $$
    SELECT (question % 16)::smallint;
$$;

CREATE OR REPLACE FUNCTION add_answered_question(question BIGINT, delta INTEGER) RETURNS void LANGUAGE sql AS $$
    INSERT INTO answered_question_count AS c (topic, stripe, questions)
    SELECT q.topic, answered_question_stripe(q.id), delta FROM question q WHERE q.id = question
    ON CONFLICT (topic, stripe) DO UPDATE SET questions = c.questions + excluded.questions;
$$;

CREATE OR REPLACE FUNCTION question_moves_answered_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM question_stats WHERE question_id = OLD.id) THEN
        INSERT INTO answered_question_count AS c (topic, stripe, questions)
        VALUES (OLD.topic, answered_question_stripe(OLD.id), -1)
        ON CONFLICT (topic, stripe) DO UPDATE SET questions = c.questions - 1;
        IF TG_OP = 'UPDATE' THEN
            INSERT INTO answered_question_count AS c (topic, stripe, questions)
            VALUES (NEW.topic, answered_question_stripe(NEW.id), 1)
            ON CONFLICT (topic, stripe) DO UPDATE SET questions = c.questions + 1;
        END IF;
    END IF;
    RETURN OLD;
END $$;
