"""The extract stage: per article, citations, direct quotes with speakers, claims, figures, dates.

`extract_record` gives the `crosswire extract --json` object of one article; `extract_frame` runs
the same work over a DataFrame of articles and returns one DataFrame per table (sql/001_schema.sql).
Quoted stretches that name rather than quote (terms, titles, names: compare/quote_marks.py
classify_quotes, then the learned filter of compare/quote_filter.py for scare quotes and slogans)
are masked for speaker finding but are not reported as quotes.
Each article is handled on its own, with no state kept between articles, so a frame can be split
into partitions freely.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from compare import citations as citations_mod
from compare import dates as dates_mod
from compare import figures as figures_mod
from compare import quote_filter, quote_marks
from compare import quotes as quotes_mod
from compare.sentences import Span, paragraphs, sentence_index, split_sentences

COLUMNS = {
    "citations": ["article_id", "agency", "cue", "sentence_index", "sentence", "start", "end"],
    "quotes": [
        "quote_id", "article_id", "text", "speaker", "speaker_role", "agency",
        "sentence_index", "start", "end",
    ],
    "claims": ["claim_id", "article_id", "text", "speaker", "agency", "sentence_index", "start", "end"],
    "figures": [
        "figure_id", "article_id", "value", "unit", "qualifier", "subject", "text",
        "sentence_index", "start", "end",
    ],
    "dates": ["article_id", "date", "text", "sentence_index", "start", "end"],
    "months": ["article_id", "month", "text", "sentence_index", "start", "end"],
}
DATELINE = re.compile(r"^\(.*\)\s*[-–—]$")  # the cue of a "(Reuters) -" dateline
CLAIM_MAX_QUOTED_SHARE = 0.5  # a sentence mostly inside quote marks is a quote, not a claim


@dataclass
class Extraction:
    citations: pd.DataFrame
    quotes: pd.DataFrame
    claims: pd.DataFrame
    figures: pd.DataFrame
    dates: pd.DataFrame
    months: pd.DataFrame


@dataclass
class ArticleParts:
    """What extraction finds in one article (offsets into its text)."""

    sentences: list[Span]
    citations: list[dict]
    quotes: list[dict]
    claims: list[dict]
    figures: list[dict]
    dates: list[dict]
    months: list[dict]  # months named without a day ("in October"): "YYYY-MM"


def plain_value(value: Any) -> Any:
    """None for pandas' missing markers (NaN, NA, NaT), so the JSON holds null."""
    try:
        return None if value is None or bool(pd.isna(value)) else value
    except (TypeError, ValueError):  # lists and other containers
        return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _language(value: Any) -> str:
    return value if isinstance(value, str) and value else "en"


def _published(value: Any) -> dt.datetime | None:
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and pd.isna(value):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    return None if pd.isna(stamp) else stamp.to_pydatetime()


@dataclass
class CitationIndex:
    """An article's citations by sentence and by position, for the agency of each quote."""

    cites: Sequence[dict]

    def __post_init__(self) -> None:
        self.by_sentence: dict[int, list[dict]] = {}
        for c in self.cites:
            self.by_sentence.setdefault(c["sentence"], []).append(c)
        self.starts = [c["agency_start"] for c in self.cites]
        self.dateline = next(  # the wire whose copy this is: "(Reuters) -", or its sign-off
            (c["agency"] for c in self.cites if DATELINE.search(c["cue"]) or c.get("signoff")), None
        )

    def agency_for(
        self, position: int, sentence: int, paragraph: Span, speaker: str | None, sentence_text: Callable[[int], str]
    ) -> str | None:
        """The agency a quote came through: the one cited in its sentence (the nearest); else the
        report framing its paragraph (cited before it); else one cited later in the paragraph in
        a sentence about the same speaker ("Лавров добавил ..., передает ТАСС"); else the
        dateline's ("(Reuters) -") or the wire's sign-off ("(Reporting by ...; Editing by ...)").
        An agency cited after the quote for another fact does not count."""
        same = self.by_sentence.get(sentence)
        if same:
            return min(same, key=lambda c: abs(c["agency_start"] - position))["agency"]
        lo, hi = bisect_left(self.starts, paragraph[0]), bisect_left(self.starts, paragraph[1])
        in_paragraph = self.cites[lo:hi]
        before = [c for c in in_paragraph if c["agency_start"] < position]
        if before:
            return before[-1]["agency"]
        if speaker:
            names = [w for w in speaker.split() if len(w) > 1]
            about = [c for c in in_paragraph if any(n in sentence_text(c["sentence"]) for n in names)]
            if about:
                return about[0]["agency"]
        return self.dateline


