"""Dates in article text, resolved against the publication date.

"31 Oktober", "ngày 1/11", "le 31 octobre", "el 31 de octubre", "am 31. Oktober", "10월 31일",
"2 ноября 2024 года", "kemarin", "вчера", "on Thursday"... Candidate spans come from our own
patterns, compiled once per language from compare/data/date_words.csv (month names, weekdays,
relative words with their day offsets, prefixes and suffixes). Calendar dates are read from each
run of digits with anchored patterns; relative words and weekdays are found with str.find on a
lower-cased copy (a whole-text alternation scan is several times slower). `dateparser`, with the
language given, only reads short "day word year" spans whose middle word our table lacks.

A day of the month given alone ("6일", "le 12", "am 13.", "ngày 4", "el día 20", "on the 3rd",
"el martes 4") is the most recent such day on or before publication, as is a weekday, unless its
clause announces it ("will vote on Thursday", "akan bertemu pada Kamis", "jeudi prochain": the
future words of date_words.csv), when it is the first such day after. A month named without a day
("8월", "in October", "tháng Mười", "в феврале") is a month mention, not a date: find_dates never
returns it (its rows are days) and its digits are no figure; find_months returns it as "YYYY-MM",
with the year written beside it or else the one nearest publication (month_of: at most five months
ahead). read_full_date reads a publication date as a scraper wrote it ("29 Tháng năm 2016").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, cast

from compare.lexicon import rows_for
from compare.numbers import (
    SPACE,
    PhraseTable,
    TokensBefore,
    WordTable,
    alternation,
    digit_runs,
    find_words,
    fold,
    lowered,
    number_format,
    number_lexicon,
    quick_fold,
    word_before,
    word_entries,
)

NO_LETTER = r"(?![^\W_])"  # no letter or digit right after
FUTURE_DAYS = 120  # a day-month without a year may lie this far after publication (announced events)


@dataclass(frozen=True)
class AgoForm:
    """ "3 hari lalu", "il y a 3 jours": the words before the number, the pattern from it on."""

    before: PhraseTable[bool] | None  # the words before {n}, if any
    after: re.Pattern[str]  # anchored at the digits
    sign: int


@dataclass(frozen=True)
class DateLexicon:
    calendar: re.Pattern[str]  # anchored at a digit run: day-month[-year], numeric, Korean y-m-d
    day_after_month: re.Pattern[str]  # "31, 2024" after a month word ("October 31, 2024")
    fallback: re.Pattern[str]  # "5 Sept 2024" whose middle word is not in our table
    day_alone: re.Pattern[str]  # Korean "3일": a day of the month without the month
    day_prefixes: PhraseTable[bool]  # "ngày", "le", "el día", "am", "on the" (value: the day suffix is required)
    day_number: re.Pattern[str]  # the day number of a prefixed day alone, with its suffix ("3rd", "13.")
    weekday_keys: frozenset[str]  # folded weekday words: "el martes 4" is a day alone too
    measure_words: frozenset[str]  # folded first words of units and scale words: "ngày 20 người" is no date
    day_stops: frozenset[str]  # words after a prefixed day number that make it no day ("2 ngày 1 tuần")
    month_entries: WordTable  # month words, for months named without a day: value = month number
    digit_month_entries: WordTable  # those written with digits ("8월", "tháng 10"): no figures inside
    year_after_month: re.Pattern[str]  # "October 2024", "tháng 10 năm 2024" after a month word
    year_before_month: re.Pattern[str]  # "2024년 8월": the year before the month word (searched, ends at it)
    ago: tuple[AgoForm, ...]
    ago_any: re.Pattern[str]  # any of the ago forms' words after the number: one test per digit run
    ago_tails: WordTable  # the words after {n} ("hari lalu"), for "dua hari lalu": value = AgoForm
    words: WordTable  # relative words and weekdays: value = (kind, offset)
    word_pattern: re.Pattern[str]  # the same words as one pattern (texts whose case folding shifts offsets)
    months: dict[str, int]
    exact_months: dict[str, frozenset[str]]  # folded month word -> the spellings it must have ("May")
    prefixes: PhraseTable[bool]  # day prefixes ("le", "ngày", "on")
    month_first: bool
    order: str  # dmy | mdy | ymd
    short_numeric: bool
    loose: bool
    future_before: re.Pattern[str] | None  # "will meet on Thursday": the clause before the date is in the future
    future_after: re.Pattern[str] | None  # "jeudi prochain", "Kamis depan": a word right after the date


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str  # calendar | relative | weekday | day_of_month | month (a month named without a day)
    year: int | None = None
    month: int = 0
    day: int = 0
    offset: int = 0  # relative: days from publication; weekday: 0=Monday


def _of_kind(rows: list[dict[str, str]], kind: str) -> list[dict[str, str]]:
    return [r for r in rows if r["kind"] == kind]


def _alt(rows: list[dict[str, str]], kind: str) -> str:
    chosen = _of_kind(rows, kind)
    return alternation(
        [r["word"] for r in chosen if r.get("case") != "exact"],
        [r["word"] for r in chosen if r.get("case") == "exact"],
    )


def _calendar_pattern(rows: list[dict[str, str]], loose: bool, month_first: bool) -> str:
    """Day-month[-year], Korean (year-)month-day, and numeric dates, anchored at the first digit."""
    suf = f"(?:{_alt(rows, 'day_suffix')})?"
    conn = rf"(?:{_alt(rows, 'connector')}{SPACE}+)?"
    year_pre = rf"(?:{_alt(rows, 'year_prefix')}{SPACE}+)?"
    year_suf = rf"(?:{SPACE}*{_alt(rows, 'year_suffix')})?"
    month_alt = _alt(rows, "month")
    month_start = r"(?<![0-9])" if loose else r"(?<!\w)"
    month_end = r"(?![0-9])" if loose else r"(?!\w)"
    lead = r"(?<![0-9])(?<![0-9][.,/\-])"

    def month(name: str) -> str:
        return rf"{month_start}(?P<{name}>{month_alt}){month_end}"

    day_month = (
        rf"{lead}(?P<d_a>[0-9]{{1,2}})(?![0-9]){suf}{SPACE}*{conn}{month('m_a')}"
        rf"(?:\.?,?{SPACE}+{year_pre}(?P<y_a>[0-9]{{4}})(?![0-9]){year_suf})?"
    )
    numeric = (
        rf"{lead}(?P<n1>[0-9]{{1,4}})(?P<sep>[/.\-])(?P<n2>[0-9]{{1,2}})"
        r"(?:(?P=sep)(?P<n3>[0-9]{4}|[0-9]{2}))?(?![0-9])(?![/.\-][0-9])"
    )
    patterns = [day_month, numeric]
    if month_first and loose:  # Korean: "2024년 10월 31일", "10월 31일" start with digits
        patterns.insert(
            0,
            rf"{lead}(?:(?P<y_b>[0-9]{{4}}){year_suf}{SPACE}*)?{month('m_b')}{SPACE}*"
            rf"(?P<d_b>[0-9]{{1,2}})(?![0-9]){suf}",
        )
    return "|".join(f"(?:{p})" for p in patterns)


def _ago_forms(rows: list[dict[str, str]]) -> tuple[AgoForm, ...]:
    forms = []
    for r in _of_kind(rows, "ago"):
        before, _, after = r["word"].partition("{n}")
        tail = rf"{SPACE}*{alternation([after.strip()])}(?!\w)" if after.strip() else ""
        pattern = re.compile(rf"(?<![0-9])(?P<n>[0-9]{{1,2}})(?![0-9]){tail}", re.IGNORECASE)
        words = PhraseTable.of({fold(before): True}) if before.strip() else None
        forms.append(AgoForm(words, pattern, int(r["value"])))
    return tuple(forms)


def _ago_tails(rows: list[dict[str, str]], forms: tuple[AgoForm, ...]) -> WordTable:
    tails = [r["word"].partition("{n}")[2].strip() for r in _of_kind(rows, "ago")]
    return word_entries((tail, False, form) for tail, form in zip(tails, forms, strict=True) if tail)


def _word_rows(rows: list[dict[str, str]]) -> list[tuple[str, bool, object]]:
    return [
        (r["word"], r.get("case") == "exact", (r["kind"], int(r["value"])))
        for r in rows
        if r["kind"] in ("relative", "weekday")
    ]


def _word_pattern(rows: list[dict[str, str]], word_end: str) -> re.Pattern[str]:
    words = [r for r in rows if r["kind"] in ("relative", "weekday")]
    alt = alternation(
        [r["word"] for r in words if r.get("case") != "exact"],
        [r["word"] for r in words if r.get("case") == "exact"],
    )
    return re.compile(rf"(?<!\w){alt}{word_end}", re.IGNORECASE)


def _exact_spellings(rows: list[dict[str, str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in rows:
        if r.get("case") == "exact":
            out.setdefault(fold(r["word"]), set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


def _measure_words(language: str) -> frozenset[str]:
    """First words of the units and scale words that can follow a number: "ngày 20 người" is 20 people."""
    units = [r["word"] for r in rows_for("units", language) if r["position"] in ("after", "implied")]
    scales = [r["word"] for r in rows_for("scale_words", language)]
    return frozenset(fold(w).split()[0] for w in [*units, *scales] if w.strip())


def _month_entries(rows: list[dict[str, str]]) -> WordTable:
    return word_entries((r["word"], r.get("case") == "exact", int(r["value"])) for r in _of_kind(rows, "month"))


@cache
def date_lexicon(language: str) -> DateLexicon:
    rows = rows_for("date_words", language)
    settings = {r["word"]: r["value"] for r in _of_kind(rows, "setting")}
    fmt = number_format(language)
    month_first = settings.get("month_first") == "1"
    suf = f"(?:{_alt(rows, 'day_suffix')})?"
    return DateLexicon(
        calendar=re.compile(_calendar_pattern(rows, fmt.loose, month_first), re.IGNORECASE),
        day_after_month=re.compile(
            rf"(?P<d>[0-9]{{1,2}})(?![0-9]){suf}(?:,{SPACE}+(?P<y>[0-9]{{4}})(?![0-9]))?", re.IGNORECASE
        ),
        fallback=re.compile(
            rf"(?<![0-9])(?P<d>[0-9]{{1,2}})\.?{SPACE}+(?:{_alt(rows, 'connector')}{SPACE}+)?"
            rf"(?P<w>[^\W\d_]{{3,12}})\.?{SPACE}+(?:{_alt(rows, 'year_prefix')}{SPACE}+)?"
            r"(?P<y>(?:19|20)[0-9]{2})(?![0-9])",
            re.IGNORECASE,
        ),
        ago=_ago_forms(rows),
        ago_tails=_ago_tails(rows, _ago_forms(rows)),
        ago_any=re.compile(
            rf"[0-9]{{1,2}}(?![0-9]){SPACE}*"
            rf"{alternation(r['word'].partition('{n}')[2].strip() for r in _of_kind(rows, 'ago'))}(?!\w)",
            re.IGNORECASE,
        ),
        day_alone=re.compile(
            rf"(?<![0-9])(?P<d>[0-9]{{1,2}}){_alt(rows, 'day_alone')}(?!{_alt(rows, 'day_alone_stop')})"
            if _of_kind(rows, "day_alone")
            else ""  # the language has no day-of-month words: never tried
        ),
        day_prefixes=PhraseTable.of({fold(r["word"]): r["value"] == "1" for r in _of_kind(rows, "day_alone_prefix")}),
        day_number=re.compile(
            rf"(?P<d>[0-9]{{1,2}})(?![0-9])(?P<suf>{_alt(rows, 'day_suffix')})?{'' if fmt.loose else NO_LETTER}",
            re.IGNORECASE,
        ),
        weekday_keys=frozenset(fold(r["word"]) for r in _of_kind(rows, "weekday")),
        measure_words=_measure_words(language),
        day_stops=frozenset(fold(r["word"]) for r in _of_kind(rows, "day_alone_stop")),
        month_entries=_month_entries(rows),
        digit_month_entries=WordTable.of(e for e in _month_entries(rows) if any(ch.isdigit() for ch in e.lower)),
        year_after_month=re.compile(
            rf"\.?,?{SPACE}+(?:{_alt(rows, 'year_prefix')}{SPACE}+)?(?P<y>(?:19|20)[0-9]{{2}})(?![0-9])"
            rf"(?:{SPACE}*{_alt(rows, 'year_suffix')})?",
            re.IGNORECASE,
        ),
        year_before_month=re.compile(
            rf"(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}}){SPACE}*{_alt(rows, 'year_suffix')}{SPACE}*\Z", re.IGNORECASE
        ),
        words=word_entries(_word_rows(rows)),
        word_pattern=_word_pattern(rows, fmt.word_end),
        months={fold(r["word"]): int(r["value"]) for r in _of_kind(rows, "month")},
        exact_months=_exact_spellings(_of_kind(rows, "month")),
        prefixes=PhraseTable.of({fold(r["word"]): True for r in _of_kind(rows, "day_prefix")}),
        month_first=month_first,
        order=settings.get("numeric_order", "dmy"),
        short_numeric=settings.get("short_numeric") == "1",
        loose=fmt.loose,
        future_before=_future_pattern(rows, "future", r"(?<!\w)(?:WORDS)(?!\w)[^,;:.!?\n]*\Z"),
        future_after=_future_pattern(rows, "future_after", rf",?{SPACE}*(?:WORDS)(?!\w)"),
    )


def _future_pattern(rows: list[dict[str, str]], kind: str, template: str) -> re.Pattern[str] | None:
    words = [r["word"] for r in _of_kind(rows, kind)]
    return re.compile(template.replace("WORDS", alternation(words)), re.IGNORECASE) if words else None


# --- reading candidates ----------------------------------------------------------------------


def _valid(year: int | None, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return False
    return True


def _full_year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def _calendar(start: int, end: int, year: int | None, month: int, day: int) -> Candidate | None:
    return Candidate(start, end, "calendar", year, month, day) if _valid(year, month, day) else None


def _numeric(m: re.Match[str], lex: DateLexicon) -> Candidate | None:
    """1/11, 31/10, 02.11.2024, 2024-11-02: read by the language's numeric order."""
    n1, n2, n3, sep = m.group("n1"), m.group("n2"), m.group("n3"), m.group("sep")
    if len(n1) == 4:  # ISO 2024-10-31, 2024/10/31
        if not n3 or len(n3) > 2 or sep == ".":
            return None
        return _calendar(m.start(), m.end(), int(n1), int(n2), int(n3))
    if len(n1) > 2 or (n3 is None and (sep != "/" or not lex.short_numeric)):
        return None  # "10.30" is a time, "1-3" a range; "31/10" only where it is a date
    month_first = lex.order in ("mdy", "ymd")  # Korean 10/31 like American 10/31
    month, day = (int(n1), int(n2)) if month_first else (int(n2), int(n1))
    return _calendar(m.start(), m.end(), _full_year(n3), month, day)


