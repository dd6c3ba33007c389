"""The seeded alteration generator: each kind makes the change it names, and only that.

Quotes are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from compare.align_text import compare_pair, tokens_of
from compare.alter import KINDS, Alterer

QUOTES = {
    "en": "We will not accept a deal that leaves 40,000 workers without jobs before the winter",
    "id": "Pemerintah akan menolak kesepakatan yang membuat 40.000 pekerja kehilangan pekerjaan sebelum musim hujan",
    "ru": "Мы будем добиваться соглашения, которое сохранит 40 000 рабочих мест до конца зимы",
    "vi": "Chúng tôi sẽ không chấp nhận thỏa thuận khiến 40.000 công nhân mất việc trước mùa đông",
}
VOCABULARY = ["harvest", "pipeline", "embassy", "reservoir", "festival", "railway"]

# Vietnamese syllables are too short for a typo of the kind we make (6+ letters, not the first two).
NOT_APPLICABLE = {("vi", "spelling")}
# kind -> the verdicts compare_pair may give the altered quote against the original
VERDICTS = {
    "swap": {"minor_edit", "words_changed"},
    "delete": {"minor_edit", "words_changed"},
    "negate": {"words_changed"},
    "number": {"words_changed"},
    "truncate": {"truncated"},
    "punctuation": {"punctuation", "verbatim"},
    "spelling": {"punctuation"},
}


@pytest.mark.parametrize("language", sorted(QUOTES))
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_kind_makes_the_change_it_names(language: str, kind: str, seed: int) -> None:
    original = QUOTES[language]
    altered = Alterer(seed, VOCABULARY).apply(kind, original, language)
    if (language, kind) in NOT_APPLICABLE:
        assert altered is None
        return
    assert altered is not None and altered != original
    verdict = compare_pair(original, altered, language, 0.9)
    assert verdict.verdict in VERDICTS[kind], (altered, verdict.diff)
    if kind == "negate":
        assert "negation" in {c["kind"] for c in verdict.meaning_changes}
    if kind == "number":
        assert "number" in {c["kind"] for c in verdict.meaning_changes}
    if kind == "delete":
        assert len(tokens_of(altered)) == len(tokens_of(original)) - 1


def test_same_seed_same_alterations() -> None:
    runs = [[Alterer(7, VOCABULARY).apply(k, QUOTES["en"]) for k in KINDS] for _ in range(2)]
    assert runs[0] == runs[1]


def test_other_seeds_choose_other_places() -> None:
    outputs = {Alterer(seed, VOCABULARY).apply("truncate", QUOTES["en"]) for seed in range(12)}
    assert len(outputs) > 3


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("number", "We will not accept a deal that leaves workers without jobs"),
        ("swap", "Too short"),
        ("truncate", "Four words only here"),
    ],
)
def test_no_alteration_where_the_quote_offers_no_place(kind: str, text: str) -> None:
    assert Alterer(1, VOCABULARY).apply(kind, text) is None
