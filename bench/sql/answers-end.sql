-- After seeding answers in bulk: the statistics totals become exactly what the triggers would have kept (every
-- answer counted once, seeded or not), then the triggers are switched on again.
INSERT INTO question_stats AS s (question_id, answers, correct, last_answered_at)
SELECT question_id, count(*), count(*) FILTER (WHERE correct), max(answered_at)
FROM attempt_answer GROUP BY question_id
ON CONFLICT (question_id) DO UPDATE
SET answers = excluded.answers, correct = excluded.correct, last_answered_at = excluded.last_answered_at
;

INSERT INTO option_pick_count AS p (question_id, option_id, picks)
SELECT a.question_id, o.id, count(*)
FROM attempt_answer a
CROSS JOIN LATERAL jsonb_array_elements_text(a.response::jsonb -> 'optionIds') picked(option_id)
JOIN question_option o ON o.id = picked.option_id::bigint AND o.question_id = a.question_id
WHERE a.response::jsonb ->> 'type' = 'choice'
GROUP BY a.question_id, o.id
ON CONFLICT (question_id, option_id) DO UPDATE SET picks = excluded.picks
;

INSERT INTO learner_total AS t (learner_id, correct, answered)
SELECT learner_id, sum(correct_count), sum(correct_count + wrong_count) FROM learner_question GROUP BY learner_id
ON CONFLICT (learner_id) DO UPDATE SET correct = excluded.correct, answered = excluded.answered
;

INSERT INTO learner_topic_total AS t (learner_id, topic, correct, answered)
SELECT lq.learner_id, q.topic, sum(lq.correct_count), sum(lq.correct_count + lq.wrong_count)
FROM learner_question lq JOIN question q ON q.id = lq.question_id
GROUP BY lq.learner_id, q.topic
ON CONFLICT (learner_id, topic) DO UPDATE SET correct = excluded.correct, answered = excluded.answered
;
DELETE FROM answered_question_count
;
INSERT INTO answered_question_count (topic, stripe, questions)
SELECT q.topic, answered_question_stripe(q.id), count(*) FROM question_stats s JOIN question q ON q.id = s.question_id
GROUP BY q.topic, answered_question_stripe(q.id)
;
ALTER TABLE question_stats ENABLE TRIGGER question_stats_counts_answered
;
ALTER TABLE attempt_answer ENABLE TRIGGER attempt_answer_counts_for_stats
;
ALTER TABLE learner_question ENABLE TRIGGER learner_question_counts_total
;
-- As after any bulk load: planner statistics and the visibility map that index-only scans rely on, which
-- autovacuum would otherwise provide only minutes later (a database that took its answers over months has them).
VACUUM ANALYZE quiz_attempt, attempt_item, attempt_answer, learner_question, learner_total, learner_topic_total,
    question_stats, option_pick_count
