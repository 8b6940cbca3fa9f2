-- Anonymous creation per client address (guests, accounts, class-code guesses) in a fixed window; shared by every
-- app instance (platform.access.CreationLimits).
CREATE TABLE creation_limit (
    kind         VARCHAR(20)  NOT NULL,
    client       VARCHAR(100) NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL,
    used         INTEGER      NOT NULL,
    PRIMARY KEY (kind, client)
);
