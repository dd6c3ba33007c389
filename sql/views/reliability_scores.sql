-- How reliable is each outlet as a relay and each agency as a source, on how much evidence? (share with its count and 95% Wilson interval; below min_evidence flagged and never ranked)
WITH counts AS (
    SELECT scope, name, measure,
           count(*)                          AS n,
           CAST(count_if(success) AS BIGINT) AS successes,
           min(week)                         AS first_week,
           max(week)                         AS last_week
    FROM reliability_evidence
    GROUP BY scope, name, measure
),
bounds AS (
    SELECT c.*, p.min_evidence,
           c.successes / c.n AS share,
           (c.successes / c.n + p.z * p.z / (2 * c.n)) / (1 + p.z * p.z / c.n) AS centre,
           p.z * sqrt((c.successes / c.n) * (1 - c.successes / c.n) / c.n
                      + p.z * p.z / (4 * c.n * c.n)) / (1 + p.z * p.z / c.n) AS half_width
    FROM counts AS c CROSS JOIN reliability_params AS p
),
scored AS (
    SELECT *,
           CASE WHEN successes = 0 THEN 0.0 ELSE greatest(0.0, centre - half_width) END AS wilson_low,
           CASE WHEN successes = n THEN 1.0 ELSE least(1.0, centre + half_width) END AS wilson_high,
           n >= min_evidence AS enough_evidence
    FROM bounds
)
SELECT
    scope, name, measure, n, successes,
    n - successes AS failures,
    share, wilson_low, wilson_high, enough_evidence,
    -- ranked on the lower bound (a small sample cannot rank high); unranked below min_evidence
    CASE WHEN enough_evidence THEN
        rank() OVER (PARTITION BY scope, measure, enough_evidence ORDER BY wilson_low DESC, n DESC)
    END AS rank,
    min_evidence, first_week, last_week
FROM scored