def _from_calendar_match(m: re.Match[str], lex: DateLexicon) -> Candidate | None:
    if m.group("n1"):
        return _numeric(m, lex)
    for key in ("a", "b"):
        name = m.groupdict().get(f"m_{key}")
        if name:
            year = _full_year(m.group(f"y_{key}"))
            return _calendar(m.start(), m.end(), year, lex.months[fold(name)], int(m.group(f"d_{key}")))
    return None


def _month_before(text: str, pos: int, lex: DateLexicon) -> Candidate | None:
    """ "October 31, 2024", "Oct. 31": a month word right before the day number."""
    if pos < 3 or text[pos - 1] != " " or not (text[pos - 2].isalpha() or text[pos - 2] == "."):
        return None
    before = TokensBefore.at(text, pos)
    if before.attached or not before.tokens:
        return None
    start, token = before.tokens[-1]
    word = token.lstrip("(\"'“«").rstrip(".")
    start += len(token) - len(token.lstrip("(\"'“«"))
    month = lex.months.get(fold(word)) or lex.months.get(fold(word + "."))
    if month is None:
        return None
    spellings = lex.exact_months.get(fold(word))
    if spellings is not None and word not in spellings:
        return None  # "may 5": the case says it is not the month
    m = lex.day_after_month.match(text, pos)
    if m is None:
        return None
    return _calendar(start, m.end(), _full_year(m.group("y")), month, int(m.group("d")))


