-- Migration 004: the two items a finding compares, so an analyst can join a discrepancy to what it
-- is about. By kind:
--   altered_quote, truncated_quote, speaker_conflict  quotes.quote_id, both sides
--   number_conflict                                   figures.figure_id, both sides
--   agency_conflict                                   quotes.quote_id or claims.claim_id, both sides
--   unsupported_attribution                           claims.claim_id, or '<article_id>:cited:<sentence_index>'
--                                                     for a citing sentence; the reference is the agency's
--                                                     articles.article_id
--   uncredited_copy                                   articles.article_id, both sides
--   date_conflict                                     '<article_id>:date:<start>': the dates row of that
--                                                     article starting there
-- Rows written before this migration keep NULL until their story is next recomputed.
ALTER TABLE discrepancies ADD COLUMN item_id VARCHAR;
ALTER TABLE discrepancies ADD COLUMN reference_item_id VARCHAR;
