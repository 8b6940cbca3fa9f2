-- How many questions of each topic have been answered (have a question_stats row), kept by triggers, so that the
-- question statistics report gives its total without counting up to a million rows on every request (the window
-- count it used took 7 s at 1 M answered questions). A question_stats row exists only once a question has an
-- answer, which the check makes explicit.
ALTER TABLE question_stats ADD CONSTRAINT question_stats_answered CHECK (answers > 0);

CREATE TABLE answered_question_count (
    topic     VARCHAR(40) PRIMARY KEY,
    questions BIGINT      NOT NULL DEFAULT 0
);

-- A question already deleted (its question_stats row removed by the cascade of its deletion) is not found here:
-- question_moves_answered_count took it away before it went.
CREATE FUNCTION add_answered_question(question BIGINT, delta INTEGER) RETURNS void LANGUAGE sql AS $$
    INSERT INTO answered_question_count AS c (topic, questions)
    SELECT q.topic, delta FROM question q WHERE q.id = question
    ON CONFLICT (topic) DO UPDATE SET questions = c.questions + excluded.questions;
$$;

CREATE FUNCTION count_answered_question() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM add_answered_question(NEW.question_id, 1);
    ELSE
        PERFORM add_answered_question(OLD.question_id, -1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER question_stats_counts_answered AFTER INSERT OR DELETE ON question_stats
    FOR EACH ROW EXECUTE FUNCTION count_answered_question();

CREATE FUNCTION question_moves_answered_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM question_stats WHERE question_id = OLD.id) THEN
        UPDATE answered_question_count SET questions = questions - 1 WHERE topic = OLD.topic;
        IF TG_OP = 'UPDATE' THEN
            INSERT INTO answered_question_count AS c (topic, questions) VALUES (NEW.topic, 1)
            ON CONFLICT (topic) DO UPDATE SET questions = c.questions + 1;
        END IF;
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER question_topic_moves_answered_count AFTER UPDATE OF topic ON question
    FOR EACH ROW WHEN (OLD.topic IS DISTINCT FROM NEW.topic) EXECUTE FUNCTION question_moves_answered_count();
CREATE TRIGGER question_delete_removes_answered_count BEFORE DELETE ON question
    FOR EACH ROW EXECUTE FUNCTION question_moves_answered_count();

INSERT INTO answered_question_count (topic, questions)
SELECT q.topic, count(*) FROM question_stats s JOIN question q ON q.id = s.question_id GROUP BY q.topic;