def _paragraph_of(paras: Sequence[Span], position: int) -> Span:
    return paras[sentence_index(paras, position)] if paras else (0, 0)


def _claims(
    text: str,
    sentences: Sequence[Span],
    cites: Sequence[dict],
    attributions: Sequence[quotes_mod.Attribution],
    quotes: Sequence[quote_marks.Quote],
) -> list[dict]:
    """Sentences of reported speech that cite an agency: one claim per such sentence."""
    out: list[dict] = []
    by_sentence: dict[int, list[dict]] = {}
    for c in cites:
        by_sentence.setdefault(c["sentence"], []).append(c)
    speakers_of: dict[int, list[quotes_mod.Attribution]] = {}
    for a in attributions:
        if a.speaker:
            speakers_of.setdefault(a.sentence, []).append(a)
    quoted_chars: dict[int, int] = {}
    for q in quotes:
        quoted_chars[q.sentence] = quoted_chars.get(q.sentence, 0) + q.end - q.start
    for n in sorted(by_sentence):
        start, end = sentences[n]
        if quoted_chars.get(n, 0) > CLAIM_MAX_QUOTED_SHARE * (end - start):
            continue
        here = by_sentence[n]
        speakers = speakers_of.get(n, [])
        reported = any(c["cue"].strip() != text[c["agency_start"] : c["agency_end"]] for c in here)
        if not (reported or speakers):
            continue
        out.append(
            {
                "text": text[start:end],
                "speaker": speakers[0].speaker if speakers else None,
                "agency": here[0]["agency"],
                "sentence": n,
                "start": start,
                "end": end,
            }
        )
    return out


def _speech_test(masked: str, sentences: Sequence[Span], language: str) -> quote_marks.SpeechTest:
    """Whether a quote's sentence holds a verb of saying (asked only of one-word quotes)."""

    def in_speech(quote: quote_marks.Quote) -> bool:
        start, end = sentences[sentence_index(sentences, quote.start)] if sentences else (0, len(masked))
        return bool(quotes_mod.verbs_of_saying(masked[start:end], language))

    return in_speech


def _sentences_read(sentences: Sequence[Span], quotes: Sequence[quote_marks.Quote], cites: Sequence[dict]) -> set[int]:
    """The sentences whose attributions are read: up to the one after the last quote (a quote's
    speaker is named in its sentence, at the start of the next one or before it; the quote filter
    reads the sentences around it), and the sentences citing an agency (a claim's speaker)."""
    through = max((sentence_index(sentences, q.start) + 1 for q in quotes), default=-1)
    return {*range(through + 1), *(c["sentence"] for c in cites)}


def agency_spans(cites: Sequence[dict]) -> list[Span]:
    """Where the cited agencies are named: never a speaker's name."""
    return [(c["agency_start"], c["agency_end"]) for c in cites]


@dataclass
class QuoteStage:
    """An article's quoted stretches, classified and attributed, with what was found on the way."""

    paragraphs: list[Span]
    sentences: list[Span]
    citations: list[dict]
    attributions: list[quotes_mod.Attribution]
    quotes: list[quote_marks.Quote]  # every quoted stretch, each with its kind
    context: quote_filter.QuoteContext


def quote_stage(text: str, language: str) -> QuoteStage:
    """Quotes found, classified by the rules (quote_marks.classify_quotes) and attributed; the learned
    filter (quote_filter) has not run yet."""
    paras = paragraphs(text)
    quotes = quote_marks.find_quotes(text, language, paras)
    sentences = split_sentences(text, language, [(q.start, q.end) for q in quotes])
    cites = citations_mod.find_citations(text, language, sentences)
    masked = quote_marks.mask_quotes(text, quotes)
    blocked = agency_spans(cites)
    attributions = quotes_mod.collect_attributions(
        masked, language, sentences, blocked, _sentences_read(sentences, quotes, cites)
    )
    quote_marks.classify_quotes(text, quotes, language, blocked, _speech_test(masked, sentences, language))
    direct = [q for q in quotes if q.kind == quote_marks.DIRECT]
    quotes_mod.attribute_quotes(direct, attributions, sentences, paras, masked, language, blocked)
    context = quote_filter.QuoteContext(
        text, masked, sentences, language, frozenset(c["sentence"] for c in cites),
        lambda stretch: quotes_mod.verbs_of_saying(stretch, language),
        frozenset(a.sentence for a in attributions), paras,
    )
    return QuoteStage(paras, sentences, cites, list(attributions), quotes, context)


