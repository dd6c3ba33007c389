-- Articles with the extraction's cross-language anchors, for clustering.
-- $only_new: true = the articles not yet in a story; false = every member of each story that has
-- a member published within [$lo, $hi] (or undated), so a story's counts, dates and label are
-- computed from all of it; assign_incremental itself compares only inside the window.
WITH near AS (
    SELECT DISTINCT s.story_id
    FROM story_articles s JOIN articles a USING (article_id)
    WHERE a.published_at IS NULL OR a.published_at BETWEEN $lo AND $hi
),
base AS (
    SELECT a.article_id, a.title, a.text, a.published_at, a.outlet, a.language
    FROM articles a
    LEFT JOIN story_articles s USING (article_id)
    WHERE CASE WHEN $only_new THEN s.article_id IS NULL
               ELSE s.story_id IN (SELECT story_id FROM near) END
)
SELECT b.*,
    coalesce((SELECT list(DISTINCT c.agency ORDER BY c.agency) FROM citations c WHERE c.article_id = b.article_id), []) AS agencies,
    coalesce((SELECT list(f.value ORDER BY f.start) FROM figures f WHERE f.article_id = b.article_id), []) AS figures,
    coalesce((SELECT list(DISTINCT strftime(d.date, '%Y-%m-%d')) FROM dates d WHERE d.article_id = b.article_id), []) AS dates
FROM base b
ORDER BY b.published_at NULLS LAST, b.article_id
