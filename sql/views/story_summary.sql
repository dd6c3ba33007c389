-- Which stories have the most findings, and which outlets and languages covered them over what days? (findings counted as distinct items, see finding_items; n_finding_rows counts the rows)
WITH members AS (
    SELECT sa.story_id,
           count(*)                    AS n_articles,
           count(DISTINCT a.outlet)    AS n_outlets,
           count(DISTINCT a.language)  AS n_languages,
           list(DISTINCT a.language ORDER BY a.language) AS language_list,
           min(a.published_at)         AS first_published,
           max(a.published_at)         AS last_published
    FROM story_articles AS sa
    JOIN articles AS a ON a.article_id = sa.article_id
    GROUP BY sa.story_id
),
found AS (
    -- distinct items (finding_items), each at its worst severity; the rows behind them apart
    SELECT story_id,
           count(*)                                        AS n_findings,
           CAST(count_if(severity_rank = 3) AS BIGINT)     AS n_high,
           CAST(count_if(severity_rank = 2) AS BIGINT)     AS n_medium,
           CAST(count_if(severity_rank = 1) AS BIGINT)     AS n_low,
           CAST(sum(n_findings) AS BIGINT)                 AS n_finding_rows
    FROM finding_items
    GROUP BY story_id
),
grouped AS (
    SELECT story_id,
           CAST(count_if(kind = 'quote') AS BIGINT)  AS n_quote_groups,
           CAST(count_if(kind = 'figure') AS BIGINT) AS n_figure_groups
    FROM quote_groups
    GROUP BY story_id
)
SELECT
    s.story_id,
    s.label,
    s.first_date,
    s.last_date,
    coalesce(m.n_articles, 0)       AS n_articles,
    coalesce(m.n_outlets, 0)        AS n_outlets,
    coalesce(m.n_languages, 0)      AS n_languages,
    m.language_list,
    m.first_published,
    m.last_published,
    coalesce(g.n_quote_groups, 0)   AS n_quote_groups,
    coalesce(g.n_figure_groups, 0)  AS n_figure_groups,
    coalesce(f.n_findings, 0)       AS n_findings,
    coalesce(f.n_high, 0)           AS n_high,
    coalesce(f.n_medium, 0)         AS n_medium,
    coalesce(f.n_low, 0)            AS n_low,
    coalesce(f.n_finding_rows, 0)   AS n_finding_rows,
    s.created_run_id,
    s.updated_run_id
FROM stories AS s
LEFT JOIN members AS m ON m.story_id = s.story_id
LEFT JOIN found AS f   ON f.story_id = s.story_id
LEFT JOIN grouped AS g ON g.story_id = s.story_id
