-- Every piece of evidence behind the reliability scores, one row each: which outlet or agency, which measure, which ISO week, and whether it went the good way
SELECT 'outlet' AS scope, qv.outlet AS name, 'quotes_faithful' AS measure,
       CAST(date_trunc('week', qv.published_at) AS DATE) AS week,
       qv.quote_id AS item_id, qv.article_id, qv.story_id,
       NOT qv.changed AS success
FROM quote_versions AS qv
JOIN verdict_classes AS vc ON vc.verdict = qv.verdict AND vc.kind = 'quote' AND vc.comparable
WHERE qv.outlet IS NOT NULL
UNION ALL
SELECT 'outlet', a.outlet, 'figures_agree',
       CAST(date_trunc('week', a.published_at) AS DATE),
       qa.item_id, qa.article_id, qa.story_id,
       vc.agrees
FROM quote_alignments AS qa
JOIN verdict_classes AS vc ON vc.verdict = qa.verdict AND vc.kind = qa.kind AND vc.comparable
JOIN articles AS a ON a.article_id = qa.article_id
WHERE qa.kind = 'figure' AND a.outlet IS NOT NULL
UNION ALL
SELECT 'outlet', cc.outlet, 'citations_supported',
       CAST(date_trunc('week', cc.published_at) AS DATE),
       cc.article_id || ':' || cc.agency, cc.article_id, cc.story_id,
       cc.supported
FROM citation_checks AS cc
WHERE cc.outlet IS NOT NULL
UNION ALL
SELECT 'agency', ac.agency, 'corroborated',
       CAST(date_trunc('week', ac.published_at) AS DATE),
       ac.group_id, NULL, ac.story_id,
       ac.corroborated
FROM agency_comparisons AS ac
