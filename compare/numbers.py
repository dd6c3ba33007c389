"""Numbers as each language writes them: "10.000", "10 000", "10,000", "1,5 juta", "2,3 млрд", "5만".

A small table-driven parser of our own (no maintained library reads Indonesian, Vietnamese or
Korean number words and separators). Everything language-specific is data in compare/data/:
number_format.csv (decimal and group separators), number_words.csv, scale_words.csv.
Patterns are compiled once per language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Generic, TypeVar

from compare.lexicon import rows_for

SEPARATORS = {
    "comma": ",",
    "period": ".",
    "space": " ",
    "nbsp": "\u00a0",
    "narrow_nbsp": "\u202f",
    "thin_space": "\u2009",
    "apostrophe": "'",
}
NEVER = r"(?!x)x"  # an alternation of nothing: never matches
SPACE = "[ \t\u00a0\u202f\u2009]"  # spaces inside a line
APOSTROPHES = "['’ʼ]"
V = TypeVar("V")
WORD_GROUPS = ("word", "sino")  # the numeral groups that are number words
BIG_SCALE = Decimal(10_000)  # from here up a scale word closes a section ("2천500만" = 2500 x 만)


def alternation(words: Iterable[str], exact: Iterable[str] = ()) -> str:
    """A regex alternation of literal words, longest first (so "dolar AS" wins over "dolar").

    Spaces inside a word match any run of spaces and apostrophes match either form. Words in
    `exact` keep their case even in a pattern compiled with re.IGNORECASE. No words: a pattern
    that never matches.
    """
    exact_set = set(exact)
    unique = sorted(set(words) | exact_set, key=lambda w: (-len(w), w))
    parts = []
    for word in unique:
        part = _literal(word)
        parts.append(f"(?-i:{part})" if word in exact_set else part)
    return "(?:" + "|".join(parts) + ")" if parts else NEVER


def _literal(word: str) -> str:
    pieces = []
    for chunk in re.split(r"(\s+|['’ʼ])", word):
        if not chunk:
            continue
        if chunk.isspace():
            pieces.append(SPACE + "+")
        elif chunk in "'’ʼ":
            pieces.append(APOSTROPHES)
        else:
            pieces.append(re.escape(chunk))
    return "".join(pieces)


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def fold(word: str) -> str:
    """The key a table word is looked up by: casefolded, spaces and apostrophes normalised."""
    return " ".join(word.translate(_APOSTROPHES).split()).casefold()


# --- Scanning helpers shared with figures and dates -------------------------------------------
# Scanning a whole article with a large case-insensitive alternation costs about a millisecond in
# Python's re; we scan for digit runs once, find table words with str.find on a lower-cased copy,
# and look at the few words before a position through dictionary look-ups.

DIGIT_RUN = re.compile(r"[0-9][0-9]*")  # same as [0-9]+, but re scans for the first digit in C: a third faster


@lru_cache(maxsize=64)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run of digits; cached: figures and dates read the same article."""
    return tuple([m.span() for m in DIGIT_RUN.finditer(text)])


LEADING_PUNCT = "\"'“”‘’«»„‹›([{「『"


@dataclass(frozen=True)
class WordEntry:
    """A table word to find in text: its lower-case form, the exact spellings it must have
    (None: any case), and what it stands for."""

    lower: str
    exact: frozenset[str] | None
    value: object


def word_entries(rows: Iterable[tuple[str, bool, object]]) -> WordTable:
    """Entries from (word, exact_case, value) rows; both apostrophe forms are searched."""
    merged: dict[str, tuple[set[str] | None, object]] = {}
    for word, exact, value in rows:
        for form in {word, word.replace("'", "’")}:
            key = form.lower()
            forms, _ = merged.get(key, (set(), value))
            if forms is not None and exact:
                forms.add(form)
            merged[key] = (forms if exact and forms is not None else None, value)
    return WordTable.of(
        WordEntry(key, frozenset(forms) if forms is not None else None, value)
        for key, (forms, value) in sorted(merged.items(), key=lambda kv: -len(kv[0]))
        if key
    )


