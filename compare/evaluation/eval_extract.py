"""Extraction measured on real, labelled news in ../shared/eval (read at eval time, never copied).

- PolNeAR dev: direct-quote precision/recall/F1 and speaker accuracy, computed by the reference
  scorer ../shared/eval/score_quotes.py (imported from that path) on our `extract --json` lines.
  Articles go through compare.ingest.read_paths, as `crosswire extract FILE --json` does.
- PolNeAR dev, wire credit: share of the articles whose gold_wire names an agency (AP, AFP, Reuters,
  UPI; "NA" means none) where our citations name that agency; and, on the articles without one,
  the share where we cite one of those wires anyway (an upper bound of false credits: the text
  may really cite them).
- ViMs (Vietnamese): agency citations found; a seeded sample of 100 written to
  build/eval/vims_citations_sample.tsv for checking by hand.
The gold_* fields are read here only, to score; the extractor never sees them.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from compare import ingest
from compare.citations import find_citations
from compare.evaluation import load_script
from compare.extract import extract_record
from compare.lexicon import load_table
from compare.sentences import split_sentences
from compare.settings import PROJECT_ROOT

SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval"
SAMPLE_OUT = PROJECT_ROOT / "build" / "eval" / "vims_citations_sample.tsv"
SAMPLE_SIZE = 100
SAMPLE_SEED = 20261125
NO_WIRE = {None, "", "NA"}
SCORE_LINE = re.compile(r"quote P=(?P<p>[\d.]+) R=(?P<r>[\d.]+) F1=(?P<f1>[\d.]+) speaker=(?P<sp>[\d.]+)")


def reference_scorer(shared_eval: Path) -> ModuleType:
    """../shared/eval/score_quotes.py, imported from its own path."""
    return load_script(shared_eval / "score_quotes.py")


def extract_file(path: Path) -> list[dict]:
    """`crosswire extract FILE --json` for one file, as a list of objects."""
    result = ingest.read_paths([path])
    out = []
    for record in result.articles.to_dict("records"):
        record["id"] = record.get("external_id")
        out.append(extract_record(record))
    return out


def score_quotes(shared_eval: Path, gold_path: Path, predictions: list[dict]) -> dict[str, float]:
    """Quote P/R/F1 and speaker accuracy, by the reference scorer on our predictions."""
    scorer = reference_scorer(shared_eval)
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "pred.jsonl"
        with pred_path.open("w", encoding="utf-8") as fh:
            for p in predictions:
                fh.write(json.dumps({"id": p["id"], "quotes": p["quotes"]}, ensure_ascii=False) + "\n")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            f1, speaker = scorer.main(str(gold_path), str(pred_path))
    m = SCORE_LINE.search(printed.getvalue())
    if not m:
        raise RuntimeError(f"unexpected scorer output: {printed.getvalue()!r}")
    return {
        "polnear_quote_precision": float(m.group("p")),
        "polnear_quote_recall": float(m.group("r")),
        "polnear_quote_f1": float(f1),
        "polnear_speaker_accuracy": float(speaker),
    }


def _canonical_agency(name: str) -> str | None:
    wanted = name.casefold()
    for row in load_table("agencies"):
        if row["kind"] != "not_citation" and wanted in (row["agency"].casefold(), row["alias"].casefold()):
            return row["agency"]
    return None


def wire_credit(gold_path: Path, predictions: list[dict]) -> dict[str, float]:
    """Share of wire-credited articles whose citations name the wire; false wire citations elsewhere."""
    gold = {}
    for line in gold_path.open(encoding="utf-8"):
        d = json.loads(line)
        gold[d["id"]] = d.get("gold_wire")
    wires = {a for w in gold.values() if w not in NO_WIRE for a in [_canonical_agency(w)] if a}
    credited = hits = plain = false_hits = 0
    for p in predictions:
        wire = gold.get(p["id"])
        cited = {c["agency"] for c in p["citations"]}
        if isinstance(wire, str) and wire not in NO_WIRE:
            credited += 1
            hits += _canonical_agency(wire) in cited
        else:
            plain += 1
            false_hits += bool(cited & wires)
    return {
        "polnear_wire_articles": float(credited),
        "polnear_wire_credit": hits / credited if credited else 0.0,
        "polnear_false_wire_rate": false_hits / plain if plain else 0.0,
    }


def vims_citations(shared_eval: Path, sample_out: Path = SAMPLE_OUT) -> dict[str, float]:
    """Agency citations in ViMs articles; a seeded sample of 100 written for checking by hand."""
    path = shared_eval / "vims" / "articles.jsonl"
    articles = ingest.read_paths([path]).articles
    rows: list[dict[str, Any]] = []
    for article in articles.itertuples(index=False):
        text = article.text or ""
        sentences = split_sentences(text, "vi")
        for c in find_citations(text, "vi", sentences):
            s, e = sentences[c["sentence"]]
            rows.append({"id": article.external_id, "agency": c["agency"], "cue": c["cue"],
                         "sentence": text[s:e]})
    sample = random.Random(SAMPLE_SEED).sample(rows, min(SAMPLE_SIZE, len(rows)))
    sample_out.parent.mkdir(parents=True, exist_ok=True)
    with sample_out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "agency", "cue", "sentence", "correct"],
                                delimiter="\t")
        writer.writeheader()
        for row in sample:
            writer.writerow({**row, "sentence": " ".join(row["sentence"].split()), "correct": ""})
    by_agency = Counter(r["agency"] for r in rows)
    print("ViMs citations by agency: " + ", ".join(f"{a} {n}" for a, n in by_agency.most_common()))
    return {
        "vims_articles": float(len(articles)),
        "vims_citations": float(len(rows)),
        "vims_articles_citing": float(len({r["id"] for r in rows})),
    }


def run(shared_eval: Path) -> dict[str, float]:
    dev = shared_eval / "polnear" / "dev.jsonl"
    predictions = extract_file(dev)
    figures = {**score_quotes(shared_eval, dev, predictions), **wire_credit(dev, predictions)}
    figures.update(vims_citations(shared_eval))
    print(f"{'figure':32} {'value':>10}")
    print("-" * 43)
    for name, value in figures.items():
        print(f"{name:32} {value:10.3f}")
    print(f"ViMs sample for hand checking: {SAMPLE_OUT}")
    return figures


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED_EVAL
    if not shared.is_dir():
        print(f"no evaluation data at {shared}; nothing to measure")
        return
    run(shared)


if __name__ == "__main__":
    main()
