-- All weekly reliability scores, oldest week first (trend charts).
SELECT scope, name, measure, week, iso_week, n, successes, share, wilson_low, wilson_high,
       enough_evidence
FROM reliability_weekly
ORDER BY scope, name, measure, week
