"""Run the stages against DuckDB: each reads what is new, writes in its own transaction(s),
and the `runs` table records the run. A run stopped anywhere is finished by the next one."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache, partial
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from compare import __version__, ingest, lexicon, locking, store
from compare.engine import Engine, LocalEngine, by_day, close_quietly, make_engine
from compare.settings import Settings

log = logging.getLogger(__name__)

STAGES = ("ingest", "extract", "cluster", "align", "discrepancies", "report")
ORDER = ("ingest", "extract", "recluster", "cluster", "align", "discrepancies", "report")  # recluster on request
EXTRACT_BATCH = 2000  # articles per extraction transaction: a killed run loses at most one batch
STORY_BATCH = 500  # stories per align/discrepancies transaction


@dataclass
class RunSummary:
    run_id: str
    db_path: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    durations: dict[str, float] = field(default_factory=dict)
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    report_path: str | None = None
    status: str = "running"

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=2, sort_keys=True, default=str)


@dataclass
class Context:
    """What every stage gets: the open database, the settings, the run, and where work runs."""

    con: duckdb.DuckDBPyConnection
    settings: Settings
    run_id: str
    progress: bool = False
    engine: Engine = field(default_factory=LocalEngine)


def new_run_id() -> str:
    now = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{now}-{uuid.uuid4().hex[:6]}"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# ---------------------------------------------------------------- the run


@contextmanager
def recorded_run(
    con: duckdb.DuckDBPyConnection, command: str, settings: Settings, db_path: str
) -> Iterator[RunSummary]:
    """Record a run in `runs`: started now, ended with its status, counts and durations."""
    summary = RunSummary(run_id=new_run_id(), db_path=db_path)
    # We hold the lock: a run still marked running was killed before it could say so.
    con.execute("UPDATE runs SET status = 'killed' WHERE status = 'running'")
    con.execute(
        "INSERT INTO runs (run_id, command, started_at, status, settings, version) VALUES (?, ?, ?, ?, ?, ?)",
        [summary.run_id, command, utcnow(), "running", settings.to_json(), __version__],
    )
    try:
        yield summary
    except BaseException:
        summary.status = "failed"
        raise
    else:
        summary.status = "rejects" if summary.rejects_by_reason else "ok"
    finally:
        con.execute(
            "UPDATE runs SET ended_at = ?, status = ?, counts = ?, durations = ? WHERE run_id = ?",
            [utcnow(), summary.status, json.dumps(summary.counts), json.dumps(summary.durations),
             summary.run_id],
        )


def run(
    paths: Iterable[Path],
    db_path: Path,
    report_dir: Path | None,
    settings: Settings | None = None,
    stages: Iterable[str] = STAGES,
    command: str = "run",
    progress: bool = False,
) -> RunSummary:
    """The whole pipeline (or the named stages) on the given inputs."""
    settings = settings or Settings()
    wanted = [s for s in ORDER if s in set(stages)]
    engine = (
        make_engine(settings.engine, settings.scheduler or None,
                    Path(settings.work_dir) if settings.work_dir else None, settings.workers or os.cpu_count() or 1)
        if set(wanted) & PARALLEL else LocalEngine()
    )
    with locking.lock(db_path), store.connect(db_path) as con, recorded_run(
        con, command, settings, str(db_path)
    ) as summary:
        ctx = Context(con, settings, summary.run_id, progress, engine)
        try:
            run_stages(ctx, wanted, list(paths), report_dir, summary)
        finally:
            close_quietly(engine)
    return summary


def run_stages(
    ctx: Context, wanted: list[str], paths: list[Path], report_dir: Path | None, summary: RunSummary
) -> None:
    con, settings = ctx.con, ctx.settings
    for stage in wanted:
        started = time.perf_counter()
        if stage == "ingest":
            summary.counts["ingest"] = stage_ingest(con, paths, settings, summary, ctx.progress)
        elif stage == "report":
            if report_dir is not None:
                summary.report_path = str(stage_report(con, report_dir, settings, summary.run_id))
                summary.counts["report"] = {"pages": sum(1 for _ in report_dir.rglob("*.html"))}
        else:
            summary.counts[stage] = STAGE_FUNCTIONS[stage](ctx)
        summary.durations[stage] = round(time.perf_counter() - started, 3)
        die_if_asked(stage)
        log.info("%s: %s in %.1fs", stage, summary.counts.get(stage), summary.durations[stage])


def die_if_asked(stage: str) -> None:
    """Fault injection for the kill tests: CROSSWIRE_KILL_AFTER=<stage> SIGKILLs this process
    right after that stage committed, as an operator's `kill -9` would."""
    if os.environ.get("CROSSWIRE_KILL_AFTER") == stage:
        os.kill(os.getpid(), signal.SIGKILL)


