-- Which agency citations can be checked against the agency's own article in the same story, and did that article support them? (an unsupported_attribution finding on the citing article marks it unsupported)
WITH cited AS (
    SELECT DISTINCT c.article_id, c.agency
    FROM citations AS c
),
checkable AS (
    SELECT ci.article_id, ci.agency, sa.story_id,
           list(DISTINCT own.article_id) AS agency_article_ids
    FROM cited AS ci
    JOIN story_articles AS sa     ON sa.article_id = ci.article_id
    JOIN story_articles AS osa    ON osa.story_id = sa.story_id
    JOIN agency_articles AS own   ON own.article_id = osa.article_id
                                 AND own.agency = ci.agency
                                 AND own.article_id <> ci.article_id
    GROUP BY ci.article_id, ci.agency, sa.story_id
)
SELECT
    k.article_id,
    k.agency,
    k.story_id,
    a.outlet,
    a.language,
    a.published_at,
    k.agency_article_ids,
    NOT EXISTS (
        SELECT 1 FROM discrepancies AS d
        WHERE d.kind = 'unsupported_attribution'
          AND d.article_id = k.article_id
          AND (list_contains(k.agency_article_ids, d.reference_article_id)
               OR lower(TRY_CAST(d.evidence ->> 'agency' AS VARCHAR)) = lower(k.agency))
    ) AS supported
FROM checkable AS k
JOIN articles AS a ON a.article_id = k.article_id
