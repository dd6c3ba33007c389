-- When other agencies carry the same quote or figure, do they corroborate or contradict this agency's version? (one row per agency and group; both versions matching the reference = corroborated, one matching and one not = contradicted)
WITH positions AS (
    SELECT *,
           CASE WHEN agrees THEN 'agrees' WHEN conflicts THEN 'conflicts' END AS position
    FROM agency_positions
),
pairs AS (
    SELECT x.group_id, x.story_id, x.kind, x.agency, x.published_at, x.position,
           y.agency AS other_agency, y.position AS other_position
    FROM positions AS x
    JOIN positions AS y ON y.group_id = x.group_id AND y.agency <> x.agency
    WHERE x.position IS NOT NULL AND y.position IS NOT NULL
      AND NOT (x.position = 'conflicts' AND y.position = 'conflicts')
)
SELECT
    group_id,
    story_id,
    kind,
    agency,
    min(published_at)                                        AS published_at,
    list(DISTINCT other_agency ORDER BY other_agency)        AS other_agencies,
    CAST(count_if(position = other_position) AS BIGINT)      AS n_corroborating,
    CAST(count_if(position <> other_position) AS BIGINT)     AS n_contradicting,
    bool_and(position = other_position)                      AS corroborated
FROM pairs
GROUP BY group_id, story_id, kind, agency
