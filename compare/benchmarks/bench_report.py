"""The HTML report at scale: seconds to build, pages written, largest page, on synthetic rows.

Rows are generated directly (numpy, seeded): 10 articles per story over 30 days and 40
outlets in 6 languages, 2 quote groups and 1 figure group per story with 10 versions each,
3 findings per story. So 100k articles = 10k stories, 200k quote versions, 30k findings.

    python -m compare.benchmarks report                  # 10k and 100k articles
    python -m compare.benchmarks report --sizes 2000     # a quick look
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from compare import report, store
from compare.settings import Settings

SIZES = [10_000, 100_000]
LARGE_SIZES = [10_000, 100_000]
PER_STORY = 10
OUTLETS = 40
LANGUAGES = np.array(["en", "id", "vi", "ru", "fr", "ko"])
KINDS = np.array(["altered_quote", "truncated_quote", "number_conflict", "date_conflict",
                  "speaker_conflict", "unsupported_attribution"])
SEVERITIES = np.array(["high", "medium", "low"])
VERDICTS = np.array(["verbatim", "verbatim", "punctuation", "words_changed", "truncated",
                     "cross_language"])
RUN_ID = "bench-run"


def _articles(n: int, rng: np.random.Generator) -> pd.DataFrame:
    ids = np.char.add("a", np.arange(n).astype(str))
    outlet_no = rng.integers(0, OUTLETS, n)
    start = np.datetime64("2024-11-01T00:00")
    return pd.DataFrame({
        "article_id": ids,
        "outlet": np.char.add("Synthetic Outlet ", outlet_no.astype(str)),
        "language": LANGUAGES[outlet_no % len(LANGUAGES)],
        "published_at": start + rng.integers(0, 30 * 24 * 60, n).astype("timedelta64[m]"),
        "title": np.char.add("Synthetic headline ", ids),
        "url": np.char.add("https://outlet.example.com/", ids),
        "content_hash": ids,
        "first_run_id": RUN_ID,
    }).assign(story_id=[f"s{i // PER_STORY}" for i in range(n)])


def _stories(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    ids = articles["story_id"].unique()
    stories = pd.DataFrame({"story_id": ids, "label": [f"Synthetic story {s}" for s in ids],
                            "created_run_id": RUN_ID})
    members = articles[["story_id", "article_id"]].assign(score=0.9)
    return stories, members


def _alignments(articles: pd.DataFrame, kind: str, groups: int,
                rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Items (quotes or figures), groups and alignments: `groups` groups per story."""
    frames = []
    for g in range(groups):
        part = articles[["article_id", "story_id"]].copy()
        part["group_id"] = part["story_id"] + f"-{kind}{g}"
        part["item_id"] = part["article_id"] + f":{kind}{g}"
        frames.append(part)
    items = pd.concat(frames, ignore_index=True)
    first = ~items.duplicated("group_id")
    ref = items[first].set_index("group_id")
    items["reference_id"] = np.where(first, None, items["group_id"].map(ref["item_id"]))
    items["reference_article_id"] = np.where(first, None, items["group_id"].map(ref["article_id"]))
    if kind == "quote":
        verdicts = VERDICTS[rng.integers(0, len(VERDICTS), len(items))]
    else:
        verdicts = np.where(rng.random(len(items)) < 0.8, "value_agrees", "value_conflict")
    items["verdict"] = np.where(first, "reference", verdicts)
    items["kind"] = kind
    items["similarity"] = np.where(first, 1.0, 0.9)
    changed_diff = json.dumps([["=", "synthetic words"], ["-", "old"], ["+", "new"]])
    items["diff"] = items["verdict"].map(lambda v: changed_diff if v == "words_changed" else None)
    refs = items[first]
    group_rows = pd.DataFrame({"group_id": refs["group_id"], "story_id": refs["story_id"],
                               "kind": kind, "reference_id": refs["item_id"],
                               "reference_article_id": refs["article_id"],
                               "n_variants": PER_STORY})
    return items, group_rows


