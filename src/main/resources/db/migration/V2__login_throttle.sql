-- Failed sign-ins per client address and username, in a fixed window; shared by every app instance.
CREATE TABLE login_throttle (
    client_key   VARCHAR(200) PRIMARY KEY,
    window_start TIMESTAMPTZ  NOT NULL,
    failures     INTEGER      NOT NULL
);
