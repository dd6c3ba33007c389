-- Migration 003: bookkeeping for stages that work per story (align, discrepancies).
-- signature = md5 of the story's sorted article ids: a story is redone when its articles change.
CREATE TABLE story_stage (
    stage      VARCHAR NOT NULL,
    story_id   VARCHAR NOT NULL,
    signature  VARCHAR NOT NULL,
    run_id     VARCHAR,
    PRIMARY KEY (stage, story_id)
);
