"""Stage 5: turn alignments into typed findings, each with evidence, a severity and its reason.

Kinds: altered_quote, truncated_quote, number_conflict, date_conflict, speaker_conflict,
agency_conflict, unsupported_attribution, uncredited_copy. A finding names both articles, both
outlets and both texts; its id is the sha1 of the kind and both items, so a rerun adds nothing.
Work stays inside a story: pairs come from the alignment, sentence comparisons (copies, dates)
use rapidfuzz `process.cdist` between one story's articles only.
"""

from __future__ import annotations

import calendar
import hashlib
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from compare.align import (
    APPROX_WIDTH,
    Alignment,
    figures_agree,
    option,
    plain_strings,
    speaker_tokens,
    speakers_compatible,
)
from compare.align_text import (
    PairVerdict,
    compare_pair,
    cut_meaning_changes,
    meaning_lexicon,
    normalise,
    number_changes,
)
from compare.dates import date_lexicon, fold
from compare.extract import plain_value
from compare.settings import Settings

COLUMNS = [
    "discrepancy_id", "kind", "severity", "story_id", "article_id", "reference_article_id",
    "text", "reference_text", "similarity", "explanation", "evidence",
    # Not stored (the table has no such columns), kept for evaluation and debugging:
    "item_id", "reference_item_id", "outlet", "reference_outlet",
]  # fmt: skip

COPY_RATIO = 90.0  # a sentence this close (rapidfuzz ratio) to an agency sentence is a copy
COPY_MIN_TOKENS = 8  # shorter sentences are too common to count as copies
SUPPORT_SCORE = 65.0  # partial/token-set score of a claim against the agency's own text
QUOTE_SUPPORT_SCORE = 90.0  # partial score of a quote found in the agency's own text
DATE_CONTEXT_SCORE = 75.0  # token_set score of the words around two dates: the same event
DATE_CONTEXT_MIN_TOKENS = 4
DATE_CONTEXT_WORDS = 8  # words taken on each side of a date
SPEAKER_WINDOW_BEFORE = 120  # characters before a quote where its speaker is usually named (the sentence before)
SPEAKER_WINDOW_AFTER = 100
MIN_SHARED_WORDS = 3  # a shorter quote is too common to tie two credits or two speakers together
CLAIM_MATCH_RATIO = 85.0  # two claims this close (rapidfuzz ratio) state the same thing
LEAD_DATE_MAX_GAP = 3  # days: an article's event date further from the story's is about something else
DATELINE_CHARS = 40  # a date this near the start that equals the publication day is the dateline
BIG_NUMBER_CHANGE = 0.2  # relative difference from which a number conflict is high severity
SEVERITIES = ("low", "medium", "high")
FAITHFUL = ("verbatim", "punctuation", "reference")  # verdicts that need no second look

ANCHOR_MIN_VALUE = 1000  # smaller numbers ("eight", "25 basis points" = 0.25 points) don't anchor across languages
MONTH_WORD_MIN_CHARS = 4  # shorter month words ("Mar", "May") are often other words; "12월" is kept
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”»’]?\s+|\n+")


