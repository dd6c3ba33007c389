-- Which kinds of finding exist, and what does each mean in plain words? (labels and descriptions the report shows)
SELECT *
FROM (VALUES
    ('altered_quote',           'Altered quote',           'A quote relayed with words changed against the reference version.'),
    ('truncated_quote',         'Truncated quote',         'A quote relayed with part of it cut.'),
    ('number_conflict',         'Number conflict',         'The same measured thing given with a different value.'),
    ('date_conflict',           'Date conflict',           'The same event given a different date.'),
    ('speaker_conflict',        'Speaker conflict',        'The same words credited to a different person.'),
    ('agency_conflict',         'Agency conflict',         'The same quote or claim credited to a different agency.'),
    ('unsupported_attribution', 'Unsupported attribution', 'Credited to an agency whose own article does not contain it.'),
    ('uncredited_copy',         'Uncredited copy',         'An agency''s sentence reproduced without crediting it.')
) AS t(kind, label, description)
