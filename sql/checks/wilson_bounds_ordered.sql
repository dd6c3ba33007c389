-- Reliability scores whose interval does not contain the share, or leaves [0, 1].
SELECT scope, name, measure, n, share, wilson_low, wilson_high
FROM reliability_scores
WHERE NOT (0 <= wilson_low AND wilson_low <= share + 1e-9 AND share <= wilson_high + 1e-9
           AND wilson_high <= 1)
   OR (rank IS NOT NULL AND NOT enough_evidence)
