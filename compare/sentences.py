"""Sentences and paragraphs as character spans of the text, plus the regex helpers the extractors share.

Sentences come from sentencex (fast, multilingual), corrected with our own abbreviation list
(compare/data/abbreviations.csv: "Mr.", "Tn.", "г." never end a sentence) and never cut inside a
direct quote or across a paragraph break.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from functools import cache
from operator import itemgetter

import regex
from sentencex import segment

from compare.errors import SettingsError
from compare.lexicon import rows_for

Span = tuple[int, int]



def alternation(phrases: Iterable[str]) -> str:
    """A regex group matching any phrase literally, longest first; spaces match any run of spaces."""
    return "(?:" + "|".join(_literal(p) for p in _longest_first(phrases)) + ")"


def first_char_alternation(phrases: Iterable[str]) -> str:
    """alternation() for a pattern matched case-sensitively (on a lower-cased text, say), with the
    phrases grouped by their first character: at a position the regex engine then tests one
    character per group instead of entering every phrase (the 200 English verbs of saying are
    scanned about three times faster). It matches what alternation() matches: phrases that start
    with different characters never match at the same position, and a group keeps the
    longest-first order. Not for case-insensitive patterns, where "Said" and "says" could both
    match and the grouping would change which is tried first."""
    groups: dict[str, list[str]] = {}
    for phrase in _longest_first(phrases):
        groups.setdefault(phrase[0], []).append(phrase[1:])
    parts = (_literal(first) + "(?:" + "|".join(map(_literal, rests)) + ")" for first, rests in groups.items())
    return "(?:" + "|".join(parts) + ")"


def _longest_first(phrases: Iterable[str]) -> list[str]:
    unique = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    if not unique:
        raise SettingsError("a language data table gave no entries for a pattern")
    return unique


def _literal(phrase: str) -> str:
    return regex.escape(phrase).replace(r"\ ", r"\s+")


@cache
def abbreviations(language: str) -> frozenset[str]:
    return frozenset(r["abbreviation"] for r in rows_for("abbreviations", language))


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-empty lines of the text (a line break ends a paragraph in every input)."""
    spans: list[Span] = []
    start = 0
    for line in text.split("\n"):  # str.split: about twice as fast as a regex scan
        end = start + len(line)
        if line and not line.isspace():
            spans.append((start, end))
        start = end + 1
    return spans


MAX_CHUNK = 3000  # sentencex slows down on long runs of quote marks: longer paragraphs go in pieces
CHUNK_CUT = regex.compile(r"[.!?]\s+(?=\S)")


def _chunks(text: str, start: int, end: int) -> list[Span]:
    """text[start:end] in pieces of at most about MAX_CHUNK characters, cut after a sentence end
    where there is one (else at a space, else anywhere)."""
    pieces: list[Span] = []
    while end - start > MAX_CHUNK:
        limit = start + MAX_CHUNK
        cuts = [m.end() for m in CHUNK_CUT.finditer(text, start + MAX_CHUNK // 2, limit)]
        cut = cuts[-1] if cuts else text.rfind(" ", start + MAX_CHUNK // 2, limit) + 1 or limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _segments(text: str, start: int, end: int, language: str) -> list[Span]:
    """sentencex segments of text[start:end], located in the text (segments keep their characters)."""
    if end - start > MAX_CHUNK:
        return [span for a, b in _chunks(text, start, end) for span in _segments(text, a, b, language)]
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


def _inside(position: int, protected: Sequence[Span], starts: Sequence[int]) -> bool:
    """position falls strictly inside one of the protected spans (sorted, not overlapping)."""
    i = bisect_left(starts, position) - 1
    return i >= 0 and protected[i][0] < position < protected[i][1]


def split_sentences(text: str, language: str, protected: Sequence[Span] = ()) -> list[Span]:
    """Sentence spans (start, end) into text, in order; never split inside a protected span."""
    known = abbreviations(language)
    protected = sorted(protected)
    starts = [s for s, _ in protected]
    sentences: list[Span] = []
    for p_start, p_end in paragraphs(text):
        merged: list[Span] = []
        for start, end in _segments(text, p_start, p_end, language):
            glue = merged and (
                _ends_with_abbreviation(text[merged[-1][0] : merged[-1][1]], known)
                or _inside(start, protected, starts)
            )
            if glue:
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        sentences.extend(merged)
    return sentences


_START = itemgetter(0)


def sentence_index(spans: Sequence[Span], position: int) -> int:
    """Index of the sentence holding the character at position (the last one before it otherwise;
    0 before the first). The spans are sorted by start; called for every quote, attribution,
    citation, figure and date, so the bisection runs in C."""
    i = bisect_right(spans, position, key=_START) - 1
    return i if i > 0 else 0


class SpanSet:
    """Spans kept sorted, so that an overlap test costs a bisection, not a scan."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.spans: list[Span] = sorted(spans)
        self.longest = max((e - s for s, e in self.spans), default=0)

    def add(self, span: Span) -> None:
        insort(self.spans, span)
        self.longest = max(self.longest, span[1] - span[0])

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.spans, (start - self.longest, -1))
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                return True
            i += 1
        return False
