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
from dataclasses import dataclass, field
from functools import cache

import regex

from compare.lexicon import rows_for
from compare.sentences import Span, alternation, sentence_index

WORD_CHAR = r"[\p{L}\p{M}\p{N}_]"
NOT_CITATION = "not_citation"


Resolved = tuple[str | None, str | None]  # the agency a matched text cites; the agency whose namesake it names


@dataclass(frozen=True)
class AgencyMatcher:
    pattern: re.Pattern[str]
    agency_of: dict[tuple[str, bool], str]  # (alias or its casefold, case_sensitive) -> agency
    excluded: frozenset[str]  # casefolded aliases of kind not_citation
    namesakes: dict[str, str]  # casefolded look-alike naming a person ("michael bloomberg") -> agency
    # The words before and after an alias, each one pattern: group "not" = a photo credit or an
    # employer (the mention cites nothing), otherwise the source cue words, if any.
    before: regex.Pattern[str] | None  # a reverse pattern: tried from the alias backwards
    after: regex.Pattern[str] | None  # matched at the alias end
    resolved: dict[str, Resolved] = field(default_factory=dict)  # matched text -> (agency, namesake of)


def _alias_pattern(row: dict[str, str]) -> str:
    body = alternation([row["alias"]])
    if row.get("case_sensitive") != "1":
        body = f"(?i:{body})"
    right = "" if row.get("open_end") == "1" else f"(?!{WORD_CHAR})"
    return f"{body}{right}"


def _cues(language: str, position: str, source: bool) -> list[str]:
    """Cue words of a language at a position: source cues (kind empty) or the not-a-source kinds."""
    rows = rows_for("citation_cues", language)
    return [r["cue"] for r in rows if r["position"] == position and (not r.get("kind")) == source]


NEVER = "(?!)"


def _either(not_source: str | None, source: str | None, flags: str) -> regex.Pattern[str] | None:
    """One pattern: the not-a-source alternative first (group "not": it wins), then the source cues."""
    if not (not_source or source):
        return None
    return regex.compile(f"(?{flags})(?P<not>{not_source or NEVER})|{source or NEVER}")


def _before_pattern(language: str) -> regex.Pattern[str] | None:
    """Reverse: a photo credit or employer right before the alias (two words may sit between:
    "worked for the BBC"), or source cue words a few words before it: "according to a" + Reuters,
    "menurut kantor berita" + TASS, "selon l'" + AFP."""
    cues, nots = _cues(language, "before", source=True), _cues(language, "before", source=False)
    source = rf"(?<!{WORD_CHAR}){alternation(cues)}(?:\s+[\w'’\-]+){{0,3}}\s*['’]?\s*$" if cues else None
    not_source = rf"(?<!{WORD_CHAR}){alternation(nots)}(?:\s+[\w'’\-]+){{0,2}}\s*$" if nots else None
    return _either(not_source, source, "ri")


def _after_pattern(language: str) -> regex.Pattern[str] | None:
    """A photo credit or employer word right after the alias ("ANTARA FOTO", "연합뉴스에서 근무했다"), or
    source cue words after it, not past a comma: Reuters + "melaporkan"; "a Reuters" + "report";
    조선중앙통신 + "은 3일 보도했다". Used with .match at the alias end."""
    cues, nots = _cues(language, "after", source=True), _cues(language, "after", source=False)
    source = rf"[^\s,;:]{{0,2}}\s*(?:[^\s.!?,;:]+\s+){{0,2}}?{alternation(cues)}(?!{WORD_CHAR})" if cues else None
    not_source = rf"\s*{alternation(nots)}(?!{WORD_CHAR})" if nots else None
    return _either(not_source, source, "i")


