"""Sentences and paragraphs as character spans of the text, plus the regex helpers the extractors share.

Sentences come from sentencex (fast, multilingual), corrected with our own abbreviation list
(compare/data/abbreviations.csv: "Mr.", "Tn.", "г." never end a sentence) and never cut inside a
direct quote or across a paragraph break.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

import regex
from sentencex import segment

from compare.errors import SettingsError
from compare.lexicon import rows_for

Span = tuple[int, int]

PARAGRAPH = regex.compile(r"[^\n]+")


def alternation(phrases: Iterable[str]) -> str:
    """A regex group matching any phrase literally, longest first; spaces match any run of spaces."""
    unique = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    if not unique:
        raise SettingsError("a language data table gave no entries for a pattern")
    return "(?:" + "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in unique) + ")"


@cache
def abbreviations(language: str) -> frozenset[str]:
    return frozenset(r["abbreviation"] for r in rows_for("abbreviations", language))


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-empty lines of the text (a line break ends a paragraph in every input)."""
    return [(m.start(), m.end()) for m in PARAGRAPH.finditer(text) if m.group().strip()]


def _segments(text: str, start: int, end: int, language: str) -> list[Span]:
    """sentencex segments of text[start:end], located in the text (segments keep their characters)."""
    spans: list[Span] = []
    cursor = start
    for piece in segment(language, text[start:end]):
        stripped = piece.strip()
        if not stripped:
            continue
        found = text.find(stripped, cursor, end)
        if found < 0:  # the segmenter changed characters: fall back to the rest of the paragraph
            spans.append((cursor, end))
            return spans
        spans.append((found, found + len(stripped)))
        cursor = found + len(stripped)
    return spans


def _ends_with_abbreviation(sentence: str, known: frozenset[str]) -> bool:
    words = sentence.rsplit(None, 1)
    if not words:
        return False
    return words[-1].lstrip("(\"'“«„") in known


def _inside(position: int, protected: Sequence[Span]) -> bool:
    return any(start < position < end for start, end in protected)


def split_sentences(text: str, language: str, protected: Sequence[Span] = ()) -> list[Span]:
    """Sentence spans (start, end) into text, in order; never split inside a protected span."""
    known = abbreviations(language)
    sentences: list[Span] = []
    for p_start, p_end in paragraphs(text):
        merged: list[Span] = []
        for start, end in _segments(text, p_start, p_end, language):
            glue = merged and (
                _ends_with_abbreviation(text[merged[-1][0] : merged[-1][1]], known)
                or _inside(start, protected)
            )
            if glue:
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        sentences.extend(merged)
    return sentences


def sentence_index(spans: Sequence[Span], position: int) -> int:
    """Index of the sentence holding the character at position (the last one before it otherwise)."""
    lo, hi = 0, len(spans) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if spans[mid][0] <= position:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
