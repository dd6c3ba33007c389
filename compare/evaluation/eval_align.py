"""Alignment and discrepancy detection, measured on real text from ../shared/eval.

1. ViMs (Vietnamese): the human sentence groups of each story. Every (article, sentence) is an
   item with story_id = the gold story, aligned by compare.align exactly as the pipeline does;
   recall = share of human pairs (two sentences of one group, from different articles) that we
   put in one group, overall and for quoted sentences. The findings inside human groups go to
   build/eval/vims_discrepancies.tsv for a reviewer.
2. PolNeAR dev (English): real quotes (gold_direct_quotes; gold fields are fine in evaluation)
   relayed by three fictional outlets, two of which alter each quote with compare.alter (seeded);
   precision and recall per finding kind, and how often punctuation/spelling-only edits are
   wrongly flagged. Run twice: with the agency's own copy in the story, and without it (the
   reference is then the most common version).
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from compare import align, discrepancies
from compare.alter import EXPECTED, KINDS, Alterer
from compare.settings import PROJECT_ROOT, Settings

SEED = 20261125
OUT_DIR = PROJECT_ROOT / "build" / "eval"
MEASURED_KINDS = ("altered_quote", "truncated_quote", "number_conflict")
QUOTE_CHARS = re.compile(r"[\"“”«»„]")
QUOTE_SPAN = re.compile(r"[\"“«„]([^\"“”«»„]{12,}?)[\"”»“]")  # the words inside quote marks
VI_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
RELAYS = ("Relay One", "Relay Two", "Relay Three")
ALTERED_KINDS = tuple(k for k in KINDS if k != "number")


# ---------------------------------------------------------------- ViMs


def _vims_time(raw: Any) -> pd.Timestamp:
    m = VI_DATE.search(raw) if isinstance(raw, str) else None
    if not m:
        return pd.NaT
    try:
        return pd.Timestamp(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return pd.NaT


def _item_id(article: str, sentence: str) -> str:
    return f"{article}#{hashlib.sha1(sentence.encode()).hexdigest()[:10]}"


def vims_items(shared_eval: Path) -> tuple[pd.DataFrame, pd.DataFrame, list[set[str]]]:
    """(quote-like items, articles, human groups as sets of item ids) from the ViMs files."""
    articles = pd.read_json(shared_eval / "vims" / "articles.jsonl", lines=True, dtype=False)
    articles = pd.DataFrame({
        "article_id": articles["id"], "outlet": articles["outlet"], "language": "vi",
        "published_at": articles["published_at"].map(_vims_time), "agency_of_article": None,
    })  # fmt: skip
    items: dict[str, dict[str, Any]] = {}
    groups = []
    with (shared_eval / "vims" / "sentence_groups.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            group = json.loads(line)
            members = set()
            for entry in group["sentences"]:
                for article in entry["ids"]:
                    item_id = _item_id(article, entry["sentence"])
                    members.add(item_id)
                    items[item_id] = {"quote_id": item_id, "article_id": article, "text": entry["sentence"],
                                      "speaker": None, "agency": None, "story_id": group["story"]}  # fmt: skip
            groups.append(members)
    return pd.DataFrame(list(items.values())), articles, groups


def human_pairs(groups: list[set[str]], article_of: dict[str, str]) -> set[tuple[str, str]]:
    pairs = set()
    for members in groups:
        for a, b in itertools.combinations(sorted(members), 2):
            if article_of[a] != article_of[b]:
                pairs.add((a, b))
    return pairs


def vims_figures(items: pd.DataFrame) -> pd.DataFrame:
    """Figures of each human-grouped sentence, found by compare.figures as the pipeline does."""
    from compare.figures import find_figures

    rows = []
    for item_id, article, story, text in zip(items["quote_id"], items["article_id"], items["story_id"], items["text"],
                                             strict=True):  # fmt: skip
        for fig in find_figures(text, "vi"):
            rows.append({**fig, "figure_id": f"{item_id}@{fig['start']}", "article_id": article, "story_id": story,
                         "item": item_id})  # fmt: skip
    return pd.DataFrame(rows)


def run_vims(shared_eval: Path, settings: Settings) -> dict[str, float]:
    items, articles, groups = vims_items(shared_eval)
    sentence_figures = vims_figures(items)
    result = align.align_frame(items, sentence_figures, articles, settings)
    quote_rows = result.alignments[result.alignments["kind"] == "quote"]
    group_of = dict(zip(quote_rows["item_id"], quote_rows["group_id"], strict=True))
    article_of = dict(zip(items["quote_id"], items["article_id"], strict=True))
    text_of = dict(zip(items["quote_id"], items["text"], strict=True))
    pairs = human_pairs(groups, article_of)
    aligned = {p for p in pairs if group_of.get(p[0]) == group_of.get(p[1])}
    quoted = {p for p in pairs if QUOTE_CHARS.search(text_of[p[0]]) and QUOTE_CHARS.search(text_of[p[1]])}
    variants = {p for p in pairs if text_of[p[0]] != text_of[p[1]]}
    ours = _our_pairs(quote_rows, article_of)
    figures = {
        "vims_pair_recall": _share(aligned, pairs),
        "vims_quoted_pair_recall": _share(aligned & quoted, quoted),
        "vims_variant_pair_recall": _share(aligned & variants, variants),
        "vims_pair_purity": _share(ours & pairs, ours),
        "vims_human_pairs": float(len(pairs)),
        "vims_quoted_pairs": float(len(quoted)),
    }
    found = discrepancies.find(result, items, sentence_figures, pd.DataFrame(), pd.DataFrame(), articles, settings)
    sentence_of = dict(zip(sentence_figures["figure_id"], sentence_figures["item"], strict=True))
    a_items = found["item_id"].map(lambda i: sentence_of.get(i, i))
    b_items = found["reference_item_id"].map(lambda i: sentence_of.get(i, i))
    inside = found[[(a, b) in pairs or (b, a) in pairs for a, b in zip(a_items, b_items, strict=True)]]
    figures["vims_findings_in_groups"] = float(len(inside))
    figures["vims_figure_conflicts_in_groups"] = float(
        ((inside["kind"] == "number_conflict") & inside["item_id"].isin(sentence_of)).sum()
    )
    _write_tsv(inside, OUT_DIR / "vims_discrepancies.tsv")
    figures["vims_quote_span_pair_recall"] = quote_span_recall(items, articles, quoted, settings)
    return figures


def quote_span_recall(items: pd.DataFrame, articles: pd.DataFrame, quoted: set[tuple[str, str]],
                      settings: Settings) -> float:  # fmt: skip
    """Of the human pairs of quoted sentences, the share whose quotes (the words inside the marks,
    what the pipeline aligns) we put in one group."""
    spans = []
    for item, article, story, text in zip(items["quote_id"], items["article_id"], items["story_id"], items["text"],
                                          strict=True):  # fmt: skip
        for n, m in enumerate(QUOTE_SPAN.finditer(text)):
            spans.append({"quote_id": f"{item}#{n}", "item": item, "article_id": article, "story_id": story,
                          "text": m.group(1), "speaker": None, "agency": None})  # fmt: skip
    frame = pd.DataFrame(spans)
    result = align.align_frame(frame, pd.DataFrame(), articles, settings).alignments
    groups_of: dict[str, set[str]] = {}
    for span, group in zip(result["item_id"], result["group_id"], strict=True):
        groups_of.setdefault(span.rsplit("#", 1)[0], set()).add(group)
    with_spans = {p for p in quoted if p[0] in groups_of and p[1] in groups_of}
    return _share({p for p in with_spans if groups_of[p[0]] & groups_of[p[1]]}, with_spans)


def _our_pairs(alignments: pd.DataFrame, article_of: dict[str, str]) -> set[tuple[str, str]]:
    pairs = set()
    for _, members in alignments.groupby("group_id")["item_id"]:
        for a, b in itertools.combinations(sorted(members), 2):
            if article_of[a] != article_of[b]:
                pairs.add((a, b))
    return pairs


def _share(part: set[Any], whole: set[Any]) -> float:
    return len(part) / len(whole) if whole else 0.0


def _write_tsv(found: pd.DataFrame, path: Path, sample_size: int = 40) -> None:
    """All findings (by kind, most similar first), and a seeded sample across kinds to review."""
    path.parent.mkdir(parents=True, exist_ok=True)
    cols = ["kind", "severity", "story_id", "outlet", "reference_outlet", "similarity", "text", "reference_text",
            "explanation"]  # fmt: skip
    clean = found[cols].copy()
    for col in ("text", "reference_text", "explanation"):
        clean[col] = clean[col].astype(str).str.replace(r"\s+", " ", regex=True)
    clean = clean.sort_values(["kind", "similarity"], ascending=[True, False])
    clean.to_csv(path, sep="\t", index=False, quoting=csv.QUOTE_NONE, escapechar="\\")
    per_kind = max(1, sample_size // max(clean["kind"].nunique(), 1))
    sample = clean.sample(frac=1.0, random_state=SEED).groupby("kind").head(per_kind).sort_values("kind")
    sample_path = path.with_name(path.stem + "_sample.tsv")
    sample.to_csv(sample_path, sep="\t", index=False, quoting=csv.QUOTE_NONE, escapechar="\\")


# ---------------------------------------------------------------- PolNeAR with controlled alterations


def polnear_quotes(shared_eval: Path) -> list[dict[str, Any]]:
    """One record per dev article with its distinct gold direct quotes of 5+ words."""
    out = []
    with (shared_eval / "polnear" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            seen, quotes = set(), []
            for q in record.get("gold_direct_quotes") or []:
                text = " ".join(q["text"].split())
                if len(text.split()) >= 5 and text not in seen:
                    seen.add(text)
                    quotes.append({"text": text, "speaker": q.get("speaker_resolved") or q.get("speaker")})
            if quotes:
                out.append({"id": record["id"], "published_at": record.get("published_at"), "quotes": quotes})
    return out


def build_altered_corpus(
    records: list[dict[str, Any]], with_agency: bool, seed: int = SEED, restyle: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """(quotes, articles, alteration kind per relayed quote id) for the relay experiment.

    restyle: every relay also applies its house style (a punctuation edit) on top, and the
    second relay names no speakers: harder, closer to what outlets do.
    """
    vocabulary = sorted({w for r in records for q in r["quotes"] for w in q["text"].split()})
    alterer, stylist = Alterer(seed, vocabulary), Alterer(seed + 1)
    rotation = itertools.cycle(ALTERED_KINDS)
    articles, quotes, kinds = [], [], {}
    for n, record in enumerate(records):
        story = f"story-{n:03d}"
        day = pd.Timestamp(record["published_at"] or "2016-01-01")
        wire = f"{story}-wire"
        articles.append(
            _article(wire, "Wire Service" if with_agency else "First Outlet", day, "AP" if with_agency else None)
        )
        for k, relay in enumerate(RELAYS):
            articles.append(_article(f"{story}-r{k}", relay, day + pd.Timedelta(hours=k + 1), None))
        for i, q in enumerate(record["quotes"]):
            quotes.append(_quote(wire, i, q["text"], q["speaker"], story, None))
            plan = _plan(q["text"], rotation)
            for k, kind in enumerate(plan):
                text = alterer.apply(kind, q["text"]) if kind != "unchanged" else None
                if kind != "unchanged" and text is None:
                    kind, text = "unchanged", None
                text = text or q["text"]
                if restyle:
                    text = stylist.apply("punctuation", text) or text
                speaker = None if restyle and k == 1 else q["speaker"]
                item = _quote(f"{story}-r{k}", i, text, speaker, story, "AP")
                quotes.append(item)
                kinds[item["quote_id"]] = kind
    return pd.DataFrame(quotes), pd.DataFrame(articles), kinds


def _plan(text: str, rotation: Any) -> list[str]:
    """Two alterations of different kinds and one faithful relay; a number change when there is one."""
    first = "number" if re.search(r"\d", text) else next(rotation)
    second = next(rotation)
    while second == first:
        second = next(rotation)
    return [first, second, "unchanged"]


def _article(article_id: str, outlet: str, published: pd.Timestamp, agency: str | None) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "outlet": outlet,
        "language": "en",
        "published_at": published,
        "agency_of_article": agency,
    }


def _quote(article_id: str, i: int, text: str, speaker: str | None, story: str, agency: str | None) -> dict[str, Any]:
    return {"quote_id": f"{article_id}:{i}", "article_id": article_id, "text": text, "speaker": speaker,
            "agency": agency, "story_id": story}  # fmt: skip


def score_alterations(found: pd.DataFrame, kinds: dict[str, str]) -> dict[str, float]:
    flagged: dict[str, set[str]] = {item: set() for item in kinds}
    for item, kind in zip(found["item_id"], found["kind"], strict=True):
        if item in flagged:
            flagged[item].add(kind)
    figures: dict[str, float] = {}
    for kind in MEASURED_KINDS:
        tp = sum(kind in flagged[i] and kind in EXPECTED[k] for i, k in kinds.items())
        fp = sum(kind in flagged[i] and kind not in EXPECTED[k] for i, k in kinds.items())
        fn = sum(kind not in flagged[i] and kind in EXPECTED[k] for i, k in kinds.items())
        figures[f"{kind}_precision"] = tp / (tp + fp) if tp + fp else 0.0
        figures[f"{kind}_recall"] = tp / (tp + fn) if tp + fn else 0.0
    harmless = [i for i, k in kinds.items() if k in ("punctuation", "spelling")]
    wrongly = sum(bool(flagged[i] & {"altered_quote", "truncated_quote"}) for i in harmless)
    figures["punctuation_flagged_rate"] = wrongly / len(harmless) if harmless else 0.0
    figures["punctuation_not_flagged"] = 1.0 - figures["punctuation_flagged_rate"]  # floors are minimums
    unchanged = [i for i, k in kinds.items() if k == "unchanged"]
    figures["unchanged_flagged_rate"] = sum(bool(flagged[i]) for i in unchanged) / len(unchanged) if unchanged else 0.0
    for alteration in (*KINDS, "unchanged"):
        members = [i for i, k in kinds.items() if k == alteration]
        if members and EXPECTED[alteration]:
            figures[f"detected_{alteration}"] = sum(EXPECTED[alteration] <= flagged[i] for i in members) / len(members)
    return figures


def run_alterations(
    shared_eval: Path, settings: Settings, with_agency: bool, restyle: bool = False
) -> tuple[dict[str, float], Counter[str]]:
    records = polnear_quotes(shared_eval)
    quotes, articles, kinds = build_altered_corpus(records, with_agency, restyle=restyle)
    result = align.align_frame(quotes, pd.DataFrame(), articles, settings)
    found = discrepancies.find(result, quotes, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), articles, settings)
    return score_alterations(found, kinds), Counter(kinds.values())


# ---------------------------------------------------------------- entry points


def _print_table(title: str, figures: dict[str, float]) -> None:
    print(f"\n{title}")
    for name, value in figures.items():
        shown = f"{value:,.0f}" if value > 1.0 else f"{value:.3f}"
        print(f"  {name:<40} {shown:>10}")


def run(shared_eval: Path) -> dict[str, float]:
    settings = Settings()
    figures: dict[str, float] = {}
    vims = run_vims(shared_eval, settings)
    _print_table("ViMs: alignment recall over human sentence groups (pairs from different articles)", vims)
    print(f"  findings inside human groups: {OUT_DIR / 'vims_discrepancies.tsv'} (a sample to read: *_sample.tsv)")
    figures.update(vims)
    setups = {
        "agency": (True, False, "agency's own copy present"),
        "majority": (False, False, "no agency copy: the most common version is the reference"),
        "restyled": (True, True, "agency copy; relays restyle punctuation, one names no speakers"),
    }
    for prefix, (with_agency, restyle, label) in setups.items():
        part, counts = run_alterations(shared_eval, settings, with_agency, restyle)
        _print_table(f"PolNeAR dev, controlled alterations ({label}); samples: {dict(counts)}", part)
        figures.update({f"{prefix}_{k}": v for k, v in part.items()})
    return figures


def main() -> None:
    shared = PROJECT_ROOT.parent / "shared" / "eval"
    if not shared.is_dir():
        print(f"no evaluation data at {shared}; nothing measured")
        sys.exit(0)
    run(shared)


if __name__ == "__main__":
    main()
