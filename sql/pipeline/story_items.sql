-- Every row of one item table ($table is substituted by name, never from user input) for the
-- stories in the registered frame _stories, with the story id.
SELECT i.*, sa.story_id
FROM {table} i
JOIN story_articles sa USING (article_id)
JOIN _stories st ON st.story_id = sa.story_id
