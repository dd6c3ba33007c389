-- Stories whose set of articles changed since stage $stage last handled them.
WITH current AS (
    SELECT story_id, md5(string_agg(article_id, ',' ORDER BY article_id)) AS signature
    FROM story_articles GROUP BY story_id
)
SELECT c.story_id, c.signature
FROM current c
LEFT JOIN story_stage s ON s.story_id = c.story_id AND s.stage = $stage
WHERE s.signature IS DISTINCT FROM c.signature
ORDER BY c.story_id
