-- An assignment drawn from question sets picks its questions at a random place in pick_key order within the
-- sets (as a quiz does within a topic) instead of sorting the sets' questions by random().
CREATE INDEX question_set_pick_idx ON question (set_id, pick_key) WHERE status = 'published' AND NOT held_back;
