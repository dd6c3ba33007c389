-- How often do other agencies corroborate or contradict each agency's quotes and figures? (one row per agency; share corroborated with 95% Wilson interval)
SELECT name AS agency, measure, n,
       successes AS corroborated, failures AS contradicted,
       share, wilson_low, wilson_high, enough_evidence, rank, min_evidence, first_week, last_week
FROM reliability_scores
WHERE scope = 'agency'
