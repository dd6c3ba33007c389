-- All reliability scores (scorecards and rankings).
SELECT scope, name, measure, n, successes, failures, share, wilson_low, wilson_high,
       enough_evidence, rank, min_evidence
FROM reliability_scores
ORDER BY scope, name, measure
