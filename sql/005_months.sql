-- Migration 005: months named without a day ("in October", "8월", "в феврале"), which are not
-- dates: month is 'YYYY-MM', the year written beside it or else the one nearest publication
-- (compare/dates.py find_months). Articles extracted before this migration have none until they
-- are extracted again (`crosswire backfill`).
CREATE TABLE months (
    article_id     VARCHAR NOT NULL,
    month          VARCHAR NOT NULL,
    text           VARCHAR,
    sentence_index INTEGER,
    "start"        INTEGER,
    "end"          INTEGER
);
