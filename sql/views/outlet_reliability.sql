-- How faithfully does each outlet relay quotes, figures and agency citations? (one row per outlet and measure: quotes_faithful, figures_agree, citations_supported)
SELECT name AS outlet, measure, n, successes, failures, share, wilson_low, wilson_high,
       enough_evidence, rank, min_evidence, first_week, last_week
FROM reliability_scores
WHERE scope = 'outlet'
