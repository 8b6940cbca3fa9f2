-- Articles teachers upload: stored as drafts with their proposed facts until a teacher publishes them.
-- origin tells them from the shipped articles, which the start-up loader owns (it retires shipped rows only).
ALTER TABLE source_document ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'shipped'
    CHECK (origin IN ('shipped', 'teacher'));
ALTER TABLE source_document DROP CONSTRAINT source_document_status_check;
ALTER TABLE source_document ADD CONSTRAINT source_document_status_check
    CHECK (status IN ('active', 'retired', 'draft'));
ALTER TABLE source_document ADD COLUMN created_by BIGINT REFERENCES account (id) ON DELETE SET NULL;

ALTER TABLE fact ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'shipped' CHECK (origin IN ('shipped', 'teacher'));
ALTER TABLE fact DROP CONSTRAINT fact_status_check;
ALTER TABLE fact ADD CONSTRAINT fact_status_check CHECK (status IN ('active', 'retired', 'draft'));
-- a proposed fact may belong to a set the curated families do not cover; a reviewer files it before it goes live
ALTER TABLE fact ALTER COLUMN fact_set DROP NOT NULL;
ALTER TABLE fact ADD COLUMN proposed_set VARCHAR(100);
ALTER TABLE fact ADD CONSTRAINT fact_live_has_set CHECK (fact_set IS NOT NULL OR status = 'draft');
CREATE INDEX question_source_idx ON question (source_id, status);
