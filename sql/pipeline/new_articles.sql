-- Articles a stage has not handled yet ($stage), oldest first.
SELECT a.article_id, a.external_id, a.language, a.published_at, a.source_url, a.title, a.text
FROM articles a
ANTI JOIN (SELECT article_id FROM stage_done WHERE stage = $stage) d USING (article_id)
ORDER BY a.published_at NULLS LAST, a.article_id
