-- Findings with an unknown kind or severity, or naming an article that is not in the database.
SELECT d.discrepancy_id, d.kind, d.severity, d.article_id, d.reference_article_id
FROM discrepancies AS d
LEFT JOIN finding_kinds AS fk ON fk.kind = d.kind
LEFT JOIN articles AS a       ON a.article_id = d.article_id
LEFT JOIN articles AS ra      ON ra.article_id = d.reference_article_id
WHERE fk.kind IS NULL
   OR d.severity NOT IN ('low', 'medium', 'high')
   OR (d.article_id IS NOT NULL AND a.article_id IS NULL)
   OR (d.reference_article_id IS NOT NULL AND ra.article_id IS NULL)