def _first_letter_guard(rows: list[dict[str, str]]) -> str:
    """A lookahead for the letters an alias can start with, matched as each alias's own case rule
    matches them: most positions of a text then fail on one class test, not on every alias."""
    sensitive = {r["alias"][0] for r in rows if r.get("case_sensitive") == "1"}
    folded = {r["alias"][0] for r in rows if r.get("case_sensitive") != "1"}
    classes = [f"[{re.escape(''.join(sorted(sensitive)))}]"] if sensitive else []
    classes += [f"(?i:[{re.escape(''.join(sorted(folded)))}])"] if folded else []
    return f"(?={'|'.join(classes)})"


def _grouped_by_first_letter(rows: list[dict[str, str]]) -> str:
    """The aliases longest first, in groups by their first letter (lower-cased), each behind a
    lookahead for that letter: a word start tries one group, not every alias. Two groups never
    match at the same place, so the longest alias still wins."""
    groups: dict[str, list[dict[str, str]]] = {}
    for row in sorted(rows, key=lambda r: -len(r["alias"])):
        first = row["alias"][0]
        groups.setdefault(first.lower() if len(first.lower()) == 1 else first, []).append(row)
    return "|".join(
        f"(?=(?i:[{re.escape(''.join(sorted({r['alias'][0] for r in group})))}]))"
        f"(?:{'|'.join(_alias_pattern(r) for r in group)})"
        for group in groups.values()
    )


@cache
def matcher(language: str) -> AgencyMatcher:
    rows = rows_for("agencies", language)
    body = _grouped_by_first_letter(rows)
    # stdlib re: twice as fast as regex on this literal alternation (\w is Unicode-aware).
    pattern = re.compile(rf"(?<!\w){_first_letter_guard(rows)}(?:{body})".replace(WORD_CHAR, r"\w"))
    agency_of: dict[tuple[str, bool], str] = {}
    for r in rows:
        sensitive = r.get("case_sensitive") == "1"
        key = r["alias"] if sensitive else r["alias"].casefold()
        agency_of.setdefault((" ".join(key.split()), sensitive), r["agency"])
    excluded = frozenset(_folded(r["alias"]) for r in rows if r["kind"] == NOT_CITATION)
    namesakes = {_folded(r["alias"]): r["agency"] for r in rows if r["kind"] == NOT_CITATION and r.get("person") == "1"}
    return AgencyMatcher(
        pattern, agency_of, excluded, namesakes, _before_pattern(language), _after_pattern(language)
    )


def _folded(alias: str) -> str:
    return " ".join(alias.casefold().split())


def _resolve(found: str, m: AgencyMatcher) -> Resolved:
    """The agency a matched text cites and the agency whose namesake person it names, remembered
    per matched text (the same few names recur in every article)."""
    if found not in m.resolved:
        m.resolved[found] = _agency_for(found, m), m.namesakes.get(_folded(found))
    return m.resolved[found]


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
    before = text[max(0, start - 2) : start]
    return "/" in before and bool(CREDIT_SLASH_BEFORE.search(before)) and bool(CREDIT_LINE_AFTER.match(text, end))


def _cue_span(text: str, start: int, end: int, m: AgencyMatcher) -> Span | None:
    """The alias span extended to the cue words around it, or None when the words around say the
    mention is no citation (a photo credit, the agency as an employer)."""
    window_start = max(0, start - CUE_WINDOW)
    # a reverse pattern: .match anchors it at the alias, as its "$" does
    before = m.before.match(text[window_start:start]) if m.before is not None else None
    after = m.after.match(text[end : end + CUE_WINDOW]) if m.after is not None else None
    if (before and before.group("not")) or _is_photo_credit_line(text, start, end):
        return None
    if after and after.group("not") and not before:  # "told CNN President X ..." stays a citation
        return None
    if start > 0 and text[start - 1] == "(":
        dateline = DATELINE_AFTER.match(text, end)
        if dateline:
            return start - 1, dateline.end()
    cue_end = end + after.end() if after and not after.group("not") else end
    return (window_start + before.start() if before else start), cue_end


