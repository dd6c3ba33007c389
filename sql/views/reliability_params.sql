-- Which evidence threshold and confidence level do the reliability views use? (min_evidence: SET VARIABLE min_evidence = N to override, else the latest run's setting, else 5; z = 1.96 for 95% Wilson intervals)
SELECT
    coalesce(
        TRY_CAST(getvariable('min_evidence') AS INTEGER),
        (SELECT TRY_CAST(settings ->> 'min_evidence' AS INTEGER)
           FROM runs
          WHERE settings IS NOT NULL
          ORDER BY started_at DESC
          LIMIT 1),
        5
    ) AS min_evidence,
    1.96 AS z
