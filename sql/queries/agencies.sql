-- Every agency cited or quoted: how many articles and outlets credit it, and whether its own copy is in the corpus (agency list and pages).
WITH credited AS (
    SELECT agency, article_id FROM citations
    UNION
    SELECT agency, article_id FROM quotes WHERE agency IS NOT NULL
),
counts AS (
    SELECT c.agency,
           count(DISTINCT c.article_id) AS n_citing_articles,
           count(DISTINCT a.outlet)     AS n_citing_outlets
    FROM credited AS c
    JOIN articles AS a ON a.article_id = c.article_id
    GROUP BY c.agency
),
own AS (
    SELECT agency, count(*) AS n_own_articles FROM agency_articles GROUP BY agency
)
SELECT c.agency, c.n_citing_articles, c.n_citing_outlets, coalesce(o.n_own_articles, 0) AS n_own_articles
FROM counts AS c
LEFT JOIN own AS o ON o.agency = c.agency
ORDER BY lower(c.agency), c.agency
