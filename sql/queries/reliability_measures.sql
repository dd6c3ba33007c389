-- Labels and descriptions of the reliability measures (scorecards).
SELECT scope, measure, label, description FROM reliability_measures ORDER BY scope, measure
