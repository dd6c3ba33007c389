"""How much of an article the speaker stage reads: reading less never changes what it finds.
Texts: the synthetic gold files (tests/data/gold/<lang>.jsonl)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import regex

from compare.extract import agency_spans, quote_stage
from compare.quotes import Attribution, LowerCaseWords, _last_match_start, collect_attributions

GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"
LANGUAGES = sorted(p.stem for p in GOLD_DIR.glob("*.jsonl"))
WORD = re.compile(r"[^\W\d_][\w\-'’]*")  # the tokens LowerCaseWords stands for


def gold_texts(language: str) -> list[str]:
    lines = (GOLD_DIR / f"{language}.jsonl").read_text(encoding="utf-8").split("\n")
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _key(a: Attribution) -> tuple:
    return (a.start, a.end, a.name, a.role, a.kind, a.speaker, a.speaker_role, a.sentence, a.gender)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_needed_sentences_have_the_attributions_of_the_whole_text(language: str) -> None:
    for text in gold_texts(language):
        stage = quote_stage(text, language)  # the texts extraction hands the speaker stage
        masked, sentences, blocked = stage.context.masked, stage.sentences, agency_spans(stage.citations)
        whole = [_key(a) for a in collect_attributions(masked, language, sentences, blocked)]
        for last in range(-1, len(sentences)):
            # all sentences up to `last`, as for the quotes
            up_to = [_key(a) for a in collect_attributions(masked, language, sentences, blocked, range(last + 1))]
            assert up_to == [k for k in whole if k[7] <= last], (text[:60], last)
            # one sentence, as for a citation: a prefix of the whole text's, complete for that sentence
            one = [_key(a) for a in collect_attributions(masked, language, sentences, blocked, {last})]
            assert one == whole[: len(one)], (text[:60], last)
            assert [k for k in one if k[7] == last] == [k for k in whole if k[7] == last], (text[:60], last)


@pytest.mark.parametrize("language", LANGUAGES)
def test_lower_case_words_are_the_lower_case_tokens(language: str) -> None:
    for text in [*gold_texts(language), "5abc x-def _ghi 'jkl a1b2 école straße 7-up x7-up"]:
        tokens = set(WORD.findall(text))
        lower = {w for w in tokens if w[0].islower()}
        words = LowerCaseWords(text)
        asked = tokens | {w.casefold() for w in tokens} | {w[1:] for w in tokens} | {"", "abc", "def", "ghi", "up"}
        assert {w for w in asked if w in words} == lower & asked


LAST_MATCHES = [
    # pattern, text: where the last match may start is the last position a search still finds one
    (r"said", "He said it. She said it too."),
    (r"aa", "xaaa"),  # overlapping: a search from 2 finds the match at 2, which finditer skips
    (r"(?<=, )according to \w+", "Yes, according to AP, and, according to AFP."),
    (r"nothing", "No match here."),
]


@pytest.mark.parametrize(("pattern", "text"), LAST_MATCHES)
def test_last_match_start_is_where_searching_still_finds_one(pattern: str, text: str) -> None:
    compiled = regex.compile(pattern)
    last = _last_match_start(compiled, text)
    for start in range(len(text) + 1):
        assert (compiled.search(text, start) is not None) == (start <= last)

