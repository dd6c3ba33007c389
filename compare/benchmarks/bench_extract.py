"""Extraction throughput: articles per second on one core, on ~600-word synthetic articles.

Articles come from compare/synth.py (our own text in en, id, vi, ru; 520-680 words each). The
first article of each language warms the caches (lexicons, compiled patterns), then
extract_frame runs over the whole frame in this one process. Throughput is reported per wall
second and per CPU second of this single-threaded process (the "one core" figure, which other
jobs on a shared machine distort less). On a shared machine even CPU time swings by 10-15 %
from run to run, so each size up to REPEAT_UP_TO articles is timed REPEATS times and the fastest
run counts. A last pass over the largest size (at most REPEAT_UP_TO articles) tells the CPU
seconds of each extraction stage (with their callees: find_figures includes the date spans it
reads). Target: 300 articles per
CPU second or more.

    python -m compare.benchmarks extract
    python -m compare.benchmarks.bench_extract 500 2000
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pandas as pd

from compare import extract
from compare.extract import extract_frame
from compare.synth import generate_corpus

SIZES = [500, 2000]
LARGE_SIZES = [2000, 20000]
TARGET = 300.0
REPEATS = 3
REPEAT_UP_TO = 5000  # larger runs are timed once
# (label, module attribute of compare.extract through which extract_frame calls the stage, function)
STAGES = [
    ("quote marks", "quote_marks", "find_quotes"),
    ("sentences", "", "split_sentences"),
    ("citations", "citations_mod", "find_citations"),
    ("speakers", "quotes_mod", "collect_attributions"),
    ("quote speakers", "quotes_mod", "attribute_quotes"),
    ("quote filter", "quote_filter", "filter_quotes"),
    ("figures", "figures_mod", "find_figures"),
    ("dates", "dates_mod", "find_dates"),
]


def corpus(n: int) -> pd.DataFrame:
    articles = generate_corpus(n, days=max(1, n // 200), seed=n)
    return articles.assign(article_id=articles["id"])


def measure(n: int, repeats: int = REPEATS) -> dict[str, float]:
    articles = corpus(n)
    words = float(articles["text"].str.split().str.len().mean())
    extract_frame(articles.groupby("language").head(1))  # warm-up: load tables, compile patterns
    runs = []
    for _ in range(repeats if n <= REPEAT_UP_TO else 1):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = extract_frame(articles)
        runs.append((time.process_time() - cpu_started, time.perf_counter() - started))
    cpu = min(c for c, _ in runs)
    seconds = min(s for _, s in runs)
    return {
        "articles": float(n),
        "mean_words": round(words, 1),
        "runs": float(len(runs)),
        "seconds": round(seconds, 3),
        "articles_per_second": round(n / seconds, 1),
        "cpu_seconds": round(cpu, 3),
        "cpu_seconds_slowest": round(max(c for c, _ in runs), 3),
        "articles_per_cpu_second": round(n / cpu, 1),
        "quotes": float(len(result.quotes)),
        "citations": float(len(result.citations)),
        "figures": float(len(result.figures)),
    }


def _timed(function: Callable[..., Any], spent: dict[str, float], label: str) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started

    return timed


@contextmanager
def _stage_timers(spent: dict[str, float]) -> Iterator[None]:
    """Time each stage where compare.extract calls it; everything is put back afterwards."""
    with ExitStack() as stack:
        for label, module_name, function_name in STAGES:
            owner = getattr(extract, module_name) if module_name else extract
            spent[label] = 0.0
            wrapped = _timed(getattr(owner, function_name), spent, label)
            stack.enter_context(mock.patch.object(owner, function_name, wrapped))
        yield


def stage_cpu(n: int) -> dict[str, float]:
    """CPU seconds of each extraction stage over n articles, and of the whole run ("total")."""
    articles = corpus(n)
    extract_frame(articles.groupby("language").head(1))
    spent: dict[str, float] = {}
    with _stage_timers(spent):
        started = time.process_time()
        extract_frame(articles)
        total = time.process_time() - started
    spent["other"] = total - sum(spent.values())
    spent["total"] = total
    return {label: round(seconds, 3) for label, seconds in spent.items()}


def _print_runs(rows: list[dict[str, float]]) -> None:
    print(f"{'articles':>9} {'words':>6} {'runs':>4} {'wall s':>7} {'art/s':>7} {'cpu s':>7} {'art/cpu-s':>9}"
          f" {'quotes':>7} {'cites':>6} {'figs':>6}")
    for r in rows:
        print(
            f"{r['articles']:9.0f} {r['mean_words']:6.0f} {r['runs']:4.0f} {r['seconds']:7.2f}"
            f" {r['articles_per_second']:7.1f} {r['cpu_seconds']:7.2f} {r['articles_per_cpu_second']:9.1f}"
            f" {r['quotes']:7.0f} {r['citations']:6.0f} {r['figures']:6.0f}"
        )


def _print_stages(n: int, stages: dict[str, float]) -> None:
    total = stages["total"]
    print(f"\nCPU seconds by stage ({n} articles, one timed run):")
    for label, seconds in stages.items():
        share = f"{100 * seconds / total:5.1f} %" if total and label != "total" else ""
        print(f"  {label:<15} {seconds:7.2f} {share}")


def run(sizes: list[int], out_dir: Path | None = None) -> dict:
    rows = [measure(n) for n in sizes]
    _print_runs(rows)
    # One core: CPU seconds of this single-threaded process (wall time also counts other jobs
    # sharing the machine).
    worst = min(r["articles_per_cpu_second"] for r in rows) if rows else 0.0
    print(f"target {TARGET:.0f} articles per CPU second: {'met' if worst >= TARGET else 'NOT met'}"
          f" (slowest {worst:.1f}, fastest of the repeated runs of each size)")
    result: dict[str, Any] = {"runs": rows, "articles_per_second": worst, "target": TARGET}
    if rows:
        largest = min(max(sizes), REPEAT_UP_TO)
        result["stage_cpu_seconds"] = stages = stage_cpu(largest)
        _print_stages(largest, stages)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "extract.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or SIZES
    run(sizes)


if __name__ == "__main__":
    main()
