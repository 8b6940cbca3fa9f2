-- A live game's answers count like a quiz's: each names its question, and the teachers' running totals (V51)
-- take them in through the same trigger function.
ALTER TABLE game_answer ADD COLUMN question_id BIGINT REFERENCES question (id) ON DELETE CASCADE;

UPDATE game_answer a SET question_id = g.question_ids[a.idx] FROM game g WHERE g.id = a.game_id;

ALTER TABLE game_answer ALTER COLUMN question_id SET NOT NULL;

INSERT INTO question_stats AS s (question_id, answers, correct, last_answered_at)
SELECT question_id, count(*), count(*) FILTER (WHERE correct), max(answered_at) FROM game_answer GROUP BY question_id
ON CONFLICT (question_id) DO UPDATE SET answers = s.answers + excluded.answers, correct = s.correct + excluded.correct,
    last_answered_at = greatest(s.last_answered_at, excluded.last_answered_at);

INSERT INTO option_pick_count AS p (question_id, option_id, picks)
SELECT a.question_id, o.id, count(*)
FROM game_answer a
CROSS JOIN LATERAL jsonb_array_elements_text(a.response::jsonb -> 'optionIds') picked(option_id)
JOIN question_option o ON o.id = picked.option_id::bigint AND o.question_id = a.question_id
WHERE a.response::jsonb ->> 'type' = 'choice'
GROUP BY a.question_id, o.id
ON CONFLICT (question_id, option_id) DO UPDATE SET picks = p.picks + excluded.picks;

CREATE TRIGGER game_answer_counts_for_stats AFTER INSERT ON game_answer
    FOR EACH ROW EXECUTE FUNCTION count_answer_for_stats();
