-- A test's answer may change until the test is submitted: the teachers' running totals (V51) follow the change,
-- so they count each position's answer as it stands.
CREATE FUNCTION recount_changed_answer_for_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE question_stats
    SET correct = correct - CASE WHEN OLD.correct THEN 1 ELSE 0 END + CASE WHEN NEW.correct THEN 1 ELSE 0 END,
        last_answered_at = greatest(last_answered_at, NEW.answered_at)
    WHERE question_id = NEW.question_id;
    IF OLD.response::jsonb ->> 'type' = 'choice' THEN
        UPDATE option_pick_count SET picks = picks - 1
        WHERE question_id = OLD.question_id
          AND option_id IN (SELECT jsonb_array_elements_text(OLD.response::jsonb -> 'optionIds')::bigint);
    END IF;
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

CREATE TRIGGER attempt_answer_changes_for_stats AFTER UPDATE OF response, correct ON attempt_answer
    FOR EACH ROW WHEN (OLD.response IS DISTINCT FROM NEW.response OR OLD.correct IS DISTINCT FROM NEW.correct)
    EXECUTE FUNCTION recount_changed_answer_for_stats();
