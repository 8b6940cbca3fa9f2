-- Whether a question was answered or given in a quiz decides whether a teacher's delete retires it, and the
-- question list shows it for every row: both look questions up in the attempt tables by question.
CREATE INDEX attempt_item_question_idx ON attempt_item (question_id);
CREATE INDEX attempt_answer_question_idx ON attempt_answer (question_id);
