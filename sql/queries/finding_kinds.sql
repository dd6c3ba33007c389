-- Labels and descriptions of the finding kinds (findings pages).
SELECT kind, label, description FROM finding_kinds ORDER BY kind
