-- Accounts made from a class roster start with a one-time password, to be replaced at the first sign-in.
ALTER TABLE account ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT false;
