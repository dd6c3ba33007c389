"""The whole pipeline on the synthetic sample corpus: every table the corpus should fill is
filled, each kind of planted disagreement is found, and faithful relays are left alone."""

from __future__ import annotations

import json

import duckdb
import pytest

from compare.evaluation import eval_sample

EXPECTED = json.loads(eval_sample.EXPECTED.read_text(encoding="utf-8"))
KINDS = sorted({d["kind"] for d in EXPECTED["discrepancies"]})


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    return eval_sample.run_pipeline(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="module")
def findings(sample_db):
    return eval_sample.load_findings(sample_db)


@pytest.mark.parametrize("table", ["articles", "citations", "quotes", "claims", "figures", "dates", "stories",
                                   "story_articles", "quote_groups", "quote_alignments", "discrepancies", "runs", "months"])
def test_the_sample_fills_every_table(sample_db, table):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        assert con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] > 0


QUOTE, FIGURE, CLAIM, ARTICLE = "quotes.quote_id", "figures.figure_id", "claims.claim_id", "articles.article_id"
CITING = "citations.article_id || ':cited:' || citations.sentence_index"
DATE = "dates.article_id || ':date:' || dates.start"
ITEM_TARGETS = {  # what a discrepancy's item_id and reference_item_id may point at, by kind
    "altered_quote": ((QUOTE,), (QUOTE,)),
    "truncated_quote": ((QUOTE,), (QUOTE,)),
    "speaker_conflict": ((QUOTE,), (QUOTE,)),
    "number_conflict": ((FIGURE,), (FIGURE,)),
    "agency_conflict": ((QUOTE, CLAIM), (QUOTE, CLAIM)),
    "unsupported_attribution": ((CLAIM, CITING), (ARTICLE,)),
    "uncredited_copy": ((ARTICLE,), (ARTICLE,)),
    "date_conflict": ((DATE,), (DATE,)),
}


@pytest.mark.parametrize("kind", sorted(ITEM_TARGETS))
def test_discrepancies_name_the_items_they_compare(sample_db, kind):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        total = con.execute("SELECT count(*) FROM discrepancies WHERE kind = ?", [kind]).fetchall()[0][0]
        assert total > 0
        for column, targets in zip(("item_id", "reference_item_id"), ITEM_TARGETS[kind], strict=True):
            found = " OR ".join(f"EXISTS (SELECT 1 FROM {t.split('.')[0]} WHERE {t} = d.{column})" for t in targets)
            unmatched = con.execute(
                f"SELECT count(*) FROM discrepancies d WHERE d.kind = ? AND NOT ({found})", [kind]
            ).fetchall()[0][0]
            assert unmatched == 0, f"{kind}.{column}: {unmatched} of {total} point at no row"


def test_nothing_in_the_sample_is_rejected(sample_db):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM rejects").fetchall()[0][0] == 0
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == len(EXPECTED["articles"])


@pytest.mark.parametrize("kind", KINDS)
def test_each_planted_kind_is_found(findings, kind):
    plants = [d for d in EXPECTED["discrepancies"] if d["kind"] == kind]
    found = [p for p in plants if eval_sample.pair_found(findings, {kind}, p["article_id"], p["reference_article_id"])]
    assert found, f"none of the {len(plants)} planted {kind} was found"


@pytest.mark.parametrize("relay", [f for f in EXPECTED["faithful"] if f["kind"] in ("verbatim", "punctuation_only")],
                         ids=lambda f: f"{f['kind']}:{f['article_id']}")
def test_faithful_quotes_are_not_flagged(findings, relay):
    kinds = eval_sample.FLAGS_AGAINST_FAITHFUL[relay["kind"]]
    assert not eval_sample.flags_text(findings, kinds, relay)


def test_stories_follow_the_planted_ones(sample_db):
    assert eval_sample.story_bcubed(sample_db, EXPECTED) >= 0.8
