-- Quote and figure groups without exactly one item marked as the reference.
SELECT g.group_id, g.story_id, count(qa.item_id) AS n_references
FROM quote_groups AS g
LEFT JOIN quote_alignments AS qa ON qa.group_id = g.group_id AND qa.verdict = 'reference'
GROUP BY g.group_id, g.story_id
HAVING count(qa.item_id) <> 1
