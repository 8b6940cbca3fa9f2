-- Administrators: teachers who may create teachers and reset other teachers' passwords (platform.access.Permissions).
-- The first teacher (QUIZ_TEACHER_USERNAME) is made one at start-up.
ALTER TABLE account ADD COLUMN admin BOOLEAN NOT NULL DEFAULT false;
