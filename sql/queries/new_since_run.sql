-- What a run added: articles first seen, stories opened, findings recorded, inputs rejected ($run_id).
SELECT
    (SELECT count(*) FROM articles WHERE first_run_id = $run_id)   AS new_articles,
    (SELECT count(*) FROM stories WHERE created_run_id = $run_id)  AS new_stories,
    (SELECT count(*) FROM discrepancies
      WHERE coalesce(first_run_id, run_id) = $run_id)             AS new_findings,
    (SELECT count(*) FROM rejects WHERE run_id = $run_id)          AS new_rejects
