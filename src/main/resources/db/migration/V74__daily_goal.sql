-- The number of questions a learner means to answer each day (the home page's daily goal).
ALTER TABLE learner ADD COLUMN daily_goal SMALLINT NOT NULL DEFAULT 20
    CONSTRAINT learner_daily_goal_range CHECK (daily_goal BETWEEN 5 AND 200);
