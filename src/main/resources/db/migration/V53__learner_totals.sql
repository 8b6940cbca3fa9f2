-- Each learner's share of right answers over every question, kept by a trigger on learner_question, so that the
-- discrimination index over all learners ranks one row per learner instead of summing all their per-question rows
-- on every report. The rank index gives the edges of Kelley's upper and lower groups from its two ends.
CREATE TABLE learner_total (
    learner_id BIGINT PRIMARY KEY REFERENCES learner (id) ON DELETE CASCADE,
    correct    BIGINT NOT NULL DEFAULT 0,
    answered   BIGINT NOT NULL DEFAULT 0,
    score      DOUBLE PRECISION GENERATED ALWAYS AS (correct::float8 / nullif(answered, 0)) STORED
);
CREATE INDEX learner_total_rank_idx ON learner_total (score DESC, learner_id) WHERE answered > 0;

-- a report of some questions reads only their learner_question rows; with learner_id as well, the index is as
-- exact as the primary key for the quiz's "already mastered?" lookup of one learner and question
CREATE INDEX learner_question_question_idx ON learner_question (question_id, learner_id);

CREATE FUNCTION add_to_learner_total(learner BIGINT, correct_delta BIGINT, answered_delta BIGINT) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO learner_total AS t (learner_id, correct, answered)
    VALUES (learner, correct_delta, answered_delta)
    ON CONFLICT (learner_id) DO UPDATE
    SET correct = t.correct + excluded.correct, answered = t.answered + excluded.answered;
$$;

CREATE FUNCTION count_learner_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM add_to_learner_total(OLD.learner_id, -OLD.correct_count,
                                     -(OLD.correct_count + OLD.wrong_count));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM add_to_learner_total(NEW.learner_id, NEW.correct_count, NEW.correct_count + NEW.wrong_count);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER learner_question_counts_total AFTER INSERT OR UPDATE OR DELETE ON learner_question
    FOR EACH ROW EXECUTE FUNCTION count_learner_total();

INSERT INTO learner_total (learner_id, correct, answered)
SELECT learner_id, sum(correct_count), sum(correct_count + wrong_count) FROM learner_question GROUP BY learner_id;
