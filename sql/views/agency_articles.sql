-- Which articles are an agency's own wire copy? (the outlet is the agency itself, e.g. outlet 'Reuters' for an agency named 'Reuters' in citations or quotes)
WITH agencies AS (
    SELECT DISTINCT agency FROM citations WHERE agency IS NOT NULL
    UNION
    SELECT DISTINCT agency FROM quotes WHERE agency IS NOT NULL
    UNION
    SELECT DISTINCT agency FROM claims WHERE agency IS NOT NULL
)
SELECT g.agency, a.article_id, a.outlet, a.language, a.published_at
FROM articles AS a
JOIN agencies AS g ON lower(trim(a.outlet)) = lower(g.agency)
