-- Before seeding answers in bulk: the per-row triggers that keep the statistics totals are switched off (they would
-- make the seed several times slower); answers-end.sql recomputes the same totals set-based and switches them on.
ALTER TABLE attempt_answer DISABLE TRIGGER attempt_answer_counts_for_stats
;
ALTER TABLE learner_question DISABLE TRIGGER learner_question_counts_total
;
ALTER TABLE question_stats DISABLE TRIGGER question_stats_counts_answered
