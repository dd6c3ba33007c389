"""The nightly job tried as an operator would, on real articles (ViMs, Vietnamese).

1. The articles split by publication day, one day per `crosswire nightly` run: after each run,
   every article placed on an earlier day keeps its story id (or an alias of it).
2. A rerun on the same input changes nothing.
3. The whole input through a run SIGKILLed twice at random moments, finished by a rerun: the
   same counts in every table as one clean run.

Figures (each 1.0 when all is well): stable_story_ids, rerun_unchanged, killed_equals_clean.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

TABLES = ("articles", "rejects", "citations", "quotes", "claims", "figures", "dates", "stories",
          "story_articles", "story_aliases", "quote_groups", "quote_alignments", "discrepancies")
MAX_DAYS = 8  # the busiest stretch of days of the corpus, to keep the trial to minutes


def split_by_day(source: Path, out_dir: Path) -> list[Path]:
    """One JSONL file per publication day (the day as the source wrote it, parsed by ingest)."""
    from compare import ingest

    by_day: dict[str, list[str]] = {}
    for line in source.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        record = json.loads(line)
        published = ingest.parse_published(record.get("published_at"), record.get("language"))
        day = published.strftime("%Y-%m-%d") if published else "undated"
        by_day.setdefault(day, []).append(line)
    days = sorted(d for d in by_day if d != "undated")
    busiest = max(range(max(1, len(days) - MAX_DAYS + 1)),
                  key=lambda i: sum(len(by_day[d]) for d in days[i:i + MAX_DAYS]))
    chosen = days[busiest:busiest + MAX_DAYS]
    files = []
    for day in chosen:
        path = out_dir / "days" / day / "articles.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(by_day[day]) + "\n", encoding="utf-8")
        files.append(path)
    return files


def crosswire(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "compare", *args, "-q"], capture_output=True, text=True,
                          env=env or os.environ.copy())


def story_of(db: Path) -> tuple[dict[str, str], dict[str, str]]:
    """article -> story id as stored, and the aliases (old id -> the id it was merged into)."""
    with duckdb.connect(str(db), read_only=True) as con:
        links: dict[str, str] = dict(con.execute("SELECT article_id, story_id FROM story_articles").fetchall())
        aliases: dict[str, str] = dict(con.execute("SELECT old_id, story_id FROM story_aliases").fetchall())
    return links, aliases


def resolve(story: str, aliases: dict[str, str]) -> str:
    """Follow merges to the id that stands for the story now (as SQL would through story_aliases)."""
    seen = {story}
    while story in aliases and aliases[story] not in seen:
        story = aliases[story]
        seen.add(story)
    return story


def table_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # type: ignore[index]


def day_by_day(files: list[Path], work: Path) -> tuple[float, Path]:
    """Feed one day per nightly run; share of earlier articles whose story id survived: the id an
    article got on its first day still names its story (itself, or through an alias)."""
    inbox, db, report = work / "inbox", work / "nightly.duckdb", work / "report"
    inbox.mkdir()
    seen: dict[str, str] = {}
    kept = checked = 0
    for path in files:
        (inbox / path.parent.name).mkdir()
        (inbox / path.parent.name / path.name).write_bytes(path.read_bytes())
        done = crosswire("nightly", "--input", str(inbox), "--db", str(db), "--report", str(report))
        if done.returncode not in (0, 1):
            raise RuntimeError(f"nightly failed on {path.parent.name}: {done.stderr.strip()}")
        now, aliases = story_of(db)
        for article, first_story in seen.items():
            checked += 1
            kept += resolve(first_story, aliases) == resolve(now.get(article, ""), aliases)
        seen.update({a: s for a, s in now.items() if a not in seen})
        print(f"  {path.parent.name}: {len(now)} articles in stories", flush=True)
    return (kept / checked if checked else 1.0), db


def killed_twice(inbox: Path, work: Path, seed: int = 7) -> Path:
    """Run on everything, SIGKILL it twice at random moments, then let a run finish."""
    rng = random.Random(seed)
    db, report = work / "killed.duckdb", work / "killed-report"
    args = [sys.executable, "-m", "compare", "run", str(inbox), "--db", str(db), "--report", str(report), "-q"]
    for attempt, longest in enumerate((12.0, 5.0)):  # the second run has less left to do
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        delay = rng.uniform(2.0, longest)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            print(f"  killed run {attempt + 1} after {delay:.1f}s", flush=True)
        else:
            print(f"  run {attempt + 1} finished before its kill at {delay:.1f}s", flush=True)
        proc.wait()
    final = subprocess.run(args, capture_output=True, text=True)
    if final.returncode not in (0, 1):
        raise RuntimeError(f"the finishing run failed: {final.stderr.strip()}")
    return db


def run(shared_eval: Path) -> dict[str, float]:
    source = shared_eval / "vims" / "articles.jsonl"
    with tempfile.TemporaryDirectory(prefix="crosswire-nightly-") as tmp:
        work = Path(tmp)
        files = split_by_day(source, work)
        print(f"{len(files)} days, {sum(f.read_text(encoding='utf-8').count(chr(10)) for f in files)} articles")
        stable, db = day_by_day(files, work)
        before = table_counts(db)
        again = crosswire("nightly", "--input", str(work / "inbox"), "--db", str(db), "--report",
                          str(work / "report"))
        rerun_same = float(again.returncode in (0, 1) and table_counts(db) == before)
        clean_db = work / "clean.duckdb"
        crosswire("run", str(work / "inbox"), "--db", str(clean_db), "--report", str(work / "clean-report"))
        killed_db = killed_twice(work / "inbox", work)
        clean, killed = table_counts(clean_db), table_counts(killed_db)
        same = float(clean == killed)
        if not same:
            print("  differences:", {t: (clean[t], killed[t]) for t in TABLES if clean[t] != killed[t]})
    figures = {"stable_story_ids": stable, "rerun_unchanged": rerun_same, "killed_equals_clean": same}
    for name, value in figures.items():
        print(f"{name:22s} {value:.3f}")
    return figures


def main() -> None:
    from compare.evaluation.__main__ import SHARED_EVAL

    run(SHARED_EVAL)


if __name__ == "__main__":
    main()
