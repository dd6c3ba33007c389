"""Direct quotes: where they are.

Every mark pair of compare/data/quote_marks.csv is scanned paragraph by paragraph; a quote never
crosses a paragraph break, so an unbalanced mark cannot swallow the article. A paragraph left open
whose next paragraph opens again (the multi-paragraph convention) yields its part up to the break.
Who said a quote is compare/quotes.py's work.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import regex

from compare.lexicon import rows_for
from compare.sentences import Span, SpanSet

MASK = "\ue000"
TAG = regex.compile(r"<[^<>\n]{1,500}>")


@dataclass
class Quote:
    start: int  # inside the marks
    end: int
    continues: bool = False  # opens a paragraph that continues the previous paragraph's quote
    speaker: str | None = None
    speaker_role: str | None = None
    agency: str | None = None
    sentence: int = 0


@dataclass(frozen=True)
class MarkLexicon:
    pairs: dict[str, frozenset[str]]  # opener -> closers
    marks: regex.Pattern[str]

    @property
    def closers(self) -> frozenset[str]:
        return frozenset(c for cs in self.pairs.values() for c in cs)


@cache
def mark_lexicon(language: str) -> MarkLexicon:
    pairs: dict[str, set[str]] = {}
    for row in rows_for("quote_marks", language):
        pairs.setdefault(row["open"], set()).add(row["close"])
    chars = {c for o, cs in pairs.items() for c in (o, *cs)}
    marks = regex.compile("[" + "".join(regex.escape(c) for c in sorted(chars)) + "]")
    return MarkLexicon({o: frozenset(cs) for o, cs in pairs.items()}, marks)


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _scan_paragraph(text: str, start: int, end: int, lex: MarkLexicon) -> tuple[list[Span], int | None]:
    """Balanced quotes in one paragraph, and the position of an opener left unclosed at its end.
    Linear: the next occurrence of each mark is found by bisection."""
    found: list[Span] = []
    positions = [(m.start(), m.group()) for m in lex.marks.finditer(text, start, end)]
    if "<" in text[start:end]:  # marks inside markup (<tweet author="...">) are not quotes
        tags = SpanSet(t.span() for t in TAG.finditer(text, start, end))
        positions = [p for p in positions if not tags.overlaps(p[0], p[0] + 1)]
    where: dict[str, list[int]] = {}  # mark -> indexes into positions
    for k, (_, ch) in enumerate(positions):
        where.setdefault(ch, []).append(k)
    last_opener = max((k for k, (_, ch) in enumerate(positions) if ch in lex.pairs), default=-1)
    i = 0
    while i < len(positions):
        pos, ch = positions[i]
        if ch not in lex.pairs:
            i += 1
            continue
        j = _next_index(where, lex.pairs[ch], i)
        if j is None:
            # Unclosed: either it runs on to the next paragraph, or it is a stray mark.
            if i == last_opener:
                return found, pos
            i += 1
            continue
        found.append((pos + 1, positions[j][0]))
        i = j + 1
    return found, None


def _next_index(where: dict[str, list[int]], marks: Iterable[str], after: int) -> int | None:
    """The first index after `after` holding one of the marks."""
    best = None
    for mark in marks:
        indexes = where.get(mark, [])
        k = bisect_right(indexes, after)
        if k < len(indexes) and (best is None or indexes[k] < best):
            best = indexes[k]
    return best


def find_quotes(text: str, language: str, paragraphs: Sequence[Span]) -> list[Quote]:
    """Direct quotes, in text order (offsets inside the marks, surrounding spaces trimmed).

    A quote left open at a paragraph's end whose next paragraph opens with a quote mark runs on
    (the multi-paragraph convention) and ends where a later paragraph closes it; one that the next
    paragraph does not continue is a stray mark and yields nothing.
    """
    lex = mark_lexicon(language)
    quotes: list[Quote] = []
    running: int | None = None  # start of a quote carried over from earlier paragraphs
    for n, (p_start, p_end) in enumerate(paragraphs):
        spans, open_at = _scan_paragraph(text, p_start, p_end, lex)
        if running is not None:
            if spans and spans[0][0] == p_start + 1:  # this paragraph's first quote closes it
                spans[0] = (running, spans[0][1])
            elif open_at == p_start and not spans:  # runs on through this paragraph too
                open_at = running - 1
            else:
                spans.insert(0, (running, p_start))
        running = None
        for s, e in spans:
            s, e = _strip(text, s, e)
            if e > s:
                quotes.append(Quote(s, e, continues="\n" in text[s:e]))
        next_opens = n + 1 < len(paragraphs) and text[paragraphs[n + 1][0]] in lex.pairs
        if open_at is not None and next_opens:
            running = open_at + 1
    quotes.sort(key=lambda q: q.start)
    return quotes


def mask_quotes(text: str, quotes: Sequence[Quote]) -> str:
    """The text with quote contents replaced by a mask character (offsets unchanged)."""
    parts: list[str] = []
    cursor = 0
    for q in quotes:
        parts.append(text[cursor : q.start])
        parts.append(MASK * (q.end - q.start))
        cursor = q.end
    parts.append(text[cursor:])
    return "".join(parts)