def _ago_at(text: str, pos: int, lex: DateLexicon) -> Candidate | None:
    if not lex.ago_any.match(text, pos):
        return None
    for form in lex.ago:
        m = form.after.match(text, pos)
        if m is None or (not form.before and m.end() == m.end("n")):
            continue
        start = pos
        if form.before:
            found = TokensBefore.at(text, pos).phrase(form.before)
            if found is None:
                continue
            start = found[0]
        return Candidate(start, m.end(), "relative", offset=int(m.group("n")) * form.sign)
    return None


def _with_prefix(text: str, cand: Candidate, lex: DateLexicon) -> Candidate:
    """Include a day prefix ("ngày", "le", "el", "am", "on", "pada tanggal") in the span."""
    if word_before(text, cand.start) not in lex.prefixes.last_words:
        return cand
    before = TokensBefore.at(text, cand.start)
    if before.attached:
        return cand
    found = before.phrase(lex.prefixes, max_words=2)
    if found is None:
        return cand
    return Candidate(found[0], cand.end, cand.kind, cand.year, cand.month, cand.day, cand.offset)


ENDS_NUMBER = frozenset(",;:)!?%\"'”»\n")  # after these a digit run starts no date of its own


def _at_digits(text: str, pos: int, end: int, lex: DateLexicon, language: str) -> Candidate | None:
    """The date that starts at the digit run text[pos:end], if any."""
    if end == len(text) or text[end] in ENDS_NUMBER:  # "10,000", "31)", "Oct. 31,", "Le 12,"
        cand = _month_before(text, pos, lex) if lex.month_first and not lex.loose else None
        return cand or (_prefixed_day(text, pos, lex) if end - pos <= 2 else None)
    m = lex.calendar.match(text, pos)
    cand = _from_calendar_match(m, lex) if m else None
    # a day after a month word, an ago count and a fallback day have one or two digits, and their
    # patterns say so: a longer run (most runs: "1.446", "2 872", "1993") is not tried on them
    short = end - pos <= 2
    if cand is None and short and lex.month_first and not lex.loose:  # Korean months start with digits
        cand = _month_before(text, pos, lex)
    if cand is None and short:
        cand = _ago_at(text, pos, lex)
    if cand is None and lex.day_alone.pattern and (alone := lex.day_alone.match(text, pos)):
        day = int(alone.group("d"))
        cand = Candidate(pos, alone.end(), "day_of_month", day=day) if 1 <= day <= 31 else None
    if cand is None and short:
        cand = _prefixed_day(text, pos, lex)
    if cand is None and short and (fb := lex.fallback.match(text, pos)) and fold(fb.group("w")) not in lex.months:
        parsed = _dateparser(fb.group(), language)
        cand = _calendar(fb.start(), fb.end(), parsed.year, parsed.month, parsed.day) if parsed else None
    return cand


