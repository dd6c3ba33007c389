-- The index page's headline counts for the whole database.
SELECT
    (SELECT count(*) FROM articles WHERE duplicate_of IS NULL)             AS articles,
    (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL)         AS duplicates,
    (SELECT count(DISTINCT outlet) FROM articles)                          AS outlets,
    (SELECT count(DISTINCT language) FROM articles)                        AS languages,
    (SELECT count(*) FROM stories)                                         AS stories,
    (SELECT count(*) FROM discrepancies)                                   AS findings,
    (SELECT count(*) FROM discrepancies WHERE severity = 'high')           AS findings_high,
    (SELECT count(*) FROM rejects)                                         AS rejects,
    (SELECT count(*) FROM quote_groups WHERE kind = 'quote')               AS quote_groups,
    (SELECT count(*) FROM quote_groups WHERE kind = 'figure')              AS figure_groups,
    (SELECT count(DISTINCT agency) FROM citations)                         AS agencies
