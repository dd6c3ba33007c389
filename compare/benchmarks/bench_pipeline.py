"""The whole pipeline end to end on a synthetic multilingual corpus (compare.synth, seeded):
seconds and articles/second per stage, peak memory, and the cost per article at the largest
size against the smallest. Each size runs in a fresh process, so peak memory is its own.

    python -m compare.benchmarks pipeline                 # 10k and 100k
    python -m compare.benchmarks pipeline --large         # adds 1M
    python -m compare.benchmarks pipeline --sizes 2000    # a quick look
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = [10_000, 100_000]
LARGE_SIZES = [10_000, 100_000, 1_000_000]
STAGES = ("ingest", "extract", "cluster", "align", "discrepancies", "report")


def one_size(n: int, engine: str = "local") -> dict[str, object]:
    """Generate n articles, run the pipeline once, return durations and peak memory."""
    from compare import pipeline, synth
    from compare.settings import Settings

    with tempfile.TemporaryDirectory(prefix="crosswire-bench-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        corpus = synth.generate_corpus(n, days=30, seed=0)
        gold = [c for c in corpus.columns if c.startswith("gold_")]
        corpus.drop(columns=gold).to_json(work / "corpus.jsonl", orient="records", lines=True,
                                          force_ascii=False, date_format="iso")
        generated = time.perf_counter() - started
        summary = pipeline.run([work / "corpus.jsonl"], work / "bench.duckdb", work / "report",
                               Settings(engine=engine), command="bench")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"articles": n, "generate_s": round(generated, 2), "durations": summary.durations,
            "counts": summary.counts, "peak_mb": round(peak_mb)}


def run(sizes: list[int], out_dir: Path | None = None) -> dict[str, object]:
    results = []
    for n in sizes:
        print(f"  {n:,} articles ...", flush=True)
        done = subprocess.run([sys.executable, "-m", "compare.benchmarks.bench_pipeline", "--one", str(n)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"benchmark at {n} failed: {done.stderr.strip()[-2000:]}")
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print_table(results)
    figures: dict[str, object] = {"runs": results}
    if len(results) >= 2:
        small, large = results[0], results[-1]
        ratio = (total(large) / large["articles"]) / (total(small) / small["articles"])
        figures["cost_per_article_ratio"] = round(ratio, 2)
        print(f"cost per article at {large['articles']:,} vs {small['articles']:,}: {ratio:.2f}x")
    if out_dir is not None:
        (out_dir / "pipeline.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return figures


def total(result: dict[str, object]) -> float:
    return float(sum(result["durations"].values()))  # type: ignore[attr-defined]


def print_table(results: list[dict[str, object]]) -> None:
    header = f"{'articles':>10} " + " ".join(f"{s:>14}" for s in STAGES) + f" {'total s':>9} {'peak MB':>8}"
    print(header)
    for r in results:
        n = int(r["articles"])  # type: ignore[call-overload]
        cells = []
        for stage in STAGES:
            seconds = r["durations"].get(stage, 0.0)  # type: ignore[attr-defined]
            rate = n / seconds if seconds else float("inf")
            cells.append(f"{seconds:6.1f}s {rate:6.0f}/s")
        print(f"{n:>10,} " + " ".join(cells) + f" {total(r):9.1f} {r['peak_mb']:>8}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(one_size(int(sys.argv[2]))))
        return
    sizes = [int(s) for s in sys.argv[1].split(",")] if len(sys.argv) > 1 else SIZES
    run(sizes)


if __name__ == "__main__":
    main()
