-- A teacher owns at most QuestionSets.MAX_OWNED sets; counting hers before each new one reads this index.
CREATE INDEX question_set_owner_idx ON question_set (owner_id);