# ---------------------------------------------------------------- ingest


def stage_ingest(
    con: duckdb.DuckDBPyConnection, paths: list[Path], settings: Settings, summary: RunSummary,
    progress: bool,
) -> dict[str, int]:
    files = list(ingest.discover(paths))
    changed, fingerprints = changed_files(con, files)
    result = ingest.read_paths(changed, settings, progress=progress)
    articles = result.articles
    known = set(
        store.read_frame(con, "SELECT article_id FROM articles")["article_id"]
    ) if not articles.empty else set()
    new = articles[~articles["article_id"].isin(known)].copy()
    new = link_to_stored_copies(con, new)
    new["first_run_id"] = summary.run_id
    rejects = result.rejects.assign(run_id=summary.run_id)
    with store.transaction(con):
        store.insert_frame(con, "articles", new)
        before = count(con, "rejects")
        store.insert_frame(con, "rejects", rejects, on_conflict_ignore=True)
        new_rejects = count(con, "rejects") - before
        replace_by_key(con, "ingested_files", fingerprints.assign(run_id=summary.run_id), "path")
    summary.rejects_by_reason = result.rejects["reason"].value_counts().to_dict()
    return {
        "files": len(files),
        "files_read": len(changed),
        "records": len(articles) + len(result.rejects),
        "new_articles": len(new),
        "already_stored": len(articles) - len(new),
        "rejects": len(result.rejects),
        "new_rejects": new_rejects,
    }


def changed_files(con: duckdb.DuckDBPyConnection, files: list[Path]) -> tuple[list[Path], pd.DataFrame]:
    """The files that are new or changed since they were last ingested, with their fingerprints."""
    stored = store.read_frame(con, "SELECT path, size, mtime, sha1 FROM ingested_files").set_index("path")
    changed: list[Path] = []
    rows = []
    for path in files:
        key = str(path.resolve())
        stat = path.stat()
        if key in stored.index and stored.at[key, "size"] == stat.st_size and stored.at[key, "mtime"] == stat.st_mtime:
            continue
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        rows.append({"path": key, "size": stat.st_size, "mtime": stat.st_mtime, "sha1": digest})
        if key not in stored.index or stored.at[key, "sha1"] != digest:
            changed.append(path)
    return changed, pd.DataFrame(rows, columns=["path", "size", "mtime", "sha1"])


def link_to_stored_copies(con: duckdb.DuckDBPyConnection, new: pd.DataFrame) -> pd.DataFrame:
    """A new article whose normalised text is already stored points at the stored one."""
    if new.empty:
        return new
    with store.registered(con, "_new_hashes", new[["content_hash"]].drop_duplicates()):
        stored = store.read_frame(
            con,
            "SELECT content_hash, min(article_id) AS first_id FROM articles "
            "WHERE content_hash IN (SELECT content_hash FROM _new_hashes) GROUP BY content_hash",
        )
    first = new["content_hash"].map(dict(zip(stored["content_hash"], stored["first_id"], strict=True)))
    new["duplicate_of"] = first.where(first.notna(), new["duplicate_of"])
    return new


def count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(store.scalar(con, f"SELECT count(*) FROM {table}"))


# ---------------------------------------------------------------- extract

EXTRACT_TABLES = ("citations", "quotes", "claims", "figures", "dates", "months")


