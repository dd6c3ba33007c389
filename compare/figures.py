"""Figures in article text: value (normalised), unit, qualifier, subject, span.

"sekitar 10.000 tentara Korea Utara" -> 10000, troops, approximately, "tentara Korea Utara";
"425 juta dolar AS" -> 425000000, USD; "약 1만 명 이상" -> 10000, people, more_than.
Years, dates, times, ordinals, list numbers, phone-like numbers and numbers inside names
("MS 804", "Su-35", "G7", "COVID-19") are not figures. Language knowledge is data in
compare/data/ (units.csv, qualifiers.csv, figure_context.csv, subject_stopwords.csv and the
number tables of compare.numbers); patterns are compiled once per language.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from compare.dates import date_spans
from compare.lexicon import rows_for
from compare.numbers import (
    SPACE,
    NumberLexicon,
    NumberReading,
    alternation,
    fold,
    number_lexicon,
    read_number,
)

WORD = r"[^\W\d_][\w'’\-]*"
SUBJECT_WORDS = 3  # at most this many words say what was counted
LEFT_WINDOW = 40  # characters looked at before a number for qualifiers and signs
YEARS = range(1800, 2101)


@dataclass(frozen=True)
class Unit:
    code: str
    kind: str  # currency | count | percent | measure


@dataclass(frozen=True)
class FigureLexicon:
    numbers: NumberLexicon
    unit_before: re.Pattern[str]  # a sign or code ending right before the digits ("$", "Rp", "USD")
    unit_after: re.Pattern[str]  # a unit right after the number ("dolar AS", "%", "명")
    count_after: re.Pattern[str]  # a count unit after one or two describing words
    units_before: dict[str, Unit]
    units_after: dict[str, Unit]
    refine: tuple[tuple[str, str], ...]  # (word stem in the subject, unit it narrows "people" to)
    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    qualifiers: dict[tuple[str, str], str]  # (folded word, position) -> qualifier
    context_before: dict[str, re.Pattern[str]]  # role -> pattern ending right before the digits
    context_after: dict[str, re.Pattern[str]]  # role -> pattern right after the number
    stopwords: frozenset[str]


def _end_anchored(alt: str, boundary: bool = True) -> re.Pattern[str]:
    start = r"(?<![^\W\d_])" if boundary else ""
    return re.compile(rf"{start}(?P<w>{alt}){SPACE}*\Z", re.IGNORECASE)


def _context_patterns(language: str, word_end: str) -> tuple[dict[str, Any], dict[str, Any]]:
    rows = rows_for("figure_context", language)
    before, after = {}, {}
    for role in ("ordinal_prefix", "year_prefix", "time_prefix"):
        attached = alternation(r["word"] for r in rows if r["role"] == role and r["spacing"] == "attached")
        spaced = alternation(r["word"] for r in rows if r["role"] == role and r["spacing"] != "attached")
        before[role] = re.compile(
            rf"(?:{attached}|(?<![^\W\d_]){spaced}{SPACE}+)\Z", re.IGNORECASE
        )
    for role in ("ordinal_suffix", "year_suffix", "time_suffix"):
        attached = alternation(r["word"] for r in rows if r["role"] == role and r["spacing"] == "attached")
        spaced = alternation(r["word"] for r in rows if r["role"] == role and r["spacing"] != "attached")
        after[role] = re.compile(
            rf"(?:{attached}|{SPACE}*{spaced})(?:(?<=\.)(?={SPACE}+[^\W\d_])|(?<!\.){word_end})",
            re.IGNORECASE,
        )
    return before, after


def _units(language: str) -> tuple[dict[str, Unit], dict[str, Unit], tuple[tuple[str, str], ...]]:
    before, after, refine = {}, {}, []
    for row in rows_for("units", language):
        unit = Unit(row["unit"], row["kind"])
        if row["position"] == "before":
            before[fold(row["word"])] = unit
        elif row["position"] == "after":
            after[fold(row["word"])] = unit
        else:
            refine.append((fold(row["word"]), row["unit"]))
    return before, after, tuple(refine)


@cache
def figure_lexicon(language: str) -> FigureLexicon:
    numbers = number_lexicon(language)
    end = numbers.fmt.word_end
    before, after, refine = _units(language)
    stopwords = frozenset(fold(r["word"]) for r in rows_for("subject_stopwords", language))
    counts = [w for w, u in after.items() if u.kind == "count"]
    describing = rf"(?!{alternation(stopwords)}(?!\w)){WORD}"
    quals = {(fold(r["word"]), r["position"]): r["qualifier"] for r in rows_for("qualifiers", language)}
    context_before, context_after = _context_patterns(language, end)
    links = [r for r in rows_for("figure_context", language) if r["role"] == "unit_link"]
    link = (
        f"(?:{alternation(r['word'] for r in links if r['spacing'] == 'attached')}"
        f"|{alternation(r['word'] for r in links if r['spacing'] != 'attached')}{SPACE}+)?"
    )
    return FigureLexicon(
        numbers=numbers,
        unit_before=_end_anchored(alternation(before), boundary=True),
        unit_after=re.compile(
            rf"{SPACE}*{link}(?P<w>{alternation(after)})(?:(?<=\W)|{end})", re.IGNORECASE
        ),
        count_after=re.compile(
            rf"(?:{SPACE}+{describing}){{1,2}}{SPACE}+(?P<w>{alternation(counts)}){end}", re.IGNORECASE
        ),
        units_before=before,
        units_after=after,
        refine=refine,
        qualifier_before=_end_anchored(alternation(w for w, pos in quals if pos == "before")),
        qualifier_after=re.compile(
            rf"{SPACE}*(?P<w>{alternation(w for w, pos in quals if pos == 'after')}){end}", re.IGNORECASE
        ),
        qualifiers=quals,
        context_before=context_before,
        context_after=context_after,
        stopwords=stopwords,
    )


@dataclass
class Draft:
    """A figure being read: the number, then what sits around it."""

    reading: NumberReading
    start: int  # span start (qualifier or currency sign included)
    end: int  # span end (unit and trailing qualifier included)
    unit: Unit | None = None
    unit_text: str = ""
    unit_start: int = -1
    qualifier: str | None = None


RANGE_TAIL = re.compile(rf"{SPACE}?[-–]{SPACE}?(?=[0-9])")
HYPHEN_LEFT = re.compile(r"[0-9]+(?:[-–][0-9]+)*[-–]\Z")
HYPHEN_RIGHT = re.compile(r"(?:[-–][0-9]+)+")
LIST_START = re.compile(r"(?:^|\n)[ \t•*\-]*\Z")


def _hyphen_groups(text: str, start: int, end: int) -> int:
    """How many digit groups are joined by hyphens around this number ("0812-3456-789": 3)."""
    left = HYPHEN_LEFT.search(text, max(0, start - 30), start)
    right = HYPHEN_RIGHT.match(text, end)
    n_left = left.group().count("-") + left.group().count("–") if left else 0
    n_right = right.group().count("-") + right.group().count("–") if right else 0
    return 1 + n_left + n_right


def _embedded(text: str, start: int, end: int, has_sign: bool) -> bool:
    """Digits that belong to something else: a name ("G7", "Su-35"), a time, a fraction, a code."""
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    after = text[end : end + 2]
    if not has_sign and before.isalpha():
        return True  # G7, MH17, A320
    if before in "-–" and before2.isalpha():
        return True  # Su-35, COVID-19, F-16
    if before in "#№+@_" or (before in "/:" and before2.isdigit()):
        return True
    if len(after) == 2 and after[0] in ":/.," and after[1].isdigit():
        return True  # 10:30, 1/3, 10.30 (not this language's grouping)
    return _hyphen_groups(text, start, end) > 2  # phone numbers, codes


def _bare_integer(reading: NumberReading) -> bool:
    return not reading.scaled and not reading.word and reading.digits_text.isdigit()


def _is_list_number(text: str, reading: NumberReading) -> bool:
    after = text[reading.end : reading.end + 1]
    if after in (".", ")") and LIST_START.search(text, max(0, reading.start - 10), reading.start):
        return True
    return text[reading.start - 1 : reading.start] == "(" and after == ")"


def _context(lex: FigureLexicon, text: str, draft: Draft, side: str, role: str) -> bool:
    if side == "before":
        lo = max(0, draft.reading.start - LEFT_WINDOW)
        return lex.context_before[role].search(text, lo, draft.reading.start) is not None
    return lex.context_after[role].match(text, draft.reading.end) is not None


def _not_a_figure(lex: FigureLexicon, text: str, draft: Draft) -> bool:
    """Years, times, ordinals, list numbers and names, once the unit is known."""
    reading = draft.reading
    if reading.word and (reading.needs_scale and not reading.scaled or not (reading.scaled or draft.unit)):
        return True
    if draft.unit is not None or not _bare_integer(reading):
        return False
    digits = reading.digits_text
    if len(digits) > 1 and digits.startswith("0") or len(digits) >= 10:
        return True
    if _is_list_number(text, reading):
        return True
    for side, role in (("before", "ordinal_prefix"), ("after", "ordinal_suffix"),
                       ("before", "time_prefix"), ("after", "time_suffix")):
        if _context(lex, text, draft, side, role):
            return True
    if len(digits) == 4 and (
        int(digits) in YEARS
        or _context(lex, text, draft, "before", "year_prefix")
        or _context(lex, text, draft, "after", "year_suffix")
    ):
        return True
    after = text[reading.end : reading.end + 1]
    if after.isalpha() and not lex.numbers.fmt.loose:
        return True  # 5G, 737MAX
    return draft.qualifier is None and _after_name(text, reading.start)


NAME_BEFORE = re.compile(rf"(?P<name>[^\W\d_][\w\-]*){SPACE}\Z")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“”«»(]\s*)\Z")


def _after_name(text: str, start: int) -> bool:
    """ "Boeing 737", "MS 804", "Resolution 2231": a number right after a capitalised name."""
    m = NAME_BEFORE.search(text, max(0, start - 30), start)
    if not m or not m.group("name")[0].isupper():
        return False
    name = m.group("name")
    if len(name) > 1 and name.isupper():
        return True
    return not SENTENCE_START.search(text, max(0, m.start() - 5), m.start())


def _read_unit_after(lex: FigureLexicon, text: str, draft: Draft, pos: int) -> int:
    """Attach a unit after `pos` (directly, or a count unit after describing words); new end."""
    m = lex.unit_after.match(text, pos) or lex.count_after.match(text, pos)
    if m is None:
        return pos
    unit = lex.units_after.get(fold(m.group("w")))
    if unit is None:
        return pos
    draft.unit, draft.unit_text, draft.unit_start = unit, m.group("w"), m.start("w")
    return m.end()


def _qualifier_after(lex: FigureLexicon, text: str, draft: Draft, pos: int) -> int:
    m = lex.qualifier_after.match(text, pos)
    if m is None:
        return pos
    draft.qualifier = draft.qualifier or lex.qualifiers.get((fold(m.group("w")), "after"))
    return m.end()


def _read_right(lex: FigureLexicon, text: str, draft: Draft) -> None:
    pos = draft.reading.end
    tail = RANGE_TAIL.match(text, pos)
    if tail:  # "5.000-8.000 tentara": the first number of a range takes the unit after the second
        second = lex.numbers.digits.match(text, tail.end())
        if second:
            probe = Draft(draft.reading, draft.start, second.end())
            _read_unit_after(lex, text, probe, second.end())
            draft.unit, draft.unit_text = probe.unit, probe.unit_text
            draft.end = pos
            return
    pos = _qualifier_after(lex, text, draft, pos)  # "1만여 명", "100 с лишним"
    if draft.unit is None:
        pos = _read_unit_after(lex, text, draft, pos)
    draft.end = _qualifier_after(lex, text, draft, pos) if draft.unit else pos


def _read_left(lex: FigureLexicon, text: str, m: re.Match[str]) -> tuple[int, Unit | None, str]:
    """A currency sign or code right before the digits ("$", "Rp", "RM5"): (start, unit, text)."""
    lo = max(0, m.start() - 12)
    sign = lex.unit_before.search(text, lo, m.start())
    if sign is None:
        return m.start(), None, ""
    unit = lex.units_before.get(fold(sign.group("w")))
    return (sign.start("w"), unit, sign.group("w")) if unit else (m.start(), None, "")


def _qualifier_before(lex: FigureLexicon, text: str, draft: Draft) -> None:
    lo = max(0, draft.start - LEFT_WINDOW)
    q = lex.qualifier_before.search(text, lo, draft.start)
    if q is not None:
        draft.qualifier = lex.qualifiers.get((fold(q.group("w")), "before"))
        draft.start = q.start("w")


WORD_AT = re.compile(rf"{SPACE}*({WORD})")
TOKENS = re.compile(rf"{WORD}|[0-9]+|[^\w\s]")


def _words_after(lex: FigureLexicon, text: str, pos: int, limit: int) -> list[str]:
    words: list[str] = []
    while len(words) < limit:
        m = WORD_AT.match(text, pos)
        if not m or fold(m.group(1)) in lex.stopwords:
            break
        words.append(m.group(1))
        pos = m.end()
    return words


def _words_before(lex: FigureLexicon, text: str, pos: int, limit: int) -> list[str]:
    tokens = TOKENS.findall(text, max(0, pos - 80), pos)
    words: list[str] = []
    for token in reversed(tokens):
        if not token[0].isalpha():
            break
        if fold(token) in lex.stopwords:
            if words:
                break
            continue  # "senilai 425 juta": skip the link word next to the number
        words.append(token)
        if len(words) == limit:
            break
    return words[::-1]


def _subject(lex: FigureLexicon, text: str, draft: Draft) -> str:
    counted = draft.unit is not None and draft.unit.kind == "count"
    if counted and lex.numbers.fmt.subject_before:  # Korean "북한군 약 1만 명"
        words = _words_before(lex, text, draft.start, SUBJECT_WORDS)
    elif counted:
        between = text[draft.reading.end : draft.unit_start].split()
        words = between + [draft.unit_text]
        words += _words_after(lex, text, draft.end, SUBJECT_WORDS - len(words))
    else:
        words = _words_after(lex, text, draft.end, SUBJECT_WORDS)
        if not words:
            words = _words_before(lex, text, draft.start, SUBJECT_WORDS)
    return " ".join(words[:SUBJECT_WORDS])


def _refined_unit(lex: FigureLexicon, unit: Unit | None, subject: str) -> str | None:
    """ "10.000 orang tentara", Korean "북한군 1만 명": a people count of soldiers is troops."""
    if unit is None:
        return None
    if unit.code == "people":
        for word in fold(subject).split():
            for stem, code in lex.refine:
                if word.startswith(stem):
                    return code
    return unit.code


def _read_figure(lex: FigureLexicon, text: str, m: re.Match[str]) -> Draft | None:
    start, sign, sign_text = _read_left(lex, text, m)
    reading = read_number(text, m, lex.numbers, currency=sign is not None and sign.kind == "currency")
    if reading is None or _embedded(text, reading.start, reading.end, sign is not None):
        return None
    draft = Draft(reading, start, reading.end, sign, sign_text, start)
    _read_right(lex, text, draft)
    _qualifier_before(lex, text, draft)
    return None if _not_a_figure(lex, text, draft) else draft


def _in_spans(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans."""
    i = bisect.bisect_left(starts, end) - 1  # the last span starting before `end`
    return i >= 0 and spans[i][1] > start


def find_figures(text: str, language: str) -> list[dict[str, Any]]:
    """Figures in `text` as [{value, unit, qualifier, subject, text, start, end}]."""
    lex = figure_lexicon(language)
    spans = date_spans(text, language)
    starts = [s for s, _ in spans]
    out: list[dict[str, Any]] = []
    taken = 0
    for m in lex.numbers.numeral.finditer(text):
        if m.start() < taken or _in_spans(spans, starts, m.start(), m.end()):
            continue
        draft = _read_figure(lex, text, m)
        if draft is None:
            continue
        taken = max(draft.end, draft.reading.end)
        subject = _subject(lex, text, draft)
        out.append(
            {
                "value": float(draft.reading.value),
                "unit": _refined_unit(lex, draft.unit, subject),
                "qualifier": draft.qualifier,
                "subject": subject,
                "text": text[draft.start : draft.end],
                "start": draft.start,
                "end": draft.end,
            }
        )
    return out
