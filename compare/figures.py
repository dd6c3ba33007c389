"""Figures in article text: value (normalised), unit, qualifier, subject, span.

"sekitar 10.000 tentara Korea Utara" -> 10000, troops, approximately, "tentara Korea Utara";
"425 juta dolar AS" -> 425000000, USD; "약 1만 명 이상" -> 10000, people, more_than.
Years, dates, times, ordinals, list numbers, phone-like numbers and numbers inside names
("MS 804", "Su-35", "G7", "COVID-19") are not figures, nor ages and periods framed by the words
around them ("de 22 años", "trong 11 tháng"). A bare count takes "people" from what befell them
("otras 30 resultaron heridas") or, in the thousands and ending its clause, the unit of the count
just before it ("Le ministère en a compté 780 000."). Language knowledge is data in
compare/data/ (units.csv, qualifiers.csv, figure_context.csv, subject_stopwords.csv and the
number tables of compare.numbers); patterns are compiled once per language.

Speed: an article is scanned once for digit runs and, with str.find, for number words; all
other checks look at a few characters or words around each number.
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
    LEADING_PUNCT,
    SPACE,
    WORD_GROUPS,
    NumberLexicon,
    NumberReading,
    PhraseTable,
    TokensBefore,
    WordTable,
    alternation,
    digit_runs,
    find_words,
    fold,
    lowered,
    number_lexicon,
    numeral_value,
    quick_fold,
    read_number,
    spaced_scales,
    word_entries,
)

WORD = r"[^\W\d_][\w'’\-]*"
SUBJECT_WORDS = 3  # at most this many words say what was counted
YEARS = range(1800, 2101)
BEFORE_ROLES = ("ordinal_prefix", "year_prefix", "time_prefix", "age_prefix")
AFTER_ROLES = ("ordinal_suffix", "age_suffix", "year_suffix", "time_suffix")  # tried in this order
GENERIC_UNITS = ("people", "")  # counts a subject word may narrow ("orang tentara" -> troops)
FRAME_ROLES = ("age_frame", "period_frame")  # "una estudiante de 22 años", "trong 11 tháng": not figures
MAX_AGE = 130
MAX_VALUE = 1e20  # above any budget in dong or rupiah: a run of digits, not a quantity


@dataclass(frozen=True)
class Unit:
    code: str
    kind: str  # currency | count | percent | measure


@dataclass(frozen=True)
class FigureLexicon:
    numbers: NumberLexicon
    units_before: PhraseTable[Unit]  # signs and codes before the digits ("$", "Rp", "USD")
    units_after: dict[str, Unit]
    implied_units: dict[str, Unit]
    counted_before: dict[str, Unit]  # "death toll", "число погибших": what a bare count a few words on counts
    implied: re.Pattern[str]  # words after a bare number that say people were counted ("30 resultaron heridas")
    unit_after: re.Pattern[str]  # a unit right after the number ("dolar AS", "%", "명")
    count_after: re.Pattern[str]  # a count unit after one or two describing words
    refine: tuple[tuple[str, str], ...]  # (word stem in the subject, unit it narrows "people" to)
    qualifiers_before: PhraseTable[str]
    qualifiers_after: dict[str, str]
    qualifier_after: re.Pattern[str]
    marks_before: PhraseTable[str]  # folded word -> role (ordinal, year, time or age prefix)
    marks_after: re.Pattern[str]  # an ordinal/age/year/time word right after the number (group = role)
    range_tail: re.Pattern[str]  # what joins the ends of a range: "5.000-8.000", "4,7 hingga 5,5"
    range_words: frozenset[str]
    range_and: frozenset[str]  # "and", "et", "und": a range only after a range_open word ("between")
    range_open: frozenset[str]
    clause_tail: re.Pattern[str]  # words that close a bare number's clause ("60 000 selon les syndicats")
    more_of_same: frozenset[str]  # "another", "ще", "otras": the number counts what the count before counted
    change_verbs: tuple[str, ...]  # stems of verbs of change: "до 9%" after them is "to 9%", not "at most"
    frames: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]  # (words before, pattern after) of a non-figure
    number_words: WordTable  # words that stand for a number before a unit ("dua", "three")
    number_word_keys: frozenset[str]  # every number word, folded
    scale_entries: WordTable  # scale words, to find "a million", "un millón"
    measure_leads: frozenset[str]  # first words of scale words and units: a number word needs one
    stopwords: frozenset[str]


def _role_words(rows: list[dict[str, str]], role: str, attached: bool) -> list[str]:
    return [r["word"] for r in rows if r["role"] == role and (r["spacing"] == "attached") == attached]


def _after_marks(rows: list[dict[str, str]], word_end: str) -> re.Pattern[str]:
    """Ordinal, age, year and time words after a number ("1st", "3-й", "29-year-old", "2022 году",
    "10 Uhr") as one pattern whose group name says which."""
    parts = []
    for role in AFTER_ROLES:
        attached = alternation(_role_words(rows, role, True))
        spaced = alternation(_role_words(rows, role, False))
        parts.append(rf"(?P<{role}>{attached}|{SPACE}*{spaced})")
    # a bare "." after the digits ("3." in German) is an ordinal only when a word follows;
    # an abbreviation ("p.m.", "г.") ends where it ends
    return re.compile(
        rf"(?:{'|'.join(parts)})"
        rf"(?:(?<=[^\W\d_]\.)|(?<=[0-9]\.)(?={SPACE}+[^\W\d_])|(?<!\.){word_end})",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class UnitTables:
    before: dict[str, Unit]
    after: dict[str, Unit]
    implied: dict[str, Unit]  # "30 resultaron heridas": the words imply the unit, they are not it
    counted: dict[str, Unit]  # "the death toll rose to 41": words a few tokens before a bare count
    refine: tuple[tuple[str, str], ...]
    exact_after: tuple[str, ...]  # units after the number whose case matters ("m" metres, not "8M")


def _units(language: str) -> UnitTables:
    tables = UnitTables({}, {}, {}, {}, (), ())
    refine, exact = [], []
    for row in rows_for("units", language):
        unit = Unit(row["unit"], row["kind"])
        if row["position"] in ("before", "after", "implied", "counted"):
            getattr(tables, row["position"])[fold(row["word"])] = unit
        else:
            refine.append((fold(row["word"]), row["unit"]))
        if row["position"] == "after" and row.get("case") == "exact":
            exact.append(row["word"])
    return UnitTables(tables.before, tables.after, tables.implied, tables.counted, tuple(refine), tuple(exact))


def _after_units(units: UnitTables) -> str:
    exact = set(units.exact_after)
    return alternation([w for w in units.after if w not in {fold(e) for e in exact}], exact)


def _frames(rows: list[dict[str, str]], word_end: str) -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """ "de _ años" -> (("de",), pattern for " años"): a number between these words is no figure."""
    frames = []
    for r in rows:
        if r["role"] in FRAME_ROLES:
            before, _, after = r["word"].partition("_")
            suffix = re.compile(rf"{SPACE}+{alternation([after.strip()])}{word_end}", re.IGNORECASE)
            frames.append((tuple(fold(w) for w in before.split()), suffix))
    return tuple(frames)


def _unit_link(rows: list[dict[str, str]]) -> str:
    """Words between a scale word and its unit: "3 millions d'euros", "2.500 millones de dólares"."""
    attached = alternation(_role_words(rows, "unit_link", True))
    spaced = alternation(_role_words(rows, "unit_link", False))
    return f"(?:{attached}|{spaced}{SPACE}+)?"


def _range_tail(rows: list[dict[str, str]]) -> re.Pattern[str]:
    words = alternation(r["word"] for r in rows if r["role"] in ("range_word", "range_and"))
    return re.compile(rf"(?:{SPACE}?[-–~∼]{SPACE}?|{SPACE}+{words}{SPACE}+)(?=[0-9])", re.IGNORECASE)


def _number_word_entries(language: str) -> WordTable:
    """Number words that count before a unit ("dua tentara"); "a", "un", "ein" need a scale word
    and are found from the scale word instead (they are too common to look for)."""
    rows = rows_for("number_words", language)
    return word_entries((r["word"], False, None) for r in rows if r.get("needs", "any") != "scale")


@cache
def figure_lexicon(language: str) -> FigureLexicon:
    numbers = number_lexicon(language)
    end = numbers.fmt.word_end
    units = _units(language)
    before, after = units.before, units.after
    context = rows_for("figure_context", language)
    stopwords = frozenset(fold(r["word"]) for r in rows_for("subject_stopwords", language))
    quals = rows_for("qualifiers", language)
    counts = [w for w, u in after.items() if u.kind == "count"]
    describing = rf"(?!{alternation(stopwords)}(?!\w)){WORD}"
    after_quals = {fold(r["word"]): r["qualifier"] for r in quals if r["position"] == "after"}
    # scale words to look for in the text: not the one-letter ones that only follow a currency
    scales = [w for w in spaced_scales(language) if w[:1].isalpha() and len(w) > 1]
    return FigureLexicon(
        numbers=numbers,
        units_before=PhraseTable.of(before),
        units_after=after,
        unit_after=re.compile(
            rf"{SPACE}*{_unit_link(context)}(?P<w>{_after_units(units)})(?:(?<=\W)|{end})", re.IGNORECASE
        ),
        implied_units=units.implied,
        counted_before=units.counted,
        implied=re.compile(rf"{SPACE}+(?P<w>{alternation(units.implied)}){end}", re.IGNORECASE),
        count_after=re.compile(
            rf"(?:{SPACE}+{describing}){{1,2}}{SPACE}+(?P<w>{alternation(counts)}){end}", re.IGNORECASE
        ),
        refine=units.refine,
        qualifiers_before=PhraseTable.of({fold(r["word"]): r["qualifier"] for r in quals if r["position"] == "before"}),
        qualifiers_after=after_quals,
        qualifier_after=re.compile(rf"{SPACE}*(?P<w>{alternation(after_quals)}){end}", re.IGNORECASE),
        marks_before=PhraseTable.of({fold(r["word"]): r["role"] for r in context if r["role"] in BEFORE_ROLES}),
        marks_after=_after_marks(context, end),
        range_tail=_range_tail(context),
        range_words=frozenset(fold(r["word"]) for r in context if r["role"] == "range_word"),
        range_and=frozenset(fold(r["word"]) for r in context if r["role"] == "range_and"),
        range_open=frozenset(fold(r["word"]) for r in context if r["role"] == "range_open"),
        more_of_same=frozenset(fold(r["word"]) for r in context if r["role"] == "more_of_same"),
        clause_tail=re.compile(
            rf"{SPACE}+{alternation(r['word'] for r in context if r['role'] == 'clause_tail')}{end}", re.IGNORECASE
        ),
        change_verbs=tuple(fold(r["word"]) for r in context if r["role"] == "change_verb"),
        frames=_frames(context, end),
        number_words=_number_word_entries(language),
        number_word_keys=frozenset(numbers.words),
        scale_entries=word_entries((w, False, w) for w in scales),
        measure_leads=frozenset(w.split()[0] for w in [*numbers.scales, *after, *units.implied] if w),
        stopwords=stopwords,
    )


# --- finding numbers -----------------------------------------------------------------------------


def _digit_numerals(text: str, lex: FigureLexicon) -> list[re.Match[str]]:
    digits = lex.numbers.digits
    out: list[re.Match[str]] = []
    taken = 0
    for start, _ in digit_runs(text):
        if start < taken:
            continue
        m = digits.match(text, start)
        if m is not None:
            out.append(m)
            taken = m.end()
    return out


def _followed_by_measure(low: str, end: int, lex: FigureLexicon) -> bool:
    """A number word counts only before a scale word or a unit (at most three words on)."""
    tokens = low[end : end + 60].split()[:3]
    return any(token.strip(".,;:!?)\"'»”") in lex.measure_leads for token in tokens)


def _word_numerals(text: str, lex: FigureLexicon) -> list[re.Match[str]]:
    """Number words before a scale word or unit: "dua juta", "three soldiers", "a million"."""
    low = lowered(text)
    if low is None:
        return []
    numeral = lex.numbers.numeral
    loose = lex.numbers.fmt.loose  # Korean "이백만": a digit word written against its scale word
    found = find_words(text, low, lex.number_words, loose)
    starts = [start for start, end, _ in found if _followed_by_measure(low, end, lex)]
    for start, _, _ in find_words(text, low, lex.scale_entries, lex.numbers.fmt.loose):
        before = TokensBefore.at(text, start)  # "a million", "un millón", "eine Million"
        if before.tokens and not before.attached:
            first, token = before.tokens[-1]
            if fold(token) in lex.number_word_keys:
                starts.append(first)
    matches = (numeral.match(text, s) for s in sorted(set(starts)))
    return [m for m in matches if m is not None and m.lastgroup in WORD_GROUPS]


# --- reading one figure ----------------------------------------------------------------------------


@dataclass(slots=True)
class Draft:
    """A figure being read: the number, then what sits around it."""

    reading: NumberReading
    before: TokensBefore
    start: int  # span start (qualifier or currency sign included)
    end: int  # span end (unit and trailing qualifier included)
    unit: Unit | None = None
    unit_text: str = ""
    unit_start: int = -1
    qualifier: str | None = None
    rejected: bool = False  # read far enough to know it is not a figure
    mark_before: str | None = None  # the ordinal/year/time/age word before it ("" = none), once known
    mark_after: str | None = None  # the same after it
    range_end: int = -1  # where the second end of a range ends (skipped with the first when that is no figure)


HYPHEN_LEFT = re.compile(r"[0-9]+(?:[-–][0-9]+)*[-–]\Z")
HYPHEN_RIGHT = re.compile(r"(?:[-–][0-9]+)+")
LIST_START = re.compile(r"(?:^|\n)[ \t•*\-]*\Z")
SENTENCE_END = tuple('.!?:;"“”«»()')


def _hyphen_groups(text: str, start: int, end: int) -> int:
    """How many digit groups are joined by hyphens around this number ("0812-3456-789": 3)."""
    n = 1
    if text[start - 1 : start] in ("-", "–"):
        left = HYPHEN_LEFT.search(text, max(0, start - 30), start)
        n += len(re.findall("[-–]", left.group())) if left else 0
    if text[end : end + 1] in ("-", "–"):
        right = HYPHEN_RIGHT.match(text, end)
        n += len(re.findall("[-–]", right.group())) if right else 0
    return n


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
    return (text[reading.start - 1 : reading.start], after) in (("(", ")"), ("[", "]"))


def _marked(lex: FigureLexicon, text: str, draft: Draft, role: str) -> bool:
    """Whether an ordinal, year, time or age word stands next to the number."""
    if role in BEFORE_ROLES:
        if draft.mark_before is None:  # looked up once per number
            found = draft.before.phrase(lex.marks_before, max_words=3)
            draft.mark_before = found[1] if found else ""
        return draft.mark_before == role
    if draft.mark_after is None:
        after = lex.marks_after.match(text, draft.reading.end)
        draft.mark_after = (after.lastgroup or "") if after else ""
    return draft.mark_after == role


def _is_age(lex: FigureLexicon, text: str, draft: Draft) -> bool:
    """ "29-year-old", "29세", and an age after a name between commas ("Zulkifli Hamid, 41,")."""
    if int(draft.reading.digits_text) > MAX_AGE:
        return False
    if _marked(lex, text, draft, "age_suffix") or _marked(lex, text, draft, "age_prefix"):
        return True
    tokens = draft.before.tokens
    return (
        text[draft.reading.end : draft.reading.end + 1] in (",", ")")
        and bool(tokens)
        and not draft.before.attached
        and tokens[-1][1].endswith(",")
        and tokens[-1][1][:1].isupper()
    )


def _framed(lex: FigureLexicon, text: str, draft: Draft) -> bool:
    """ "una estudiante de 22 años" (an age), "trong 11 tháng" (the period a figure covers)."""
    for words, after in lex.frames:
        if draft.before.attached or not after.match(text, draft.reading.end):
            continue
        tokens = draft.before.tokens
        if len(tokens) >= len(words) and tuple(fold(t) for _, t in tokens[len(tokens) - len(words) :]) == words:
            return True
    return False


def _compound_word(text: str, end: int) -> bool:
    """ "10-day", "155-mm": a number joined to a word by a hyphen is part of an adjective."""
    return text[end : end + 1] in ("-", "–") and text[end + 1 : end + 2].isalpha()


def _after_name(draft: Draft) -> bool:
    """ "Boeing 737", "MS 804", "Resolution 2231": a number right after a capitalised name."""
    tokens = draft.before.tokens
    if draft.before.attached or not tokens:
        return False
    name = tokens[-1][1]
    if not (name[0].isupper() and name.replace("-", "").isalnum()):
        return False
    if len(name) > 1 and name.isupper():
        return True  # MS 804, an acronym
    return len(tokens) > 1 and not tokens[-2][1].endswith(SENTENCE_END)  # not "Sekitar 300"


def _number_word_stands(draft: Draft) -> bool:
    reading = draft.reading
    if reading.attached_word:  # "이백만 명": Sino-Korean digits count only with a scale word and a unit
        return reading.scaled and draft.unit is not None
    if reading.needs_scale:
        return reading.scaled
    return reading.scaled or draft.unit is not None


def _not_a_figure(lex: FigureLexicon, text: str, draft: Draft) -> bool:
    """Years, times, ordinals, list numbers and names, once the unit is known."""
    reading = draft.reading
    if draft.rejected:
        return True
    if reading.word:
        return not _number_word_stands(draft)
    if _year_before_described_count(text, draft):
        return True  # "In 2013 fellow doctors ...": a count unit after other words does not make a year a count
    if draft.unit is not None or not _bare_integer(reading):
        return False
    if _is_age(lex, text, draft) or _compound_word(text, reading.end) or _framed(lex, text, draft):
        return True  # "29-year-old", "Zulkifli Hamid, 41,", "a 10-day truce"
    if _second_of_range(lex, text, draft) and text[reading.start - 1 : reading.start] in "-–~∼":
        return True  # "2-1": a score
    digits = reading.digits_text
    if len(digits) > 1 and digits.startswith("0") or len(digits) >= 10:
        return True  # 0812..., identifiers
    if _is_list_number(text, reading):
        return True
    if _marked(lex, text, draft, "ordinal_prefix") or _marked(lex, text, draft, "time_prefix"):
        return True
    if _marked(lex, text, draft, "ordinal_suffix") or _marked(lex, text, draft, "time_suffix"):
        return True
    if len(digits) == 4 and (
        int(digits) in YEARS or _marked(lex, text, draft, "year_prefix") or _marked(lex, text, draft, "year_suffix")
    ):
        return True
    if len(digits) < 4 and _marked(lex, text, draft, "year_suffix"):
        return True  # "3년 5개월 만에", "на 3 года": a number of years, a duration
    if text[reading.end : reading.end + 1].isalpha() and not lex.numbers.fmt.loose:
        return True  # 5G, 737MAX
    return draft.qualifier is None and _after_name(draft)


def _year_before_described_count(text: str, draft: Draft) -> bool:
    reading = draft.reading
    return (
        draft.unit is not None
        and draft.unit_start > reading.end + 1  # words between: "2013 fellow doctors"
        and _bare_integer(reading)
        and len(reading.digits_text) == 4
        and int(reading.digits_text) in YEARS
        and text[reading.end : draft.unit_start].strip() != ""
    )


def _read_unit_after(lex: FigureLexicon, text: str, draft: Draft, pos: int) -> int:
    """Attach a unit after `pos` (directly, or a count unit after describing words); new end."""
    m = lex.unit_after.match(text, pos) or lex.count_after.match(text, pos)
    unit = lex.units_after.get(fold(m.group("w"))) if m else None
    if m is None or unit is None:
        return pos
    draft.unit, draft.unit_text, draft.unit_start = unit, m.group("w"), m.start("w")
    return m.end()


def _read_implied_unit(lex: FigureLexicon, text: str, draft: Draft, pos: int) -> None:
    """ "otras 30 resultaron heridas", "ще 17 отримали поранення": a bare number followed by what
    befell people counts people; the words stay outside the span and the unit text."""
    if not text[pos : pos + 1].isspace():
        return
    m = lex.implied.match(text, pos)
    if m is not None:
        draft.unit = lex.implied_units.get(fold(m.group("w")))


def _qualifier_after(lex: FigureLexicon, text: str, draft: Draft, pos: int) -> int:
    m = lex.qualifier_after.match(text, pos)
    if m is None:
        return pos
    draft.qualifier = draft.qualifier or lex.qualifiers_after.get(fold(m.group("w")))
    return m.end()


def _read_range_unit(lex: FigureLexicon, text: str, draft: Draft) -> bool:
    """ "5.000-8.000 tentara", "4,7 hingga 5,5 persen", "between 2 and 3 percent": the first end of
    a range takes the unit after the second, and its scale word when it has none ("120 bis 150
    Millionen Euro"). A range of bare numbers joined by a dash ("2-1") is a score: no figure."""
    tail = lex.range_tail.match(text, draft.reading.end)
    second = lex.numbers.digits.match(text, tail.end()) if tail else None
    if tail is None or second is None or not _range_opened(lex, draft, tail.group()):
        return False
    probe = Draft(draft.reading, draft.before, draft.start, second.end())
    second_reading = read_number(text, second, lex.numbers)
    after_second = second_reading.end if second_reading else second.end()
    _read_unit_after(lex, text, probe, after_second)
    if draft.unit is None:  # "$5-8 million": a sign before the first end stays
        draft.unit, draft.unit_text = probe.unit, probe.unit_text
    draft.end, draft.range_end = draft.reading.end, after_second
    if second_reading is not None:
        _share_scale(lex, draft.reading, second, second_reading)
    dash = tail.group().strip() in ("-", "–", "~", "∼")
    mark = lex.marks_after.match(text, after_second)
    if (mark and mark.lastgroup in ("ordinal_suffix", "age_suffix")) or (dash and probe.unit is None):
        draft.rejected = True  # "1~3분기", "từ 1 đến 5 tuổi", "2-1"
    return True


def _range_opened(lex: FigureLexicon, draft: Draft, joint: str) -> bool:
    """A conjunction ("and", "et") joins a range only after "between", "entre", "zwischen"."""
    if fold(joint) not in lex.range_and:
        return True
    words = [fold(token) for _, token in draft.before.tokens[-2:]]
    return any(word in lex.range_open for word in words)


def _share_scale(lex: FigureLexicon, first: NumberReading, second: re.Match[str], reading: NumberReading) -> None:
    """ "120 bis 150 Millionen Euro": the first end, smaller and without a scale word, takes the
    second's scale."""
    second_value = numeral_value(second, lex.numbers)
    if first.scaled or first.word or not reading.scaled or not second_value or first.value >= second_value:
        return
    first.value *= reading.value / second_value
    first.scaled = True


def _second_of_range(lex: FigureLexicon, text: str, draft: Draft) -> bool:
    """Whether this number closes a range ("5.000-8.000", "4,7 hingga 5,5")."""
    start = draft.reading.start
    if text[start - 1 : start] in ("-", "–", "~", "∼") and text[start - 2 : start - 1].isdigit():
        return True
    if draft.before.attached or draft.before.last_word() not in lex.range_words:
        return False
    tokens = draft.before.tokens
    return len(tokens) >= 2 and fold(tokens[-1][1]) in lex.range_words and tokens[-2][1][-1:].isdigit()


def _read_right(lex: FigureLexicon, text: str, draft: Draft) -> None:
    if _read_range_unit(lex, text, draft):
        return
    pos = _qualifier_after(lex, text, draft, draft.reading.end)  # "1만여 명", "100 с лишним"
    if draft.unit is None:
        pos = _read_unit_after(lex, text, draft, pos)
    draft.end = _qualifier_after(lex, text, draft, pos) if draft.unit else pos


@dataclass(slots=True)
class Left:
    """What stands before the digits: a currency sign or code, then a qualifier."""

    start: int
    unit: Unit | None
    unit_text: str
    qualifier: str | None


def _read_left(lex: FigureLexicon, before: TokensBefore, digits_start: int) -> Left:
    """ "sekitar 10.000", "about $425 million", "RM5 juta", "more than USD 5"."""
    start, unit, unit_text = digits_start, None, ""
    sign = before.phrase(lex.units_before, max_words=2)
    if sign is not None:
        start, unit, used = sign
        unit_text = " ".join(t for _, t in before.tokens[-used:])
        before = before.drop(used)
    qualifier = before.phrase(lex.qualifiers_before, max_words=4)
    if qualifier is None or _closes_range(lex, before, qualifier[2]) or _change_to(lex, before, qualifier):
        return Left(start, unit, unit_text, None)
    return Left(qualifier[0], unit, unit_text, qualifier[1])


CHANGE_WINDOW = 3  # words between a verb of change and its "to"


def _change_to(lex: FigureLexicon, before: TokensBefore, qualifier: tuple[int, str, int]) -> bool:
    """ "сповільниться до 9%", "на 7,2%, до 1,78 трлн", "se apreció un 1,2 % hasta 19,45": after a
    verb of change (or after the size of the change) the word for "up to" says where the change
    lands: "to"."""
    tokens = before.tokens
    _, code, used = qualifier
    if used != 1 or not lex.change_verbs or (fold(tokens[-1][1]) not in lex.range_words and code != "at_most"):
        return False
    previous = [token for _, token in tokens[-1 - CHANGE_WINDOW : -1]]
    amount = previous[-1] if previous else ""
    if amount == "%" and len(previous) > 1:
        amount = previous[-2] + amount
    if amount[-1:] in (",", "%") and any(ch.isdigit() for ch in amount):
        return True  # the size of the change before: "на 7,2%, до 1,78 трлн", "un 1,2 % hasta 19,45"
    return any(fold(token.strip(LEADING_PUNCT)).startswith(lex.change_verbs) for token in previous)


def _closes_range(lex: FigureLexicon, before: TokensBefore, used: int) -> bool:
    """ "4,7 hingga 5,5": "hingga" joins a range here, it does not mean "up to"."""
    tokens = before.tokens
    if used != 1 or len(tokens) < 2 or fold(tokens[-1][1]) not in lex.range_words:
        return False
    return tokens[-2][1][-1:].isdigit() or fold(tokens[-2][1]) in lex.numbers.scales


# --- subject -------------------------------------------------------------------------------------

WORDS_AT = re.compile(rf"{SPACE}*({WORD})(?:{SPACE}+({WORD}))?(?:{SPACE}+({WORD}))?")  # SUBJECT_WORDS
TOKENS = re.compile(rf"{WORD}|[0-9]+|[^\w\s]")


def _words_after(lex: FigureLexicon, text: str, pos: int, limit: int) -> list[str]:
    """The words after `pos` up to the first function word or punctuation mark."""
    m = WORDS_AT.match(text, pos) if limit > 0 else None
    words: list[str] = []
    for word in m.groups() if m else ():
        if word is None or len(words) == limit or quick_fold(word) in lex.stopwords:
            break
        words.append(word)
    return words


def _words_before(lex: FigureLexicon, text: str, pos: int, limit: int) -> list[str]:
    words: list[str] = []
    for token in reversed(TOKENS.findall(text, max(0, pos - 80), pos)):
        if not token[0].isalpha():
            break
        if quick_fold(token) in lex.stopwords:
            if words:
                break
            continue  # "senilai 425 juta": skip the link word next to the number
        words.append(token)
        if len(words) == limit:
            break
    return words[::-1]


def _subject(lex: FigureLexicon, text: str, draft: Draft) -> str:
    """A few content words saying what was counted: "tentara Korea Utara", "military aid package"."""
    counted = draft.unit is not None and draft.unit.kind == "count" and bool(draft.unit_text)
    if counted and lex.numbers.fmt.subject_before:  # Korean "북한군 약 1만 명", else "1만 명의 병력"
        words = _words_before(lex, text, draft.start, SUBJECT_WORDS)
        words = words or _words_after(lex, text, draft.end, SUBJECT_WORDS)
    elif counted:
        between = text[draft.reading.end : draft.unit_start].split()
        words = [*between, draft.unit_text]
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
    if unit.code in GENERIC_UNITS:
        for word in reversed(fold(subject).split()):  # the word nearest a Korean number first
            for stem, code in lex.refine:
                if word.startswith(stem):
                    return code
    return unit.code or None


# --- the whole text ------------------------------------------------------------------------------


def _read_figure(lex: FigureLexicon, text: str, m: re.Match[str]) -> Draft | None:
    before = TokensBefore.at(text, m.start())
    left = _read_left(lex, before, m.start())
    currency = left.unit is not None and left.unit.kind == "currency"
    reading = read_number(text, m, lex.numbers, currency=currency)
    if reading is None or reading.value > MAX_VALUE:
        return None
    if _embedded(text, reading.start, reading.end, left.unit is not None):
        return None
    draft = Draft(reading, before, left.start, reading.end, left.unit, left.unit_text, left.start, left.qualifier)
    _read_right(lex, text, draft)
    draft.qualifier = draft.qualifier or reading.word_qualifier  # "une trentaine"
    if reading.word and draft.unit is None:  # "two were killed", "une trentaine blessées"
        _read_implied_unit(lex, text, draft, draft.end)
    if _not_a_figure(lex, text, draft):
        draft.rejected = True  # years, ordinals, list numbers...: before any unit is implied ("En 2023 murieron")
        return draft
    if draft.unit is None:
        _read_implied_unit(lex, text, draft, draft.end)
    return draft


def _in_spans(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans."""
    i = bisect.bisect_left(starts, end) - 1  # the last span starting before `end`
    return i >= 0 and spans[i][1] > start


def _as_record(lex: FigureLexicon, text: str, draft: Draft) -> dict[str, Any]:
    subject = _subject(lex, text, draft)
    return {
        "value": float(draft.reading.value),
        "unit": _refined_unit(lex, draft.unit, subject),
        "qualifier": draft.qualifier,
        "subject": subject,
        "text": text[draft.start : draft.end],
        "start": draft.start,
        "end": draft.end,
    }


def find_figures(text: str, language: str) -> list[dict[str, Any]]:
    """Figures in `text` as [{value, unit, qualifier, subject, text, start, end}]."""
    lex = figure_lexicon(language)
    spans = sorted(date_spans(text, language) + phone_spans(text))
    starts = [s for s, _ in spans]
    numerals = sorted(_digit_numerals(text, lex) + _word_numerals(text, lex), key=lambda m: m.start())
    out: list[dict[str, Any]] = []
    taken = 0
    last_count: tuple[int, Unit, bool] | None = None  # where the last count ended, what it counted, scaled
    last_currency: tuple[int, Unit] | None = None  # the same for the last amount of money
    for m in numerals:
        if m.start() < taken or _in_spans(spans, starts, m.start(), m.end()):
            continue
        draft = _read_figure(lex, text, m)
        if draft is None:
            continue
        if draft.rejected:  # "aged 19 to 27": the second end of a range that is no figure goes too
            taken = max(taken, draft.range_end)
            continue
        taken = max(draft.end, draft.reading.end)
        draft.unit = (
            draft.unit
            or _elliptic_count(lex, text, draft, last_count)
            or _same_currency(lex, text, draft, last_currency)
            or _counted_before(lex, draft)
        )
        record = _as_record(lex, text, draft)
        if draft.unit is not None and draft.unit.kind == "count" and record["unit"]:
            last_count = (draft.end, Unit(record["unit"], "count"), draft.reading.scaled)
        if draft.unit is not None and draft.unit.kind == "currency":
            last_currency = (draft.end, draft.unit)
        out.append(record)
    return out


PHONE_JOINTS = frozenset(" -.\u00a0")
MIN_PHONE_DIGITS = 7


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Digit groups joined by single spaces, hyphens or dots that read as a telephone number
    ("+44 20 7946 0958", "01 45 67 89 10", "0800 9800880", "55 5237 2000"), not as one number
    with group separators ("10 000 000", "1.500.000")."""
    out = []
    chain: list[tuple[int, int]] = []
    for run in (*digit_runs(text), (len(text) + 2, len(text) + 2)):
        if chain and (run[0] - chain[-1][1] != 1 or text[chain[-1][1]] not in PHONE_JOINTS):
            if _phone_like(text, chain):
                out.append((chain[0][0], chain[-1][1]))
            chain = []
        chain.append(run)
    return out


def _phone_like(text: str, chain: list[tuple[int, int]]) -> bool:
    groups = [text[a:b] for a, b in chain]
    if len(groups) < 2 or sum(map(len, groups)) < MIN_PHONE_DIGITS:
        return False
    if text[chain[0][0] - 1 : chain[0][0]] == "+" or (groups[0].startswith("0") and len(groups[0]) > 1):
        return True  # "+44 20 ...", "0800 ...", "07-221 2999"
    later = [len(g) for g in groups[1:]]
    return len(groups) >= 3 and 4 in later  # "55 5237 2000": no grouping has four digits


CARRY_DISTANCE = 250  # characters: how far back an elliptic count may refer
CLAUSE_END = re.compile(r"[ \t\u00a0\u202f]*[.,;!?)»”\"]")


def _elliptic_count(
    lex: FigureLexicon, text: str, draft: Draft, last_count: tuple[int, Unit, bool] | None
) -> Unit | None:
    """ "Près de deux millions de personnes ont manifesté. Le ministère en a compté 780 000.": a bare
    count in the thousands (written with group separators, or with a scale word after a count that
    had one: "3,4 млн человек ... рост до 3,8 млн.") that ends its clause ("60 000 selon les
    syndicats") counts what the count just before it in the paragraph counted; so does any bare
    number after a word that says "more of the same" ("ще 3,7 млн", "another 300", "otras 30")."""
    reading = draft.reading
    if last_count is None or draft.unit is not None or reading.word:
        return None
    end, unit, count_scaled = last_count
    if draft.start - end > CARRY_DISTANCE or "\n" in text[end : draft.start]:
        return None
    if draft.before.last_word() in lex.more_of_same:
        return unit
    if not (reading.grouped and not reading.scaled or reading.scaled and count_scaled):
        return None
    closes = (
        draft.end == len(text)
        or (text[draft.end - 1] == "." and _sentence_follows(text, draft.end))  # "до 3,8 млн. Аэропорт"
        or CLAUSE_END.match(text, draft.end)
        or lex.clause_tail.match(text, draft.end)
    )
    return unit if closes else None


NEXT_LETTER = re.compile(r"\s+(\w)")


def _sentence_follows(text: str, pos: int) -> bool:
    """Whether a new sentence starts after the point that closes an abbreviation ("млн. Аэропорт")."""
    m = NEXT_LETTER.match(text, pos)
    return m.group(1).isupper() if m else not text[pos:].strip()


def _counted_before(lex: FigureLexicon, draft: Draft) -> Unit | None:
    """ "the death toll rose to 41", "число погибших возросло до 41": a bare count whose clause
    names what it counts a few words before it."""
    reading = draft.reading
    if not lex.counted_before or reading.word:
        return None
    words: list[str] = []
    for _, token in reversed(draft.before.tokens):
        if token[-1:] in ",.;:!?":
            break  # the clause ends
        words.insert(0, quick_fold(token.strip(LEADING_PUNCT)))
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            unit = lex.counted_before.get(" ".join(words[i : i + size]))
            if unit is not None:
                return unit
    return None


SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _same_currency(
    lex: FigureLexicon, text: str, draft: Draft, last_currency: tuple[int, Unit] | None
) -> Unit | None:
    """ "40 milliards d'euros d'économies, dont 5,1 milliards sur la santé", "giá 3,9 tỷ.": an
    amount with a scale word and no unit, in the same sentence as an amount of money, is in that
    currency, when nothing it could be counting follows it ("on 8 million low-income Americans")."""
    reading = draft.reading
    if last_currency is None or not reading.scaled or reading.word:
        return None
    if _words_after(lex, text, draft.end, 1):  # a content word follows: it may say what was counted
        return None
    end, unit = last_currency
    if draft.start - end > CARRY_DISTANCE or SENTENCE_BREAK.search(text, end, draft.start):
        return None
    return unit
