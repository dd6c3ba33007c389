"""Dates in article text, resolved against the publication date.

"31 Oktober", "ngày 1/11", "le 31 octobre", "el 31 de octubre", "am 31. Oktober", "10월 31일",
"2 ноября 2024 года", "kemarin", "вчера", "on Thursday"... Candidate spans come from our own
patterns, compiled once per language from compare/data/date_words.csv (month names, weekdays,
relative words with their day offsets, prefixes and suffixes); `dateparser` (with the language
given) only reads short "day word year" spans whose middle word our table does not know.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from compare.lexicon import rows_for
from compare.numbers import SPACE, alternation, fold, number_format

FUTURE_DAYS = 30  # a day-month without a year may lie this far after publication (scheduled events)


@dataclass(frozen=True)
class DateLexicon:
    pattern: re.Pattern[str]  # every candidate form, one alternation with named groups
    ago: re.Pattern[str]  # "3 hari lalu", "il y a 3 jours"
    fallback: re.Pattern[str]  # "5 Sept 2024" with a month word missing from the table
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    ago_signs: tuple[int, ...]  # sign of each alternative of `ago`, by group index
    order: str  # dmy | mdy | ymd
    short_numeric: bool


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str  # calendar | relative | weekday
    year: int | None = None
    month: int = 0
    day: int = 0
    offset: int = 0  # relative: days from publication; weekday: 0=Monday


def _words(rows: list[dict[str, str]], kind: str) -> tuple[list[str], list[str]]:
    """(case-insensitive words, exact-case words) of one kind."""
    chosen = [r for r in rows if r["kind"] == kind]
    loose = [r["word"] for r in chosen if r.get("case") != "exact"]
    exact = [r["word"] for r in chosen if r.get("case") == "exact"]
    return loose, exact


def _alt(rows: list[dict[str, str]], kind: str) -> str:
    loose, exact = _words(rows, kind)
    return alternation(loose, exact)


def _values(rows: list[dict[str, str]], kind: str) -> dict[str, int]:
    return {fold(r["word"]): int(r["value"]) for r in rows if r["kind"] == kind}


def _settings(rows: list[dict[str, str]]) -> dict[str, str]:
    return {r["word"]: r["value"] for r in rows if r["kind"] == "setting"}


def _calendar_patterns(rows: list[dict[str, str]], word_end: str, month_first: bool) -> list[str]:
    """Day-month[-year], month-day[-year] (where the language writes it) and numeric dates."""
    loose = word_end == ""
    pre = rf"(?:(?<!\w){_alt(rows, 'day_prefix')}{SPACE}+)?"
    suf = f"(?:{_alt(rows, 'day_suffix')})?"
    conn = rf"(?:{_alt(rows, 'connector')}{SPACE}+)?"
    year_pre = rf"(?:{_alt(rows, 'year_prefix')}{SPACE}+)?"
    year_suf = rf"(?:{SPACE}*{_alt(rows, 'year_suffix')})?"
    month_alt = _alt(rows, "month")
    month_start = r"(?<![0-9])" if loose else r"(?<!\w)"
    month_end = r"(?![0-9])" if loose else r"(?!\w)"

    def day(name: str) -> str:
        return rf"(?<![0-9])(?<![0-9][.,])(?P<{name}>[0-9]{{1,2}})(?![0-9])"

    def month(name: str) -> str:
        return rf"{month_start}(?P<{name}>{month_alt}){month_end}"

    def year(name: str, comma: str = ",?") -> str:
        return rf"(?:{comma}{SPACE}+{year_pre}(?P<{name}>[0-9]{{4}})(?![0-9]){year_suf})?"

    day_month = pre + day("d_a") + suf + f"{SPACE}*" + conn + month("m_a") + year("y_a")
    patterns = [day_month]
    if month_first:
        year_first = rf"(?:(?P<y_b0>[0-9]{{4}}){year_suf}{SPACE}*)?"
        month_day = year_first + pre + month("m_b") + rf"\.?{SPACE}*" + day("d_b") + suf + year("y_b", ",")
        patterns.append(month_day)
    numeric = (
        pre + r"(?<![0-9])(?<![0-9][/.\-])(?P<n1>[0-9]{1,4})(?P<sep>[/.\-])(?P<n2>[0-9]{1,2})"
        r"(?:(?P=sep)(?P<n3>[0-9]{4}|[0-9]{2}))?(?![0-9])(?![/.\-][0-9])"
    )
    patterns.append(numeric)
    return patterns


def _ago_pattern(rows: list[dict[str, str]]) -> tuple[str, tuple[int, ...]]:
    parts, signs = [], []
    for r in sorted((r for r in rows if r["kind"] == "ago"), key=lambda r: -len(r["word"])):
        before, _, after = r["word"].partition("{n}")
        parts.append(
            (alternation([before.strip()]) + f"{SPACE}+" if before.strip() else "")
            + r"(?<![0-9])([0-9]{1,2})"
            + (f"{SPACE}*" + alternation([after.strip()]) if after.strip() else "")
        )
        signs.append(int(r["value"]))
    return ("|".join(f"(?:{p})" for p in parts) or r"(?!x)x"), tuple(signs)


@cache
def date_lexicon(language: str) -> DateLexicon:
    rows = rows_for("date_words", language)
    settings = _settings(rows)
    word_end = number_format(language).word_end
    patterns = _calendar_patterns(rows, word_end, settings.get("month_first") == "1")
    pre = rf"(?:(?<!\w){_alt(rows, 'day_prefix')}{SPACE}+)?"
    patterns.append(rf"(?<!\w)(?P<rel>{_alt(rows, 'relative')}){word_end}")
    patterns.append(rf"{pre}(?<!\w)(?P<wd>{_alt(rows, 'weekday')}){word_end}")
    ago, signs = _ago_pattern(rows)
    fallback = (
        rf"(?<![0-9])(?P<d>[0-9]{{1,2}})\.?{SPACE}+(?:{_alt(rows, 'connector')}{SPACE}+)?"
        rf"(?P<w>[^\W\d_]{{3,12}})\.?{SPACE}+(?:{_alt(rows, 'year_prefix')}{SPACE}+)?"
        rf"(?P<y>(?:19|20)[0-9]{{2}})(?![0-9])"
    )
    return DateLexicon(
        pattern=re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE),
        ago=re.compile(ago, re.IGNORECASE),
        fallback=re.compile(fallback, re.IGNORECASE),
        months=_values(rows, "month"),
        weekdays=_values(rows, "weekday"),
        relative=_values(rows, "relative"),
        ago_signs=signs,
        order=settings.get("numeric_order", "dmy"),
        short_numeric=settings.get("short_numeric") == "1",
    )


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


def _numeric(m: re.Match[str], lex: DateLexicon) -> Candidate | None:
    """1/11, 31/10, 02.11.2024, 2024-11-02: read by the language's numeric order."""
    n1, n2, n3, sep = m.group("n1"), m.group("n2"), m.group("n3"), m.group("sep")
    year: int | None
    if len(n1) == 4:  # ISO 2024-10-31, 2024/10/31
        if not n3 or len(n3) > 2 or sep == ".":
            return None
        year, month, day = int(n1), int(n2), int(n3)
    elif len(n1) > 2 or (n3 is None and (sep != "/" or not lex.short_numeric)):
        return None  # "10.30" is a time, "1-3" a range; "31/10" only where it is a date
    else:
        month_first = lex.order in ("mdy", "ymd")  # Korean 10/31 like American 10/31
        month, day = (int(n1), int(n2)) if month_first else (int(n2), int(n1))
        year = _full_year(n3)
    if not _valid(year, month, day):
        return None
    return Candidate(m.start(), m.end(), "calendar", year, month, day)


