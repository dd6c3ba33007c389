-- Every story with its coverage and findings, most findings first (index top list and story list pages).
SELECT *
FROM story_summary
ORDER BY n_findings DESC, n_high DESC, last_published DESC NULLS LAST, story_id
