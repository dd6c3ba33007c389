-- Quote or figure alignments whose article does not belong to the story they were aligned in.
SELECT qa.item_id, qa.group_id, qa.story_id, qa.article_id
FROM quote_alignments AS qa
LEFT JOIN story_articles AS sa ON sa.article_id = qa.article_id AND sa.story_id = qa.story_id
WHERE sa.article_id IS NULL
