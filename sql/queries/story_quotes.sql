-- Every quote version of every story, reference first in each group (story pages: versions side by side).
SELECT story_id, group_id, speaker, quote_id, article_id, outlet, language, published_at, url,
       agency, text, reference_id, reference_outlet, reference_language, reference_text,
       verdict, similarity, cross_language, CAST(diff AS VARCHAR) AS diff, changed
FROM quote_versions
ORDER BY story_id, group_id, verdict = 'reference' DESC, published_at NULLS LAST, outlet, quote_id
