"""Direct quotes: where they are.

Every mark pair of compare/data/quote_marks.csv is scanned paragraph by paragraph; a quote never
crosses a paragraph break, so an unbalanced mark cannot swallow the article. A paragraph left open
whose next paragraph opens again with the same mark (the multi-paragraph convention) runs on. A quote
of another kind nested in a quote does not close it ('"He called it “a joke” and left"').
Who said a quote is compare/quotes.py's work.

Not every quoted stretch quotes someone: `classify_quotes` tells direct quotes from single quoted
words (terms, scare quotes), titles of works ("the podcast “So, That Happened”", a headline
"“...,” by Post's ...") and quoted names (a cited agency, "„Süddeutschen Zeitung“"), with
the cue words of compare/data/quote_cues.csv. Every quoted stretch stays masked for speaker finding.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import regex

from compare.lexicon import rows_for
from compare.sentences import Span, SpanSet, alternation

MASK = "\ue000"
TAG = regex.compile(r"<[^<>\n]{1,3000}>")
W = r"[\p{L}\p{M}\p{N}_]"
DIRECT, TERM, TITLE, NAME = "direct", "term", "title", "name"
TITLE_MAX_WORDS = 10  # a title after a work noun ("the book “Crippled America: How to ...”")
NAME_MAX_WORDS = 4  # a quoted name holding a cited agency or ending in a work noun
HEADLINE_MAX_WORDS = 25
LOWER = regex.compile(r"\p{Ll}")
COMPOUND = regex.compile(rf"{W}[-‐‑./]{W}")  # parts joined inside one word: "self-deport", "state.gov"
GLUED_BEFORE = ".,!?’'"  # an opening mark right after these and before a space is a mistyped closing mark
GLUED_AFTER = ".,;:!?)—–-"
EDGE = "\"'“”«»‹›„‚‘’「」『』.,;:!?()[]—–-…"  # stripped from words before their case is read


@dataclass
class Quote:
    start: int  # inside the marks
    end: int
    continues: bool = False  # opens a paragraph that continues the previous paragraph's quote
    kind: str = DIRECT  # direct | term | title | name (classify_quotes)
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
    closers = lex.closers
    misused = {k for k, (pos, ch) in enumerate(positions) if ch not in closers and _closes_as_written(text, pos, end)}
    where: dict[str, list[int]] = {}  # mark -> indexes into positions where it closes a quote
    for k, (_, ch) in enumerate(positions):
        if ch in closers or k in misused:  # a misused opener closes a quote of its own kind
            where.setdefault(ch, []).append(k)
    last_opener = max((k for k, (_, ch) in enumerate(positions) if ch in lex.pairs and k not in misused), default=-1)
    run_on: int | None = None  # an opener left open with every later quote nested in it
    walked = False  # the marks after an unclosed opener are walked to the end once per paragraph
    i = 0
    while i < len(positions):
        pos, ch = positions[i]
        if ch not in lex.pairs or i in misused:
            i += 1
            continue
        j, nested_to_end = _closing_index(positions, i, where, lex, misused, to_end=not walked)
        if j is None:
            # Unclosed: either it runs on to the next paragraph (the quotes after it, nested in it,
            # are then dropped by find_quotes), or it is a stray mark.
            if i == last_opener:
                return found, pos if run_on is None else run_on
            walked = True
            if nested_to_end and run_on is None:
                run_on = pos
            i += 1
            continue
        found.append((pos + 1, positions[j][0]))
        i = j + 1
    return found, run_on


def _closing_index(
    positions: Sequence[tuple[int, str]], i: int, where: dict[str, list[int]], lex: MarkLexicon, misused: set[int],
    to_end: bool = True,
) -> tuple[int | None, bool]:
    """Index of the mark closing the quote opened at i, skipping quotes of another kind nested in it
    ('"He called it “a joke” and left,"': the ” closes “a joke”, not the outer quote); and whether
    the quote is left open with every later opener of the paragraph nested in it (it may run on),
    read only when `to_end` (once per paragraph, so that a run of stray openers stays linear)."""
    outer = positions[i][1]
    closers = lex.pairs[outer] | {outer}
    inner: list[str] = []  # kinds of the quotes opened inside, innermost last

    def walk(start: int, stop: int) -> None:
        for k in range(start, stop):
            ch = positions[k][1]
            if ch in lex.pairs and ch != outer and k not in misused:
                inner.append(ch)
            elif inner and ch in lex.pairs[inner[-1]]:
                inner.pop()

    seen, j = i + 1, _next_index(where, closers, i)
    while j is not None:
        walk(seen, j)
        closer = positions[j][1]
        if not inner or closer == outer or closer not in lex.pairs[inner[-1]]:
            return j, False
        inner.pop()  # j closes the innermost nested quote; the outer one goes on
        seen, j = j + 1, _next_index(where, closers, j)
    if not to_end:
        return None, False
    walk(seen, len(positions))
    return None, seen > i + 1 and not inner


def _closes_as_written(text: str, pos: int, end: int) -> bool:
    """An opening mark typed where a closing one belongs: glued to the word before it and followed
    by a space or punctuation ('an “expedited review“ of', 'the film “Frozen“ and')."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < end else " "
    return (before.isalnum() or before in GLUED_BEFORE) and (after.isspace() or after in GLUED_AFTER)


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
    (the multi-paragraph convention) and ends where a later paragraph closes it, or with the last
    paragraph that continues it; one that the next paragraph does not continue is a stray mark and
    yields nothing.
    """
    lex = mark_lexicon(language)
    quotes: list[Quote] = []
    running: int | None = None  # start of a quote carried over from earlier paragraphs
    for n, (p_start, p_end) in enumerate(paragraphs):
        spans, open_at = _scan_paragraph(text, p_start, p_end, lex)
        continued = False  # this paragraph continues a quote opened in an earlier one
        if running is not None:
            if spans and spans[0][0] == p_start + 1:  # this paragraph's first quote closes it
                spans[0] = (running, spans[0][1])
            elif open_at == p_start:  # runs on through this paragraph too
                open_at, continued = running - 1, True
            else:
                spans.insert(0, (running, p_start))
        running = None
        next_opens = n + 1 < len(paragraphs) and text[paragraphs[n + 1][0]] in lex.pairs
        next_opens = next_opens and (open_at is None or text[paragraphs[n + 1][0]] == text[open_at])
        if open_at is not None and (next_opens or continued):  # quotes nested in it are part of it
            spans = [(s, e) for s, e in spans if s <= open_at]
            if not next_opens:  # a run no later paragraph continues ends with its last paragraph
                spans.append((open_at + 1, p_end))
        for s, e in spans:
            s, e = _strip(text, s, e)
            if e > s and not _nickname(text, s, e):
                quotes.append(Quote(s, e, continues="\n" in text[s:e]))
        if open_at is not None and next_opens:
            running = open_at + 1
    quotes.sort(key=lambda q: q.start)
    return quotes


NICKNAME = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*(?:[^\S\n]\p{Lu}[\p{L}\p{M}'’\-]*)?")
# a name's word before the marks, never a possessive ("On Example News’ “Harbor Week” Tuesday")
NAME_WORD_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’\-]*(?<!['’]|['’]s)|\p{Lu}\.)[^\S\n]$")
NAME_WORD_AFTER = regex.compile(r"[^\S\n]\p{Lu}\p{Ll}")


def _nickname(text: str, start: int, end: int) -> bool:
    """'Marcia "Cia" Price', 'Robert C. "Bobby" Scott': one or two capitalised words in marks
    between the words of a name are part of the name, not a quote."""
    return (
        NICKNAME.fullmatch(text, start, end) is not None
        and NAME_WORD_BEFORE.search(text, max(0, start - 40), start - 1) is not None
        and NAME_WORD_AFTER.match(text, end + 1) is not None
    )


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


# ----------------------------------------------------------------------------- what a quote is


SpeechTest = Callable[[Quote], bool]  # does the quote's sentence report speech?


@dataclass(frozen=True)
class CueLexicon:
    work_before: regex.Pattern[str] | None  # a work noun ending at an opening mark: a title follows
    author_after: regex.Pattern[str] | None  # from a closing mark: ', by Name'
    joiner: regex.Pattern[str] | None  # what joins two listed titles: ', ', ' and '
    work_words: frozenset[str]  # case-folded work nouns: a short name ending in one names an outlet or work
    minor: frozenset[str]  # case-folded words a title-case name keeps in lower case


@cache
def cues_by_kind(language: str) -> dict[str, list[str]]:
    """The rows of quote_cues.csv for a language, cue words by kind."""
    cues: dict[str, list[str]] = {}
    for row in rows_for("quote_cues", language):
        cues.setdefault(row["kind"], []).append(row["cue"])
    return cues


@cache
def cue_lexicon(language: str) -> CueLexicon:
    cues = cues_by_kind(language)
    marks = mark_lexicon(language)
    openers = _char_class(marks.pairs)
    closers = _char_class(marks.closers)

    def pattern(kind: str, template: str) -> regex.Pattern[str] | None:
        return regex.compile(template.replace("CUE", alternation(cues[kind]))) if cues.get(kind) else None

    return CueLexicon(
        work_before=pattern("work", rf"(?<!{W})CUE,?[^\S\n]*{openers}$"),
        author_after=pattern("author", rf"{closers},?[^\S\n]+CUE[^\S\n]+(?:\p{{Ll}}+[^\S\n]+)?\p{{Lu}}"),
        joiner=pattern("joiner", r"[^\S\n]*(?:,[^\S\n]*)?(?:CUE[^\S\n]+)?"),
        work_words=frozenset(c.casefold() for c in cues.get("work", [])),
        minor=frozenset(c.casefold() for c in cues.get("minor", [])),
    )


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(regex.escape(c) for c in sorted(chars)) + "]"


def _words(text: str) -> list[str]:
    return [w for w in (raw.strip(EDGE) for raw in text.split()) if w]


def _capitalised(word: str) -> bool:
    """Starts as a name does: an upper-case letter, a digit, or a letter of a script without case."""
    first = word[:1]
    return bool(first) and not first.islower()


def _title_case(words: Sequence[str], minor: frozenset[str]) -> bool:
    """'Game of Thrones', 'Fox & Friends': every word but the minor ones is capitalised (a script
    without case, as Korean, always is)."""
    content = [w for w in words if w.casefold() not in minor]
    return bool(words) and _capitalised(words[0]) and all(_capitalised(w) for w in content)


def _mark_before(text: str, start: int) -> int:
    """Position of the opening mark of a quote starting at `start` (spaces inside the marks skipped)."""
    i = start - 1
    while i > 0 and text[i].isspace():
        i -= 1
    return i


def _mark_after(text: str, end: int) -> int:
    i = end
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def quote_kind(
    text: str, quote: Quote, language: str, names: SpanSet | None = None, in_speech: SpeechTest | None = None
) -> str:
    """What a quoted stretch is: a direct quote, a term, a title or a name.
    A single quoted word is a term ("the “opt-out” movement") unless `in_speech` says its sentence
    reports speech (meminta sekutu untuk berhenti "mengawasi"); a compound or coinage ("a “no-brainer”",
    "“self-deport”", "“state.gov”") is a term even there: a label, not a word someone was quoted
    saying. `names` holds the spans of names found elsewhere (cited agencies): a short quote holding
    one is that name ("в интервью «РИА Новости»")."""
    words = _words(text[quote.start : quote.end])
    if len(words) <= NAME_MAX_WORDS and names is not None and _mostly_named(names, quote):
        return NAME
    if len(words) < 2:
        spoken = in_speech is not None and in_speech(quote) and not COMPOUND.search(text, quote.start, quote.end)
        return DIRECT if spoken else TERM
    lex = cue_lexicon(language)
    if _titled_by_cue(text, quote, words, lex) or _headline(text, quote, words, lex):
        return TITLE
    if len(words) <= NAME_MAX_WORDS and _title_case(words, lex.minor) and words[-1].casefold() in lex.work_words:
        return NAME  # "„Süddeutschen Zeitung“", "“The Sean Hannity Show”"
    if len(words) <= NAME_MAX_WORDS + 1 and _title_case(words, lex.minor) and _work_after(text, quote, lex):
        return TITLE  # "his “Keepin' It Real” radio program", "the “Make America Great Again” slogan"
    return DIRECT


WORK_AFTER_WORDS = 2  # "“The Apprentice” TV show": the work noun closes a short phrase after the marks


def _work_after(text: str, quote: Quote, lex: CueLexicon) -> bool:
    """A work noun among the first words after the closing mark."""
    after = _words(text[_mark_after(text, quote.end) + 1 : quote.end + 60])[:WORK_AFTER_WORDS]
    return any(w.casefold() in lex.work_words for w in after)


def _mostly_named(names: SpanSet, quote: Quote) -> bool:
    """Names cover at least half of the quote ("«Інтерфакс-Україна»", not "“Reuters got it wrong”")."""
    i = bisect_right(names.spans, (quote.start - names.longest, -1))
    covered = 0
    for start, end in names.spans[i:]:
        if start >= quote.end:
            break
        covered += max(0, min(end, quote.end) - max(start, quote.start))
    return 2 * covered >= quote.end - quote.start


def _titled_by_cue(text: str, quote: Quote, words: Sequence[str], lex: CueLexicon) -> bool:
    """A title right after a work noun: "the podcast “So, That Happened”", "фильм «Брат»"."""
    if lex.work_before is None or len(words) > TITLE_MAX_WORDS or not _capitalised(words[0]):
        return False
    opening = _mark_before(text, quote.start)
    return lex.work_before.search(text, max(0, opening - 40), opening + 1) is not None


def _headline(text: str, quote: Quote, words: Sequence[str], lex: CueLexicon) -> bool:
    """'FAREWELL—“Met accused of whitewashing baby Jesus,” by Post's Kathianne Boniello': a quoted
    headline opening its line (after nothing in lower case), closing on a comma, and followed by
    its author."""
    if lex.author_after is None or len(words) > HEADLINE_MAX_WORDS:
        return False
    opening = _mark_before(text, quote.start)
    if LOWER.search(text, text.rfind("\n", 0, opening) + 1, opening):  # not where a headline stands
        return False
    closing = _mark_after(text, quote.end)
    comma_inside = text[quote.start : quote.end].endswith(",")
    m = lex.author_after.match(text, closing, min(len(text), closing + 60))
    return m is not None and (comma_inside or text.startswith(",", closing + 1))


def classify_quotes(
    text: str, quotes: Sequence[Quote], language: str, names: Sequence[Span] = (), in_speech: SpeechTest | None = None
) -> None:
    """Set each quote's kind (see quote_kind)."""
    known = SpanSet(names)
    previous: Quote | None = None
    for quote in quotes:
        quote.kind = quote_kind(text, quote, language, known, in_speech)
        if quote.kind == DIRECT and previous is not None and previous.kind == TITLE:
            quote.kind = TITLE if _listed_title(text, previous, quote, language) else DIRECT
        previous = quote


def _listed_title(text: str, previous: Quote, quote: Quote, language: str) -> bool:
    """'starred in “Parks and Recreation” and “Guardians of the Galaxy”': a title-case stretch
    listed right after a title is a title too."""
    lex = cue_lexicon(language)
    between = text[_mark_after(text, previous.end) + 1 : _mark_before(text, quote.start)]
    words = _words(text[quote.start : quote.end])
    return (
        lex.joiner is not None and len(words) <= TITLE_MAX_WORDS and _title_case(words, lex.minor)
        and lex.joiner.fullmatch(between) is not None
    )
