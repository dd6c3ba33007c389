-- Migration 001: the base schema every stage counts on.
-- Columns are the contract between stages (see docs/ARCHITECTURE.md).

CREATE TABLE runs (
    run_id      VARCHAR PRIMARY KEY,   -- e.g. 20261125T165501Z-1a2b3c
    command     VARCHAR,               -- run, nightly, ingest, extract, ...
    started_at  TIMESTAMP NOT NULL,
    ended_at    TIMESTAMP,
    status      VARCHAR NOT NULL,      -- running, ok, rejects, failed
    settings    JSON,                  -- the settings the run used
    counts      JSON,                  -- {"ingest": {...}, "extract": {...}, ...}
    durations   JSON,                  -- seconds per stage
    version     VARCHAR                -- crosswire version that ran
);

CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY, -- ours: sha1(normalised url + normalised text)[:16]
    external_id   VARCHAR,             -- the input record's own id, where it had one
    url           VARCHAR,
    source_url    VARCHAR,             -- "Sumber:/Source:/Nguồn:" trailer: what this article relays
    outlet        VARCHAR,
    language      VARCHAR,             -- ISO 639-1
    published_at  TIMESTAMP,
    title         VARCHAR,
    text          VARCHAR,             -- cleaned body
    content_hash  VARCHAR NOT NULL,    -- sha1 of the normalised text: equal for near-identical copies
    duplicate_of  VARCHAR,             -- article_id of the first article with the same content_hash
    source_file   VARCHAR,
    source_line   INTEGER,
    extra         JSON,                -- unknown input fields, kept
    first_run_id  VARCHAR
);

CREATE TABLE rejects (
    file     VARCHAR NOT NULL,
    line     INTEGER,                  -- 1-based; NULL when the whole file was rejected
    reason   VARCHAR NOT NULL,         -- short code: truncated_json, missing_text, binary_file, ...
    detail   VARCHAR,                  -- a sentence a user can act on
    excerpt  VARCHAR,                  -- the first bytes of the bad record, decoded leniently
    run_id   VARCHAR,
    reject_key VARCHAR PRIMARY KEY     -- sha1(file, line, reason, excerpt): a rerun adds no duplicate
);

-- Which articles each stage has already processed (so a rerun does only new work).
CREATE TABLE stage_done (
    stage       VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    run_id      VARCHAR,
    PRIMARY KEY (stage, article_id)
);

CREATE TABLE citations (
    article_id     VARCHAR NOT NULL,
    agency         VARCHAR NOT NULL,   -- canonical name from compare/data/agencies.csv
    cue            VARCHAR,            -- the words that name it, as written
    sentence_index INTEGER,
    sentence       VARCHAR,
    "start"        INTEGER,            -- character offsets into articles.text
    "end"          INTEGER
);

CREATE TABLE quotes (
    quote_id       VARCHAR PRIMARY KEY, -- article_id + ':' + start
    article_id     VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,    -- inside the marks
    speaker        VARCHAR,             -- NULL when not recoverable
    speaker_role   VARCHAR,
    agency         VARCHAR,             -- the agency the quote came through, when the article says so
    sentence_index INTEGER,
    "start"        INTEGER,
    "end"          INTEGER
);

CREATE TABLE claims (
    claim_id       VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,    -- the sentence of reported speech
    speaker        VARCHAR,
    agency         VARCHAR,
    sentence_index INTEGER,
    "start"        INTEGER,
    "end"          INTEGER
);

CREATE TABLE figures (
    figure_id      VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    value          DOUBLE NOT NULL,
    unit           VARCHAR,             -- canonical: USD, EUR, troops, people, percent, ...
    qualifier      VARCHAR,             -- approximately, at_most, at_least, more_than, less_than
    subject        VARCHAR,             -- context words that say what was counted
    text           VARCHAR,
    sentence_index INTEGER,
    "start"        INTEGER,
    "end"          INTEGER
);

CREATE TABLE dates (
    article_id     VARCHAR NOT NULL,
    date           DATE NOT NULL,
    text           VARCHAR,
    sentence_index INTEGER,
    "start"        INTEGER,
    "end"          INTEGER
);

CREATE TABLE stories (
    story_id     VARCHAR PRIMARY KEY,   -- never changes once published
    label        VARCHAR,
    key_terms    VARCHAR,
    first_date   DATE,
    last_date    DATE,
    n_articles   INTEGER,
    outlets      VARCHAR[],
    languages    VARCHAR[],
    agencies     VARCHAR[],
    created_run_id VARCHAR,
    updated_run_id VARCHAR
);

CREATE TABLE story_articles (
    story_id    VARCHAR NOT NULL,
    article_id  VARCHAR PRIMARY KEY,
    score       DOUBLE,
    run_id      VARCHAR
);

CREATE TABLE story_aliases (
    old_id    VARCHAR PRIMARY KEY,
    story_id  VARCHAR NOT NULL,
    run_id    VARCHAR
);

CREATE TABLE quote_groups (
    group_id           VARCHAR PRIMARY KEY,
    story_id           VARCHAR NOT NULL,
    kind               VARCHAR NOT NULL,  -- quote or figure
    reference_id       VARCHAR,           -- quote_id or figure_id of the reference
    reference_article_id VARCHAR,
    speaker            VARCHAR,
    n_variants         INTEGER,
    run_id             VARCHAR
);

CREATE TABLE quote_alignments (
    item_id              VARCHAR NOT NULL, -- quote_id or figure_id
    kind                 VARCHAR NOT NULL, -- quote or figure
    group_id             VARCHAR NOT NULL,
    story_id             VARCHAR NOT NULL,
    article_id           VARCHAR NOT NULL,
    reference_id         VARCHAR,
    reference_article_id VARCHAR,
    verdict              VARCHAR,  -- reference, verbatim, punctuation, minor_edit, words_changed, truncated, extended, cross_language, value_agrees, value_conflict
    similarity           DOUBLE,
    cross_language       BOOLEAN,
    diff                 JSON,     -- word-level diff: [[op, words], ...]
    run_id               VARCHAR,
    PRIMARY KEY (item_id, group_id)
);

CREATE TABLE discrepancies (
    discrepancy_id       VARCHAR PRIMARY KEY, -- sha1 of kind + both items: stable across reruns
    kind                 VARCHAR NOT NULL,
    severity             VARCHAR NOT NULL,    -- low, medium, high
    story_id             VARCHAR,
    article_id           VARCHAR,
    reference_article_id VARCHAR,
    text                 VARCHAR,
    reference_text       VARCHAR,
    similarity           DOUBLE,
    explanation          VARCHAR,
    evidence             JSON,
    run_id               VARCHAR
);