def discrepancy_id(kind: str, item_id: str, reference_id: str) -> str:
    return "d-" + hashlib.sha1(f"{kind}\x1f{item_id}\x1f{reference_id}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Side:
    """One side of a finding: the item, its article and outlet, its text."""

    item_id: str
    article_id: str
    outlet: str
    text: str


def _json_safe(value: Any) -> Any:
    """pandas' missing markers (NaN, NA, NaT) as JSON null, inside lists and dicts too: NaN is not JSON."""
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return plain_value(value)


def _percent(change: float) -> str:
    """A relative change as a percentage that never reads 0% for values that differ."""
    return f"{change:.0%}" if change >= 0.01 else f"{change * 100:.2g}%"


def finding(kind: str, severity: str, reason: str, story_id: str, item: Side, ref: Side,
            similarity: float | None, explanation: str, evidence: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
    return {
        "discrepancy_id": discrepancy_id(kind, item.item_id, ref.item_id),
        "kind": kind, "severity": severity, "story_id": story_id,
        "article_id": item.article_id, "reference_article_id": ref.article_id,
        "text": item.text, "reference_text": ref.text,
        "similarity": None if similarity is None else round(float(similarity), 4),
        "explanation": explanation,
        "evidence": json.dumps(_json_safe({**evidence, "severity_reason": reason}), ensure_ascii=False, default=str),
        "item_id": item.item_id, "reference_item_id": ref.item_id,
        "outlet": item.outlet, "reference_outlet": ref.outlet,
    }  # fmt: skip


def _outlet(name: Any) -> str:
    return name if isinstance(name, str) and name else "an unnamed outlet"


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------- inputs


def _records(frame: pd.DataFrame, columns: list[str] | None = None) -> list[dict[str, Any]]:
    """The frame's rows as dicts, values as Python objects (DataFrame.to_dict("records") without its
    per-value checks, which cost more than the findings in a large batch)."""
    names = list(frame.columns) if columns is None else columns
    values = zip(*(frame[name].tolist() for name in names), strict=True)
    return [dict(zip(names, row, strict=True)) for row in values]


class Articles:
    """The batch's articles: the frame (indexed by article id, for vectorised maps) and a dict per
    column (for lookups one article at a time, which a Series makes slow in per-pair loops)."""

    LOOKUPS = ("outlet", "language", "agency_of_article", "published_at", "story_id", "text", "url", "source_url")

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._by_column = {
            col: dict(zip(frame.index, frame[col], strict=True)) for col in self.LOOKUPS if col in frame
        }

    def __getitem__(self, column: str) -> pd.Series:
        return self.frame[column]

    def __contains__(self, column: str) -> bool:
        return column in self.frame

    def of(self, column: str, article_id: Any) -> Any:
        """An article's value in a column (None when the article or the column is unknown)."""
        return self._by_column.get(column, {}).get(article_id)

    def published(self, article_id: Any) -> pd.Timestamp:
        """When an article was published; unknown sorts last."""
        when = self.of("published_at", article_id)
        return when if pd.notna(when) else pd.Timestamp.max


def _meta(articles: pd.DataFrame) -> Articles:
    meta = articles.drop_duplicates("article_id").set_index("article_id")
    for col in ("outlet", "language", "agency_of_article", "published_at", "story_id", "text"):
        if col not in meta:
            meta[col] = None
    meta["published_at"] = pd.to_datetime(meta["published_at"], errors="coerce")
    # Plain Python strings: Arrow-backed strings are slow to read one by one.
    text_cols = ["outlet", "language", "agency_of_article", "story_id", "text"]
    meta[text_cols] = meta[text_cols].astype(object)
    meta.index = meta.index.astype(object)
    meta["outlet"] = _display_outlets(meta)
    return Articles(meta)


def _display_outlets(meta: pd.DataFrame) -> list[str | None]:
    """Per article: the outlet's name, else the site of its url, else the article's own id or file."""
    empty = [None] * len(meta)
    columns = [meta[c].tolist() if c in meta else empty for c in ("outlet", "url", "external_id", "source_file")]
    return [_display_outlet(*values) for values in zip(*columns, strict=True)]


def _display_outlet(outlet: Any, url: Any, external_id: Any, source_file: Any) -> str | None:
    if isinstance(outlet, str) and outlet.strip():
        return outlet
    host = urlsplit(url).hostname if isinstance(url, str) else None
    if host:
        return host.removeprefix("www.")
    for value in (external_id, source_file):
        if isinstance(value, str) and value:
            return f"article {value.rsplit('/', 1)[-1]}"
    return None


def _quote_pairs(alignment: Alignment, quotes: pd.DataFrame, meta: Articles) -> pd.DataFrame:
    """Alignment rows of quotes with a reference, joined to both quotes and both articles."""
    al = alignment.alignments
    if al is None or al.empty or quotes is None or quotes.empty:
        return pd.DataFrame()
    pairs = al[(al["kind"] == "quote") & al["reference_id"].notna()]
    q = quotes.drop_duplicates("quote_id").set_index("quote_id")
    q = q.assign(
        credited=_credited(q, meta),
        outlet=q["article_id"].map(meta["outlet"]),
        language=q["article_id"].map(meta["language"]),
    )
    cols = ["text", "speaker", "credited", "outlet", "language", "sentence_index", "start", "end"]
    q = q.reindex(columns=cols)
    item = q.add_suffix("_item").reindex(pairs["item_id"]).reset_index(drop=True)
    ref = q.add_suffix("_ref").reindex(pairs["reference_id"]).reset_index(drop=True)
    return pd.concat([pairs.reset_index(drop=True), item, ref], axis=1)


def _credited(items: pd.DataFrame, meta: Articles) -> pd.Series:
    """The agency an item is credited to: its own credit, else the agency whose article it is in."""
    own = items["article_id"].map(meta["agency_of_article"])
    agency = items["agency"] if "agency" in items else pd.Series(None, index=items.index)
    return agency.where(agency.notna(), own)


# ---------------------------------------------------------------- quotes


def _sides(row: Any) -> tuple[Side, Side]:
    item = Side(row.item_id, row.article_id, _outlet(row.outlet_item), row.text_item)
    ref = Side(row.reference_id, row.reference_article_id, _outlet(row.outlet_ref), row.text_ref)
    return item, ref


def _quote_findings(pairs: pd.DataFrame, meta: Articles) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if pairs.empty:
        return found
    for row in pairs.itertuples(index=False):
        if not isinstance(row.text_item, str) or not isinstance(row.text_ref, str):
            continue
        item, ref = _sides(row)
        if row.article_id == row.reference_article_id:  # an article repeating part of its own quote
            continue
        if not row.cross_language:
            if row.verdict not in FAITHFUL:
                verdict = compare_pair(row.text_ref, row.text_item, row.language_item, row.similarity)
                found += _wording_findings(row, item, ref, verdict, meta)
            found += _speaker_findings(row, item, ref, meta)
        found += _agency_findings(row, item, ref)
    return found


def _wording_findings(row: Any, item: Side, ref: Side, verdict: PairVerdict,
                      meta: Articles) -> list[dict[str, Any]]:  # fmt: skip
    if verdict.verdict in ("minor_edit", "words_changed"):
        return [_altered(row, item, ref, verdict)] + _quote_numbers(row, item, ref, verdict)
    if verdict.verdict == "truncated":
        return [_truncated(row, item, ref, verdict)]
    ref_is_agency = pd.notna(meta.of("agency_of_article", ref.article_id))
    if verdict.verdict == "extended" and ref_is_agency:
        return [_extended(row, item, ref, verdict)]
    return []


def _words(words: list[str], limit: int = 12) -> str:
    if not words:
        return "nothing"
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")


def _changes_text(changes: list[dict[str, str]]) -> str:
    return "; ".join(f"{c['kind']} '{c['word']}' {c['change']}" for c in changes)


def _altered(row: Any, item: Side, ref: Side, verdict: PairVerdict) -> dict[str, Any]:
    if verdict.meaning_bearing:
        severity, reason = "high", "meaning-bearing change: " + _changes_text(verdict.meaning_changes)
    elif verdict.verdict == "words_changed":
        severity, reason = "medium", f"words changed (weight {verdict.changed_weight:g})"
    else:
        severity, reason = "low", "a minor edit: function words or a single word"
    removed, added = _words(verdict.removed), _words(verdict.added)
    explanation = (
        f"{item.outlet} quotes “{_short(item.text)}” where {ref.outlet} has "
        f"“{_short(ref.text)}”: removed '{removed}', added '{added}'."
    )
    evidence = {"diff": verdict.diff, "verdict": verdict.verdict,
                "meaning_changes": verdict.meaning_changes, "changed_weight": verdict.changed_weight}  # fmt: skip
    return finding("altered_quote", severity, reason, row.story_id, item, ref, row.similarity,
                   explanation, evidence)  # fmt: skip


def _extended(row: Any, item: Side, ref: Side, verdict: PairVerdict) -> dict[str, Any]:
    explanation = (
        f"{item.outlet} quotes “{_short(item.text)}”, longer than the agency's own copy in "
        f"{ref.outlet}: added '{' '.join(verdict.added)}'."
    )
    return finding("altered_quote", "medium", "words added to the agency's own version",
                   row.story_id, item, ref, row.similarity, explanation,
                   {"diff": verdict.diff, "verdict": "extended"})  # fmt: skip


def _truncated(row: Any, item: Side, ref: Side, verdict: PairVerdict) -> dict[str, Any]:
    lost = cut_meaning_changes(verdict)
    if lost:
        severity, reason = "high", "the cut part held " + _changes_text(lost)
    elif verdict.cut_share >= 0.5:
        severity, reason = "medium", f"{verdict.cut_share:.0%} of the words cut"
    else:
        severity, reason = "low", f"{verdict.cut_share:.0%} of the words cut"
    explanation = (
        f"{item.outlet} cuts the quote at the {verdict.cut}: “{_short(item.text)}”; "
        f"{ref.outlet} has “{_short(ref.text)}” (cut: '{_short(' '.join(verdict.removed), 60)}')."
    )
    evidence = {"diff": verdict.diff, "cut": verdict.cut, "cut_share": round(verdict.cut_share, 3),
                "cut_words": verdict.removed}  # fmt: skip
    return finding("truncated_quote", severity, reason, row.story_id, item, ref, row.similarity,
                   explanation, evidence)  # fmt: skip


def _quote_numbers(row: Any, item: Side, ref: Side, verdict: PairVerdict) -> list[dict[str, Any]]:
    """A number replaced by another inside an aligned quote."""
    changes = number_changes(verdict.diff, meaning_lexicon(row.language_item))
    if not changes:
        return []
    before = [v for b, _ in changes for v in b]
    after = [v for _, a in changes for v in a]
    explanation = (
        f"{item.outlet} gives {', '.join(after)} inside the quote where {ref.outlet} gives {', '.join(before)}."
    )
    evidence = {"values": after, "reference_values": before, "diff": verdict.diff, "source": "quote"}
    reason = "a number changed inside a quote"
    return [finding("number_conflict", _number_severity(before, after), reason, row.story_id, item, ref,
                    row.similarity, explanation, evidence)]  # fmt: skip


def _number_severity(before: list[str], after: list[str]) -> str:
    try:
        a, b = float(before[0]), float(after[0])
    except ValueError:
        return "high"
    return "high" if abs(a - b) / max(abs(a), abs(b), 1e-9) >= BIG_NUMBER_CHANGE else "medium"


def _named_person(raw: Any, tokens: tuple[str, ...]) -> bool:
    """A speaker that can be told apart: known, and not a lone acronym (BMKG speaks through people)."""
    return isinstance(raw, str) and bool(tokens) and not (len(tokens) == 1 and raw.isupper())


def _named_beside(speaker: tuple[str, ...], text: Any, start: Any, end: Any) -> bool:
    """The speaker's surname among the words just before or after a quote in the text."""
    if not speaker or not isinstance(text, str) or pd.isna(start) or pd.isna(end):
        return False
    window = text[max(0, int(start) - SPEAKER_WINDOW_BEFORE) : int(end) + SPEAKER_WINDOW_AFTER]
    return speaker[-1] in set(speaker_tokens(window))


def _speaker_findings(row: Any, item: Side, ref: Side, meta: Articles) -> list[dict[str, Any]]:
    a, b = speaker_tokens(row.speaker_item), speaker_tokens(row.speaker_ref)
    if not _named_person(row.speaker_item, a) or not _named_person(row.speaker_ref, b) or speakers_compatible(a, b):
        return []
    if _named_beside(a, meta.of("text", ref.article_id), row.start_ref, row.end_ref) or _named_beside(
        b, meta.of("text", item.article_id), row.start_item, row.end_item
    ):
        return []  # the other article names this very person at the quote: its speaker was misread
    if len(normalise(item.text).split()) < MIN_SHARED_WORDS:
        return []
    explanation = (
        f"{item.outlet} credits the words “{_short(item.text)}” to {row.speaker_item}; "
        f"{ref.outlet} credits them to {row.speaker_ref}."
    )
    evidence = {"speaker": row.speaker_item, "reference_speaker": row.speaker_ref}
    return [finding("speaker_conflict", "high", "the same words credited to another person",
                    row.story_id, item, ref, row.similarity, explanation, evidence)]  # fmt: skip


def _agency_findings(row: Any, item: Side, ref: Side) -> list[dict[str, Any]]:
    a, b = row.credited_item, row.credited_ref
    if not isinstance(a, str) or not isinstance(b, str) or a == b:
        return []
    if len(normalise(item.text).split()) < MIN_SHARED_WORDS:  # "tense": too short to be the same quote
        return []
    severity = "low" if row.cross_language else "medium"
    reason = "credited to different agencies" + (" (linked across languages)" if row.cross_language else "")
    explanation = f"{item.outlet} credits “{_short(item.text)}” to {a}; {ref.outlet} credits the same quote to {b}."
    return [finding("agency_conflict", severity, reason, row.story_id, item, ref, row.similarity,
                    explanation, {"agency": a, "reference_agency": b})]  # fmt: skip


def _drop_quote_numbers_covered(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A number changed in a quote is also a figure; keep one finding per pair of articles."""
    figure_pairs = {
        (f["article_id"], f["reference_article_id"])
        for f in found
        if f["kind"] == "number_conflict" and '"source": "figure"' in f["evidence"]
    }
    return [
        f for f in found
        if not (f["kind"] == "number_conflict" and '"source": "quote"' in f["evidence"]
                and (f["article_id"], f["reference_article_id"]) in figure_pairs)
    ]  # fmt: skip


def _claim_agency_findings(claims: pd.DataFrame | None, meta: Articles, settings: Settings) -> list[dict[str, Any]]:
    """The same statement credited to different agencies by two articles of a story."""
    if claims is None or claims.empty or "agency" not in claims:
        return []
    c = claims[claims["agency"].notna()].copy()
    c["story_id"] = _story_of(c, meta)
    c["language"] = c["article_id"].map(meta["language"])
    # Only a story's claims in one language credited to two agencies or more can disagree: normalise those.
    c = c[c.groupby(["story_id", "language"])["agency"].transform("nunique") >= 2]
    c["norm"] = c["text"].map(normalise)
    c = c[c["norm"].str.count(" ") + 1 >= 2 * MIN_SHARED_WORDS].reset_index(drop=True)
    threshold = option(settings, "CLAIM_MATCH_RATIO", CLAIM_MATCH_RATIO)
    agency_articles = _agency_articles(meta)
    own_by_story = agency_articles.groupby("story_id")["agency_of_article"].agg(set).to_dict()
    all_agencies, norms = c["agency"].to_numpy(dtype=object), c["norm"].tolist()
    shown = ["claim_id", "article_id", "text", "agency", "story_id"]
    columns = {name: c[name].tolist() for name in shown}
    found = []
    for _, positions in c.groupby(["story_id", "language"]).indices.items():
        agencies = all_agencies[positions]
        if len(set(agencies)) < 2:
            continue
        texts = [norms[p] for p in positions]
        scores = process.cdist(texts, texts, scorer=fuzz.ratio, workers=1)
        pairs = np.triu((scores >= threshold) & (agencies[:, None] != agencies[None, :]), 1)
        if not pairs.any():
            continue
        block = [{name: columns[name][p] for name in shown} for p in positions]
        own = own_by_story.get(block[0]["story_id"], set())
        for i, j in zip(*np.nonzero(pairs), strict=True):
            item, ref = _order_claims(block[i], block[j], meta, own)
            found.append(_claim_agency_row(item, ref, float(scores[i, j]) / 100, meta))
    return found


def _order_claims(a: dict[str, Any], b: dict[str, Any], meta: Articles,
                  own: set[str]) -> tuple[dict[str, Any], dict[str, Any]]:  # fmt: skip
    """(item, reference): the reference is credited to an agency with its own copy in the story (`own`: the
    agencies whose own articles the story holds), else the earlier one."""
    if (a["agency"] in own) != (b["agency"] in own):
        return (b, a) if a["agency"] in own else (a, b)
    ta, tb = meta.of("published_at", a["article_id"]), meta.of("published_at", b["article_id"])
    return (a, b) if pd.notna(ta) and pd.notna(tb) and tb < ta else (b, a)


def _claim_agency_row(a: dict[str, Any], b: dict[str, Any], similarity: float, meta: Articles) -> dict[str, Any]:
    item = Side(a["claim_id"], a["article_id"], _outlet(meta.of("outlet", a["article_id"])), a["text"])
    ref = Side(b["claim_id"], b["article_id"], _outlet(meta.of("outlet", b["article_id"])), b["text"])
    explanation = (
        f"{item.outlet} credits “{_short(item.text)}” to {a['agency']}; {ref.outlet} credits the same statement "
        f"to {b['agency']}."
    )
    return finding("agency_conflict", "medium", "the same statement credited to different agencies", a["story_id"],
                   item, ref, similarity, explanation,
                   {"agency": a["agency"], "reference_agency": b["agency"], "item_kind": "claim"})  # fmt: skip


# ---------------------------------------------------------------- figures


def _figure_findings(alignment: Alignment, figures: pd.DataFrame, meta: Articles,
                     settings: Settings) -> list[dict[str, Any]]:  # fmt: skip
    al = alignment.alignments
    if al is None or al.empty or figures is None or figures.empty:
        return []
    conflicts = al[(al["kind"] == "figure") & (al["verdict"] == "value_conflict")]
    f = figures.drop_duplicates("figure_id").set_index("figure_id")
    shown = [c for c in ("value", "unit", "qualifier", "subject", "text") if c in f]
    records: dict[str, _Figure] = dict(zip(f.index, _records(f, shown), strict=True))
    found = []
    for row in conflicts.itertuples(index=False):
        if row.item_id not in records or row.reference_id not in records:
            continue
        found.append(_figure_conflict(row, records[row.item_id], records[row.reference_id], meta))
    found += _same_language_witnesses(conflicts, al, records, meta)
    return found + _conflicts_between_variants(al, f, records, meta, settings)


_Figure = dict[str, Any]  # a figure's value, unit, qualifier, subject and text


def _language_key(language: Any) -> Any:
    """A language as a lookup key: every kind of missing value is one key."""
    return None if pd.isna(language) else language


def _same_language_witnesses(conflicts: pd.DataFrame, al: pd.DataFrame, records: dict[str, _Figure],
                             meta: Articles) -> list[dict[str, Any]]:  # fmt: skip
    """A conflict with a reference in another language, shown again against the earliest article in
    the item's own language that agrees with the reference: a comparison a reader can check word
    for word, where the cross-language link alone is less certain."""
    crossing = conflicts[conflicts["cross_language"].astype(bool)]
    if crossing.empty:
        return []
    agreeing = al[(al["kind"] == "figure") & (al["verdict"] == "value_agrees") & al["item_id"].isin(records)]
    agreeing = agreeing.assign(language=agreeing["article_id"].map(meta["language"]),
                               _when=[meta.published(a) for a in agreeing["article_id"]])  # fmt: skip
    witness = agreeing.sort_values(["_when", "item_id"]).drop_duplicates(["group_id", "language"])
    first_agreeing = {
        (group, _language_key(language)): (item_id, article_id)
        for group, language, item_id, article_id in zip(
            witness["group_id"], witness["language"], witness["item_id"], witness["article_id"], strict=True
        )
    }
    found = []
    for row in crossing.itertuples(index=False):
        w = first_agreeing.get((row.group_id, _language_key(meta.of("language", row.article_id))))
        if row.item_id not in records or w is None or w[1] == row.article_id:
            continue
        fig, ref = records[row.item_id], records[w[0]]
        high = max(abs(float(fig["value"])), abs(float(ref["value"])))
        similarity = min(abs(float(fig["value"])), abs(float(ref["value"]))) / high if high else 1.0
        pair = _FigurePair(row.item_id, row.article_id, w[0], w[1], row.story_id, similarity, False)
        found.append(_figure_conflict(pair, fig, ref, meta))
    return found


@dataclass(frozen=True)
class _FigurePair:
    """Two members of one figure group, compared with each other rather than with the reference."""

    item_id: str
    article_id: str
    reference_id: str
    reference_article_id: str
    story_id: str
    similarity: float
    cross_language: bool


def _conflicts_between_variants(al: pd.DataFrame, f: pd.DataFrame, records: dict[str, _Figure], meta: Articles,
                                settings: Settings) -> list[dict[str, Any]]:  # fmt: skip
    """Two versions that both agree with a loose reference ("at least 14") but not with each other (17, 14)."""
    agreeing = al[(al["kind"] == "figure") & al["verdict"].isin(["value_agrees", "reference"])]
    agreeing = agreeing[agreeing["item_id"].isin(f.index)]
    approx = option(settings, "APPROX_WIDTH", APPROX_WIDTH)
    qualifiers = f["qualifier"] if "qualifier" in f else pd.Series(None, index=f.index)
    value_of = {
        i: (float(v), q if isinstance(q, str) else None)
        for i, v, q in zip(f.index, f["value"], qualifiers, strict=True)
    }
    published = agreeing["article_id"].map(meta["published_at"])
    agreeing = agreeing.assign(_when=published.fillna(pd.Timestamp.max)).sort_values(["group_id", "_when", "item_id"])
    found = []
    rows = list(zip(agreeing["item_id"], agreeing["article_id"], agreeing["story_id"], strict=True))
    for positions in agreeing.groupby("group_id", sort=False).indices.values():
        if len(positions) < 3:
            continue
        versions = _figure_versions([rows[i] for i in positions], value_of)
        for (a, va), (b, vb) in itertools.combinations(versions, 2):
            if figures_agree(va, vb, settings.figure_tolerance, approx):
                continue
            item, ref = (a, b) if meta.published(a[1]) >= meta.published(b[1]) else (b, a)
            high = max(abs(va[0]), abs(vb[0]))
            similarity = min(abs(va[0]), abs(vb[0])) / high if high else 1.0
            cross = meta.of("language", item[1]) != meta.of("language", ref[1])
            pair = _FigurePair(item[0], item[1], ref[0], ref[1], item[2], similarity, cross)
            found.append(_figure_conflict(pair, records[pair.item_id], records[pair.reference_id], meta))
    return found


_Row = tuple[str, str, str]  # item id, article id, story id


def _figure_versions(rows: list[_Row], value_of: dict[str, tuple[float, str | None]]) -> list[tuple[_Row, tuple]]:
    """(item, article, story) per distinct (value, qualifier) of a group: its earliest report (rows in time order)."""
    versions: dict[tuple, tuple[str, str, str]] = {}
    for row in rows:
        versions.setdefault(value_of[row[0]], row)
    return [(row, key) for key, row in versions.items()]


def _qualified(fig: _Figure) -> str:
    qualifier = fig.get("qualifier")
    value = f"{float(fig['value']):,.10g}"
    unit = fig.get("unit") if isinstance(fig.get("unit"), str) else ""
    return f"{value} {unit}".strip() + (f" ({qualifier.replace('_', ' ')})" if isinstance(qualifier, str) else "")


def _figure_conflict(row: Any, fig: _Figure, ref: _Figure, meta: Articles) -> dict[str, Any]:
    a, b = float(fig["value"]), float(ref["value"])
    change = abs(a - b) / max(abs(a), abs(b), 1e-9)
    severity = "high" if change >= BIG_NUMBER_CHANGE else "medium"
    reason = f"values differ by {_percent(change)}"
    if row.cross_language:
        severity = SEVERITIES[SEVERITIES.index(severity) - 1]
        reason += "; linked across languages, lower confidence"
    item = Side(row.item_id, row.article_id, _outlet(meta.of("outlet", row.article_id)), str(fig.get("text") or ""))
    refs = Side(row.reference_id, row.reference_article_id,
                _outlet(meta.of("outlet", row.reference_article_id)), str(ref.get("text") or ""))  # fmt: skip
    subject = fig.get("subject") or ref.get("subject") or fig.get("unit") or "the figure"
    explanation = f"{item.outlet} gives {_qualified(fig)} for {subject} where {refs.outlet} gives {_qualified(ref)}."
    evidence = {
        "value": a, "reference_value": b, "unit": fig.get("unit"),
        "qualifier": fig.get("qualifier"), "reference_qualifier": ref.get("qualifier"),
        "relative_difference": round(change, 4), "cross_language": bool(row.cross_language),
        "source": "figure",
    }  # fmt: skip
    return finding("number_conflict", severity, reason, row.story_id, item, refs, row.similarity,
                   explanation, evidence)  # fmt: skip


# ---------------------------------------------------------------- attributions against agency copies


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text or "") if s and s.strip()]


def _story_of(items: pd.DataFrame, meta: Articles) -> pd.Series:
    own = items["story_id"] if "story_id" in items else pd.Series(None, index=items.index)
    return own.where(own.notna(), items["article_id"].map(meta["story_id"]))


def _agency_articles(meta: Articles) -> pd.DataFrame:
    own = meta.frame[meta["agency_of_article"].notna() & meta["story_id"].notna()]
    return own.reset_index()[["article_id", "agency_of_article", "story_id", "language", "text", "outlet"]]


def _unsupported(items: pd.DataFrame, kind: str, alignment: Alignment, meta: Articles,
                 settings: Settings) -> list[dict[str, Any]]:  # fmt: skip
    """Items credited to an agency whose own article in the story does not hold them."""
    if items is None or items.empty or "agency" not in items:
        return []
    pairs = _with_own_copies(items, meta, same_language=True)
    in_group = _GroupMembers(alignment)
    al = alignment.alignments
    quoting_articles = set(al.loc[al["kind"] == "quote", "article_id"]) if al is not None and not al.empty else set()
    copies = _AgencyCopies()
    found = []
    for row in pairs.itertuples(index=False):
        item_id = getattr(row, "quote_id" if kind == "quote" else "claim_id")
        if in_group.holds(item_id, row.article_id_agency) or _found_in_text(
            row.text, copies.of(row.article_id_agency, row.text_agency), kind, settings
        ):
            continue
        if not isinstance(row.text_agency, str) and row.article_id_agency not in quoting_articles:
            # Without its text, an agency copy with no quote found in it proves nothing either way.
            continue
        found.append(_unsupported_row(row, item_id, kind, meta))
    return found


def _with_own_copies(items: pd.DataFrame, meta: Articles, same_language: bool) -> pd.DataFrame:
    """Each item credited to an agency, paired with that agency's own copies in the item's story
    (other articles only), in the item's language or in another one. Copy columns end in _agency."""
    own = _agency_articles(meta)
    credited = items[items["agency"].notna()].copy()
    credited["story_id"] = _story_of(credited, meta)
    credited["language"] = credited["article_id"].map(meta["language"])
    pairs = credited.merge(own, left_on=["story_id", "agency"], right_on=["story_id", "agency_of_article"],
                           suffixes=("", "_agency"))  # fmt: skip
    same = pairs["language"] == pairs["language_agency"]
    return pairs[(pairs["article_id"] != pairs["article_id_agency"]) & (same if same_language else ~same)]


class _GroupMembers:
    """Which articles hold a variant in an item's quote group (groups and their articles indexed once,
    not every pair of a group's members listed)."""

    def __init__(self, alignment: Alignment) -> None:
        self.groups_of: dict[Any, set[Any]] = {}
        self.articles_of: dict[Any, set[Any]] = {}
        al = alignment.alignments
        if al is None or al.empty:
            return
        quotes = al[al["kind"] == "quote"]
        for item_id, group, article_id in zip(quotes["item_id"], quotes["group_id"], quotes["article_id"], strict=True):
            group = None if pd.isna(group) else group  # the join this replaces matched missing groups together
            self.groups_of.setdefault(item_id, set()).add(group)
            self.articles_of.setdefault(group, set()).add(article_id)

    def holds(self, item_id: Any, article_id: Any) -> bool:
        return any(article_id in self.articles_of[g] for g in self.groups_of.get(item_id, ()))


@dataclass(frozen=True)
class _AgencyCopy:
    """An agency copy's text as the support checks read it: normalised whole, and sentence by sentence."""

    text: str
    normalised: str
    sentences: list[str]


class _AgencyCopies:
    """Agency copies normalised once each, however many items are checked against them."""

    def __init__(self) -> None:
        self._done: dict[Any, _AgencyCopy] = {}

    def of(self, article_id: Any, text: Any) -> _AgencyCopy | None:
        if not isinstance(text, str) or not text:
            return None
        copy = self._done.get(article_id)
        if copy is None or copy.text != text:
            copy = _AgencyCopy(text, normalise(text), [normalise(s) for s in split_sentences(text)])
            self._done[article_id] = copy
        return copy


def _found_in_text(text: str, agency_copy: _AgencyCopy | None, kind: str, settings: Settings) -> bool:
    if agency_copy is None:
        return kind == "claim"  # without the agency's text a claim cannot be checked: no finding
    norm = normalise(text)
    if kind == "quote":
        threshold = option(settings, "QUOTE_SUPPORT_SCORE", QUOTE_SUPPORT_SCORE)
        return fuzz.partial_ratio(norm, agency_copy.normalised) >= threshold
    scores = process.extract(norm, agency_copy.sentences, scorer=fuzz.token_set_ratio, limit=1)
    return bool(scores) and scores[0][1] >= option(settings, "SUPPORT_SCORE", SUPPORT_SCORE)


def _unsupported_row(row: Any, item_id: str, kind: str, meta: Articles) -> dict[str, Any]:
    outlet = _outlet(meta.of("outlet", row.article_id))
    item = Side(item_id, row.article_id, outlet, row.text)
    ref = Side(row.article_id_agency, row.article_id_agency, _outlet(row.outlet), "")
    what = "quote" if kind == "quote" else "statement"
    explanation = (
        f"{outlet} credits the {what} “{_short(row.text)}” to {row.agency}, but {row.agency}'s own "
        f"article ({ref.outlet}) in this story does not contain it."
    )
    severity = "high" if kind == "quote" else "medium"
    return finding("unsupported_attribution", severity, f"{what} not found in the agency's own copy",
                   row.story_id, item, ref, None, explanation,
                   {"agency": row.agency, "agency_article_id": row.article_id_agency, "item_kind": kind})  # fmt: skip


def _with_cited_sentences(claims: pd.DataFrame | None, quotes: pd.DataFrame | None,
                          citations: pd.DataFrame | None, meta: Articles) -> pd.DataFrame | None:
    """Claims, plus each sentence a citation credits to an agency where no claim or quote was read
    ("조선중앙통신은 또 ... 밝혔다."): a statement credited to the agency all the same."""
    if citations is None or citations.empty or "sentence" not in citations:
        return claims
    taken = set()
    for frame in (claims, quotes):
        if frame is not None and not frame.empty and "sentence_index" in frame:
            taken |= set(zip(frame["article_id"], frame["sentence_index"], strict=True))
    cited = citations[citations["agency"].notna() & citations["sentence"].notna()]
    cited = cited.drop_duplicates(["article_id", "sentence_index"])
    cited = cited[[(a, i) not in taken for a, i in zip(cited["article_id"], cited["sentence_index"], strict=True)]]
    if cited.empty:
        return claims
    texts = cited["article_id"].map(meta["text"])
    starts = [t.find(s) if isinstance(t, str) else -1 for t, s in zip(texts, cited["sentence"], strict=True)]
    extra = pd.DataFrame({
        "claim_id": [f"{a}:cited:{i}" for a, i in zip(cited["article_id"], cited["sentence_index"], strict=True)],
        "article_id": cited["article_id"].to_numpy(), "text": cited["sentence"].to_numpy(), "speaker": None,
        "agency": cited["agency"].to_numpy(), "sentence_index": cited["sentence_index"].to_numpy(),
        "start": [s if s >= 0 else None for s in starts],
        "end": [s + len(x) if s >= 0 else None for s, x in zip(starts, cited["sentence"], strict=True)],
    })  # fmt: skip
    if "story_id" in cited:
        extra["story_id"] = cited["story_id"].to_numpy()
    return extra if claims is None or claims.empty else pd.concat([claims, extra], ignore_index=True)


def _unsupported_across_languages(claims: pd.DataFrame | None, figures: pd.DataFrame | None,
                                  dates: pd.DataFrame | None, meta: Articles,
                                  settings: Settings) -> list[dict[str, Any]]:  # fmt: skip
    """Claims credited to an agency whose own copy in the story is in another language: words cannot
    be compared, but a number or a month the claim gives and the copy nowhere gives is unsupported."""
    if claims is None or claims.empty or "agency" not in claims or "start" not in claims:
        return []
    pairs = _with_own_copies(claims, meta, same_language=False)
    if pairs.empty:
        return []
    anchors = _Anchors(figures, dates, meta, settings)
    found = []
    for row in pairs.itertuples(index=False):
        numbers, months = anchors.of_span(row.article_id, row.start, row.end, row.text, row.language)
        copy_numbers, copy_months = anchors.of_article(row.article_id_agency)
        missing_numbers = [n for n in numbers if not any(anchors.agree(n, c) for c in copy_numbers)]
        missing_months = sorted(months - copy_months)
        if missing_numbers or missing_months:
            found.append(_unsupported_across_row(row, missing_numbers, missing_months, meta))
    return found


_Spanned = list[tuple[Any, Any]]  # (start, what) per number or date of an article, in the frame's order


class _Anchors:
    """Numbers (figure values) and months (dates, month words) of a span or of a whole article; the
    batch's figures and dates are grouped by article once."""

    def __init__(self, figures: pd.DataFrame | None, dates: pd.DataFrame | None, meta: Articles,
                 settings: Settings) -> None:  # fmt: skip
        self.numbers = _numbers_by_article(figures if figures is not None and "start" in figures else None)
        self.months = _months_by_article(dates if dates is not None and "start" in dates else None)
        self.meta = meta
        self.tolerance = settings.figure_tolerance
        self.approx = option(settings, "APPROX_WIDTH", APPROX_WIDTH)

    def _numbers(self, article_id: str, start: float = -1, end: float = float("inf")) -> list[tuple[float, Any]]:
        return _within(self.numbers.get(article_id, []), start, end)

    def _months(self, article_id: str, text: Any, language: Any, start: float = -1,
                end: float = float("inf")) -> set[int]:  # fmt: skip
        months = {m for m in _within(self.months.get(article_id, []), start, end) if m is not None}
        return months | month_words(text, language)

    def of_span(self, article_id: str, start: Any, end: Any, text: str, language: Any) -> tuple[list, set[int]]:
        if pd.isna(start) or pd.isna(end):
            return [], set()
        return self._numbers(article_id, start, end), self._months(article_id, text, language, start, end)

    def of_article(self, article_id: str) -> tuple[list, set[int]]:
        text, language = self.meta.of("text", article_id), self.meta.of("language", article_id)
        return self._numbers(article_id), self._months(article_id, text, language)

    def agree(self, a: tuple[float, Any], b: tuple[float, Any]) -> bool:
        return figures_agree(a, b, self.tolerance, self.approx)


def _within(spanned: _Spanned, start: float, end: float) -> list[Any]:
    return [what for at, what in spanned if pd.notna(at) and start <= at < end]


def _numbers_by_article(figures: pd.DataFrame | None) -> dict[str, _Spanned]:
    """Per article, (start, (value, qualifier)) of each figure that can anchor a claim across languages."""
    if figures is None or figures.empty:
        return {}
    if "unit" in figures:  # small or unitless numbers are often written as words or converted across languages
        unit = figures["unit"]
        figures = figures[unit.notna() & (unit != "") & (figures["value"].abs() >= ANCHOR_MIN_VALUE)]
    qualifiers = figures["qualifier"] if "qualifier" in figures else pd.Series(None, index=figures.index)
    grouped: dict[str, _Spanned] = {}
    for article_id, start, value, qualifier in zip(
        figures["article_id"], figures["start"], figures["value"], qualifiers, strict=True
    ):
        number = (float(value), qualifier if isinstance(qualifier, str) else None)
        grouped.setdefault(article_id, []).append((start, number))
    return grouped


def _months_by_article(dates: pd.DataFrame | None) -> dict[str, _Spanned]:
    """Per article, (start, month or None when unreadable) of each date."""
    if dates is None or dates.empty:
        return {}
    days = pd.to_datetime(dates["date"], errors="coerce")
    grouped: dict[str, _Spanned] = {}
    for article_id, start, day in zip(dates["article_id"], dates["start"], days, strict=True):
        grouped.setdefault(article_id, []).append((start, day.month if pd.notna(day) else None))
    return grouped


def month_words(text: Any, language: Any) -> set[int]:
    """Months named by a word of the text ("Desember", "декабря"); short forms ("Mar") left out."""
    if not isinstance(text, str) or not isinstance(language, str):
        return set()
    pattern, months = _month_pattern(language)
    return {months[m] for m in pattern.findall(fold(text))} if months else set()


@cache
def _month_pattern(language: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern over a language's month words and phrases ("tháng mười hai"), longest first."""
    months = {w: m for w, m in date_lexicon(language).months.items()
              if len(w) >= MONTH_WORD_MIN_CHARS or any(c.isdigit() for c in w)}  # fmt: skip
    words = sorted(months, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)"), months


def _unsupported_across_row(row: Any, numbers: list[tuple[float, Any]], months: list[int],
                            meta: Articles) -> dict[str, Any]:  # fmt: skip
    outlet = _outlet(meta.of("outlet", row.article_id))
    item = Side(row.claim_id, row.article_id, outlet, row.text)
    ref = Side(row.article_id_agency, row.article_id_agency, _outlet(row.outlet), "")
    absent = [f"{v:,.10g}" for v, _ in numbers] + [calendar.month_name[m] for m in months]
    explanation = (
        f"{outlet} credits the statement “{_short(row.text)}” to {row.agency}, but {row.agency}'s own article "
        f"({ref.outlet}, in another language) nowhere gives {', '.join(absent)}."
    )
    evidence = {"agency": row.agency, "agency_article_id": row.article_id_agency, "item_kind": "claim",
                "cross_language": True, "absent_numbers": [v for v, _ in numbers], "absent_months": months}  # fmt: skip
    return finding("unsupported_attribution", "low", "a number or month absent from the agency's copy; across "
                   "languages, lower confidence", row.story_id, item, ref, None, explanation, evidence)  # fmt: skip


# ---------------------------------------------------------------- uncredited copies


def _credits_by_article(citations: pd.DataFrame, quotes: pd.DataFrame, claims: pd.DataFrame) -> set[tuple[str, str]]:
    credits: set[tuple[str, str]] = set()
    for frame in (citations, quotes, claims):
        if frame is not None and not frame.empty and "agency" in frame:
            known = frame[frame["agency"].notna()]
            credits |= set(zip(known["article_id"], known["agency"], strict=True))
    return credits


def _story_sentences(meta: Articles) -> pd.DataFrame:
    """One row per long-enough sentence of every article with a text and a story."""
    usable = meta.frame[meta["text"].notna() & meta["story_id"].notna()]
    rows = []
    for article_id, text in zip(usable.index, usable["text"], strict=True):
        for sentence in split_sentences(text):
            norm = normalise(sentence)
            if norm.count(" ") + 1 >= COPY_MIN_TOKENS:
                rows.append((article_id, sentence, norm))
    out = pd.DataFrame(rows, columns=["article_id", "sentence", "norm"])
    out["story_id"] = out["article_id"].map(meta["story_id"])
    out["language"] = out["article_id"].map(meta["language"])
    return out


def _uncredited(meta: Articles, citations: pd.DataFrame, quotes: pd.DataFrame, claims: pd.DataFrame,
                settings: Settings) -> list[dict[str, Any]]:  # fmt: skip
    own = _agency_articles(meta)
    if own.empty or meta["text"].isna().all():
        return []
    sentences = _story_sentences(meta)
    credits = _credits_by_article(citations, quotes, claims)
    threshold = option(settings, "COPY_RATIO", COPY_RATIO)
    blocks = sentences.groupby(["story_id", "language"]).indices  # a missing story or language: no block
    found = []
    for agency_row in own.itertuples(index=False):
        positions = blocks.get((agency_row.story_id, agency_row.language))
        if positions is not None:
            found += _copies_of(agency_row, sentences.iloc[positions], credits, meta, threshold)
    return found


def _copies_of(agency_row: Any, in_story: pd.DataFrame, credits: set[tuple[str, str]],
               meta: Articles, threshold: float) -> list[dict[str, Any]]:  # fmt: skip
    """The sentences of the agency copy's story, in its language, that other articles reproduce uncredited."""
    source = in_story[in_story["article_id"] == agency_row.article_id]
    others = in_story[in_story["article_id"] != agency_row.article_id]
    others = others[[
        (a, agency_row.agency_of_article) not in credits and pd.isna(meta.of("agency_of_article", a))
        for a in others["article_id"]
    ]]  # fmt: skip
    if source.empty or others.empty:
        return []
    scores = process.cdist(others["norm"].tolist(), source["norm"].tolist(), scorer=fuzz.ratio,
                           dtype=np.float32, workers=1)  # fmt: skip
    best = scores.argmax(axis=1)
    copied = others.assign(score=scores.max(axis=1), source=source["sentence"].to_numpy()[best])
    copied = copied[copied["score"] >= threshold]
    copied = copied[_not_earlier(copied["article_id"], agency_row.article_id, meta)]
    return [_copy_row(agency_row, article_id, rows, meta) for article_id, rows in copied.groupby("article_id")]


def _not_earlier(article_ids: pd.Series, agency_article: str, meta: Articles) -> np.ndarray:
    """An article published before the agency's copy did not copy it."""
    agency_time = meta.of("published_at", agency_article)
    times = article_ids.map(meta["published_at"])
    if pd.isna(agency_time):
        return np.ones(len(article_ids), dtype=bool)
    return (times.isna() | (times >= agency_time)).to_numpy()


def _copy_row(agency_row: Any, article_id: str, rows: pd.DataFrame, meta: Articles) -> dict[str, Any]:
    agency = agency_row.agency_of_article
    outlet = _outlet(meta.of("outlet", article_id))
    first = rows.iloc[0]
    item = Side(article_id, article_id, outlet, first["sentence"])
    ref = Side(agency_row.article_id, agency_row.article_id, _outlet(agency_row.outlet), first["source"])
    n = len(rows)
    severity = "high" if n >= 3 else "medium"
    explanation = (
        f"{outlet} reproduces {n} sentence{'s' if n > 1 else ''} of {agency}'s own copy "
        f"({ref.outlet}) without crediting {agency}, e.g. “{_short(first['sentence'])}”."
    )
    evidence = {"agency": agency, "sentences": rows["sentence"].tolist(), "sources": rows["source"].tolist(),
                "scores": [round(float(s) / 100, 4) for s in rows["score"]]}  # fmt: skip
    similarity = float(rows["score"].mean()) / 100
    reason = f"{n} sentence(s) copied without credit"
    return finding(
        "uncredited_copy", severity, reason, agency_row.story_id, item, ref, similarity, explanation, evidence
    )


# ---------------------------------------------------------------- dates


def _date_mentions(dates: pd.DataFrame, meta: Articles) -> pd.DataFrame:
    """Each date with the words around it in its article (what the date is the date of)."""
    d = dates.copy()
    d["story_id"] = _story_of(d, meta)
    d["language"] = d["article_id"].map(meta["language"])
    texts = d["article_id"].map(meta["text"])
    d["context"] = [_context(t, s, e) for t, s, e in zip(texts, d["start"], d["end"], strict=True)]
    d["n_context"] = d["context"].str.count(" ") + 1
    d = d[d["story_id"].notna() & (d["context"] != "") & (d["n_context"] >= DATE_CONTEXT_MIN_TOKENS)]
    return d.reset_index(drop=True)


def _context(text: Any, start: Any, end: Any) -> str:
    if not isinstance(text, str) or pd.isna(start) or pd.isna(end):
        return ""
    before = normalise(text[max(0, int(start) - 200) : int(start)]).split()[-DATE_CONTEXT_WORDS:]
    after = normalise(text[int(end) : int(end) + 200]).split()[:DATE_CONTEXT_WORDS]
    return " ".join(before + after)


def _date_findings(dates: pd.DataFrame | None, meta: Articles, settings: Settings,
                   citations: pd.DataFrame | None = None) -> list[dict[str, Any]]:  # fmt: skip
    if dates is None or dates.empty or meta["text"].isna().all():
        return []
    d = _date_mentions(dates, meta)
    threshold = option(settings, "DATE_CONTEXT_SCORE", DATE_CONTEXT_SCORE)
    shown = [c for c in ("article_id", "start", "text", "date", "context", "story_id") if c in d]
    mentions = _Mentions(_records(d, shown), d["context"].tolist(), d["article_id"].to_numpy(),
                         pd.to_datetime(d["date"]).dt.date.to_numpy())  # fmt: skip
    found = []
    for _, positions in d.groupby(["story_id", "language"]).indices.items():
        found += _date_block(mentions, positions, meta, threshold)
    found += _lead_date_findings(dates, meta, _SentenceCredits(citations))
    return _one_per_article_pair(found)


def _lead_dates(dates: pd.DataFrame, meta: Articles, datelines: bool = False) -> pd.DataFrame:
    """Each article's first date past its dateline: the day it says the event happened. With
    datelines, an article whose only date is its dateline (or an opening date of its publication
    day: "Rạng sáng ngày 6/11, ...") gives that one."""
    d = dates.copy()
    d["story_id"] = _story_of(d, meta)
    d["published"] = d["article_id"].map(meta["published_at"]).dt.date
    d["day"] = pd.to_datetime(d["date"], errors="coerce").dt.date
    d = d[d["day"].notna() & d["story_id"].notna()]
    d["dateline"] = (d["start"] < DATELINE_CHARS) & (d["day"] == d["published"])
    d = d if datelines else d[~d["dateline"]]
    d = d.sort_values(["article_id", "dateline", "start"])
    return d.drop_duplicates("article_id").drop(columns="dateline").reset_index(drop=True)


class _SentenceCredits:
    """The agencies the citations of an article's sentence name (looked up for the few articles that need it)."""

    def __init__(self, citations: pd.DataFrame | None) -> None:
        self._rows: dict[Any, np.ndarray] = {}
        if citations is None or citations.empty or "sentence_index" not in citations:
            return
        known = citations[citations["agency"].notna() & citations["sentence_index"].notna()]
        self._index = known["sentence_index"].to_numpy()
        self._agency = known["agency"].to_numpy(dtype=object)
        self._rows = known.groupby("article_id").indices

    def of(self, article_id: Any, sentence_index: int) -> set[str]:
        positions = self._rows.get(article_id, ())
        return {self._agency[p] for p in positions if int(self._index[p]) == sentence_index}


def _lead_date_findings(dates: pd.DataFrame, meta: Articles,
                        credits: _SentenceCredits | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """An article whose event date differs from the agency's (else the story's most common) date."""
    lead = _lead_dates(dates, meta)
    if lead.empty:
        return []
    lead["is_own"] = lead["article_id"].map(meta["agency_of_article"]).notna()
    lead["n_same"] = lead.groupby(["story_id", "day"])["article_id"].transform("size")
    lead["published_at"] = lead["article_id"].map(meta["published_at"])
    ref = lead.sort_values(["story_id", "is_own", "n_same", "published_at"], ascending=[True, False, False, True])
    ref = ref.drop_duplicates("story_id").set_index("story_id")
    witnesses = _by_story(_lead_date_witnesses(_lead_dates(dates, meta, datelines=True), ref, meta))
    told = set(zip(dates["article_id"], pd.to_datetime(dates["date"], errors="coerce").dt.date, strict=True))
    refs = dict(zip(ref.index, _records(ref), strict=True))
    found = []
    for row in lead.itertuples(index=False):
        r = refs[row.story_id]
        gap = abs((pd.Timestamp(row.day) - pd.Timestamp(r["day"])).days)
        if row.article_id == r["article_id"] or gap == 0 or gap > LEAD_DATE_MAX_GAP or row.n_same > r["n_same"]:
            continue
        if _later_development(row, r) and (row.article_id, r["day"]) in told:
            continue  # it gives the story's day too: its lead is what came next
        found.append(_lead_date_row(row, r, gap, meta))
        if _later_development(row, r):
            continue  # possibly right about what came next: one low-severity finding is enough
        others = [w for w in witnesses.get(row.story_id, []) if w["article_id"] != r["article_id"]]
        for w in _witnesses_for(row, others, meta, credits or _SentenceCredits(None)):
            found.append(_lead_date_row(row, w, gap, meta))
    return found


def _later_development(row: Any, ref: dict[str, Any]) -> bool:
    """A later article dating its lead after the story's day may be covering what came next."""
    return bool(row.day > ref["day"] and pd.notna(row.published_at) and row.published_at.date() > ref["day"])


def _lead_date_witnesses(lead: pd.DataFrame, ref: pd.DataFrame, meta: Articles) -> pd.DataFrame:
    """The articles whose event date (or, lacking one, dateline) is the story's, with language and url."""
    lead = lead[lead["story_id"].isin(ref.index)]
    agree = lead[lead["day"].to_numpy() == lead["story_id"].map(ref["day"]).to_numpy()]
    agree = agree.assign(language=agree["article_id"].map(meta["language"]),
                         published_at=agree["article_id"].map(meta["published_at"]),
                         url=agree["article_id"].map(meta["url"]) if "url" in meta else None)  # fmt: skip
    return agree.sort_values(["published_at", "article_id"])


def _by_story(frame: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    """The frame's rows as dicts, grouped by story, in the frame's order."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in _records(frame):
        grouped.setdefault(record["story_id"], []).append(record)
    return grouped


def _witnesses_for(row: Any, in_story: list[dict[str, Any]], meta: Articles,
                   credits: _SentenceCredits) -> list[dict[str, Any]]:  # fmt: skip
    """Besides the story's reference, who else contradicts an article's date: the agency it credits in
    that very sentence (its own copy), the source it says it relays (its source_url), and the earliest
    other article in its own language, when they give the story's date (in_story: the story's articles
    giving its date, in time order, the reference left out)."""
    out = []
    sentence: Any = getattr(row, "sentence_index", None)
    credited = credits.of(row.article_id, int(sentence)) if pd.notna(sentence) else set()
    if credited:
        out += _first(w for w in in_story if meta.of("agency_of_article", w["article_id"]) in credited)
    source_url = meta.of("source_url", row.article_id)
    if isinstance(source_url, str) and source_url:
        out += _first(w for w in in_story if isinstance(w["url"], str) and w["url"] == source_url)
    language = meta.of("language", row.article_id)
    if isinstance(language, str):  # a missing language matches nothing
        out += _first(w for w in in_story if isinstance(w["language"], str) and w["language"] == language)
    return out


def _first(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return next(([row] for row in rows), [])


def _lead_date_row(row: Any, ref: dict[str, Any], gap: int, meta: Articles) -> dict[str, Any]:
    item = Side(f"{row.article_id}:date:{row.start}", row.article_id, _outlet(meta.of("outlet", row.article_id)),
                str(row.text))  # fmt: skip
    refs = Side(f"{ref['article_id']}:date:{ref['start']}", ref["article_id"],
                _outlet(meta.of("outlet", ref["article_id"])), str(ref["text"]))  # fmt: skip
    cross = meta.of("language", row.article_id) != meta.of("language", ref["article_id"])
    explanation = (
        f"{item.outlet} dates the event {row.day} (“{item.text}”) where {refs.outlet} has {ref['day']} (“{refs.text}”)."
    )
    follow_up = _later_development(row, ref)
    reason = f"the story's event dated {gap} day(s) apart" + ("; across languages" if cross else "")
    reason += "; a later article, possibly on a later development" if follow_up else ""
    evidence = {"date": str(row.day), "reference_date": str(ref["day"]), "cross_language": bool(cross),
                "basis": "first date each article gives"}  # fmt: skip
    severity = "low" if cross or follow_up else "medium"
    return finding("date_conflict", severity, reason, row.story_id, item, refs, None, explanation, evidence)


@dataclass(frozen=True)
class _Mentions:
    """The batch's date mentions: rows, and the columns a story's block compares, as arrays."""

    rows: list[dict[str, Any]]
    context: list[str]
    article: np.ndarray
    day: np.ndarray


def _date_block(mentions: _Mentions, positions: np.ndarray, meta: Articles, threshold: float) -> list[dict[str, Any]]:
    art = mentions.article[positions]
    if len(set(art)) < 2:
        return []
    ctx = [mentions.context[p] for p in positions]
    scores = process.cdist(ctx, ctx, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=1)
    day = mentions.day[positions]
    similar = (scores >= threshold) & (art[:, None] != art[None, :])
    same_day = day[:, None] == day[None, :]
    conflict = similar & ~same_day
    agree = similar & same_day
    block = [mentions.rows[p] for p in positions]
    found = []
    for i, j in zip(*np.nonzero(np.triu(conflict)), strict=True):
        if _also_agrees(agree, art, int(i), int(j)):
            continue
        older, newer = _order_by_time(block[i], block[j], meta)
        found.append(_date_row(newer, older, float(scores[i, j]), meta))
    return found


def _also_agrees(agree: np.ndarray, art: np.ndarray, i: int, j: int) -> bool:
    """Either article also gives the other's date in a similar context: both dates are told."""
    return bool(agree[i, art == art[j]].any() or agree[j, art == art[i]].any())


def _order_by_time(a: dict[str, Any], b: dict[str, Any], meta: Articles) -> tuple[dict[str, Any], dict[str, Any]]:
    ta, tb = meta.of("published_at", a["article_id"]), meta.of("published_at", b["article_id"])
    if pd.notna(ta) and pd.notna(tb) and tb < ta:
        return b, a
    return a, b


def _date_row(a: dict[str, Any], b: dict[str, Any], score: float, meta: Articles) -> dict[str, Any]:
    item = Side(f"{a['article_id']}:date:{a['start']}", a["article_id"], _outlet(meta.of("outlet", a["article_id"])),
                str(a.get("text") or ""))  # fmt: skip
    ref = Side(f"{b['article_id']}:date:{b['start']}", b["article_id"], _outlet(meta.of("outlet", b["article_id"])),
               str(b.get("text") or ""))  # fmt: skip
    explanation = (
        f"{item.outlet} dates it {a['date']} (“{item.text}”) where {ref.outlet} has {b['date']} "
        f"(“{ref.text}”), in the same context: “{_short(a['context'], 70)}”."
    )
    evidence = {"date": str(a["date"]), "reference_date": str(b["date"]), "context": a["context"],
                "reference_context": b["context"]}  # fmt: skip
    gap = abs((pd.Timestamp(a["date"]) - pd.Timestamp(b["date"])).days)
    severity = "high" if gap > 1 else "medium"
    return finding("date_conflict", severity, f"dates {gap} day(s) apart", a["story_id"], item, ref,
                   score / 100, explanation, evidence)  # fmt: skip


def _one_per_article_pair(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for f in found:
        key = (f["article_id"], f["reference_article_id"])
        if key not in best or (f["similarity"] or 0) > (best[key]["similarity"] or 0):
            best[key] = f
    return list(best.values())


# ---------------------------------------------------------------- the stage


def _frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    out = pd.DataFrame(list(rows), columns=COLUMNS)
    return (
        out.drop_duplicates("discrepancy_id").sort_values(["story_id", "kind", "discrepancy_id"]).reset_index(drop=True)
    )


def find(alignment: Alignment, quotes: pd.DataFrame, figures: pd.DataFrame, claims: pd.DataFrame,
         citations: pd.DataFrame, articles: pd.DataFrame, settings: Settings | None = None,
         dates: pd.DataFrame | None = None) -> pd.DataFrame:  # fmt: skip
    """Every finding in the given stories (columns of the discrepancies table, plus a few more).

    articles: article_id, outlet, language, published_at, agency_of_article, and when given,
    story_id, url, source_url, external_id and text (text is needed for uncredited copies, for dates,
    and to check claims against agency copies; source_url, the article's declared source, makes a
    wrong event date also shown against that source). dates: the dates table with story_id (optional: without
    it no date_conflict is looked for). Items carry story_id (else the article's is used).
    Severity (low, medium, high) and its reason are in the evidence JSON under severity_reason.
    """
    settings = settings or Settings()
    quotes, figures, claims, citations, dates = (
        None if frame is None else plain_strings(frame) for frame in (quotes, figures, claims, citations, dates)
    )
    alignment = Alignment(plain_strings(alignment.groups), plain_strings(alignment.alignments))
    meta = _meta(articles)
    found = _quote_findings(_quote_pairs(alignment, quotes, meta), meta)
    found += _figure_findings(alignment, figures, meta, settings)
    found = _drop_quote_numbers_covered(found)
    found += _claim_agency_findings(claims, meta, settings)
    found += _unsupported(quotes, "quote", alignment, meta, settings)
    statements = _with_cited_sentences(claims, quotes, citations, meta)
    found += _unsupported(statements, "claim", alignment, meta, settings)
    found += _unsupported_across_languages(statements, figures, dates, meta, settings)
    found += _uncredited(meta, citations, quotes, claims, settings)
    found += _date_findings(dates, meta, settings, citations)
    return _frame(found)
