"""Clustering cost: time and peak memory of cluster_frame on synthetic corpora over 30 days.

Each size runs in a fresh process (so peak memory is that run's): compare/synth.py writes the
corpus (not timed), then cluster_frame runs once. Printed: seconds, articles per second, peak
resident memory of the process and its growth during clustering, candidate pairs per article,
and the ratio of time at the largest size to time at the smallest (target: below 15 for a 10x
size step, i.e. about linear), plus B-cubed F1 against the generator's stories.

    python -m compare.benchmarks cluster
    python -m compare.benchmarks.bench_cluster 10000 50000 100000
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path

SIZES = [10_000, 50_000, 100_000]
LARGE_SIZES = [10_000, 100_000, 300_000]
DAYS = 30
RATIO_TARGET = 15.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: kilobytes


def _current_rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def measure(n: int) -> dict[str, float]:
    """One size, in the current process: generate, then time clustering."""
    from compare import cluster, synth
    from compare.evaluation.eval_cluster import load_bcubed
    from compare.settings import PROJECT_ROOT

    articles = synth.generate_corpus(n, days=DAYS, seed=n).rename(columns={"id": "article_id"})
    gold = dict(zip(articles["article_id"], articles["gold_story"], strict=True))
    articles = articles.drop(columns=[c for c in articles if c.startswith("gold_")])
    before = _current_rss_mb()
    started = time.perf_counter()
    graph = cluster.similarity_graph(articles)
    out = cluster.stories_of_graph(articles, graph)  # together: exactly cluster_frame
    seconds = time.perf_counter() - started
    row = {
        "articles": float(n),
        "seconds": round(seconds, 2),
        "articles_per_second": round(n / seconds, 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "rss_growth_mb": round(_peak_rss_mb() - before, 1),
        "pairs_per_article": round(len(graph.i) / n, 1),
        "stories": float(out["story_id"].nunique()),
    }
    bcubed_path = PROJECT_ROOT.parent / "shared" / "eval"
    if (bcubed_path / "bcubed.py").is_file():
        pred = dict(zip(out["article_id"], out["story_id"], strict=True))
        row["bcubed_f1"] = round(float(load_bcubed(bcubed_path).bcubed(gold, pred)[2]), 4)
    return row


def _child(n: int, queue: multiprocessing.Queue) -> None:
    queue.put(measure(n))


def measure_apart(n: int) -> dict[str, float]:
    """measure(n) in a fresh process, so its peak memory is its own."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(n, queue))
    process.start()
    row = queue.get()
    process.join()
    return row


def run(sizes: list[int], out_dir: Path | None = None) -> dict:
    rows = [measure_apart(n) for n in sizes]
    print(f"cluster_frame on synthetic articles over {DAYS} days, each size in a fresh process")
    print(f"{'articles':>9} {'seconds':>8} {'art/s':>7} {'peak MB':>8} {'grew MB':>8} {'pairs/art':>9} {'F1':>6}")
    for r in rows:
        print(
            f"{r['articles']:9.0f} {r['seconds']:8.1f} {r['articles_per_second']:7.0f} {r['peak_rss_mb']:8.0f}"
            f" {r['rss_growth_mb']:8.0f} {r['pairs_per_article']:9.1f} {r.get('bcubed_f1', float('nan')):6.3f}"
        )
    result: dict = {"runs": rows}
    if len(rows) >= 2:
        ratio = rows[-1]["seconds"] / rows[0]["seconds"]
        scale = rows[-1]["articles"] / rows[0]["articles"]
        result.update(time_ratio=round(ratio, 2), size_ratio=scale)
        verdict = "met" if ratio < RATIO_TARGET * scale / 10 else "NOT met"
        print(
            f"time({rows[-1]['articles']:.0f}) / time({rows[0]['articles']:.0f}) = {ratio:.2f} for {scale:.1f}x"
            f" the articles (target < {RATIO_TARGET:.0f} for 10x: {verdict})"
        )
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "cluster.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def main() -> None:
    run([int(a) for a in sys.argv[1:]] or SIZES)


if __name__ == "__main__":
    main()
