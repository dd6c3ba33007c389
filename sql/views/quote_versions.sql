-- How did each outlet word each quote, next to the reference version? (e.g. which outlets changed Choe Son-hui's words: filter on speaker and changed)
SELECT
    qa.story_id,
    s.label                          AS story_label,
    qa.group_id,
    coalesce(q.speaker, g.speaker)   AS speaker,
    q.speaker_role,
    qa.item_id                       AS quote_id,
    qa.article_id,
    a.outlet,
    a.language,
    a.published_at,
    CAST(a.published_at AS DATE)     AS day,
    a.url,
    q.agency,
    q.text,
    qa.reference_id,
    qa.reference_article_id,
    ra.outlet                        AS reference_outlet,
    ra.language                      AS reference_language,
    rq.text                          AS reference_text,
    qa.verdict,
    qa.similarity,
    qa.cross_language,
    qa.diff,
    coalesce(vc.comparable AND NOT vc.faithful, FALSE) AS changed,
    qa.run_id
FROM quote_alignments AS qa
JOIN quotes AS q              ON q.quote_id = qa.item_id
LEFT JOIN quote_groups AS g   ON g.group_id = qa.group_id
LEFT JOIN stories AS s        ON s.story_id = qa.story_id
LEFT JOIN articles AS a       ON a.article_id = qa.article_id
LEFT JOIN quotes AS rq        ON rq.quote_id = qa.reference_id
LEFT JOIN articles AS ra      ON ra.article_id = coalesce(qa.reference_article_id, rq.article_id)
LEFT JOIN verdict_classes AS vc ON vc.verdict = qa.verdict AND vc.kind = qa.kind
WHERE qa.kind = 'quote'
