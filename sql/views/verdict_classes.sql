-- What does each alignment verdict (per kind: quote or figure) mean for reliability? (faithful: an exact relay; agrees / conflicts: the version matches / contradicts the reference; comparable: counts as evidence at all)
SELECT *
FROM (VALUES
    ('reference',      'quote',  TRUE,  TRUE,  FALSE, FALSE),
    ('verbatim',       'quote',  TRUE,  TRUE,  FALSE, TRUE),
    ('punctuation',    'quote',  TRUE,  TRUE,  FALSE, TRUE),
    ('minor_edit',     'quote',  FALSE, FALSE, FALSE, TRUE),
    ('words_changed',  'quote',  FALSE, FALSE, TRUE,  TRUE),
    ('truncated',      'quote',  FALSE, FALSE, FALSE, TRUE),
    ('extended',       'quote',  FALSE, FALSE, FALSE, TRUE),
    ('cross_language', 'quote',  FALSE, FALSE, FALSE, FALSE),
    ('reference',      'figure', TRUE,  TRUE,  FALSE, FALSE),
    ('value_agrees',   'figure', TRUE,  TRUE,  FALSE, TRUE),
    ('value_conflict', 'figure', FALSE, FALSE, TRUE,  TRUE)
) AS t(verdict, kind, faithful, agrees, conflicts, comparable)
