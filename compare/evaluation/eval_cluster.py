"""Story clustering measured with B-cubed precision, recall and F1.

Sets: ECB+ (English, look-alike story pairs) and ViMs (Vietnamese) from ../shared/eval, and our
synthetic mixed-language gold (tests/data/cluster_gold: en, id, vi, ru). Articles go through
compare.ingest and compare.extract exactly as `crosswire cluster FILE --json` prepares them
(the extraction's agencies, figure values and dates become anchors); B-cubed comes from
../shared/eval/bcubed.py itself, loaded by path, so our figures are the reference scorer's.

Rows of the table:
- baseline: plain word TF-IDF, all pairs, average linkage, threshold tuned separately per set
  (the figure to beat; the tuning flatters it);
- crosswire: ONE configuration (the module defaults) for every set;
- ablations: the same configuration with one signal removed, so each signal's gain shows.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pandas as pd
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.feature_extraction.text import TfidfVectorizer

from compare import cluster, extract, ingest
from compare.cli import with_anchors
from compare.evaluation import load_script
from compare.settings import PROJECT_ROOT, Settings

MIXED_GOLD = PROJECT_ROOT / "tests" / "data" / "cluster_gold" / "articles.jsonl"
SETS = {"ecbplus": "ecbplus/articles.jsonl", "vims": "vims/articles.jsonl"}
BASELINE_THRESHOLDS = np.round(np.arange(0.05, 0.951, 0.025), 3)
ABLATIONS: dict[str, dict[str, float]] = {
    "crosswire": {},
    "- chars": {"cluster_weight_chars": 0.0},
    "- anchors": {"cluster_weight_anchors": 0.0},
    "- cohesion": {"cluster_cohesion": 0.0, "cluster_cohesion_small": 0.0},
    "- small-group share": {"cluster_cohesion_min_size": 2},  # every group of 2+ held to 0.65
    "- language share": {"cluster_apart_share": 0.0},  # apart only with no language in common
    "- day decay": {"cluster_day_decay": 0.0},
    "words only": {
        "cluster_weight_chars": 0.0,
        "cluster_weight_anchors": 0.0,
        "cluster_cohesion": 0.0,
        "cluster_cohesion_small": 0.0,
    },
}


def load_bcubed(shared_eval: Path) -> ModuleType:
    return load_script(shared_eval / "bcubed.py")


def read_set(path: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """Articles as `crosswire cluster FILE --json` prepares them (ingest, then the extraction's
    agencies, figures and dates joined in), keyed by the record's id; and the gold story of each id."""
    gold = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            gold[str(record["id"])] = str(record["gold_story"])
    articles = ingest.read_paths([path]).articles
    articles = with_anchors(articles, extract.extract_frame(articles))
    articles = articles.assign(article_id=articles["external_id"].astype(str))
    return articles.drop(columns=[c for c in articles if c.startswith("gold_")]), gold


def score(bcubed: ModuleType, gold: dict[str, str], predicted: pd.DataFrame) -> tuple[float, float, float]:
    """B-cubed of predicted story ids; an article missing from the prediction is a story alone."""
    pred = dict(zip(predicted["article_id"].astype(str), predicted["story_id"].astype(str), strict=True))
    full = {a: pred.get(a, f"__missing_{a}") for a in gold}
    p, r, f = bcubed.bcubed(gold, full)
    return float(p), float(r), float(f)


def baseline_labels(articles: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """Plain word TF-IDF over title + text, cosine, average linkage cut at `threshold`."""
    docs = (articles["title"].fillna("") + "\n" + articles["text"].fillna("")).tolist()
    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform(docs)
    distances = 1.0 - (matrix @ matrix.T).toarray()
    condensed = np.clip(distances[np.triu_indices(len(docs), k=1)], 0.0, None)
    tree = linkage(condensed, method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    return pd.DataFrame({"article_id": articles["article_id"], "story_id": labels.astype(str)})


def tuned_baseline(bcubed: ModuleType, articles: pd.DataFrame, gold: dict[str, str]) -> tuple[float, tuple]:
    best: tuple[float, tuple[float, float, float]] = (0.0, (0.0, 0.0, 0.0))
    for threshold in BASELINE_THRESHOLDS:
        figures = score(bcubed, gold, baseline_labels(articles, float(threshold)))
        if figures[2] > best[1][2]:
            best = (float(threshold), figures)
    return best


def evaluate_sets(shared_eval: Path) -> dict[str, tuple[pd.DataFrame, dict[str, str]]]:
    sets = {name: read_set(shared_eval / rel) for name, rel in SETS.items() if (shared_eval / rel).is_file()}
    if MIXED_GOLD.is_file():
        sets["mixed"] = read_set(MIXED_GOLD)
    return sets


def run(shared_eval: Path) -> dict[str, float]:
    bcubed = load_bcubed(shared_eval)
    sets = evaluate_sets(shared_eval)
    figures: dict[str, float] = {}
    rows: list[tuple[str, str, Any, Any, Any, str]] = []
    for name, (articles, gold) in sets.items():
        threshold, (p, r, f) = tuned_baseline(bcubed, articles, gold)
        rows.append((name, f"baseline (t={threshold:.3f})", p, r, f, ""))
        figures[f"{name}_baseline_f1"] = round(f, 4)
        for label, extra in ABLATIONS.items():
            started = time.perf_counter()
            predicted = cluster.cluster_frame(articles, Settings(extra=dict(extra)))
            p, r, f = score(bcubed, gold, predicted)
            rows.append((name, label, p, r, f, f"{time.perf_counter() - started:.1f}s"))
            if label == "crosswire":
                figures.update(
                    {f"{name}_precision": round(p, 4), f"{name}_recall": round(r, 4), f"{name}_f1": round(f, 4)}
                )
    print_table(rows, {name: len(articles) for name, (articles, _) in sets.items()})
    return figures


def print_table(rows: list[tuple[str, str, Any, Any, Any, str]], sizes: dict[str, int]) -> None:
    print("Story clustering, B-cubed (ECB+ and ViMs from ../shared/eval; mixed = tests/data/cluster_gold)")
    print(f"{'set':14s} {'configuration':22s} {'P':>6s} {'R':>6s} {'F1':>6s} {'time':>6s}")
    for name, label, p, r, f, took in rows:
        print(f"{name + ' (' + str(sizes[name]) + ')':14s} {label:22s} {p:6.3f} {r:6.3f} {f:6.3f} {took:>6s}")


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_ROOT.parent / "shared" / "eval"
    if not (shared / "bcubed.py").is_file():
        print(f"no evaluation data at {shared}; nothing measured")
        return
    print(json.dumps(run(shared), indent=2))


if __name__ == "__main__":
    main()
