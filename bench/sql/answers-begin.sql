-- Before seeding answers in bulk: the per-answer trigger that keeps the statistics totals is switched off (it would
-- make the seed several times slower); answers-end.sql recomputes the same totals set-based and switches it on.
ALTER TABLE attempt_answer DISABLE TRIGGER attempt_answer_counts_for_stats
