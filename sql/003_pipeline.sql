-- Migration 003: bookkeeping for stages that work per story (align, discrepancies).
-- signature = md5 of the story's sorted article ids: a story is redone when its articles change.
CREATE TABLE story_stage (
    stage      VARCHAR NOT NULL,
    story_id   VARCHAR NOT NULL,
    signature  VARCHAR NOT NULL,
    run_id     VARCHAR,
    PRIMARY KEY (stage, story_id)
);

-- Files already ingested, so a nightly run reads only new or changed files.
CREATE TABLE ingested_files (
    path       VARCHAR PRIMARY KEY,   -- resolved absolute path
    size       BIGINT NOT NULL,
    mtime      DOUBLE NOT NULL,
    sha1       VARCHAR NOT NULL,
    run_id     VARCHAR
);

-- When a finding was first seen (discrepancies are recomputed per story; their ids are stable).
ALTER TABLE discrepancies ADD COLUMN first_run_id VARCHAR;