def _citation(
    text: str, agency: str, index: int, alias: tuple[int, int, int], cue: Span, sentences: Sequence[Span]
) -> dict:
    """One citation record: the cue span is kept inside the alias's sentence. alias: start, end of
    the name as matched, and the end of its word (Интерфакс|у, 조선중앙통신|은)."""
    sentence_start, sentence_end = sentences[index] if sentences else (0, len(text))
    cue_start, cue_end = max(cue[0], sentence_start), min(cue[1], max(sentence_end, alias[1]))
    return {
        "agency": agency,
        "cue": text[cue_start:cue_end],
        "sentence": index,
        "start": cue_start,
        "end": cue_end,
        "agency_start": alias[0],
        "agency_end": alias[2],
    }


def _word_end(text: str, position: int) -> int:
    rest = WORD_REST.match(text, position)
    return rest.end() if rest else position


def _namesakes_named(text: str, m: AgencyMatcher) -> dict[str, list[str]]:
    """Agencies whose namesake person the article names ("Michael Bloomberg"), with those names."""
    named: dict[str, list[str]] = {}
    for found in m.pattern.finditer(text):
        namesake_of = _resolve(found.group(), m)[1]
        if namesake_of is not None:
            named.setdefault(namesake_of, []).append(_folded(found.group()))
    return named


def _names_the_person(found: str, names: list[str]) -> bool:
    """A bare surname of a person the article names: "Bloomberg" after "Michael Bloomberg"."""
    surname = _folded(found)
    return any(name.endswith(f" {surname}") for name in names)


def find_citations(text: str, language: str, sentences: Sequence[Span]) -> list[dict]:
    """Citations in text: agency, cue (the words as written), sentence index, start, end of the cue.

    One citation per agency per sentence ("Kantor Berita Pusat Korea (KCNA)" is one citation).
    In an article that names a person sharing an agency's name, that name without cue words is the
    person ("Bloomberg turned 74"), with cue words the agency ("told Bloomberg").
    """
    m = matcher(language)
    found = _scan(text, sentences, m, people=None)
    if found is None:  # the article names an agency's namesake: a second pass that knows who
        found = _scan(text, sentences, m, people=_namesakes_named(text, m)) or []
    return found + _signoffs(text, language, sentences, {c["agency"] for c in found})


@cache
def signoff_patterns(language: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """(agency, pattern) of the wires' house sign-offs (data/signoffs.csv)."""
    return tuple((r["agency"], regex.compile(r["pattern"], regex.MULTILINE)) for r in rows_for("signoffs", language))


def _signoffs(text: str, language: str, sentences: Sequence[Span], cited: set[str]) -> list[dict]:
    """A wire's sign-off ("(Reporting by ...; Editing by ...)") when its text does not name it."""
    out = []
    for agency, pattern in signoff_patterns(language):
        if agency in cited:
            continue
        m = pattern.search(text)
        if m:
            index = sentence_index(sentences, m.start()) if sentences else 0
            out.append({**_citation(text, agency, index, (m.start(), m.end(), m.end()), m.span(), sentences),
                        "signoff": True})
    return out


def _scan(
    text: str, sentences: Sequence[Span], m: AgencyMatcher, people: dict[str, list[str]] | None
) -> list[dict] | None:
    """The citations, or None when people is None and the text names an agency's namesake."""
    out: list[dict] = []
    seen: set[tuple[str, int]] = set()
    for found in m.pattern.finditer(text):
        agency, namesake_of = _resolve(found.group(), m)
        if namesake_of is not None and people is None:
            return None
        if agency is None:
            continue
        index = sentence_index(sentences, found.start()) if sentences else 0
        if (agency, index) in seen:
            continue
        alias_end = _word_end(text, found.end())
        cue = _cue_span(text, found.start(), alias_end, m)
        if cue is None or (
            people
            and agency in people
            and cue == (found.start(), alias_end)
            and _names_the_person(found.group(), people[agency])
        ):
            continue
        seen.add((agency, index))
        out.append(_citation(text, agency, index, (found.start(), found.end(), alias_end), cue, sentences))
    return out
