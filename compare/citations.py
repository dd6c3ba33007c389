"""Agency citations: which wire service or state medium an article credits, with the cue words.

The registry is compare/data/agencies.csv; the cue words ("according to", "menurut", "theo",
"по данным", "Reuters melaporkan") are compare/data/citation_cues.csv. One compiled alternation per
language finds every alias; look-alikes ("Reuters Institute", "AP Stylebook") are rows of kind
not_citation, which win over the shorter alias at the same place and are then dropped.

A mention is not a citation when the words around it say so: a photo credit ("Ảnh: AFP",
"Фото: ТАСС", or a credit line of a photographer's name, a slash and the agency: "Jim Urquhart /
Reuters.") or the agency as an employer ("worked for Reuters", "làm việc cho BBC"); those cue
words are citation_cues.csv rows of kind credit or affiliation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from compare.lexicon import rows_for
from compare.sentences import Span, alternation, sentence_index

WORD_CHAR = r"[\p{L}\p{M}\p{N}_]"
NOT_CITATION = "not_citation"


@dataclass(frozen=True)
class AgencyMatcher:
    pattern: re.Pattern[str]
    agency_of: dict[tuple[str, bool], str]  # (alias or its casefold, case_sensitive) -> agency
    excluded: frozenset[str]  # casefolded aliases of kind not_citation
    before_cue: regex.Pattern[str] | None  # a reverse pattern: tried from the alias backwards
    after_cue: regex.Pattern[str] | None
    not_source_before: regex.Pattern[str] | None  # photo credit or employer words right before
    not_source_after: regex.Pattern[str] | None  # ... or right after the alias


def _alias_pattern(row: dict[str, str]) -> str:
    body = alternation([row["alias"]])
    if row.get("case_sensitive") != "1":
        body = f"(?i:{body})"
    right = "" if row.get("open_end") == "1" else f"(?!{WORD_CHAR})"
    return f"{body}{right}"


CuePatterns = tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]


def _cues(language: str, position: str, source: bool) -> list[str]:
    """Cue words of a language at a position: source cues (kind empty) or the not-a-source kinds."""
    rows = rows_for("citation_cues", language)
    return [r["cue"] for r in rows if r["position"] == position and (not r.get("kind")) == source]


def _cue_patterns(language: str) -> CuePatterns:
    before = _cues(language, "before", source=True)
    after = _cues(language, "after", source=True)
    # "according to a" + Reuters; "menurut kantor berita" + TASS; "selon l'" + AFP.
    before_re = (
        regex.compile(
            rf"(?ri)(?<!{WORD_CHAR}){alternation(before)}(?:\s+[\w'’\-]+){{0,3}}\s*['’]?\s*$"
        )
        if before
        else None
    )
    # Reuters + "melaporkan"; "a Reuters" + "report"; 조선중앙통신 + "은 3일 보도했다".
    after_re = (
        regex.compile(rf"(?i)^[^\s,;:]{{0,2}}\s*(?:[^\s.!?,;:]+\s+){{0,2}}?{alternation(after)}(?!{WORD_CHAR})")
        if after
        else None
    )
    return before_re, after_re


def _not_source_patterns(language: str) -> CuePatterns:
    """Photo-credit and employer cues: right before the alias (two words may sit between:
    "worked for the BBC", "làm việc cho hãng tin Reuters") or right after it ("ANTARA FOTO")."""
    before, after = _cues(language, "before", source=False), _cues(language, "after", source=False)
    before_re = (
        regex.compile(rf"(?ri)(?<!{WORD_CHAR}){alternation(before)}(?:\s+[\w'’\-]+){{0,2}}\s*$")
        if before
        else None
    )
    # used with .match at the alias end
    after_re = regex.compile(rf"(?i)\s*{alternation(after)}(?!{WORD_CHAR})") if after else None
    return before_re, after_re


def _first_letter_guard(rows: list[dict[str, str]]) -> str:
    """A lookahead for the letters an alias can start with, matched as each alias's own case rule
    matches them: most positions of a text then fail on one class test, not on every alias."""
    sensitive = {r["alias"][0] for r in rows if r.get("case_sensitive") == "1"}
    folded = {r["alias"][0] for r in rows if r.get("case_sensitive") != "1"}
    classes = [f"[{re.escape(''.join(sorted(sensitive)))}]"] if sensitive else []
    classes += [f"(?i:[{re.escape(''.join(sorted(folded)))}])"] if folded else []
    return f"(?={'|'.join(classes)})"


@cache
def matcher(language: str) -> AgencyMatcher:
    rows = rows_for("agencies", language)
    ordered = sorted(rows, key=lambda r: -len(r["alias"]))
    body = "|".join(_alias_pattern(r) for r in ordered)
    # stdlib re: twice as fast as regex on this literal alternation (\w is Unicode-aware).
    pattern = re.compile(rf"(?<!\w){_first_letter_guard(rows)}(?:{body})".replace(WORD_CHAR, r"\w"))
    agency_of: dict[tuple[str, bool], str] = {}
    for r in rows:
        sensitive = r.get("case_sensitive") == "1"
        key = r["alias"] if sensitive else r["alias"].casefold()
        agency_of.setdefault((" ".join(key.split()), sensitive), r["agency"])
    excluded = frozenset(" ".join(r["alias"].casefold().split()) for r in rows if r["kind"] == NOT_CITATION)
    return AgencyMatcher(pattern, agency_of, excluded, *_cue_patterns(language), *_not_source_patterns(language))


def _agency_for(found: str, m: AgencyMatcher) -> str | None:
    """Canonical agency of a matched alias (open-ended aliases match a prefix of the found word)."""
    words = " ".join(found.split())
    if words.casefold() in m.excluded:
        return None
    for key in ((words, True), (words.casefold(), False)):
        if key in m.agency_of:
            return m.agency_of[key]
    for (alias, sensitive), agency in m.agency_of.items():  # open_end: the alias is a prefix
        probe = words if sensitive else words.casefold()
        if probe.startswith(alias):
            return agency
    return None


WORD_REST = regex.compile(r"[\p{L}\p{M}]*")
DATELINE_AFTER = regex.compile(r"\)\s*[-–—]")
CUE_WINDOW = 60  # characters looked at on each side of an alias for its cue words
# A photo credit line: a name, a slash, the agency, then at most a picture desk and the line's end
# ("Jim Urquhart / Reuters.", "(FABRICE COFFRINI/AFP/Getty Images.)"); "a Register/Bloomberg Politics
# poll" goes on, so it stays a citation.
CREDIT_SLASH_BEFORE = re.compile(r"/\s?$")
CREDIT_LINE_AFTER = re.compile(r"(?:\s?/\s?[\w .\-]{0,25})?[\s.)\]]*(?:\n|$)")


def _is_photo_credit_line(text: str, start: int, end: int) -> bool:
    return bool(CREDIT_SLASH_BEFORE.search(text, max(0, start - 2), start)) and bool(
        CREDIT_LINE_AFTER.match(text, end)
    )


def _not_a_source(text: str, start: int, end: int, m: AgencyMatcher) -> bool:
    """A photo credit or the agency as an employer: the mention cites nothing."""
    if _is_photo_credit_line(text, start, end):
        return True
    if m.not_source_before is not None and m.not_source_before.search(text[max(0, start - CUE_WINDOW) : start]):
        return True
    return m.not_source_after is not None and m.not_source_after.match(text, end, end + CUE_WINDOW) is not None


def _cue_span(text: str, start: int, end: int, m: AgencyMatcher) -> Span:
    """Extend the alias span to the cue words around it, within the sentence."""
    cue_start, cue_end = start, end
    if start > 0 and text[start - 1] == "(":
        dateline = DATELINE_AFTER.match(text, end)
        if dateline:
            return start - 1, dateline.end()
    if m.before_cue is not None:
        window_start = max(0, start - CUE_WINDOW)
        found = m.before_cue.search(text[window_start:start])
        if found:
            cue_start = window_start + found.start()
    if m.after_cue is not None:
        found = m.after_cue.match(text[end : end + CUE_WINDOW])
        if found:
            cue_end = end + found.end()
    return cue_start, cue_end


def _citation(
    text: str,
    agency: str,
    index: int,
    found: re.Match[str],
    alias_end: int,
    sentences: Sequence[Span],
    m: AgencyMatcher,
) -> dict:
    """One citation record: the cue span is kept inside the alias's sentence."""
    sentence_start, sentence_end = sentences[index] if sentences else (0, len(text))
    cue_start, cue_end = _cue_span(text, found.start(), alias_end, m)
    cue_start, cue_end = max(cue_start, sentence_start), min(cue_end, max(sentence_end, found.end()))
    return {
        "agency": agency,
        "cue": text[cue_start:cue_end],
        "sentence": index,
        "start": cue_start,
        "end": cue_end,
        "agency_start": found.start(),
        "agency_end": alias_end,
    }


def find_citations(text: str, language: str, sentences: Sequence[Span]) -> list[dict]:
    """Citations in text: agency, cue (the words as written), sentence index, start, end of the cue.

    One citation per agency per sentence ("Kantor Berita Pusat Korea (KCNA)" is one citation).
    """
    m = matcher(language)
    out: list[dict] = []
    seen: set[tuple[str, int]] = set()
    for found in m.pattern.finditer(text):
        agency = _agency_for(found.group(), m)
        if agency is None:
            continue
        index = sentence_index(sentences, found.start()) if sentences else 0
        if (agency, index) in seen:
            continue
        word_end = WORD_REST.match(text, found.end())
        alias_end = word_end.end() if word_end else found.end()  # Интерфакс|у, 조선중앙통신|은
        if _not_a_source(text, found.start(), alias_end, m):
            continue
        seen.add((agency, index))
        out.append(_citation(text, agency, index, found, alias_end, sentences, m))
    return out
