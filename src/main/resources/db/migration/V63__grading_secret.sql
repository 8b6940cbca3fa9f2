-- A random key, made once per database, that seeds the option order of quiz-style study questions: the order (and
-- so the client ids of the options) cannot be worked out from anything a learner sees. Every app instance reads the
-- same row, so a page served by one instance is graded alike by another.
CREATE TABLE grading_secret (
    id     SMALLINT PRIMARY KEY CHECK (id = 1),
    secret TEXT     NOT NULL
);
INSERT INTO grading_secret (id, secret)
SELECT 1, md5(random()::text || clock_timestamp()::text) || md5(random()::text || pg_backend_pid()::text);
