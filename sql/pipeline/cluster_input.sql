-- Articles with the extraction's cross-language anchors, for clustering.
-- $only_new: true = the articles not yet in a story; false = those already in one and published
-- within the window around [$lo, $hi] (or undated).
WITH base AS (
    SELECT a.article_id, a.title, a.text, a.published_at, a.outlet, a.language
    FROM articles a
    LEFT JOIN story_articles s USING (article_id)
    WHERE CASE WHEN $only_new THEN s.article_id IS NULL
               ELSE s.article_id IS NOT NULL
                    AND (a.published_at IS NULL OR a.published_at BETWEEN $lo AND $hi) END
)
SELECT b.*,
    coalesce((SELECT list(DISTINCT c.agency ORDER BY c.agency) FROM citations c WHERE c.article_id = b.article_id), []) AS agencies,
    coalesce((SELECT list(f.value ORDER BY f.start) FROM figures f WHERE f.article_id = b.article_id), []) AS figures,
    coalesce((SELECT list(DISTINCT strftime(d.date, '%Y-%m-%d')) FROM dates d WHERE d.article_id = b.article_id), []) AS dates
FROM base b
ORDER BY b.published_at NULLS LAST, b.article_id
