-- Story memberships pointing at an article that is not in the database.
SELECT sa.story_id, sa.article_id
FROM story_articles AS sa
LEFT JOIN articles AS a ON a.article_id = sa.article_id
WHERE a.article_id IS NULL