def stage_extract(ctx: Context) -> dict[str, int]:
    """Extract new articles, a day's partition at a time, on the run's engine."""
    from tqdm import tqdm

    from compare import extract

    todo = store.read_frame(ctx.con, store.load_sql("pipeline/new_articles"), {"stage": "extract"})
    counts = {"articles": len(todo), **{t: 0 for t in EXTRACT_TABLES}}
    per_partition = max(50, min(EXTRACT_BATCH, len(todo) // (2 * ctx.engine.parallelism) + 1))
    partitions = by_day(todo, max_rows=per_partition)
    wave = 2 * ctx.engine.parallelism  # partitions in flight at once
    with tqdm(total=len(todo), desc="extract", unit="article", disable=not ctx.progress) as bar:
        for start in range(0, len(partitions), wave):
            parts = partitions[start:start + wave]
            for part, result in zip(parts, ctx.engine.map(extract.extract_frame, parts), strict=True):
                with store.transaction(ctx.con):
                    for table in EXTRACT_TABLES:
                        counts[table] += store.insert_frame(
                            ctx.con, table, getattr(result, table), on_conflict_ignore=True
                        )
                    mark_done(ctx.con, "extract", part["article_id"], ctx.run_id)
                bar.update(len(part))
    return counts


def mark_done(con: duckdb.DuckDBPyConnection, stage: str, ids: pd.Series, run_id: str) -> None:
    frame = pd.DataFrame({"stage": stage, "article_id": ids.to_numpy(), "run_id": run_id})
    store.insert_frame(con, "stage_done", frame, on_conflict_ignore=True)


# ---------------------------------------------------------------- cluster


def stage_cluster(ctx: Context) -> dict[str, int]:
    from compare import cluster

    con, settings, run_id = ctx.con, ctx.settings, ctx.run_id
    sql = store.load_sql("pipeline/cluster_input")
    params: dict[str, Any] = {"only_new": True, "lo": None, "hi": None}
    new = store.read_frame(con, sql, params)
    if new.empty:
        return {"new_articles": 0, "stories_touched": 0, "aliases": 0}
    window = timedelta(days=settings.cluster_window_days)
    dated = new["published_at"].dropna()
    lo = (dated.min() - window) if not dated.empty else datetime(1900, 1, 1)
    hi = (dated.max() + window) if not dated.empty else datetime(2999, 1, 1)
    known = store.read_frame(con, sql, {"only_new": False, "lo": lo, "hi": hi})
    assignments = _assignments_of(con, known)
    update = cluster.assign_incremental(new, known, assignments, settings, run_id)
    with store.transaction(con):
        write_cluster_update(con, update, run_id)
    return {
        "new_articles": len(new),
        "stories_touched": len(update.stories),
        "aliases": len(update.aliases),
    }


def stage_recluster(ctx: Context) -> dict[str, int]:
    """Cluster every stored article again (explicit: `crosswire cluster --full`). A new story
    keeps the id of the old story it mostly holds; other old ids become aliases."""
    from compare import cluster

    sql = store.load_sql("pipeline/cluster_input")
    everything = {"lo": datetime(1900, 1, 1), "hi": datetime(2999, 1, 1)}
    articles = pd.concat([
        store.read_frame(ctx.con, sql, {"only_new": False, **everything}),
        store.read_frame(ctx.con, sql, {"only_new": True, **everything}),
    ], ignore_index=True)
    assignments = store.read_frame(ctx.con, "SELECT story_id, article_id, score FROM story_articles")
    update = cluster.full_recluster(articles, assignments, ctx.settings, ctx.run_id)
    with store.transaction(ctx.con):
        write_cluster_update(ctx.con, update, ctx.run_id)
    return {"articles": len(articles), "stories_touched": len(update.stories), "aliases": len(update.aliases)}


def _assignments_of(con: duckdb.DuckDBPyConnection, known: pd.DataFrame) -> pd.DataFrame:
    with store.registered(con, "_known", known[["article_id"]]):
        return store.read_frame(
            con,
            "SELECT sa.story_id, sa.article_id, sa.score FROM story_articles sa "
            "JOIN _known USING (article_id)",
        )


def write_cluster_update(con: duckdb.DuckDBPyConnection, update: Any, run_id: str) -> None:
    links = update.story_articles.assign(run_id=run_id)
    stories = update.stories.assign(updated_run_id=run_id)
    aliases = update.aliases.assign(run_id=run_id)
    replace_by_key(con, "story_articles", links, "article_id")
    gone = pd.concat([stories["story_id"], aliases["old_id"]]) if not aliases.empty else stories["story_id"]
    created = store.read_frame(con, "SELECT story_id, created_run_id FROM stories")
    stories = stories.merge(created, on="story_id", how="left", suffixes=("", "_old"))
    if "created_run_id_old" in stories:
        stories["created_run_id"] = stories["created_run_id_old"].fillna(run_id)
    else:
        stories["created_run_id"] = run_id
    replace_by_key(con, "stories", pd.DataFrame({"story_id": gone}), "story_id", insert=False)
    store.insert_frame(con, "stories", stories)
    store.insert_frame(con, "story_aliases", aliases, on_conflict_ignore=True)


def replace_by_key(
    con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, key: str, insert: bool = True
) -> None:
    """Delete the table's rows whose key is in the frame, then insert the frame."""
    if frame.empty:
        return
    with store.registered(con, "_keys", frame[[key]].drop_duplicates()):
        con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM _keys)")
    if insert:
        store.insert_frame(con, table, frame)


# ---------------------------------------------------------------- align and discrepancies


@cache
def agency_names() -> dict[str, str]:
    """Lower-cased agency names and aliases -> canonical agency (to know an agency's own articles)."""
    names = {
        row["alias"].casefold(): row["agency"]
        for row in lexicon.load_table("agencies")
        if row.get("alias") and row.get("kind") != "not_citation"
    }
    names.update({row["agency"].casefold(): row["agency"] for row in lexicon.load_table("agencies")})
    return names


def agency_of_outlet(outlet: Any) -> str | None:
    if not isinstance(outlet, str):
        return None
    return agency_names().get(outlet.strip().casefold())


def story_inputs(con: duckdb.DuckDBPyConnection, story_ids: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Quotes, figures, claims, citations and articles of the given stories."""
    with store.registered(con, "_stories", story_ids[["story_id"]]):
        frames = {
            table: store.read_frame(con, store.load_sql("pipeline/story_items").format(table=table))
            for table in ("quotes", "figures", "claims", "citations", "dates")
        }
        articles = store.read_frame(con, store.load_sql("pipeline/story_articles_meta"))
    articles["agency_of_article"] = articles["outlet"].map(agency_of_outlet)
    frames["articles"] = articles
    return frames


def stage_align(ctx: Context) -> dict[str, int]:
    """Align the stories whose articles changed; the matching runs on the run's engine."""

    def work(batches: list[pd.DataFrame], inputs: list[dict[str, pd.DataFrame]]) -> dict[str, int]:
        results = ctx.engine.map(partial(align_inputs, settings=ctx.settings), inputs)
        totals = {"groups": 0, "alignments": 0}
        for batch, result in zip(batches, results, strict=True):
            replace_by_key(ctx.con, "quote_groups", batch, "story_id", insert=False)
            replace_by_key(ctx.con, "quote_alignments", batch, "story_id", insert=False)
            totals["groups"] += store.insert_frame(ctx.con, "quote_groups", result.groups.assign(run_id=ctx.run_id))
            totals["alignments"] += store.insert_frame(
                ctx.con, "quote_alignments", result.alignments.assign(run_id=ctx.run_id)
            )
        return totals

    return per_story_stage(ctx, "align", work)


def align_inputs(inputs: dict[str, pd.DataFrame], settings: Settings) -> Any:
    """One batch of stories' alignment (runs on a worker under --engine dask)."""
    from compare import align

    return align.align_frame(inputs["quotes"], inputs["figures"], inputs["articles"], settings)


def stage_discrepancies(ctx: Context) -> dict[str, int]:
    """Findings for the stories whose articles changed; the comparison runs on the run's engine."""
    con, run_id = ctx.con, ctx.run_id

    def work(batches: list[pd.DataFrame], inputs: list[dict[str, pd.DataFrame]]) -> dict[str, int]:
        for batch, given in zip(batches, inputs, strict=True):
            given.update(alignment_of(con, batch))
        results = ctx.engine.map(partial(discrepancy_inputs, settings=ctx.settings), inputs)
        total = 0
        for batch, found in zip(batches, results, strict=True):
            found = keep_first_seen(con, found.drop_duplicates("discrepancy_id"), run_id)
            replace_by_key(con, "discrepancies", batch, "story_id", insert=False)
            store.insert_frame(con, "discrepancies", found.assign(run_id=run_id), on_conflict_ignore=True)
            total += len(found)
        return {"discrepancies": total}

    return per_story_stage(ctx, "discrepancies", work)


def alignment_of(con: duckdb.DuckDBPyConnection, batch: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The stored quote groups and alignments of a batch of stories."""
    with store.registered(con, "_stories", batch[["story_id"]]):
        return {
            table: store.read_frame(con, store.load_sql("pipeline/story_rows").format(table=table))
            for table in ("quote_groups", "quote_alignments")
        }


def discrepancy_inputs(inputs: dict[str, pd.DataFrame], settings: Settings) -> pd.DataFrame:
    """One batch of stories' findings (runs on a worker under --engine dask)."""
    from compare import align, discrepancies

    alignment = align.Alignment(groups=inputs["quote_groups"], alignments=inputs["quote_alignments"])
    return discrepancies.find(
        alignment, inputs["quotes"], inputs["figures"], inputs["claims"], inputs["citations"],
        inputs["articles"], settings, dates=inputs["dates"],
    )


def keep_first_seen(con: duckdb.DuckDBPyConnection, found: pd.DataFrame, run_id: str) -> pd.DataFrame:
    """A finding recomputed with the same id keeps the run that first saw it."""
    if found.empty:
        return found
    with store.registered(con, "_found", found[["discrepancy_id"]]):
        seen = store.read_frame(
            con, "SELECT discrepancy_id, coalesce(first_run_id, run_id) AS first_run_id "
            "FROM discrepancies JOIN _found USING (discrepancy_id)",
        )
    first = found["discrepancy_id"].map(dict(zip(seen["discrepancy_id"], seen["first_run_id"], strict=True)))
    return found.assign(first_run_id=first.astype(object).where(first.notna(), run_id))


def per_story_stage(
    ctx: Context,
    stage: str,
    work: Callable[[list[pd.DataFrame], list[dict[str, pd.DataFrame]]], dict[str, int]],
) -> dict[str, int]:
    """Redo the stories whose articles changed: batches of stories, each batch's writes and its
    bookkeeping in one transaction, so a killed run redoes at most the batches in flight."""
    from tqdm import tqdm

    todo = store.read_frame(ctx.con, store.load_sql("pipeline/stories_to_redo"), {"stage": stage})
    totals: dict[str, int] = {"stories": len(todo)}
    batches = [todo.iloc[i:i + STORY_BATCH] for i in range(0, len(todo), STORY_BATCH)]
    wave = 2 * ctx.engine.parallelism
    for start in tqdm(range(0, len(batches), wave), desc=stage, unit="wave", disable=not ctx.progress):
        group = batches[start:start + wave]
        inputs = [story_inputs(ctx.con, batch) for batch in group]
        with store.transaction(ctx.con):
            for key, value in work(group, inputs).items():
                totals[key] = totals.get(key, 0) + value
            done = pd.concat(group).assign(stage=stage, run_id=ctx.run_id)
            with store.registered(ctx.con, "_done", done):
                ctx.con.execute(
                    "INSERT OR REPLACE INTO story_stage (stage, story_id, signature, run_id) "
                    "SELECT stage, story_id, signature, run_id FROM _done"
                )
    return totals


# ---------------------------------------------------------------- report


def stage_report(con: duckdb.DuckDBPyConnection, report_dir: Path, settings: Settings, run_id: str) -> Path:
    from compare import report

    return report.build(con, report_dir, settings, run_id=run_id)


PARALLEL = {"extract", "align", "discrepancies"}  # the stages whose work goes to the engine
STAGE_FUNCTIONS: dict[str, Callable[[Context], dict[str, int]]] = {
    "extract": stage_extract,
    "cluster": stage_cluster,
    "recluster": stage_recluster,
    "align": stage_align,
    "discrepancies": stage_discrepancies,
}


# ---------------------------------------------------------------- nightly and backfill


def nightly(
    input_dir: Path, db_path: Path, report_dir: Path, settings: Settings, progress: bool = False,
    snapshot: Path | None = None,
) -> RunSummary:
    """Ingest what is new in input_dir, update every stage, rebuild the report, write the run's
    JSON summary beside the report, and refresh the analysts' read-only snapshot."""
    summary = run([input_dir], db_path, report_dir, settings, command="nightly", progress=progress)
    with store.connect(db_path, read_only=True) as con:
        new_findings = store.scalar(
            con, "SELECT count(*) FROM discrepancies WHERE first_run_id = ?", [summary.run_id]
        )
    summary.counts["new_findings"] = {"discrepancies": int(new_findings)}
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / "run-summary.json").write_text(summary.to_json(), encoding="utf-8")
    if snapshot is not None:
        write_snapshot(db_path, snapshot)
    return summary


def write_snapshot(db_path: Path, snapshot: Path) -> None:
    """Copy the database whole, then rename: readers never see a half-written file."""
    import shutil

    tmp = snapshot.with_name(snapshot.name + ".tmp")
    shutil.copyfile(db_path, tmp)
    tmp.replace(snapshot)


def backfill(
    db_path: Path, report_dir: Path | None, date_from: datetime, date_to: datetime, settings: Settings,
    progress: bool = False,
) -> RunSummary:
    """Redo extraction, alignment and findings for the articles published in [date_from, date_to]
    with the given settings (which the run records). Story assignments are kept."""
    with locking.lock(db_path), store.connect(db_path) as con, store.transaction(con):
        store.execute_script(con, store.load_sql("pipeline/backfill_reset"), {"lo": date_from, "hi": date_to})
    return run([], db_path, report_dir, settings, stages=STAGES[1:], command="backfill", progress=progress)