def _candidate(m: re.Match[str], lex: DateLexicon) -> Candidate | None:
    groups = m.groupdict()
    if groups.get("rel"):
        return Candidate(m.start(), m.end(), "relative", offset=lex.relative[fold(groups["rel"])])
    if groups.get("wd"):
        return Candidate(m.start(), m.end(), "weekday", offset=lex.weekdays[fold(groups["wd"])])
    if groups.get("n1"):
        return _numeric(m, lex)
    for suffix in ("a", "b"):
        if groups.get(f"m_{suffix}"):
            month = lex.months[fold(groups[f"m_{suffix}"])]
            day = int(groups[f"d_{suffix}"])
            year = _full_year(groups.get(f"y_{suffix}") or groups.get(f"y_{suffix}0"))
            if not _valid(year, month, day):
                return None
            return Candidate(m.start(), m.end(), "calendar", year, month, day)
    return None


def _ago_candidates(text: str, lex: DateLexicon) -> list[Candidate]:
    out = []
    for m in lex.ago.finditer(text):
        index = next(i for i, g in enumerate(m.groups()) if g is not None)
        days = int(m.group(index + 1)) * lex.ago_signs[index]
        out.append(Candidate(m.start(), m.end(), "relative", offset=days))
    return out


def _fallback_candidates(text: str, lex: DateLexicon, language: str) -> list[Candidate]:
    out = []
    for m in lex.fallback.finditer(text):
        if fold(m.group("w").rstrip(".")) in lex.months or fold(m.group("w")) in lex.months:
            continue
        parsed = _dateparser(m.group(), language)
        if parsed is not None:
            out.append(Candidate(m.start(), m.end(), "calendar", parsed.year, parsed.month, parsed.day))
    return out


