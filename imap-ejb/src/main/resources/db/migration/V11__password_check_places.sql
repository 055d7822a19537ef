-- R27: an account's five places for a password check. A check takes a place before its password is tried; the
-- primary key lets no sixth start while five are failed or under way, on one server or several.
CREATE TABLE password_check (
    account_name VARCHAR(320) NOT NULL,
    place        INTEGER NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE,
    holds_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_name, place),
    CHECK (place >= 0 AND place < 5)
);
