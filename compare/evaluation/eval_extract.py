"""Extraction measured on real, labelled news in ../shared/eval (read at eval time, never copied).

- PolNeAR dev: direct-quote precision/recall/F1 and speaker accuracy, computed by the reference
  scorer ../shared/eval/score_quotes.py (imported from that path) on our `extract --json` lines.
  Articles go through compare.ingest.read_paths, as `crosswire extract FILE --json` does.
- PolNeAR dev, wire credit: share of the articles whose gold_wire names an agency (AP, AFP, Reuters,
  UPI; "NA" means none) where our citations name that agency; and, on the articles without one,
  the share where we cite one of those wires anyway (an upper bound of false credits: the text
  may really cite them).
- ViMs (Vietnamese): agency citations found; a seeded, stable sample of 100 (the citations with
  the smallest seeded hash of id, agency, cue and sentence number, so a change that adds or drops a
  citation moves at most that one in or out) written to build/eval/vims_citations_sample.tsv with
  the verdicts checked by hand in eval/checks/vims_citations.csv (keyed by id, agency, cue; no
  article text). vims_citation_precision is the share of correct ones among the sampled citations
  that have a verdict; vims_citations_checked says how many of the current sample have one, and
  the sampled citations without a verdict are listed for checking.
The gold_* fields are read here only, to score; the extractor never sees them.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
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
VERDICTS = PROJECT_ROOT / "eval" / "checks" / "vims_citations.csv"
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


Verdicts = dict[tuple[str, str, str], int]


def load_verdicts(path: Path = VERDICTS) -> Verdicts:
    """Hand-checked verdicts: (id, agency, cue) -> 1 (cites the agency as a source) or 0."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return {(r["id"], r["agency"], r["cue"]): int(r["correct"]) for r in csv.DictReader(lines)}


def stable_sample(rows: list[dict[str, Any]], size: int = SAMPLE_SIZE, seed: int = SAMPLE_SEED) -> list[dict[str, Any]]:
    """The `size` rows with the smallest seeded hash: adding or dropping one row changes the sample
    by at most that row (a random.sample of a list shifts wholesale when the list changes)."""

    def rank(row: dict[str, Any]) -> str:
        key = f"{seed}|{row['id']}|{row['agency']}|{row['cue']}|{row['sentence_index']}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()

    return sorted(rows, key=rank)[:size]


def vims_rows(shared_eval: Path) -> tuple[int, list[dict[str, Any]]]:
    """Every agency citation found in the ViMs articles, with its sentence (read, never stored)."""
    articles = ingest.read_paths([shared_eval / "vims" / "articles.jsonl"]).articles
    rows: list[dict[str, Any]] = []
    for article in articles.itertuples(index=False):
        text = article.text or ""
        sentences = split_sentences(text, "vi")
        for c in find_citations(text, "vi", sentences):
            s, e = sentences[c["sentence"]]
            rows.append({"id": article.external_id, "agency": c["agency"], "cue": c["cue"],
                         "sentence_index": c["sentence"], "sentence": " ".join(text[s:e].split())})
    return len(articles), rows


def checked_precision(rows: list[dict[str, Any]], verdicts: Verdicts) -> tuple[float, int]:
    """Share of correct citations among the rows that have a verdict, and how many have one."""
    checked = [verdicts[key] for key in (_verdict_key(r) for r in rows) if key in verdicts]
    return (sum(checked) / len(checked) if checked else 0.0), len(checked)


def _verdict_key(row: dict[str, Any]) -> tuple[str, str, str]:
    return row["id"], row["agency"], row["cue"]


def write_sample(sample: list[dict[str, Any]], verdicts: Verdicts, sample_out: Path) -> None:
    sample_out.parent.mkdir(parents=True, exist_ok=True)
    with sample_out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "agency", "cue", "sentence", "correct"], delimiter="\t")
        writer.writeheader()
        for row in sample:
            verdict = verdicts.get(_verdict_key(row))
            writer.writerow({"id": row["id"], "agency": row["agency"], "cue": row["cue"],
                             "sentence": row["sentence"], "correct": "" if verdict is None else verdict})


def print_unchecked(sample: list[dict[str, Any]], verdicts: Verdicts, verdicts_path: Path) -> None:
    """How many sampled citations have a hand verdict; the others, to be checked and added."""
    unchecked = [r for r in sample if _verdict_key(r) not in verdicts]
    print(f"ViMs sample: {len(sample) - len(unchecked)} of {len(sample)} citations checked by hand ({verdicts_path})")
    for r in unchecked:
        print(f"  unchecked: {r['id']}\t{r['agency']}\t{r['cue']}\t{r['sentence'][:160]}")


def vims_citations(
    shared_eval: Path, sample_out: Path = SAMPLE_OUT, verdicts_path: Path = VERDICTS
) -> dict[str, float]:
    """Agency citations in ViMs articles; precision on a stable sample of 100 checked by hand."""
    n_articles, rows = vims_rows(shared_eval)
    verdicts = load_verdicts(verdicts_path)
    sample = stable_sample(rows)
    write_sample(sample, verdicts, sample_out)
    by_agency = Counter(r["agency"] for r in rows)
    print("ViMs citations by agency: " + ", ".join(f"{a} {n}" for a, n in by_agency.most_common()))
    print_unchecked(sample, verdicts, verdicts_path)
    precision, checked = checked_precision(sample, verdicts)
    all_precision, all_checked = checked_precision(rows, verdicts)
    return {
        "vims_articles": float(n_articles),
        "vims_citations": float(len(rows)),
        "vims_articles_citing": float(len({r["id"] for r in rows})),
        "vims_sample_size": float(len(sample)),
        "vims_citations_checked": float(checked),
        "vims_citation_precision": precision,
        "vims_all_citations_checked": float(all_checked),
        "vims_all_citation_precision": all_precision,
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
    print(f"ViMs sample with the hand verdicts: {SAMPLE_OUT}")
    return figures


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED_EVAL
    if not shared.is_dir():
        print(f"no evaluation data at {shared}; nothing to measure")
        return
    run(shared)


if __name__ == "__main__":
    main()
