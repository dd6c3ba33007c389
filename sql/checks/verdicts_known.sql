-- Alignments with a verdict the reliability views do not know (or a verdict of the wrong kind).
SELECT qa.item_id, qa.group_id, qa.kind, qa.verdict
FROM quote_alignments AS qa
LEFT JOIN verdict_classes AS vc ON vc.verdict = qa.verdict AND vc.kind = qa.kind
WHERE vc.verdict IS NULL
