-- Every row of a table keyed by story ($table is substituted by name, never from user input) for
-- the stories in the registered frame _stories.
SELECT t.*
FROM {table} t
JOIN _stories USING (story_id)
