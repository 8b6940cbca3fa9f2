-- An attempt started from a class assignment says so: the assignment is done once one of them is finished, with
-- that attempt's score, late when it was finished after the deadline.
ALTER TABLE quiz_attempt ADD COLUMN assignment_id BIGINT REFERENCES class_assignment (id) ON DELETE SET NULL;
CREATE INDEX quiz_attempt_assignment_idx ON quiz_attempt (assignment_id, learner_id) WHERE assignment_id IS NOT NULL;
