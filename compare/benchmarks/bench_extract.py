"""Extraction throughput: articles per second on one core, on ~600-word synthetic articles.

Articles come from compare/synth.py (our own text in en, id, vi, ru; 520-680 words each). The
first article of each language warms the caches (lexicons, compiled patterns), then
extract_frame runs over the whole frame in this one process. Throughput is reported per wall
second and per CPU second of this single-threaded process (the "one core" figure, which other
jobs on a shared machine do not distort). Target: 300 articles per CPU second or more.

    python -m compare.benchmarks extract
    python -m compare.benchmarks.bench_extract 500 2000
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from compare.extract import extract_frame
from compare.synth import generate_corpus

SIZES = [500, 2000]
LARGE_SIZES = [2000, 20000]
TARGET = 300.0


def measure(n: int) -> dict[str, float]:
    articles = generate_corpus(n, days=max(1, n // 200), seed=n)
    articles = articles.assign(article_id=articles["id"])
    words = float(articles["text"].str.split().str.len().mean())
    extract_frame(articles.groupby("language").head(1))  # warm-up: load tables, compile patterns
    started, cpu_started = time.perf_counter(), time.process_time()
    result = extract_frame(articles)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    return {
        "articles": float(n),
        "mean_words": round(words, 1),
        "seconds": round(seconds, 3),
        "articles_per_second": round(n / seconds, 1),
        "cpu_seconds": round(cpu, 3),
        "articles_per_cpu_second": round(n / cpu, 1),
        "quotes": float(len(result.quotes)),
        "citations": float(len(result.citations)),
        "figures": float(len(result.figures)),
    }


def run(sizes: list[int], out_dir: Path | None = None) -> dict:
    rows = [measure(n) for n in sizes]
    print(f"{'articles':>9} {'words':>6} {'wall s':>7} {'art/s':>7} {'cpu s':>7} {'art/cpu-s':>9}"
          f" {'quotes':>7} {'cites':>6} {'figs':>6}")
    for r in rows:
        print(
            f"{r['articles']:9.0f} {r['mean_words']:6.0f} {r['seconds']:7.2f} {r['articles_per_second']:7.1f}"
            f" {r['cpu_seconds']:7.2f} {r['articles_per_cpu_second']:9.1f}"
            f" {r['quotes']:7.0f} {r['citations']:6.0f} {r['figures']:6.0f}"
        )
    # One core: CPU seconds of this single-threaded process (wall time also counts other jobs
    # sharing the machine).
    worst = min(r["articles_per_cpu_second"] for r in rows) if rows else 0.0
    print(f"target {TARGET:.0f} articles per CPU second: {'met' if worst >= TARGET else 'NOT met'}"
          f" (slowest {worst:.1f})")
    result = {"runs": rows, "articles_per_second": worst, "target": TARGET}
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "extract.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or SIZES
    run(sizes)


if __name__ == "__main__":
    main()
