-- For each agency, which outlets cite it where its own copy can be checked, and how often that copy supports them (agency pages).
SELECT agency, outlet,
       count(*)                            AS n_checkable,
       CAST(count_if(supported) AS BIGINT) AS n_supported
FROM citation_checks
GROUP BY agency, outlet
ORDER BY agency, n_checkable DESC, outlet
