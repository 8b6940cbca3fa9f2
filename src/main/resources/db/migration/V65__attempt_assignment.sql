-- An attempt started from a class assignment says so: the assignment is done once one of them is finished, with
-- that attempt's score, late when it was finished after the deadline. No foreign key: this migration's number comes
-- before class_assignment's (V50) on a new database; a removed assignment leaves the id unmatched, which reads as
-- "not from an assignment".
ALTER TABLE quiz_attempt ADD COLUMN assignment_id BIGINT;
CREATE INDEX quiz_attempt_assignment_idx ON quiz_attempt (assignment_id, learner_id) WHERE assignment_id IS NOT NULL;