SHORT_DATE_TAIL = re.compile(r"[-/.](?P<n>[0-9]{1,2})(?![0-9])(?P<more>[-/.][0-9])?")
FOLLOWS_NUMBER = re.compile(rf"{SPACE}*[0-9%]|[.,][0-9]")
NEXT_WORD = re.compile(rf"{SPACE}*([^\W\d_][\w'’\-]*)")


def _prefixed_day(text: str, pos: int, lex: DateLexicon) -> Candidate | None:
    """A day of the month given alone after a prefix or a weekday: "ngày 4", "le 12,", "el día 20",
    "am 13.", "on the 3rd", "el martes 4". Not when a number, a percent sign, a unit or a scale
    word follows ("le 12 %", "ngày 20 người")."""
    last = word_before(text, pos)
    if last not in lex.day_prefixes.last_words and last.rstrip(",") not in lex.weekday_keys:
        return None
    before = TokensBefore.at(text, pos)
    if before.attached or not before.tokens:
        return None
    start = None
    found = before.phrase(lex.day_prefixes, max_words=2)
    if found is not None:
        start, needs_suffix, _ = found
    elif before.last_word().rstrip(",") in lex.weekday_keys:
        start, needs_suffix = before.tokens[-1][0], False
    if start is None:
        return None
    m = lex.day_number.match(text, pos)
    if m is None or (needs_suffix and not m.group("suf")) or not 1 <= int(m.group("d")) <= 31:
        return None
    if (tail := SHORT_DATE_TAIL.match(text, m.end())) is not None:  # "ngày 19-5", "hôm 15-3"
        return _short_date(start, tail, int(m.group("d")), lex)
    if FOLLOWS_NUMBER.match(text, m.end()):
        return None
    word = NEXT_WORD.match(text, m.end())
    if word is not None and quick_fold(word.group(1)) in lex.measure_words | lex.day_stops:
        return None
    return Candidate(start, m.end(), "day_of_month", day=int(m.group("d")))