@cache
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


def _drop_weekdays_beside_dates(found: list[Candidate], text: str) -> list[Candidate]:
    """ "Thursday, October 31", "Kamis (31/10)": the explicit date says it; keep one."""
    out = []
    for i, cand in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            cand.kind == "weekday"
            and nxt is not None
            and nxt.kind == "calendar"
            and re.fullmatch(r"[\s,(]{0,3}", text[cand.end : nxt.start])
        ):
            continue
        out.append(cand)
    return out


def candidates(text: str, language: str) -> list[Candidate]:
    """Every date-like span in the text (resolved or not), in order, without overlaps."""
    lex = date_lexicon(language)
    found = [c for m in lex.pattern.finditer(text) if (c := _candidate(m, lex)) is not None]
    found += _ago_candidates(text, lex)
    if lex.fallback.search(text):
        found += _fallback_candidates(text, lex, language)
    return _drop_weekdays_beside_dates(_drop_overlaps(found), text)


def date_spans(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each date-like span: numbers inside them are not figures."""
    return [(c.start, c.end) for c in candidates(text, language)]


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


def nearest_year(published: dt.date, month: int, day: int, future_days: int = FUTURE_DAYS) -> dt.date:
    """The date with this day and month nearest before (or at) publication; a date up to
    `future_days` after publication stays in the publication year (an announced event)."""
    latest = published + dt.timedelta(days=future_days)
    for year in (published.year + 1, published.year, published.year - 1, published.year - 2):
        try:
            day_in_year = dt.date(year, month, day)
        except ValueError:  # 29 February outside leap years
            continue
        if day_in_year <= latest:
            return day_in_year
    raise ValueError(f"no valid date for {day}/{month}")


def resolve(cand: Candidate, published: dt.date | None, future_days: int = FUTURE_DAYS) -> dt.date | None:
    if cand.kind == "calendar":
        if cand.year is not None:
            return dt.date(cand.year, cand.month, cand.day)
        return nearest_year(published, cand.month, cand.day, future_days) if published else None
    if published is None:
        return None
    if cand.kind == "relative":
        return published + dt.timedelta(days=cand.offset)
    back = (published.weekday() - cand.offset) % 7  # the latest such weekday on or before
    return published - dt.timedelta(days=back)


def find_dates(
    text: str, language: str, published_at: Any = None, *, future_days: int = FUTURE_DAYS
) -> list[dict[str, Any]]:
    """Dates in `text` as [{date, text, start, end}], resolved against `published_at`.

    Without a publication date, dates that carry their year still resolve; relative ones
    ("kemarin", "on Thursday", "31 Oktober") are skipped.
    """
    published = publication_day(published_at)
    out = []
    for cand in candidates(text, language):
        day = resolve(cand, published, future_days)
        if day is not None:
            out.append({"date": day, "text": text[cand.start : cand.end], "start": cand.start, "end": cand.end})
    return out
