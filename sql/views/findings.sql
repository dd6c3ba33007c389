-- Every discrepancy found, with the story, outlets, languages, days and links of both articles, readable without joins
SELECT
    d.discrepancy_id,
    d.kind,
    coalesce(fk.label, d.kind)    AS kind_label,
    d.severity,
    CASE d.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END AS severity_rank,
    d.story_id,
    s.label                       AS story_label,
    d.article_id,
    a.outlet,
    a.language,
    a.published_at,
    CAST(a.published_at AS DATE)  AS day,
    a.url,
    a.external_id,
    a.title,
    d.reference_article_id,
    ra.outlet                     AS reference_outlet,
    ra.language                   AS reference_language,
    ra.published_at               AS reference_published_at,
    ra.url                        AS reference_url,
    ra.external_id                AS reference_external_id,
    d.text,
    d.reference_text,
    d.similarity,
    d.explanation,
    d.evidence,
    TRY_CAST(d.evidence ->> 'severity_reason' AS VARCHAR) AS severity_reason,
    d.run_id,
    coalesce(d.first_run_id, d.run_id) AS first_run_id
FROM discrepancies AS d
LEFT JOIN finding_kinds AS fk ON fk.kind = d.kind
LEFT JOIN stories AS s   ON s.story_id = d.story_id
LEFT JOIN articles AS a  ON a.article_id = d.article_id
LEFT JOIN articles AS ra ON ra.article_id = d.reference_article_id
