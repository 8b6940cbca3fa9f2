-- An answer earns a share of its question's mark (0 to 1): option weights such as GIFT's %50% count as written.
-- "correct" stays: it means full credit, and is what mastery, streaks, XP and statistics count.
ALTER TABLE attempt_answer ADD COLUMN credit NUMERIC(4, 3);
UPDATE attempt_answer SET credit = CASE WHEN correct THEN 1 ELSE 0 END;
ALTER TABLE attempt_answer ALTER COLUMN credit SET NOT NULL,
    ADD CONSTRAINT attempt_answer_credit_range CHECK (credit BETWEEN 0 AND 1),
    ADD CONSTRAINT attempt_answer_correct_is_full_credit CHECK (correct = (credit = 1));

-- An attempt's score is the sum of its answers' credits.
ALTER TABLE quiz_attempt ALTER COLUMN score TYPE NUMERIC(7, 3);
