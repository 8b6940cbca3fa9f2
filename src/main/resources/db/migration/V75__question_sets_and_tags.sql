-- Question sets (Moodle's question categories): nested, made by a teacher who alone changes them; a shared set is
-- seen and used by every teacher. A question is in at most one set; a set holding questions or subsets is not
-- deleted (the API refuses or moves the questions first; the keys agree).
CREATE TABLE question_set (
    id         BIGSERIAL PRIMARY KEY,
    parent_id  BIGINT       REFERENCES question_set (id),
    name       VARCHAR(100) NOT NULL,
    owner_id   BIGINT       REFERENCES account (id) ON DELETE SET NULL,
    shared     BOOLEAN      NOT NULL DEFAULT false,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version    INTEGER      NOT NULL DEFAULT 0
);
-- one name per parent (top-level sets: per owner)
CREATE UNIQUE INDEX question_set_name_idx ON question_set (coalesce(parent_id, 0), coalesce(owner_id, 0), name);
CREATE INDEX question_set_parent_idx ON question_set (parent_id);

ALTER TABLE question ADD COLUMN set_id BIGINT REFERENCES question_set (id);
CREATE INDEX question_set_id_idx ON question (set_id) WHERE set_id IS NOT NULL;

-- Free tags a teacher puts on questions, stored as written (NFC, trimmed); compared case-insensitively via key.
CREATE TABLE question_tag (
    question_id BIGINT      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    tag         VARCHAR(40) NOT NULL,
    PRIMARY KEY (question_id, tag)
);
CREATE INDEX question_tag_tag_idx ON question_tag (tag);

-- Diacritic-insensitive text of stem and options for q= search (đ -> d, marks removed, lower case), written by the
-- application on every write; this backfill computes the same key in SQL for the questions already stored.
ALTER TABLE question ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE question q SET search_text = lower(regexp_replace(normalize(translate(
        q.stem || ' ' || coalesce((SELECT string_agg(o.text, ' ' ORDER BY o.ordinal) FROM question_option o
                                   WHERE o.question_id = q.id), ''),
        'Đđ', 'dd'), NFD), '[\u0300-\u036f]', '', 'g'));
