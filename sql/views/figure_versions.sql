-- Every number given for a measured thing, by outlet and day, with its verdict against the story's reference (e.g. every number given for troops in Kursk: filter on unit and subject or story_label)
SELECT
    sa.story_id,
    s.label                          AS story_label,
    qa.group_id,
    f.figure_id,
    f.article_id,
    a.outlet,
    a.language,
    a.published_at,
    CAST(a.published_at AS DATE)     AS day,
    a.url,
    f.value,
    f.unit,
    f.qualifier,
    f.subject,
    f.text,
    qa.reference_id,
    rf.value                         AS reference_value,
    rf.qualifier                     AS reference_qualifier,
    rf.text                          AS reference_text,
    ra.outlet                        AS reference_outlet,
    qa.verdict,
    qa.similarity
FROM figures AS f
JOIN articles AS a              ON a.article_id = f.article_id
LEFT JOIN story_articles AS sa  ON sa.article_id = f.article_id
LEFT JOIN stories AS s          ON s.story_id = sa.story_id
LEFT JOIN quote_alignments AS qa ON qa.item_id = f.figure_id AND qa.kind = 'figure'
LEFT JOIN figures AS rf         ON rf.figure_id = qa.reference_id
LEFT JOIN articles AS ra        ON ra.article_id = coalesce(qa.reference_article_id, rf.article_id)
