-- Every figure of every story by measured thing and outlet (story pages: figures table).
SELECT story_id, group_id, figure_id, article_id, outlet, language, published_at, day, url,
       value, unit, qualifier, subject, text, reference_value, reference_outlet, verdict
FROM figure_versions
WHERE story_id IS NOT NULL
ORDER BY story_id, group_id NULLS LAST, unit NULLS LAST, verdict = 'reference' DESC,
         published_at NULLS LAST, outlet, figure_id