def _findings(articles: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    chosen = articles.iloc[np.arange(0, len(articles), PER_STORY // 3 or 1)]
    return pd.DataFrame({
        "discrepancy_id": np.char.add("d", np.arange(len(chosen)).astype(str)),
        "kind": KINDS[rng.integers(0, len(KINDS), len(chosen))],
        "severity": SEVERITIES[rng.integers(0, 3, len(chosen))],
        "story_id": chosen["story_id"].to_numpy(),
        "article_id": chosen["article_id"].to_numpy(),
        "text": "synthetic changed words", "reference_text": "synthetic original words",
        "similarity": 0.8, "explanation": "Synthetic outlet changed synthetic words.",
        "evidence": "{}", "run_id": RUN_ID,
    })


def fill(con: duckdb.DuckDBPyConnection, n_articles: int, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    articles = _articles(n_articles, rng)
    stories, members = _stories(articles)
    quotes, quote_groups = _alignments(articles, "quote", 2, rng)
    figures, figure_groups = _alignments(articles, "figure", 1, rng)
    store.insert_frame(con, "runs", pd.DataFrame({
        "run_id": [RUN_ID], "started_at": [pd.Timestamp("2024-12-01")], "status": ["ok"]}))
    store.insert_frame(con, "articles", articles)
    store.insert_frame(con, "stories", stories)
    store.insert_frame(con, "story_articles", members)
    store.insert_frame(con, "quotes", quotes.assign(quote_id=quotes["item_id"],
                                                    text="synthetic quoted words",
                                                    speaker="Synthetic Speaker"))
    store.insert_frame(con, "figures", figures.assign(figure_id=figures["item_id"], value=1000.0,
                                                      unit="people", text="1,000 people"))
    store.insert_frame(con, "quote_groups", pd.concat([quote_groups, figure_groups]))
    store.insert_frame(con, "quote_alignments", pd.concat([quotes, figures]))
    store.insert_frame(con, "citations", articles[["article_id"]].assign(agency="Reuters"))
    store.insert_frame(con, "discrepancies", _findings(articles, rng))


def one_size(n: int, out_dir: Path | None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="crosswire-bench-report-") as tmp:
        con = store.connect(Path(tmp) / "bench.duckdb")
        started = time.perf_counter()
        fill(con, n)
        generated = time.perf_counter() - started
        site = (out_dir / f"report-{n}") if out_dir else Path(tmp) / "report"
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        report.build(con, site, Settings())
        built, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
        sizes = [p.stat().st_size for p in site.rglob("*.html")]
        con.close()
    return {
        "articles": n, "stories": n // PER_STORY, "generate_s": round(generated, 2),
        "build_s": round(built, 2), "cpu_s": round(cpu, 2), "pages": len(sizes),
        "largest_page_kb": round(max(sizes) / 1024, 1), "total_mb": round(sum(sizes) / 2**20, 1),
        "pages_per_s": round(len(sizes) / built, 1),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _cpu_seconds() -> float:
    """CPU time of this process (DuckDB's threads included) and of its finished children (the
    report's page writers): on a shared machine a steadier measure than the wall clock."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def run(sizes: list[int], out_dir: Path | None = None) -> dict[str, object]:
    results = [one_size(n, None) for n in sizes]
    print(f"{'articles':>10} {'stories':>8} {'build s':>8} {'cpu s':>7} {'pages':>7} {'pages/s':>8} "
          f"{'largest KB':>11} {'total MB':>9} {'peak MB':>8}")
    for r in results:
        print(f"{r['articles']:>10,} {r['stories']:>8,} {r['build_s']:>8} {r['cpu_s']:>7} {r['pages']:>7,} "
              f"{r['pages_per_s']:>8} {r['largest_page_kb']:>11} {r['total_mb']:>9} "
              f"{r['peak_mb']:>8}")
    figures: dict[str, object] = {"runs": results}
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "report.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return figures


def main() -> None:
    sizes = [int(s) for s in sys.argv[1].split(",")] if len(sys.argv) > 1 else SIZES
    run(sizes)


if __name__ == "__main__":
    main()
