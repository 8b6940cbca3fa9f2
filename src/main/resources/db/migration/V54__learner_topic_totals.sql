-- Each learner's share of right answers within each topic, kept like learner_total (V53) by the same trigger on
-- learner_question, so that the discrimination index of a topic's report ranks one row per learner of that topic
-- from the ends of its rank index instead of summing every learner_question row of the topic on each request.
CREATE TABLE learner_topic_total (
    learner_id BIGINT      NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    topic      VARCHAR(40) NOT NULL,
    correct    BIGINT      NOT NULL DEFAULT 0,
    answered   BIGINT      NOT NULL DEFAULT 0,
    score      DOUBLE PRECISION GENERATED ALWAYS AS (correct::float8 / nullif(answered, 0)) STORED,
    PRIMARY KEY (learner_id, topic)
);
CREATE INDEX learner_topic_total_rank_idx ON learner_topic_total (topic, score DESC, learner_id) WHERE answered > 0;

-- Adds to the total of the question's topic; a question already deleted (learner_question rows removed by the
-- cascade of its deletion) has had its counts taken away before it went, by question_moves_learner_topic_totals.
CREATE FUNCTION add_to_learner_topic_total(learner BIGINT, question BIGINT, correct_delta BIGINT,
                                           answered_delta BIGINT) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO learner_topic_total AS t (learner_id, topic, correct, answered)
    SELECT learner, q.topic, correct_delta, answered_delta FROM question q WHERE q.id = question
    ON CONFLICT (learner_id, topic) DO UPDATE
    SET correct = t.correct + excluded.correct, answered = t.answered + excluded.answered;
$$;

-- The trigger of V53, now keeping both totals; an answer to a question seen before (the usual UPDATE) adds its
-- difference in one upsert per table.
CREATE OR REPLACE FUNCTION count_learner_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.learner_id = NEW.learner_id AND OLD.question_id = NEW.question_id THEN
        PERFORM add_to_learner_total(NEW.learner_id, NEW.correct_count - OLD.correct_count,
                                     (NEW.correct_count + NEW.wrong_count) - (OLD.correct_count + OLD.wrong_count));
        PERFORM add_to_learner_topic_total(NEW.learner_id, NEW.question_id, NEW.correct_count - OLD.correct_count,
                                     (NEW.correct_count + NEW.wrong_count) - (OLD.correct_count + OLD.wrong_count));
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM add_to_learner_total(OLD.learner_id, -OLD.correct_count, -(OLD.correct_count + OLD.wrong_count));
        PERFORM add_to_learner_topic_total(OLD.learner_id, OLD.question_id, -OLD.correct_count,
                                           -(OLD.correct_count + OLD.wrong_count));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM add_to_learner_total(NEW.learner_id, NEW.correct_count, NEW.correct_count + NEW.wrong_count);
        PERFORM add_to_learner_topic_total(NEW.learner_id, NEW.question_id, NEW.correct_count,
                                           NEW.correct_count + NEW.wrong_count);
    END IF;
    RETURN NULL;
END $$;

-- A question that changes topic takes its learners' counts from the old topic's totals to the new one's; a
-- question about to be deleted takes them away (the cascade that then deletes its learner_question rows can no
-- longer see its topic).
CREATE FUNCTION question_moves_learner_topic_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO learner_topic_total AS t (learner_id, topic, correct, answered)
    SELECT lq.learner_id, OLD.topic, -lq.correct_count, -(lq.correct_count + lq.wrong_count)
    FROM learner_question lq WHERE lq.question_id = OLD.id
    ON CONFLICT (learner_id, topic) DO UPDATE
    SET correct = t.correct + excluded.correct, answered = t.answered + excluded.answered;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO learner_topic_total AS t (learner_id, topic, correct, answered)
        SELECT lq.learner_id, NEW.topic, lq.correct_count, lq.correct_count + lq.wrong_count
        FROM learner_question lq WHERE lq.question_id = NEW.id
        ON CONFLICT (learner_id, topic) DO UPDATE
        SET correct = t.correct + excluded.correct, answered = t.answered + excluded.answered;
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER question_topic_moves_learner_totals AFTER UPDATE OF topic ON question
    FOR EACH ROW WHEN (OLD.topic IS DISTINCT FROM NEW.topic) EXECUTE FUNCTION question_moves_learner_topic_totals();
CREATE TRIGGER question_delete_removes_learner_totals BEFORE DELETE ON question
    FOR EACH ROW EXECUTE FUNCTION question_moves_learner_topic_totals();

INSERT INTO learner_topic_total (learner_id, topic, correct, answered)
SELECT lq.learner_id, q.topic, sum(lq.correct_count), sum(lq.correct_count + lq.wrong_count)
FROM learner_question lq JOIN question q ON q.id = lq.question_id
GROUP BY lq.learner_id, q.topic;
