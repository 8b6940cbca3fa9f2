-- Teachers' classes: learners join with a short code; a teacher assigns quizzes to a class.
CREATE TABLE school_class (
    id         BIGSERIAL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    -- upper-case letters and digits without look-alikes (no 0/O, 1/I/L); compared upper-case
    join_code  VARCHAR(12)  NOT NULL UNIQUE,
    teacher_id BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX school_class_teacher_idx ON school_class (teacher_id, id);

CREATE TABLE class_member (
    class_id   BIGINT      NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    joined_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (class_id, account_id)
);
CREATE INDEX class_member_account_idx ON class_member (account_id);

CREATE TABLE class_assignment (
    id         BIGSERIAL PRIMARY KEY,
    class_id   BIGINT      NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    topic      VARCHAR(40) NOT NULL,
    size       SMALLINT    NOT NULL CHECK (size BETWEEN 1 AND 50),
    deadline   TIMESTAMPTZ NOT NULL,
    created_by BIGINT      REFERENCES account (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX class_assignment_class_idx ON class_assignment (class_id, deadline);
