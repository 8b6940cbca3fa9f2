-- The teacher who created an account through the API: a teacher who is not an administrator manages only the
-- learners they created and the members of their own classes.
ALTER TABLE account ADD COLUMN created_by BIGINT REFERENCES account (id) ON DELETE SET NULL;
CREATE INDEX account_created_by_idx ON account (created_by) WHERE created_by IS NOT NULL;
