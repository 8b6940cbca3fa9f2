-- A host may pause the open question: its clock stops at paused_at and goes on from there on resume.
ALTER TABLE game ADD COLUMN paused_at TIMESTAMPTZ;