GROUP_PREFIX = 3  # table words sharing their first characters are looked for together


@dataclass(frozen=True)
class WordTable:
    """Table words to find in text, longest first, grouped by the characters they start with.

    A group is looked for with one str.find scan for its members' common start ("миллиард",
    "миллиона", "миллионов" ... : "милли"; "tháng 01" ... "tháng 12": "tháng "); only where that
    start occurs are the members compared. A word alone in its group is its own start.
    """

    entries: tuple[WordEntry, ...]
    groups: tuple[tuple[str, tuple[int, ...]], ...]  # (common start, indexes into entries)

    @classmethod
    def of(cls, entries: Iterable[WordEntry]) -> WordTable:
        listed = tuple(entries)
        by_start: dict[str, list[int]] = {}
        for k, entry in enumerate(listed):
            by_start.setdefault(entry.lower[:GROUP_PREFIX], []).append(k)
        groups = tuple(
            (os.path.commonprefix([listed[k].lower for k in members]), tuple(members))
            for members in by_start.values()
        )
        return cls(listed, groups)

    def __iter__(self) -> Iterator[WordEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


@lru_cache(maxsize=64)
def lowered(text: str) -> str | None:
    """A lower-cased copy with the same offsets, or None when lower-casing changes the length
    (cached: figures and dates read the same article)."""
    low = text.lower()
    return low if len(low) == len(text) else None


def find_words(text: str, low: str, table: WordTable, loose: bool = False) -> list[tuple[int, int, WordEntry]]:
    """Where table words stand as whole words (Korean: particles may follow): (start, end, entry),
    by entry in table order, then by position; an occurrence overlapping the previous one of the
    same word is skipped."""
    starts = _occurrences(low, table)
    found = []
    for k in sorted(starts):
        entry = table.entries[k]
        size = len(entry.lower)
        after_last = 0
        for i in starts[k]:
            if i < after_last:
                continue
            j = after_last = i + size
            if (
                (i == 0 or not text[i - 1].isalnum())
                and (loose or j == len(text) or not text[j].isalnum())
                and (entry.exact is None or text[i:j] in entry.exact)
            ):
                found.append((i, j, entry))
    return found


def _occurrences(low: str, table: WordTable) -> dict[int, list[int]]:
    """Every position (overlapping ones too) where each table word occurs in `low`, by entry index."""
    starts: dict[int, list[int]] = {}
    entries = table.entries
    for prefix, members in table.groups:
        i = low.find(prefix)
        while i != -1:
            for k in members:
                if low.startswith(entries[k].lower, i):
                    starts.setdefault(k, []).append(i)
            i = low.find(prefix, i + 1)
    return starts


def quick_fold(word: str) -> str:
    """fold() for a string already split on single spaces."""
    return word.casefold().replace("’", "'").replace("ʼ", "'")


@dataclass(frozen=True)
class PhraseTable(Generic[V]):
    """Table words and phrases, by folded form, for look-ups at the end of a token list."""

    entries: dict[str, V]
    last_words: frozenset[str]  # a phrase can only end with one of these
    max_words: int

    @classmethod
    def of(cls, entries: dict[str, V]) -> PhraseTable[V]:
        return cls(
            entries,
            frozenset(k.rsplit(" ", 1)[-1] for k in entries),
            max((k.count(" ") + 1 for k in entries), default=0),
        )


SPACES = " \t\u00a0\u202f\u2009"


def word_before(text: str, pos: int) -> str:
    """The word just before `pos` (spaces between skipped), folded: a cheap test before
    building TokensBefore."""
    j = pos
    while j > 0 and text[j - 1] in SPACES:
        j -= 1
    parts = text[max(0, j - 40) : j].rsplit(None, 1)  # split at any space, as TokensBefore does
    return quick_fold(parts[-1].lstrip(LEADING_PUNCT)) if parts else ""


class TokensBefore:
    """The (at most five) whitespace-separated tokens just before a position, as (start, token).

    Built lazily: most numbers need only the word right before them, and only when that word
    could end a table phrase are the tokens split out.
    """

    __slots__ = ("_last", "_tokens", "attached", "pos", "text")

    def __init__(self, text: str, pos: int, tokens: tuple[tuple[int, str], ...] | None = None) -> None:
        self.text, self.pos, self._tokens = text, pos, tokens
        self._last: str | None = None
        # the last token touches the position ("RM5", "US$425")
        self.attached = tokens is None and pos > 0 and not text[pos - 1].isspace()

    @classmethod
    def at(cls, text: str, pos: int) -> TokensBefore:
        return cls(text, pos)

    @property
    def tokens(self) -> tuple[tuple[int, str], ...]:
        if self._tokens is None:
            self._tokens = self._split()
        return self._tokens

    def _split(self, window: int = 60) -> tuple[tuple[int, str], ...]:
        lo = max(0, self.pos - window)
        chunk = self.text[lo : self.pos]
        parts = chunk.split()
        if lo > 0 and parts and not chunk[0].isspace() and not self.text[lo - 1].isspace():
            parts = parts[1:]  # a word cut by the window
        tokens = []
        offset = len(chunk)
        for token in reversed(parts[-5:]):
            offset = chunk.rfind(token, 0, offset)
            tokens.append((lo + offset, token))
        tokens.reverse()
        return tuple(tokens)

    def last_word(self) -> str:
        """The last token, folded, leading punctuation removed."""
        if self._last is None:
            if self._tokens is not None:
                last = self._tokens[-1][1] if self._tokens else ""
                self._last = quick_fold(last.lstrip(LEADING_PUNCT))
            else:
                self._last = word_before(self.text, self.pos)
        return self._last

    def drop(self, n: int) -> TokensBefore:
        """The tokens before the last n."""
        tokens = self.tokens
        return TokensBefore(self.text, self.pos, tokens[: len(tokens) - n])

    def phrase(self, table: PhraseTable[V], max_words: int = 4) -> tuple[int, V, int] | None:
        """The longest table phrase made of the last tokens: (start offset, value, tokens used)."""
        if self.last_word() not in table.last_words:
            return None
        tokens = self.tokens
        for k in range(min(max_words, table.max_words, len(tokens)), 0, -1):
            start, first = tokens[-k]
            stripped = first.lstrip(LEADING_PUNCT)
            if not stripped:
                continue
            words = [stripped, *(t for _, t in tokens[len(tokens) - k + 1 :])]
            value = table.entries.get(quick_fold(" ".join(words)))
            if value is not None:
                return start + len(first) - len(stripped), value, k
        return None


@dataclass(frozen=True)
class NumberFormat:
    language: str
    decimal: str
    groups: tuple[str, ...]
    loose: bool  # particles may follow a word directly (Korean "1만명이")
    subject_before: bool  # the counted thing precedes the number (Korean)

    @property
    def word_end(self) -> str:
        """What must follow a number word, scale word or unit."""
        return "" if self.loose else r"(?!\w)"


@cache
def number_format(language: str) -> NumberFormat:
    decimal = "."
    groups: list[str] = []
    loose = subject_before = False
    for row in rows_for("number_format", language):
        setting, value = row["setting"], row["value"]
        if setting == "decimal":
            decimal = SEPARATORS[value]
        elif setting == "group":
            groups.append(SEPARATORS[value])
        elif setting == "boundary":
            loose = value == "loose"
        elif setting == "subject_side":
            subject_before = value == "before"
    groups = [g for g in groups if g != decimal]
    return NumberFormat(language, decimal, tuple(dict.fromkeys(groups)), loose, subject_before)


@dataclass(frozen=True)
class Scale:
    multiplier: Decimal
    needs_currency: bool  # "$5m": a scale only after a currency sign


@dataclass(frozen=True)
class NumberWord:
    value: Decimal
    needs_scale: bool  # "a million", "un millón": only before a scale word
    attached: bool = False  # Sino-Korean "이" in "이백만": written against its scale word, a unit after it
    qualifier: str | None = None  # "une trentaine": about thirty


@dataclass(frozen=True)
class NumberLexicon:
    fmt: NumberFormat
    numeral: re.Pattern[str]  # digits (groups: grouped, lenient, plain) or a number word (word)
    digits: re.Pattern[str]  # digits only, for the later parts of "1억 2천만"
    scale: re.Pattern[str]  # a scale word right after a numeral, used with .match(text, pos)
    scales: dict[str, Scale]
    words: dict[str, NumberWord]


@dataclass(slots=True)  # one per number read: no frozen-dataclass cost
class NumberReading:
    """A number read from text: its value, where it ends, and how it was written."""

    value: Decimal
    start: int
    end: int
    scaled: bool  # a scale word was part of it ("1,5 juta")
    word: bool  # it starts with a number word ("dua juta")
    needs_scale: bool  # the number word only counts before a scale word
    grouped: bool  # written with group separators ("10.000")
    digits_text: str  # the first numeral as written
    attached_word: bool = False  # a number word written against its scale word ("이백만"): needs a unit too
    word_qualifier: str | None = None  # the qualifier the number word carries ("une trentaine": approximately)


def _char_class(chars: Iterable[str]) -> str:
    chars = list(chars)
    return "[" + "".join(re.escape(c) for c in chars) + "]" if chars else NEVER


def _scale_rows(language: str) -> dict[str, tuple[Scale, bool]]:
    out = {}
    for row in rows_for("scale_words", language):
        scale = Scale(Decimal(row["multiplier"]), row.get("needs", "") == "currency")
        out[fold(row["word"])] = (scale, row.get("spacing", "any") == "attached")
    return out


def spaced_scales(language: str) -> list[str]:
    """Scale words that may stand apart from the digits ("a million"), folded."""
    return [w for w, (_, attached) in _scale_rows(language).items() if not attached]


def _digit_pattern(fmt: NumberFormat, scale_any: str) -> str:
    group = _char_class(fmt.groups)
    dec = re.escape(fmt.decimal)
    grouped = rf"[0-9]{{1,3}}(?:{group}[0-9]{{3}})+(?![0-9])(?!{group}[0-9])(?:{dec}[0-9]+)?(?![0-9])"
    lenient = rf"[0-9]{{1,3}}[.,][0-9]{{1,2}}(?![0-9])(?={SPACE}*{scale_any})"
    plain = rf"[0-9]+(?:{dec}[0-9]+)?(?![0-9])"
    return rf"(?<![0-9])(?<![0-9][.,])(?:(?P<grouped>{grouped})|(?P<lenient>{lenient})|(?P<plain>{plain}))"


@cache
def number_lexicon(language: str) -> NumberLexicon:
    fmt = number_format(language)
    scale_rows = _scale_rows(language)
    attached = [w for w, (_, att) in scale_rows.items() if att]
    spaced = [w for w, (_, att) in scale_rows.items() if not att]
    scale_any = alternation(spaced + attached)
    words = {
        fold(r["word"]): NumberWord(
            Decimal(r["value"]),
            r.get("needs") in ("scale", "attached_scale"),
            r.get("needs") == "attached_scale",
            r.get("qualifier") or None,
        )
        for r in rows_for("number_words", language)
    }
    digit = _digit_pattern(fmt, scale_any)
    spaced_words = [w for w, n in words.items() if not n.attached]
    attached_words = [w for w, n in words.items() if n.attached]
    word = rf"(?<!\w)(?P<word>{alternation(spaced_words)})(?!\w)"
    if attached_words:  # "이백만": a digit word directly before a scale word
        word += rf"|(?<!\w)(?P<sino>{alternation(attached_words)})(?={scale_any})"
    scale = rf"(?:(?P<attached>{alternation(attached)})|{SPACE}*(?P<spaced>{alternation(spaced)}))" + fmt.word_end
    return NumberLexicon(
        fmt=fmt,
        numeral=re.compile(f"{digit}|{word}", re.IGNORECASE),
        digits=re.compile(digit),
        scale=re.compile(scale, re.IGNORECASE),
        scales={w: s for w, (s, _) in scale_rows.items()},
        words=words,
    )


def numeral_value(match: re.Match[str], lex: NumberLexicon) -> Decimal | None:
    """The value of a numeral matched by NumberLexicon.numeral or .digits."""
    kind = match.lastgroup
    token = match.group(kind or 0)
    try:
        if kind == "grouped":
            for sep in lex.fmt.groups:
                token = token.replace(sep, "")
            return Decimal(token.replace(lex.fmt.decimal, "."))
        if kind == "lenient":
            return Decimal(token.replace(",", "."))
        if kind == "plain":
            return Decimal(token.replace(lex.fmt.decimal, "."))
    except InvalidOperation:
        return None
    word = lex.words.get(fold(token))  # "word" or "sino"
    return word.value if word else None


def _scale_at(text: str, pos: int, lex: NumberLexicon, currency: bool) -> tuple[Scale, int] | None:
    m = lex.scale.match(text, pos)
    if not m:
        return None
    scale = lex.scales.get(fold(m.group("attached") or m.group("spaced")))
    if scale is None or (scale.needs_currency and not currency):
        return None
    return scale, m.end()


def read_number(text: str, match: re.Match[str], lex: NumberLexicon, *, currency: bool = False) -> NumberReading | None:
    """Read the numeral `match` and the scale words after it ("1,5 juta", "1억 2천만", "2천500만").

    Compound numbers add up section by section: a big scale word (10,000 and up) multiplies
    everything since the previous big one, so Korean "2천500만" is (2000 + 500) x 10,000.
    """
    value = numeral_value(match, lex)
    if value is None:
        return None
    word = lex.words.get(fold(match.group())) if match.lastgroup in WORD_GROUPS else None
    total, section, last_big = Decimal(0), value, None
    pos = end = match.end()
    scaled = False
    while (found := _scale_at(text, pos, lex, currency)) is not None:
        scale, pos = found
        end, scaled = pos, True
        if scale.multiplier >= BIG_SCALE:
            total, section, last_big = total + section * scale.multiplier, Decimal(0), scale.multiplier
        else:
            section *= scale.multiplier
        part = _next_chain_part(text, pos, lex, last_big, currency)
        if part is None:
            break
        part_value, pos, has_scale = part
        section += part_value
        if not has_scale:  # Korean "1만5000", "3천500": a trailing plain number ends it
            end = pos
            break
    return NumberReading(
        value=total + section,
        start=match.start(),
        end=end,
        scaled=scaled,
        word=word is not None,
        needs_scale=bool(word and word.needs_scale),
        grouped=match.lastgroup == "grouped",
        digits_text=match.group(),
        attached_word=bool(word and word.attached),
        word_qualifier=word.qualifier if word else None,
    )


def _next_chain_part(
    text: str, pos: int, lex: NumberLexicon, last_big: Decimal | None, currency: bool
) -> tuple[Decimal, int, bool] | None:
    """The next part of a compound number after a scale word: (value, end of its digits,
    whether a scale word follows), or None when the number ends here."""
    start = pos + 1 if text[pos : pos + 1] == " " else pos
    m = lex.digits.match(text, start)
    if not m or (value := numeral_value(m, lex)) is None:
        return None
    found = _scale_at(text, m.end(), lex, currency)
    if found is None:
        trailing = start == pos and lex.fmt.loose and not text[m.end() : m.end() + 1].isdigit()
        return (value, m.end(), False) if trailing else None
    if last_big is not None and found[0].multiplier >= last_big:
        return None
    return value, m.end(), True


def parse_number(token: str, language: str) -> float | None:
    """The value of a number as written in `language` ("1,5 juta" id -> 1500000.0), or None.

    The whole token must be one number: digits with the language's separators or a number
    word, followed by scale words. Currency signs and units are not part of it.
    """
    text = token.strip()
    lex = number_lexicon(language)
    m = lex.numeral.match(text)
    if not m:
        return None
    reading = read_number(text, m, lex)
    if reading is None or reading.end != len(text):
        return None
    if reading.word and reading.needs_scale and not reading.scaled:
        return None
    return float(reading.value)
