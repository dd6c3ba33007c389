-- Every outlet with its output and findings (outlet list and outlet pages).
SELECT outlet, n_articles, n_duplicates, languages, first_published, last_published, n_findings, n_high
FROM outlet_summary
ORDER BY lower(outlet), outlet