def _short_date(start: int, tail: re.Match[str], first: int, lex: DateLexicon) -> Candidate | None:
    """A day and month after a day prefix, whatever the separator ("ngày 19-5", "hôm 15-3"); none
    for a longer run of numbers ("ngày 1/20/2014" is no date we can read)."""
    if tail.group("more") or not lex.short_numeric:
        return None
    second = int(tail.group("n"))
    month, day = (first, second) if lex.order in ("mdy", "ymd") else (second, first)
    return _calendar(start, tail.end(), None, month, day)


def _month_candidates(text: str, lex: DateLexicon, entries: WordTable) -> list[Candidate]:
    """Months named without a day ("8월", "in October", "tháng Mười", "в феврале"), with the year
    when it is written beside them ("October 2024", "2024년 8월")."""
    low = lowered(text)
    if low is None or not entries:
        return []
    out = []
    for start, end, entry in find_words(text, low, entries, lex.loose):
        year = None
        after = lex.year_after_month.match(text, end)
        if after is not None:
            year, end = int(after.group("y")), after.end()
        elif lex.loose and (ahead := lex.year_before_month.search(text, max(0, start - 12), start)):
            year, start = int(ahead.group("y")), ahead.start()
        out.append(Candidate(start, end, "month", year, cast(int, entry.value)))
    return out


