-- Every recorded run, newest first (the report describes one of them and compares it with the one before).
SELECT run_id, command, started_at, ended_at, status, version,
       CAST(counts AS VARCHAR) AS counts
FROM runs
ORDER BY started_at DESC, run_id DESC
