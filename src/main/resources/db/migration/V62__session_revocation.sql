-- Sign-in sessions of an account issued before this moment are refused on every instance (set at logout and at a
-- password change); null: every unexpired session stands.
ALTER TABLE account ADD COLUMN sessions_valid_from TIMESTAMPTZ;