def extract_parts(text: str, language: str, published_at: dt.datetime | None) -> ArticleParts:
    """Everything extraction finds in one article's text."""
    stage = quote_stage(text, language)
    quote_filter.filter_quotes(stage.quotes, stage.context)
    paras, sentences, cites, quotes = stage.paragraphs, stage.sentences, stage.citations, stage.quotes
    attributions = stage.attributions
    direct = [q for q in quotes if q.kind == quote_marks.DIRECT]
    quote_rows = []
    index = CitationIndex(cites)

    def sentence_text(n: int) -> str:
        return text[sentences[n][0] : sentences[n][1]] if n < len(sentences) else ""

    for q in direct:
        agency = index.agency_for(q.start, q.sentence, _paragraph_of(paras, q.start), q.speaker, sentence_text)
        quote_rows.append(
            {
                "text": text[q.start : q.end],
                "speaker": q.speaker,
                "speaker_role": q.speaker_role,
                "agency": agency,
                "start": q.start,
                "end": q.end,
                "sentence": q.sentence,
            }
        )
    figure_rows = [
        {**f, "sentence": sentence_index(sentences, f["start"])}
        for f in figures_mod.find_figures(text, language)
    ]
    date_rows = [
        {**d, "sentence": sentence_index(sentences, d["start"])}
        for d in dates_mod.find_dates(text, language, published_at)
    ]
    month_rows = [
        {"month": m["month"], "text": m["text"], "start": m["start"], "end": m["end"],
         "sentence": sentence_index(sentences, m["start"])}
        for m in dates_mod.find_months(text, language, published_at)
    ]
    claims = _claims(text, sentences, cites, attributions, quotes)
    return ArticleParts(sentences, cites, quote_rows, claims, figure_rows, date_rows, month_rows)


def _public_citation(c: dict) -> dict:
    return {k: c[k] for k in ("agency", "sentence", "cue", "start", "end")}


def extract_record(record: dict) -> dict:
    """The `crosswire extract --json` object for one article record."""
    text = _text(record.get("text"))
    language = _language(record.get("language"))
    published = _published(record.get("published_at"))
    parts = extract_parts(text, language, published)
    return {
        "id": plain_value(record.get("id")),
        "article_id": plain_value(record.get("article_id")),
        "language": language,
        "published_at": published.isoformat() if published else None,
        "source_url": plain_value(record.get("source_url")),
        "title": plain_value(record.get("title")),
        "text": text,
        "citations": [_public_citation(c) for c in parts.citations],
        "quotes": parts.quotes,
        "claims": parts.claims,
        "figures": [_figure_json(f) for f in parts.figures],
        "dates": [{**d, "date": _iso(d["date"])} for d in parts.dates],
        "months": parts.months,
    }


def _iso(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _figure_json(f: dict) -> dict:
    keys = ("value", "unit", "qualifier", "subject", "text", "start", "end", "sentence")
    return {k: f.get(k) for k in keys}


def _rows_for_article(article_id: str, text: str, parts: ArticleParts) -> dict[str, list[dict]]:
    def sentence_text(n: int) -> str:
        start, end = parts.sentences[n] if n < len(parts.sentences) else (0, 0)
        return text[start:end]

    rows: dict[str, list[dict]] = {
        "citations": [
            {**_public_citation(c), "sentence_index": c["sentence"], "sentence": sentence_text(c["sentence"])}
            for c in parts.citations
        ],
        "quotes": [{**q, "quote_id": f"{article_id}:{q['start']}"} for q in parts.quotes],
        "claims": [{**c, "claim_id": f"{article_id}:{c['start']}"} for c in parts.claims],
        "figures": [{**f, "figure_id": f"{article_id}:{f['start']}"} for f in parts.figures],
        "dates": list(parts.dates),
        "months": list(parts.months),
    }
    for table, items in rows.items():
        for item in items:
            item["article_id"] = article_id
            if table != "citations":
                item["sentence_index"] = item.pop("sentence")
    return rows


def _frame(rows: list[dict], table: str) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=COLUMNS[table])
    for column in ("sentence_index", "start", "end"):
        frame[column] = frame[column].astype("Int64")
    if table == "figures":
        frame["value"] = frame["value"].astype(float)
    return frame


def extract_frame(articles: pd.DataFrame) -> Extraction:
    """Extraction of every article of the frame (needs article_id, language, published_at, text)."""
    collected: dict[str, list[dict]] = {table: [] for table in COLUMNS}
    for article in articles.itertuples(index=False):
        text = _text(getattr(article, "text", ""))
        language = _language(getattr(article, "language", None))
        published = _published(getattr(article, "published_at", None))
        parts = extract_parts(text, language, published)
        for table, rows in _rows_for_article(str(article.article_id), text, parts).items():
            collected[table].extend(rows)
    return Extraction(**{table: _frame(rows, table) for table, rows in collected.items()})
