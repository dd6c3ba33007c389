-- Forget what extract, align and discrepancies did for the articles published in [$lo, $hi],
-- so the next run redoes them.
CREATE OR REPLACE TEMP TABLE _backfill AS
    SELECT article_id FROM articles WHERE published_at BETWEEN $lo AND $hi;
DELETE FROM citations WHERE article_id IN (SELECT article_id FROM _backfill);
DELETE FROM quotes WHERE article_id IN (SELECT article_id FROM _backfill);
DELETE FROM claims WHERE article_id IN (SELECT article_id FROM _backfill);
DELETE FROM figures WHERE article_id IN (SELECT article_id FROM _backfill);
DELETE FROM dates WHERE article_id IN (SELECT article_id FROM _backfill);
DELETE FROM months WHERE article_id IN (SELECT article_id FROM _backfill);
DELETE FROM stage_done WHERE stage = 'extract' AND article_id IN (SELECT article_id FROM _backfill);
DELETE FROM story_stage WHERE story_id IN (
    SELECT story_id FROM story_articles WHERE article_id IN (SELECT article_id FROM _backfill));
