-- The articles of the stories in the registered frame _stories, with what alignment needs.
SELECT a.article_id, a.external_id, a.outlet, a.language, a.published_at, a.url, a.source_url, a.title, a.text,
       a.source_file, sa.story_id
FROM articles a
JOIN story_articles sa USING (article_id)
JOIN _stories st ON st.story_id = sa.story_id