def _digit_candidates(text: str, lex: DateLexicon, language: str) -> list[Candidate]:
    out: list[Candidate] = []
    taken = 0
    for start, end in digit_runs(text):
        if start < taken:
            continue
        cand = _at_digits(text, start, end, lex, language)
        if cand is not None:
            out.append(cand)
            taken = cand.end
    return out


def _word_candidates(text: str, lex: DateLexicon) -> list[Candidate]:
    low = lowered(text)
    if low is None:  # lower-casing moved offsets: scan with the pattern instead
        by_word = {e.lower: e for e in lex.words}
        hits = [(m.start(), m.end(), by_word[m.group().lower()]) for m in lex.word_pattern.finditer(text)]
    else:
        hits = find_words(text, low, lex.words, lex.loose)
    out = []
    for start, end, entry in hits:
        kind, offset = cast(tuple[str, int], entry.value)
        out.append(Candidate(start, end, kind, offset=offset))
    return out


def _number_word_ago(text: str, lex: DateLexicon, language: str) -> list[Candidate]:
    """ "dua hari lalu", "two days ago", "il y a trois jours": an ago form whose number is a word."""
    low = lowered(text)
    if low is None or not lex.ago_tails:
        return []
    numbers = number_lexicon(language).words
    out = []
    for start, end, entry in find_words(text, low, lex.ago_tails, lex.loose):
        before = TokensBefore.at(text, start)
        if before.attached or not before.tokens:
            continue
        first, token = before.tokens[-1]
        number = numbers.get(fold(token.lstrip("(\"'“«")))
        if number is None or number.needs_scale or number.value != int(number.value):
            continue
        form = cast(AgoForm, entry.value)
        if form.before is not None:
            found = before.drop(1).phrase(form.before)
            if found is None:
                continue
            first = found[0]
        out.append(Candidate(first, end, "relative", offset=int(number.value) * form.sign))
    return out


@lru_cache(maxsize=1024)
def _dateparser(span: str, language: str) -> dt.date | None:
    import dateparser  # slow to import: only when a span needs it

    try:
        parsed = dateparser.parse(span, languages=[language], settings={"STRICT_PARSING": True})
    except (ValueError, LookupError):
        return None
    return parsed.date() if parsed else None


