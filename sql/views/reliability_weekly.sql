-- How did each outlet's and agency's scores move week by week? (ISO weeks starting Monday; same shares, counts and 95% Wilson bounds as reliability_scores)
WITH counts AS (
    SELECT scope, name, measure, week,
           count(*)                          AS n,
           CAST(count_if(success) AS BIGINT) AS successes
    FROM reliability_evidence
    WHERE week IS NOT NULL
    GROUP BY scope, name, measure, week
),
bounds AS (
    SELECT c.*, p.min_evidence,
           c.successes / c.n AS share,
           (c.successes / c.n + p.z * p.z / (2 * c.n)) / (1 + p.z * p.z / c.n) AS centre,
           p.z * sqrt((c.successes / c.n) * (1 - c.successes / c.n) / c.n
                      + p.z * p.z / (4 * c.n * c.n)) / (1 + p.z * p.z / c.n) AS half_width
    FROM counts AS c CROSS JOIN reliability_params AS p
)
SELECT
    scope, name, measure, week,
    strftime(week, '%G-W%V') AS iso_week,
    n, successes,
    n - successes AS failures,
    share,
    CASE WHEN successes = 0 THEN 0.0 ELSE greatest(0.0, centre - half_width) END AS wilson_low,
    CASE WHEN successes = n THEN 1.0 ELSE least(1.0, centre + half_width) END AS wilson_high,
    n >= min_evidence AS enough_evidence
FROM bounds
