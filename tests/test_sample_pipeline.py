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
                                   "story_articles", "quote_groups", "quote_alignments", "discrepancies", "runs"])
def test_the_sample_fills_every_table(sample_db, table):
    with duckdb.connect(str(sample_db), read_only=True) as con:
        assert con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] > 0


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