def _drop_overlaps(found: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and cand.start < kept[-1].end:
            continue
        kept.append(cand)
    return kept


BESIDE = re.compile(r"[\s,()]{0,3}\Z")


def _touching(text: str, left: Candidate | None, right: Candidate | None) -> bool:
    """Two spans a comma, a space or a bracket apart."""
    if left is None or right is None or left.end > right.start:
        return False
    return BESIDE.match(text, left.end, right.start) is not None


def _drop_weekdays_beside_dates(found: list[Candidate], text: str) -> list[Candidate]:
    """ "Thursday, October 31", "Kamis (31/10)", "11월 1일 금요일": the explicit date says it."""
    out = []
    for i, cand in enumerate(found):
        prev = found[i - 1] if i > 0 and found[i - 1].kind == "calendar" else None
        nxt = found[i + 1] if i + 1 < len(found) and found[i + 1].kind == "calendar" else None
        if cand.kind == "weekday" and (_touching(text, cand, nxt) or _touching(text, prev, cand)):
            continue
        out.append(cand)
    return out


@lru_cache(maxsize=64)
def candidates(text: str, language: str) -> tuple[Candidate, ...]:
    """Every date-like span in the text (resolved or not), in order, without overlaps.

    Cached for the last texts: find_figures and find_dates both read the same article.
    """
    lex = date_lexicon(language)
    found = _digit_candidates(text, lex, language) + _word_candidates(text, lex) + _number_word_ago(text, lex, language)
    found = [_with_prefix(text, c, lex) for c in found] + _month_candidates(text, lex, lex.digit_month_entries)
    return tuple(_drop_weekdays_beside_dates(_drop_overlaps(found), text))


def date_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each date-like span: numbers inside them are not figures."""
    return [(c.start, c.end) for c in candidates(text, language)]


# --- resolving ---------------------------------------------------------------------------------


def publication_day(published_at: Any) -> dt.date | None:
    """The publication date from a datetime, a date, an ISO string, or None / NaT."""
    if published_at is None or published_at != published_at:  # NaT is not equal to itself
        return None
    if isinstance(published_at, dt.datetime):
        return published_at.date()
    if isinstance(published_at, dt.date):
        return published_at
    if isinstance(published_at, str):
        try:
            return dt.date.fromisoformat(published_at[:10])
        except ValueError:
            return None
    return None


@lru_cache(maxsize=4096)
def nearest_year(published: dt.date, month: int, day: int, future_days: int = FUTURE_DAYS) -> dt.date:
    """The date with this day and month nearest before (or at) publication; a date up to
    `future_days` after publication stays in the publication year (an announced event)."""
    latest = published + dt.timedelta(days=future_days)
    for year in range(published.year + 1, published.year - 9, -1):
        try:
            day_in_year = dt.date(year, month, day)
        except ValueError:  # 29 February outside leap years
            continue
        if day_in_year <= latest:
            return day_in_year
    raise ValueError(f"no valid date for {day}/{month}")


def _day_of_month(published: dt.date, day: int) -> dt.date | None:
    """Korean "3일": this day of the publication month, or of the month before when it is still
    to come."""
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return dt.date(year, month, day) if _valid(year, month, day) else None


FUTURE_REACH = 60  # characters before a date searched for a future marker in its clause
FUTURE_AFTER_REACH = 20


def in_future(text: str, cand: Candidate, lex: DateLexicon) -> bool:
    """The date is announced, not reported: 'will meet on Thursday', 'jeudi prochain'."""
    before, after = lex.future_before, lex.future_after
    return bool(
        (before and before.search(text, max(0, cand.start - FUTURE_REACH), cand.start))
        or (after and after.match(text, cand.end, cand.end + FUTURE_AFTER_REACH))
    )


def resolve_ahead(cand: Candidate, published: dt.date) -> dt.date | None:
    """An announced date without its year or month: the first such day after publication (a
    weekday, a day of the month) or on or after it (a day and month)."""
    if cand.kind == "weekday":
        return published + dt.timedelta(days=(cand.offset - published.weekday() - 1) % 7 + 1)
    if cand.kind == "day_of_month":
        year, month = published.year, published.month
        if cand.day < published.day:
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        return dt.date(year, month, cand.day) if _valid(year, month, cand.day) else None
    if cand.kind == "calendar" and cand.year is None:
        for year in (published.year, published.year + 1):
            if _valid(year, cand.month, cand.day) and dt.date(year, cand.month, cand.day) >= published:
                return dt.date(year, cand.month, cand.day)
    return resolve(cand, published)


def resolve(cand: Candidate, published: dt.date | None, future_days: int = FUTURE_DAYS) -> dt.date | None:
    if cand.kind == "month":
        return None  # a month, not a day: see find_months
    if cand.kind == "calendar":
        if cand.year is not None:
            return dt.date(cand.year, cand.month, cand.day)
        return nearest_year(published, cand.month, cand.day, future_days) if published else None
    if published is None:
        return None
    if cand.kind == "day_of_month":
        return _day_of_month(published, cand.day)
    if cand.kind == "relative":
        return published + dt.timedelta(days=cand.offset)
    back = (published.weekday() - cand.offset) % 7  # the latest such weekday on or before
    return published - dt.timedelta(days=back)


def find_dates(
    text: str, language: str, published_at: Any = None, *, future_days: int = FUTURE_DAYS
) -> list[dict[str, Any]]:
    """Dates in `text` as [{date, text, start, end}], resolved against `published_at`.

    Without a publication date, dates that carry their year still resolve; relative ones
    ("kemarin", "on Thursday") and day-months without a year ("31 Oktober") are skipped. A date
    the clause announces ("will vote on Thursday", "jeudi prochain") lies ahead (resolve_ahead).
    """
    published = publication_day(published_at)
    lex = date_lexicon(language)
    out = []
    for cand in candidates(text, language):
        ahead = published is not None and cand.kind != "relative" and in_future(text, cand, lex)
        day = resolve_ahead(cand, published) if ahead and published else resolve(cand, published, future_days)
        if day is not None:
            out.append({"date": day, "text": text[cand.start : cand.end], "start": cand.start, "end": cand.end})
    return out



MONTHS_AHEAD = 5  # a month named without a year lies at most this many months after publication


def month_of(published: dt.date, month: int, months_ahead: int = MONTHS_AHEAD) -> tuple[int, int]:
    """(year, month) of a month named without a year: the one nearest the publication month, at
    most `months_ahead` months after it ("sebelum Disember" in July: the coming December; "8월"
    in September: the past August)."""
    offset = month - published.month
    if offset > months_ahead:
        return published.year - 1, month
    if offset < months_ahead - 11:
        return published.year + 1, month
    return published.year, month


def _months_alone(text: str, language: str) -> list[Candidate]:
    """Month words outside any date. Candidates() holds only the months written with digits
    ("8월", whose digits are no figure); the others are looked for here, when asked for."""
    lex = date_lexicon(language)
    dates = [c for c in candidates(text, language) if c.kind != "month"]
    months = [c for c in _month_candidates(text, lex, lex.month_entries) if not _overlaps(c, dates)]
    return sorted(months, key=lambda c: c.start)


def _overlaps(cand: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < cand.end and cand.start < o.end for o in others)


def find_months(text: str, language: str, published_at: Any = None) -> list[dict[str, Any]]:
    """Months named without a day, as [{month: "YYYY-MM", year, number, text, start, end}].

    A month alone is a mention of the month, not a date: it never enters find_dates (whose rows
    are days). The year is the one written beside it, else the one nearest publication
    (month_of); without either the mention is skipped.
    """
    published = publication_day(published_at)
    out = []
    for cand in _months_alone(text, language):
        if cand.year is None and published is None:
            continue
        if cand.year is not None:
            year, month = cand.year, cand.month
        else:
            year, month = month_of(cast(dt.date, published), cand.month)
        out.append({"month": f"{year:04d}-{month:02d}", "year": year, "number": month,
                    "text": text[cand.start : cand.end], "start": cand.start, "end": cand.end})
    return out


def read_full_date(raw: str, language: str | None) -> dt.date | None:
    """The first date written with its year in a short string, as a scraper gives a publication
    date, read with this project's month words: "29 Tháng năm 2016" (Vietnamese month words, which
    dateparser reads as "month year" and gives up on), "Thứ tư, 25 Tháng năm 2016, 09:24 GMT+7",
    "2 ноября 2024 года". The day only: times and offsets are written in too many ways to guess
    (ingest keeps reading those with dateparser, and calls this when dateparser fails). None when
    no date with a year is there.
    """
    if not raw or language is None or not rows_for("date_words", language):
        return None
    for cand in candidates(raw, language):
        if cand.kind == "calendar" and cand.year is not None and _valid(cand.year, cand.month, cand.day):
            return dt.date(cand.year, cand.month, cand.day)
    return None
