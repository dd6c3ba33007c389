"""Seeded alterations of quotes, to measure discrepancy detection under known changes.

Each kind returns the altered text, or None when the quote offers no place for it (no number
to change, no auxiliary to negate). Kinds and the findings they must produce:
  swap        a content word replaced by another word       -> altered_quote
  delete      an interior content word dropped              -> altered_quote
  negate      a negation added or removed                   -> altered_quote
  number      a number changed by 10-50 %                   -> altered_quote, number_conflict
  truncate    a quarter or more cut at the start, end, or
              the middle (marked '...')                      -> truncated_quote
  punctuation quote marks, commas, dashes, case, ellipsis   -> nothing
  spelling    one typo fixed or made inside a long word      -> nothing
Negation words and auxiliaries come from compare/data/meaning_words.csv.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable

from compare.align_text import meaning_lexicon, normalise
from compare.lexicon import rows_for

KINDS = ("swap", "delete", "negate", "number", "truncate", "punctuation", "spelling")
EXPECTED = {
    "swap": {"altered_quote"},
    "delete": {"altered_quote"},
    "negate": {"altered_quote"},
    "number": {"altered_quote", "number_conflict"},
    "truncate": {"truncated_quote"},
    "punctuation": set(),
    "spelling": set(),
    "unchanged": set(),
}
MIN_WORDS = 5  # quotes shorter than this are left alone
MIN_KEPT_WORDS = 4  # a cut keeps at least this many words (shorter fragments are not aligned)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE_WORD = re.compile(r"\d+(?:[\s\u00a0.,]\d{3})+\S*|\S+")  # "40 000" is one word
_PUNCT_SWAPS = (('"', "“"), ("“", '"'), ("”", '"'), ("'", "’"), ("’", "'"), ("...", "…"), ("…", "..."), (" - ", " – "))


class Alterer:
    """Applies one kind of alteration to a quote; every choice drawn from a seeded generator."""

    def __init__(self, seed: int, vocabulary: list[str] | None = None) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = sorted({w for w in (vocabulary or []) if len(w) >= 4 and w.isalpha()})

    def apply(self, kind: str, text: str, language: str = "en") -> str | None:
        methods: dict[str, Callable[[str, str], str | None]] = {
            "swap": self.swap,
            "delete": self.delete,
            "negate": self.negate,
            "number": self.number,
            "truncate": self.truncate,
            "punctuation": self.punctuation,
            "spelling": self.spelling,
        }
        if len(_SPACE_WORD.findall(text)) < MIN_WORDS:
            return None
        altered = methods[kind](text, language)
        return altered if altered and altered != text else None

    def _content_words(self, text: str, language: str, interior: bool) -> list[re.Match[str]]:
        lex = meaning_lexicon(language)
        words = list(_WORD.finditer(text))
        if interior:
            words = words[1:-1]
        return [
            m
            for m in words
            if len(m.group(0)) >= 4
            and normalise(m.group(0)) not in lex.function
            and (normalise(m.group(0)),) not in lex.negation
            and (normalise(m.group(0)),) not in lex.hedge
        ]

    def swap(self, text: str, language: str) -> str | None:
        words = self._content_words(text, language, interior=False)
        if not words or not self.vocabulary:
            return None
        m = self.rng.choice(words)
        choices = [w for w in self.vocabulary if w.casefold() != m.group(0).casefold()]
        new = self.rng.choice(choices)
        return text[: m.start()] + new + text[m.end() :]

    def delete(self, text: str, language: str) -> str | None:
        words = self._content_words(text, language, interior=True)
        if not words:
            return None
        m = self.rng.choice(words)
        return (text[: m.start()].rstrip() + " " + text[m.end() :].lstrip()).strip()

    def negate(self, text: str, language: str) -> str | None:
        lex = meaning_lexicon(language)
        words = list(_WORD.finditer(text))
        negations = [m for m in words if (m.group(0).casefold(),) in lex.negation and len(m.group(0)) > 2]
        if negations and self.rng.random() < 0.5:
            m = self.rng.choice(negations)
            return (text[: m.start()].rstrip() + " " + text[m.end() :].lstrip()).strip()
        auxiliaries = [
            m
            for k, m in enumerate(words)
            if m.group(0).casefold() in lex.auxiliary and not _negated(words, k, lex.negation)
        ]
        negator = _negator(language)
        if not auxiliaries or not negator:
            if negations:
                m = self.rng.choice(negations)
                return (text[: m.start()].rstrip() + " " + text[m.end() :].lstrip()).strip()
            return None
        m = self.rng.choice(auxiliaries)
        word, after = negator
        if after:
            return text[: m.end()] + " " + word + text[m.end() :]
        return text[: m.start()] + word + " " + text[m.start() :]

    def number(self, text: str, language: str) -> str | None:
        numbers = [m for m in _NUMBER.finditer(text) if not _looks_like_year(m.group(0))]
        if not numbers:
            return None
        m = self.rng.choice(numbers)
        digits = m.group(0).replace(",", "").replace(".", "")
        value = int(digits)
        factor = self.rng.choice((0.5, 0.7, 0.8, 1.2, 1.3, 1.5, 2.0))
        new = max(1, round(value * factor))
        if new == value:
            new = value + 1
        return text[: m.start()] + f"{new:,}" + text[m.end() :]

    def truncate(self, text: str, language: str) -> str | None:
        spans = list(_SPACE_WORD.finditer(text))
        n = len(spans)
        cut = max(2, round(n * self.rng.uniform(0.25, 0.5)))
        if n - cut < MIN_KEPT_WORDS:
            return None
        where = self.rng.choice(("start", "end", "middle"))
        if where == "start":
            return text[spans[cut].start() :]
        if where == "end":
            return text[: spans[n - cut - 1].end()]
        first = self.rng.randint(1, n - cut - 1)
        return text[: spans[first - 1].end()] + " ... " + text[spans[first + cut].start() :]

    def punctuation(self, text: str, language: str) -> str | None:
        out = text
        for _ in range(self.rng.randint(1, 2)):
            edits = self._punctuation_edits(out)
            out = self.rng.choice(edits)(out)
        return out

    def _punctuation_edits(self, text: str) -> list[Callable[[str], str]]:
        """Edits that change only punctuation or case, among those the text allows."""
        edits: list[Callable[[str], str]] = [
            lambda t: t[0].swapcase() + t[1:],
            lambda t: t.rstrip(".!?…") + self.rng.choice((".", "!", "...")),
            lambda t: "“" + t + "”",
        ]
        edits += [functools.partial(_replace, old=a, new=b) for a, b in _PUNCT_SWAPS if a in text]
        commas = [i for i, c in enumerate(text) if c == "," and not text[i + 1 : i + 2].isdigit()]
        if commas:
            edits.append(functools.partial(_drop_char, at=self.rng.choice(commas)))
        return edits

    def spelling(self, text: str, language: str) -> str | None:
        words = [m for m in self._content_words(text, language, interior=False) if len(m.group(0)) >= 6]
        if not words:
            return None
        m = self.rng.choice(words)
        word = m.group(0)
        i = self.rng.randint(2, len(word) - 2)
        edit = self.rng.choice(("transpose", "double", "drop"))
        if edit == "transpose":
            new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif edit == "double":
            new = word[:i] + word[i] + word[i:]
        else:
            new = word[:i] + word[i + 1 :]
        return text[: m.start()] + new + text[m.end() :]


def _replace(text: str, old: str, new: str) -> str:
    return text.replace(old, new)


def _drop_char(text: str, at: int) -> str:
    return text[:at] + text[at + 1 :]


def _negator(language: str) -> tuple[str, bool] | None:
    """(negation word, placed after the auxiliary?) from the meaning_words table."""
    for row in rows_for("meaning_words", language):
        if row["kind"] in ("negator_after", "negator_before"):
            return row["word"], row["kind"] == "negator_after"
    return None


def _negated(words: list[re.Match[str]], k: int, negations: frozenset[tuple[str, ...]]) -> bool:
    """A negation right before or after word k."""
    near = [words[i].group(0).casefold() for i in (k - 1, k + 1) if 0 <= i < len(words)]
    return any((w,) in negations for w in near)


def _looks_like_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2100
