-- Every finding, worst first (findings pages, story pages, outlet and agency pages).
SELECT discrepancy_id, kind, kind_label, severity, severity_rank, story_id, story_label, article_id, outlet,
       language, published_at, day, url, external_id, title, reference_article_id,
       reference_outlet, reference_language, reference_url, reference_external_id, text,
       reference_text, similarity, explanation, severity_reason, run_id, first_run_id
FROM findings
ORDER BY severity_rank DESC, published_at DESC NULLS LAST, discrepancy_id
