-- Which distinct problems do the findings point at? (one row per story, kind, article and flagged text: a wrong date or number checked against several references gives several findings but is one item)
SELECT
    story_id,
    kind,
    article_id,
    text,
    CAST(count(*) AS BIGINT)                                   AS n_findings,
    max(CASE severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END)
                                                               AS severity_rank,
    list(discrepancy_id ORDER BY discrepancy_id)               AS discrepancy_ids,
    list(DISTINCT reference_article_id ORDER BY reference_article_id)
        FILTER (WHERE reference_article_id IS NOT NULL)        AS reference_article_ids,
    min(coalesce(first_run_id, run_id))                        AS first_run_id
FROM discrepancies
GROUP BY story_id, kind, article_id, text
