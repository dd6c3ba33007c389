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

from compare.lexicon import load_table
from compare.settings import LANGUAGES

GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"
MIN_PARAGRAPHS = 15
KEYS = {"synthetic", "id", "language", "published_at", "text", "citations", "quotes", "figures",
        "dates", "not_citations"}
UNITS = {"USD", "EUR", "RUB", "UAH", "KRW", "JPY", "CNY", "IDR", "MYR", "VND", "CAD", "SEK",
         "people", "troops", "drones", "missiles", "percent", "km", "km2", "m", "kg", "tonnes",
         "m3", "ha", "km/h", None}
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
