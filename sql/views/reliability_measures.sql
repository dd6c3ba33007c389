-- What does each reliability measure count, and what counts as a success? (labels and descriptions the report shows)
SELECT *
FROM (VALUES
    ('outlet', 'quotes_faithful',     'Quotes relayed faithfully',
     'Share of the outlet''s quotes that match the reference version verbatim or with punctuation-only changes (cross-language versions not counted).'),
    ('outlet', 'figures_agree',       'Figures agreeing',
     'Share of the outlet''s figures whose value agrees with the story''s reference figure for the same measured thing.'),
    ('outlet', 'citations_supported', 'Citations supported',
     'Share of the outlet''s agency citations, checkable against the agency''s own article in the same story, that the article supports.'),
    ('agency', 'corroborated',        'Corroborated by other agencies',
     'Share of the quotes and figures this agency carries, also carried by another agency, where the other agency''s version agrees rather than contradicts.')
) AS t(scope, measure, label, description)
