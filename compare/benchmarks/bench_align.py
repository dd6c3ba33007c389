"""Alignment and discrepancy cost on synthetic stories: grows with story size, not corpus size.

Quotes and figures are generated directly (seeded): each story has 20 articles in 1-3
languages, 4 statements by 2 speakers; each article relays 3 of them, verbatim or with a
punctuation edit, a cut or a changed word, plus 2 figures. 1k stories = 20k articles,
60k quotes, 40k figures.

    python -m compare.benchmarks align                   # 100 and 1k stories of 20 articles
    python -m compare.benchmarks align --sizes 2000      # article counts
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from compare import align, discrepancies
from compare.settings import Settings

SIZES = [2_000, 20_000]  # articles; 20 per story
LARGE_SIZES = [2_000, 20_000, 100_000]
PER_STORY = 20
STORY_SIZES = (10, 20, 40)  # at a fixed corpus size: cost per article should grow with these
STATEMENTS = 4
QUOTES_PER_ARTICLE = 3
WORDS = np.array(
    [
        "ministry",
        "border",
        "troops",
        "talks",
        "ceasefire",
        "harbour",
        "grain",
        "exports",
        "pipeline",
        "reactor",
        "budget",
        "ministers",
        "delegation",
        "prisoners",
        "exchange",
        "sanctions",
        "inflation",
        "election",
        "coalition",
        "parliament",
        "drought",
        "flood",
        "typhoon",
        "mine",
        "rescue",
        "satellite",
        "launch",
        "rocket",
        "tariff",
        "summit",
        "embassy",
        "convoy",
        "aid",
        "corridor",
    ]
)
FILLER = np.array(
    ["we", "will", "not", "the", "a", "to", "of", "and", "in", "on", "for", "with", "this", "that", "is", "are", "be"]
)
LANGUAGES = np.array(["en", "id", "ru"])


def _statement(rng: np.random.Generator) -> list[str]:
    n = int(rng.integers(12, 30))
    pool = np.where(rng.random(n) < 0.5, rng.choice(WORDS, n), rng.choice(FILLER, n))
    return [str(w) for w in pool]


def _variant(words: list[str], rng: np.random.Generator) -> str:
    roll = rng.random()
    if roll < 0.15:  # cut at the end
        words = words[: max(5, len(words) * 2 // 3)]
    elif roll < 0.3:  # a changed word
        words = list(words)
        words[int(rng.integers(1, len(words) - 1))] = str(rng.choice(WORDS))
    text = " ".join(words)
    return text.capitalize() + "." if roll > 0.85 else text


def synthetic_story_frames(n_articles: int, per_story: int, seed: int = 1) -> dict[str, pd.DataFrame]:
    """Quotes, figures and articles of n_articles / per_story synthetic stories."""
    rng = np.random.default_rng(seed)
    articles: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    for s in range(max(1, n_articles // per_story)):
        story = f"s{s:06d}"
        statements = [_statement(rng) for _ in range(STATEMENTS)]
        languages = LANGUAGES[: int(rng.integers(1, 4))]
        for a in range(per_story):
            article = f"{story}-a{a:03d}"
            language = str(languages[a % len(languages)])
            articles.append({"article_id": article, "outlet": f"Outlet {a % 40}", "language": language,
                             "published_at": pd.Timestamp("2024-11-01") + pd.Timedelta(minutes=a * 7),
                             "agency_of_article": "Reuters" if a == 0 else None, "story_id": story})  # fmt: skip
            for k in rng.choice(STATEMENTS, QUOTES_PER_ARTICLE, replace=False):
                quotes.append({"quote_id": f"{article}:{k}", "article_id": article, "story_id": story,
                               "text": _variant(statements[k], rng), "speaker": f"Speaker {k % 2}",
                               "agency": "Reuters"})  # fmt: skip
            for f in range(2):
                value = 10_000 * (f + 1) * (1.2 if rng.random() < 0.1 else 1.0)
                figures.append({"figure_id": f"{article}:f{f}", "article_id": article, "story_id": story,
                                "value": value, "unit": "troops" if f == 0 else "USD", "qualifier": None,
                                "subject": f"{WORDS[f]} {WORDS[f + 3]}", "text": f"{value:,.0f}"})  # fmt: skip
    return {"articles": pd.DataFrame(articles), "quotes": pd.DataFrame(quotes), "figures": pd.DataFrame(figures)}


def time_once(n_articles: int, per_story: int) -> dict[str, float]:
    frames = synthetic_story_frames(n_articles, per_story)
    settings = Settings()
    started, cpu_started = time.perf_counter(), time.process_time()
    alignment = align.align_frame(frames["quotes"], frames["figures"], frames["articles"], settings)
    aligned = time.perf_counter()
    empty = pd.DataFrame()
    found = discrepancies.find(alignment, frames["quotes"], frames["figures"], empty, empty, frames["articles"],
                               settings)  # fmt: skip
    done, cpu_done = time.perf_counter(), time.process_time()
    return {
        "articles": float(len(frames["articles"])),
        "stories": float(frames["articles"]["story_id"].nunique()),
        "quotes": float(len(frames["quotes"])),
        "align_s": round(aligned - started, 2),
        "discrepancies_s": round(done - aligned, 2),
        "cpu_s": round(cpu_done - cpu_started, 2),  # wall time suffers when others share the cores
        "ms_per_article": round(1000 * (cpu_done - cpu_started) / len(frames["articles"]), 3),
        "findings": float(len(found)),
    }


def _print(rows: list[dict[str, float]]) -> None:
    cols = list(rows[0])
    print("  " + "  ".join(f"{c:>15}" for c in cols))
    for row in rows:
        print("  " + "  ".join(f"{row[c]:>15,.2f}" if row[c] % 1 else f"{row[c]:>15,.0f}" for c in cols))


def run(sizes: list[int], out_dir: Path | None = None) -> dict[str, Any]:
    print(f"corpus size ({PER_STORY} articles per story):")
    by_corpus = [time_once(n, PER_STORY) for n in sizes]
    _print(by_corpus)
    fixed = min(max(sizes), 20_000)
    print(f"story size, corpus of {fixed:,} articles:")
    by_story = [time_once(fixed, k) | {"per_story": float(k)} for k in STORY_SIZES]
    _print(by_story)
    return {"by_corpus_size": by_corpus, "by_story_size": by_story}


def main() -> None:
    sizes = [int(s) for s in sys.argv[1].split(",")] if len(sys.argv) > 1 else SIZES
    run(sizes)


if __name__ == "__main__":
    main()
