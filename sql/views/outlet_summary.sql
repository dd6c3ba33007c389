-- What does each outlet publish: how many articles, in which languages, over what days, and how many findings on its articles? (findings counted as distinct items, see finding_items; n_finding_rows counts the rows)
WITH arts AS (
    SELECT outlet,
           count(*)                     AS n_articles,
           CAST(count_if(duplicate_of IS NOT NULL) AS BIGINT) AS n_duplicates,
           list(DISTINCT language ORDER BY language) AS languages,
           min(published_at)            AS first_published,
           max(published_at)            AS last_published
    FROM articles
    WHERE outlet IS NOT NULL
    GROUP BY outlet
),
found AS (
    -- distinct items (finding_items), each at its worst severity; the rows behind them apart
    SELECT a.outlet,
           count(*)                                        AS n_findings,
           CAST(count_if(i.severity_rank = 3) AS BIGINT)   AS n_high,
           CAST(sum(i.n_findings) AS BIGINT)               AS n_finding_rows
    FROM finding_items AS i
    JOIN articles AS a ON a.article_id = i.article_id
    GROUP BY a.outlet
)
SELECT ar.outlet, ar.n_articles, ar.n_duplicates, ar.languages, ar.first_published, ar.last_published,
       coalesce(f.n_findings, 0) AS n_findings,
       coalesce(f.n_high, 0)     AS n_high,
       coalesce(f.n_finding_rows, 0) AS n_finding_rows
FROM arts AS ar
LEFT JOIN found AS f ON f.outlet = ar.outlet
