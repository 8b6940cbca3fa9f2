-- A nickname is unique on the leaderboard ignoring case and diacritics ("Hoa Sen" = "hòa sen" = "HOA SEN"): the key
-- is computed by the application (learner.DisplayNames.sameNameKey) and unique here, so two learners saving the
-- same name at once cannot both win. Nicknames saved before this are keyed at start (learner.Leaderboard).
ALTER TABLE learner ADD COLUMN nickname_key VARCHAR(160);
CREATE UNIQUE INDEX learner_nickname_key_idx ON learner (nickname_key) WHERE nickname_key IS NOT NULL;
