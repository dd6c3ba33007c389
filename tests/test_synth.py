"""The synthetic corpus generator: shape, determinism, stories, look-alikes, planted disagreements."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pandas as pd
import pytest

from compare import synth

INGEST_COLUMNS = ["id", "url", "outlet", "language", "published_at", "title", "text"]
GOLD_COLUMNS = ["gold_story", "gold_event", "gold_twin", "gold_planted"]


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return synth.generate_corpus(400, days=5, seed=3)


def test_columns_size_and_days(corpus: pd.DataFrame) -> None:
    assert list(corpus.columns) == INGEST_COLUMNS + GOLD_COLUMNS
    assert len(corpus) == 400 and corpus["id"].is_unique
    span = corpus["published_at"].max() - corpus["published_at"].min()
    assert pd.Timedelta(days=4) <= span <= pd.Timedelta(days=5 + synth.MAX_DELAY_HOURS / 24)
    assert corpus["published_at"].is_monotonic_increasing


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    a, b, c = (synth.generate_corpus(60, days=2, seed=s) for s in (1, 1, 2))
    pd.testing.assert_frame_equal(a, b)
    assert a["text"].tolist() != c["text"].tolist()


@pytest.mark.parametrize("language", synth.LANGUAGES)
def test_articles_are_about_600_words_in_their_language(corpus: pd.DataFrame, language: str) -> None:
    texts = corpus.loc[corpus["language"] == language, "text"]
    assert len(texts) >= 50
    words = texts.str.split().str.len()
    assert words.between(synth.WORDS_MIN, synth.WORDS_MAX + 60).all()
    assert 560 <= words.mean() <= 660
    outlets = corpus.loc[corpus["language"] == language, "outlet"]
    assert outlets.str.endswith((".example.com", ".example.org")).all() and outlets.nunique() >= 2


@pytest.mark.parametrize(
    ("language", "value", "written"),
    [
        ("en", 10000, "10,000"),
        ("id", 10000, "10.000"),
        ("vi", 10000, "10.000"),
        ("ru", 10000, "10\u00a0000"),
        ("en", 425, "425"),
    ],
)
def test_numbers_are_written_the_local_way(language: str, value: int, written: str) -> None:
    assert synth.format_number(value, language) == written


def test_stories_span_languages_and_outlets(corpus: pd.DataFrame) -> None:
    sizes = corpus.groupby("gold_story").size()
    assert sizes.max() >= 15 and (sizes == 1).any()
    big = corpus[corpus["gold_story"] == sizes.idxmax()]
    assert big["language"].nunique() == 4 and big["outlet"].nunique() >= 5


def test_look_alike_twins_share_event_and_day_but_not_place(corpus: pd.DataFrame) -> None:
    firsts = corpus.sort_values("published_at").drop_duplicates("gold_story").set_index("gold_story")
    twins = firsts[firsts["gold_twin"].notna()]
    assert len(twins) >= 10
    for story, row in twins.iterrows():
        twin = firsts.loc[row["gold_twin"]]
        assert twin["gold_twin"] == story and twin["gold_event"] == row["gold_event"]
        assert abs(twin["published_at"] - row["published_at"]) < pd.Timedelta(hours=30)
        english_a = corpus[(corpus["gold_story"] == story) & (corpus["language"] == "en")]["title"]
        english_b = corpus[(corpus["gold_story"] == twin.name) & (corpus["language"] == "en")]["title"]
        assert not set(english_a) & set(english_b)


PLANTS = ["altered_quote", "truncated_quote", "changed_number", "different_agency"]


@pytest.mark.parametrize("kind", PLANTS)
def test_planted_disagreements_are_in_the_text(corpus: pd.DataFrame, kind: str) -> None:
    planted = corpus[corpus["gold_planted"].map(lambda p: any(x["kind"] == kind for x in p))]
    assert len(planted) >= 5
    for _, row in planted.iterrows():
        plant = next(x for x in row["gold_planted"] if x["kind"] == kind)
        if kind in ("altered_quote", "truncated_quote"):
            assert plant["value"] in row["text"] and plant["original"] != plant["value"]
        elif kind == "changed_number":
            assert synth.format_number(plant["value"], row["language"]) in row["text"]
            assert synth.format_number(plant["original"], row["language"]) not in row["text"]
        else:
            agency = synth.kit(row["language"]).word("agency", plant["value"])
            assert agency in row["text"]


def test_first_article_of_a_story_is_faithful(corpus: pd.DataFrame) -> None:
    firsts = corpus[corpus["url"].str.endswith("-0")]
    assert firsts["gold_planted"].map(len).eq(0).all()
    share = corpus["gold_planted"].map(len).gt(0).mean()
    assert 0.15 <= share <= synth.PLANT_RATE + 0.05


def test_write_jsonl_gives_ingest_records(tmp_path: Path) -> None:
    frame = synth.generate_corpus(20, days=1, seed=4)
    path = synth.write_jsonl(frame, tmp_path / "corpus.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 20 and all(r["synthetic"] is True for r in rows)
    assert pd.Timestamp(rows[0]["published_at"]) == frame["published_at"].iloc[0]
    assert set(INGEST_COLUMNS) <= set(rows[0])


def test_generation_is_fast() -> None:
    started = time.perf_counter()
    synth.generate_corpus(5000, days=30, seed=9)
    assert time.perf_counter() - started < 6.0  # 100k articles in about 20-30 s on this machine
