-- Guests bench-learner ${from}..${to}, each with 10 finished practice quizzes of 10 answered questions drawn from
-- the question bank (bench/run seeds it into a fresh database, so its ids have no gaps), and the per-question summary the app keeps (learner_question).
-- Guest i's token is 'bench' followed by i padded to 38 digits, so bench/run can sign in as any of them.
WITH r AS (SELECT min(id) AS lo, max(id) AS hi FROM question
), l AS (
    INSERT INTO learner (guest_id, guest_token_hash, created_at)
    SELECT gen_random_uuid(),
           encode(sha256(convert_to('bench' || lpad(i::text, 38, '0'), 'UTF8')), 'hex'), now() - interval '60 days'
    FROM generate_series(${from}, ${to}) i
    RETURNING id
), a AS (
    INSERT INTO quiz_attempt (learner_id, topic, mode, size, started_at, finished_at, score)
    SELECT l.id, 'mixed', 'practice', 10, now() - k * interval '1 day' - interval '10 minutes',
           now() - k * interval '1 day', (random() * 10)::int
    FROM l CROSS JOIN generate_series(1, 10) k
    RETURNING id, learner_id, finished_at
), it AS (
    INSERT INTO attempt_item (attempt_id, position, question_id, option_order, choice_order)
    SELECT a.id, p, r.lo + floor(random() * (r.hi - r.lo + 1))::bigint, '{}', '{}'
    FROM a CROSS JOIN generate_series(1, 10) p CROSS JOIN r
    RETURNING attempt_id, position, question_id
), ans AS (
    INSERT INTO attempt_answer (attempt_id, position, question_id, response, correct, credit, answered_at)
    SELECT it.attempt_id, it.position, it.question_id, '{"optionIds":[1]}', r.ok, CASE WHEN r.ok THEN 1 ELSE 0 END,
           a.finished_at - (10 - it.position) * interval '30 seconds'
    FROM it JOIN a ON a.id = it.attempt_id
    CROSS JOIN LATERAL (SELECT random() < 0.6 + 0 * it.position AS ok) r
    RETURNING attempt_id, question_id, correct, answered_at
)
INSERT INTO learner_question (learner_id, question_id, correct_count, wrong_count, last_correct, last_answered_at)
SELECT a.learner_id, ans.question_id, count(*) FILTER (WHERE ans.correct), count(*) FILTER (WHERE NOT ans.correct),
       (array_agg(ans.correct ORDER BY ans.answered_at DESC))[1], max(ans.answered_at)
FROM ans JOIN a ON a.id = ans.attempt_id
GROUP BY a.learner_id, ans.question_id
