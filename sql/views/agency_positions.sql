-- For each quote or figure group, which agencies carry a version of it and does their version match the group's reference? (an item belongs to an agency when it is credited to it, or comes from the agency's own article, or a figure sits in a sentence citing it)
WITH quote_items AS (
    SELECT qa.group_id, qa.story_id, qa.kind, qa.item_id, qa.article_id, qa.verdict, q.agency
    FROM quote_alignments AS qa
    JOIN quotes AS q ON q.quote_id = qa.item_id
    WHERE qa.kind = 'quote' AND q.agency IS NOT NULL
),
figure_items AS (
    SELECT DISTINCT qa.group_id, qa.story_id, qa.kind, qa.item_id, qa.article_id, qa.verdict, c.agency
    FROM quote_alignments AS qa
    JOIN figures AS f   ON f.figure_id = qa.item_id
    JOIN citations AS c ON c.article_id = f.article_id AND c.sentence_index = f.sentence_index
    WHERE qa.kind = 'figure'
),
own_items AS (
    SELECT qa.group_id, qa.story_id, qa.kind, qa.item_id, qa.article_id, qa.verdict, own.agency
    FROM quote_alignments AS qa
    JOIN agency_articles AS own ON own.article_id = qa.article_id
),
items AS (
    SELECT * FROM quote_items
    UNION
    SELECT * FROM figure_items
    UNION
    SELECT * FROM own_items
)
SELECT
    i.group_id,
    i.story_id,
    i.kind,
    i.agency,
    min(a.published_at)                    AS published_at,
    count(*)                               AS n_items,
    bool_or(coalesce(vc.agrees, FALSE))    AS agrees,
    bool_or(coalesce(vc.conflicts, FALSE)) AS conflicts
FROM items AS i
LEFT JOIN verdict_classes AS vc ON vc.verdict = i.verdict AND vc.kind = i.kind
LEFT JOIN articles AS a         ON a.article_id = i.article_id
GROUP BY i.group_id, i.story_id, i.kind, i.agency
