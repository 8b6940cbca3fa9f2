-- Published SINGLE questions number ${from}..${to} (4 options, one fact each), spread over the seven real topics.
-- Idempotent per number: the content hash is derived from it.
WITH q AS (
    INSERT INTO question (kind, topic, stem, explanation, origin, status, content_hash, quote, source_id, difficulty)
    SELECT 'SINGLE',
           (ARRAY['nine-tasks','five-lessons','three-pillars','figures','people','events','phrases'])[1 + i % 7],
           'Câu hỏi đo tải số ' || i || ': Hội nghị Đối ngoại toàn quốc lần thứ nhất được tổ chức vào năm nào?',
           'Hội nghị Đối ngoại toàn quốc lần thứ nhất diễn ra ngày 14/12/2021.',
           'imported', 'published', md5('bench-question-' || i),
           'Ngày 14/12/2021, Hội nghị Đối ngoại toàn quốc được tổ chức.', NULL, 0.5
    FROM generate_series(${from}, ${to}) i
    ON CONFLICT DO NOTHING
    RETURNING id
), f AS (
    INSERT INTO question_fact (question_id, fact_id)
    SELECT id, 'bench-fact-' || (id % 500) FROM q
)
INSERT INTO question_option (question_id, ordinal, text, correct)
SELECT q.id, o, (ARRAY['Năm 2021','Năm 2019','Năm 2020','Năm 2022'])[o], o = 1
FROM q CROSS JOIN generate_series(1, 4) o
;
ANALYZE question
;
ANALYZE question_option
;
ANALYZE question_fact
