"""The synthetic per-language gold files (tests/data/gold/<lang>.jsonl) are well-formed.

Each quote, cue, date text and look-alike occurs in its paragraph; values are numbers; agency
names are canonical names of compare/data/agencies.csv; units and qualifiers use the codes of
tests/data/gold/README.md; every language has at least 15 paragraphs.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from pathlib import Path

import pytest

from compare.evaluation import eval_languages as ev
from compare.lexicon import load_table
from compare.settings import LANGUAGES

GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"
MIN_PARAGRAPHS = 15
KEYS = {"synthetic", "id", "language", "published_at", "text", "citations", "quotes", "figures",
        "dates", "not_citations"}
UNITS = {"USD", "EUR", "RUB", "UAH", "KRW", "JPY", "CNY", "IDR", "MYR", "VND", "CAD", "SEK", "SGD", "PEN",
         "people", "troops", "drones", "missiles", "percent", "km", "km2", "m", "kg", "tonnes",
         "m3", "ha", "km/h", "mm", None}
QUALIFIERS = {"approximately", "at_most", "at_least", "more_than", "less_than", None}
WORD = re.compile(r"\w+")


def read_gold(language: str) -> list[dict]:
    path = GOLD_DIR / f"{language}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def all_records() -> list[dict]:
    return [record for language in LANGUAGES for record in read_gold(language)]


def canonical_agencies() -> set[str]:
    return {row["agency"] for row in load_table("agencies") if row.get("kind") != "not_citation"}


RECORDS = all_records()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_enough_paragraphs(language: str) -> None:
    records = read_gold(language)
    assert len(records) >= MIN_PARAGRAPHS
    assert all(r["language"] == language for r in records)
    assert all(r["id"].startswith(f"{language}-") for r in records)


def test_ids_are_unique() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_record_shape(record: dict) -> None:
    assert set(record) == KEYS
    assert record["synthetic"] is True
    dt.date.fromisoformat(record["published_at"])
    assert record["text"].strip() == record["text"] and record["text"]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_citations_name_known_agencies_with_cues_in_text(record: dict) -> None:
    known = canonical_agencies()
    for citation in record["citations"]:
        assert citation["agency"] in known, citation
        assert citation["cue"] and citation["cue"] in record["text"], citation
    for look_alike in record["not_citations"]:
        assert look_alike in record["text"], look_alike


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_quotes_occur_in_text_with_a_cited_agency(record: dict) -> None:
    cited = {c["agency"] for c in record["citations"]}
    for quote in record["quotes"]:
        assert quote["text"] in record["text"], quote
        assert len(WORD.findall(quote["text"])) >= 2, quote
        assert quote["speaker"] is None or quote["speaker"].strip(), quote
        assert quote["agency"] is None or quote["agency"] in cited, quote


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_figures_are_numbers_with_known_codes(record: dict) -> None:
    for figure in record["figures"]:
        value = figure["value"]
        assert isinstance(value, (int, float)) and not isinstance(value, bool), figure
        assert math.isfinite(value) and value >= 0, figure
        assert figure["unit"] in UNITS, figure
        assert figure["qualifier"] in QUALIFIERS, figure


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r["id"])
def test_dates_occur_and_sit_near_publication(record: dict) -> None:
    published = dt.date.fromisoformat(record["published_at"])
    for date in record["dates"]:
        assert date["text"] in record["text"], date
        assert abs((dt.date.fromisoformat(date["date"]) - published).days) <= 183, date


# ---------------------------------------------------------------- the scorer's matching rules
# (compare/evaluation/eval_languages.py scores the extractor on these files)


@pytest.mark.parametrize(
    ("gold", "predicted", "matches"),
    [
        ("Kami ingin semua ruas utama selesai", "Kami ingin semua ruas utama selesai", True),
        ("Никаких конкретных сигналов мы не видели", "конкретных сигналов мы не видели", True),
        ("We cannot defend a coast we cannot reach", "a coast", False),
        ("대화의 문은 열려 있다", "대화의 문은 닫혀 있다", True),
        ("Das ist reine Spekulation", "für ernsthafte Vorschläge offen", False),
    ],
)
def test_quote_match_threshold(gold: str, predicted: str, matches: bool) -> None:
    assert (ev.token_f1(gold, predicted) >= ev.QUOTE_MATCH) is matches


def test_quotes_match_one_to_one_best_first() -> None:
    gold = [{"text": "Chúng tôi chưa nhận được đề xuất nào"}, {"text": "Đây là cửa ngõ vào châu Âu"}]
    predicted = [{"text": "Đây là cửa ngõ vào châu Âu"}, {"text": "Chúng tôi chưa nhận được đề xuất nào"},
                 {"text": "Chúng tôi chưa nhận được đề xuất"}]
    assert sorted(ev.match_quotes(gold, predicted)) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("gold_speaker", "predicted", "ok"),
    [
        ("Choe Son-hui", "Choe Son-hui", True),
        ("Choe Son-hui", "Menteri Luar Negeri Korea Utara Choe Son-hui", True),
        ("Дмитрий Песков", "Песков", True),
        ("Claire Morel", "Paris", False),
        ("김정은", "통신", False),
        ("Phạm Thu Hà", None, False),
    ],
)
def test_speaker_shares_a_name_token(gold_speaker: str, predicted: str | None, ok: bool) -> None:
    assert ev.shares_name_token(gold_speaker, predicted) is ok


@pytest.mark.parametrize(
    ("gold", "predicted", "pairs"),
    [
        ([(425e6, "USD")], [(425e6, "USD")], 1),
        ([(425e6, "USD")], [(426e6, "USD")], 1),  # within 0.5%
        ([(425e6, "USD")], [(430e6, "USD")], 0),  # 1.2% off
        ([(10000, "troops")], [(10000, None)], 0),  # the unit must agree
        ([(8000, "troops"), (8000, "troops")], [(8000, "troops")], 1),  # one-to-one
    ],
)
def test_figures_match_on_value_and_unit(gold: list, predicted: list, pairs: int) -> None:
    gold_rows = [{"value": v, "unit": u, "qualifier": None} for v, u in gold]
    pred_rows = [{"value": v, "unit": u, "qualifier": None} for v, u in predicted]
    assert len(ev.match_figures(gold_rows, pred_rows)) == pairs


@pytest.mark.parametrize("language", LANGUAGES)
def test_gold_scored_against_itself_is_perfect(language: str) -> None:
    tally = ev.Tally()
    for record in read_gold(language):
        as_prediction = {**record, "dates": [{"date": d["date"], "text": d["text"]} for d in record["dates"]]}
        tally.add(ev.score_paragraph(record, as_prediction))
    figures = tally.figures()
    assert not tally.errors
    assert figures["citation_f1"] == figures["quote_f1"] == figures["date_acc"] == 1.0
    assert figures["figure_f1"] == figures["speaker_acc"] == 1.0


REFERENCE_SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score_quotes.py"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kami ingin semua ruas utama selesai", "Kami ingin semua ruas utama"),
        ("We will not recognise the result,", "we will not recognise the result"),
        ("Ми не залишимо Україну наодинці цієї зими", "Ми не залишимо Україну"),
        ("the the a", "the a a"),
        ("", "anything"),
    ],
)
def test_token_f1_agrees_with_the_reference_scorer(a: str, b: str) -> None:
    if not REFERENCE_SCORER.is_file():
        pytest.skip("../shared/eval is absent")
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_quotes", REFERENCE_SCORER)
    assert spec and spec.loader
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    assert ev.token_f1(a, b) == pytest.approx(reference.tf1(a, b))
