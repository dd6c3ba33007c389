-- Which articles are an agency's own wire copy? (the outlet is one of the agency's names in compare/data/agencies.csv, or the canonical name of an agency cited or quoted in the corpus)
WITH names AS (
    SELECT alias_key, agency FROM agency_aliases
    UNION
    SELECT lower(agency), agency FROM citations WHERE agency IS NOT NULL
    UNION
    SELECT lower(agency), agency FROM quotes WHERE agency IS NOT NULL
    UNION
    SELECT lower(agency), agency FROM claims WHERE agency IS NOT NULL
)
SELECT DISTINCT n.agency, a.article_id, a.outlet, a.language, a.published_at
FROM articles AS a
JOIN names AS n ON n.alias_key = lower(trim(a.outlet))
