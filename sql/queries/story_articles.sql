-- The articles of every story in publication order (story pages: who covered it, when, in which language).
SELECT sa.story_id, a.article_id, a.external_id, a.outlet, a.language, a.published_at,
       CAST(a.published_at AS DATE) AS day, a.title, a.url, a.duplicate_of, sa.score
FROM story_articles AS sa
JOIN articles AS a ON a.article_id = sa.article_id
ORDER BY sa.story_id, a.published_at NULLS LAST, a.outlet, a.article_id
