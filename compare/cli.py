"""The `crosswire` command: thin over the library. Each command opens what it needs and calls
one library function; user mistakes become one line on stderr and a documented exit code.

Exit codes: 0 done; 1 done, but some input was rejected (see the `rejects` table);
2 a user error (bad path, bad setting, bad query); 3 the database is locked by another run;
4 an unexpected internal error (rerun with --verbose for the traceback).
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from compare import __version__
from compare.errors import CrosswireError
from compare.settings import DEFAULT_DB, DEFAULT_REPORT, SAMPLE_CORPUS, Settings, parse_overrides

EXIT_OK, EXIT_REJECTS, EXIT_USER, EXIT_LOCKED, EXIT_INTERNAL = 0, 1, 2, 3, 4
F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("compare")


def setup_logging(verbose: bool, quiet: bool) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for noisy in ("trafilatura", "htmldate", "charset_normalizer", "dateparser"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def common_options(func: F) -> F:
    """--quiet, --verbose and --set NAME=VALUE, the same on every command."""

    @click.option("--quiet", "-q", is_flag=True, help="Only warnings and errors; no progress bars.")
    @click.option("--verbose", "-v", is_flag=True, help="Debug logging, and tracebacks on errors.")
    @click.option("--set", "overrides", multiple=True, metavar="NAME=VALUE",
                  help="Override a setting (see compare/settings.py), e.g. --set cluster_threshold=0.4.")
    @functools.wraps(func)
    def wrapper(*args: Any, quiet: bool, verbose: bool, overrides: tuple[str, ...], **kwargs: Any) -> Any:
        setup_logging(verbose, quiet)
        ctx = click.get_current_context()
        ctx.obj = {"verbose": verbose, "progress": not quiet and sys.stderr.isatty()}
        try:
            settings = Settings().replace(**parse_overrides(list(overrides)))
            return func(*args, settings=settings, **kwargs)
        except CrosswireError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(e.exit_code)
        except (KeyboardInterrupt, BrokenPipeError):
            sys.exit(130)
        except Exception as e:  # a bug of ours: one line, traceback only with --verbose
            if verbose:
                raise
            click.echo(f"internal error: {type(e).__name__}: {e} (rerun with --verbose for details)", err=True)
            sys.exit(EXIT_INTERNAL)

    return wrapper  # type: ignore[return-value]


db_option = click.option(
    "--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True,
    help="The DuckDB database file.",
)
report_option = click.option(
    "--report", "report_dir", type=click.Path(path_type=Path), default=DEFAULT_REPORT, show_default=True,
    help="Folder for the static HTML report.",
)


def progress_wanted() -> bool:
    return bool(click.get_current_context().obj.get("progress"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="crosswire")
def cli() -> None:
    """crosswire: compare how news outlets relay wire services and state media."""


def finish(summary: Any) -> None:
    """Print the run's one-line summary per reject reason and exit with the documented code."""
    for reason, n in sorted(summary.rejects_by_reason.items()):
        click.echo(f"rejected {n} record(s): {reason} (see the rejects table)", err=True)
    counts = ", ".join(f"{stage}: {c}" for stage, c in summary.counts.items())
    click.echo(f"run {summary.run_id} {summary.status}; {counts}", err=True)
    if summary.report_path:
        click.echo(f"report: {summary.report_path}", err=True)
    sys.exit(EXIT_REJECTS if summary.rejects_by_reason else EXIT_OK)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_option
@report_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction and alignment run: this process, or Dask.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="A running Dask scheduler (tcp://host:8786); without it --engine dask starts a LocalCluster.")
@click.option("--work-dir", type=click.Path(path_type=Path), default=None,
              help="Folder for the Dask partitions (Parquet by day); on a real cluster, a path every worker sees.")
@common_options
def run(paths: tuple[Path, ...], db_path: Path, report_dir: Path, engine: str, scheduler: str | None,
        work_dir: Path | None, settings: Settings) -> None:
    """Run the whole pipeline on PATHS (files or folders; default: the sample corpus)."""
    from compare import pipeline

    settings = settings.replace(engine=engine, scheduler=scheduler or "", work_dir=str(work_dir or ""))
    summary = pipeline.run(list(paths) or [SAMPLE_CORPUS], db_path, report_dir, settings,
                           progress=progress_wanted())
    finish(summary)


@cli.command(name="ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@common_options
def ingest_cmd(paths: tuple[Path, ...], db_path: Path, settings: Settings) -> None:
    """Read files and folders into the database; bad records go to the rejects table."""
    from compare import pipeline

    finish(pipeline.run(list(paths), db_path, None, settings, stages=["ingest"], command="ingest",
                        progress=progress_wanted()))


@cli.command(name="extract")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON object per article of PATHS to stdout; no database.")
@db_option
@common_options
def extract_cmd(paths: tuple[Path, ...], as_json: bool, db_path: Path, settings: Settings) -> None:
    """Extract citations, quotes, figures and dates (of new articles in the database, or of PATHS with --json)."""
    from compare import pipeline

    if as_json:
        if not paths:
            raise click.UsageError("--json needs at least one input path")
        print_extraction(list(paths), settings)
        return
    if paths:
        raise click.UsageError("without --json, extract works on the database; use `ingest` for files")
    finish(pipeline.run([], db_path, None, settings, stages=["extract"], command="extract",
                        progress=progress_wanted()))


def print_extraction(paths: list[Path], settings: Settings) -> None:
    from compare import extract, ingest

    result = ingest.read_paths(paths, settings)
    for record in result.articles.to_dict("records"):
        record["id"] = record.get("external_id")
        record["published_at"] = None if _missing(record.get("published_at")) else record["published_at"]
        click.echo(json.dumps(extract.extract_record(record), ensure_ascii=False, default=str))
    report_rejects(result.rejects)


def report_rejects(rejects: Any) -> None:
    for reason, n in rejects["reason"].value_counts().sort_index().items():
        click.echo(f"rejected {n} record(s): {reason}", err=True)
    for row in rejects.head(20).itertuples():
        where = f"{row.file}:{row.line}" if row.line is not None and str(row.line) != "<NA>" else row.file
        click.echo(f"  {where}: {row.reason}: {row.detail}", err=True)
    if len(rejects):
        sys.exit(EXIT_REJECTS)


def _missing(value: Any) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))


@cli.command(name="cluster")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Cluster PATHS alone and print {id, story_id} per article; no database.")
@click.option("--full", is_flag=True, help="Re-cluster every stored article (story ids kept where possible).")
@db_option
@common_options
def cluster_cmd(paths: tuple[Path, ...], as_json: bool, full: bool, db_path: Path, settings: Settings) -> None:
    """Assign articles to stories (new articles in the database, or PATHS with --json)."""
    from compare import pipeline

    if as_json:
        if not paths:
            raise click.UsageError("--json needs at least one input path")
        print_clusters(list(paths), settings)
        return
    stages = ["recluster", "align", "discrepancies"] if full else ["cluster"]
    finish(pipeline.run([], db_path, None, settings, stages=stages, command="recluster" if full else "cluster",
                        progress=progress_wanted()))


def print_clusters(paths: list[Path], settings: Settings) -> None:
    from compare import cluster, extract, ingest

    result = ingest.read_paths(paths, settings)
    articles = with_anchors(result.articles, extract.extract_frame(result.articles))
    assigned = cluster.cluster_frame(articles, settings)
    ids = dict(zip(articles["article_id"], articles["external_id"].fillna(articles["article_id"]), strict=True))
    for row in assigned.itertuples():
        click.echo(json.dumps({"id": ids[row.article_id], "article_id": row.article_id,
                               "story_id": row.story_id}, ensure_ascii=False))
    report_rejects(result.rejects)


def with_anchors(articles: Any, extraction: Any) -> Any:
    """Join the extraction's agencies, figure values and dates onto the articles, as lists."""
    lists = {
        "agencies": extraction.citations.groupby("article_id")["agency"].agg(lambda s: sorted(set(s))),
        "figures": extraction.figures.groupby("article_id")["value"].agg(list),
        "dates": extraction.dates.groupby("article_id")["date"].agg(lambda s: sorted({str(d) for d in s})),
    }
    out = articles.copy()
    for name, series in lists.items():
        out[name] = out["article_id"].map(series).apply(lambda v: v if isinstance(v, list) else [])
    return out


def stage_command(stage: str, doc: str) -> None:
    @db_option
    @common_options
    def command(db_path: Path, settings: Settings) -> None:
        from compare import pipeline

        finish(pipeline.run([], db_path, None, settings, stages=[stage], command=stage,
                            progress=progress_wanted()))

    command.__doc__ = doc
    cli.command(name=stage)(command)


stage_command("align", "Group the variants of each quote and figure inside stories that changed.")
stage_command("discrepancies", "Turn alignments into typed findings for stories that changed.")


@cli.command(name="report")
@db_option
@report_option
@common_options
def report_cmd(db_path: Path, report_dir: Path, settings: Settings) -> None:
    """Render the static HTML report from the database."""
    from compare import pipeline

    finish(pipeline.run([], db_path, report_dir, settings, stages=["report"], command="report",
                        progress=progress_wanted()))


@cli.command()
@click.option("--input", "input_dir", type=click.Path(path_type=Path), required=True,
              help="The folder the scrapers fill; only new or changed files are read.")
@db_option
@report_option
@click.option("--snapshot", type=click.Path(path_type=Path), default=None,
              help="Also copy the database here after the run, for analysts to open read-only "
                   "[default: DB with .snapshot.duckdb].")
@common_options
def nightly(input_dir: Path, db_path: Path, report_dir: Path, snapshot: Path | None, settings: Settings) -> None:
    """The nightly job: ingest what is new, update stories, alignments, findings and scores,
    rebuild the report, write run-summary.json beside it and refresh the read-only snapshot."""
    from compare import pipeline

    snapshot = snapshot or db_path.with_name(db_path.stem + ".snapshot.duckdb")
    finish(pipeline.nightly(input_dir, db_path, report_dir, settings, progress_wanted(), snapshot))


@cli.command()
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), required=True)
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), required=True)
@db_option
@report_option
@common_options
def backfill(date_from: Any, date_to: Any, db_path: Path, report_dir: Path, settings: Settings) -> None:
    """Redo extraction, alignment and findings for articles published between --from and --to
    (inclusive), with the settings given by --set; the run records them."""
    from datetime import timedelta

    from compare import pipeline

    finish(pipeline.backfill(db_path, report_dir, date_from, date_to + timedelta(days=1, microseconds=-1),
                             settings, progress_wanted()))


@cli.command(name="sql")
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@db_option
@common_options
def sql_cmd(query: str, fmt: str, db_path: Path, settings: Settings) -> None:
    """Run one SQL QUERY on the database (read-only) and print the result."""
    from compare import shell

    click.echo(shell.run_query(db_path, query, fmt))


@cli.command(name="shell")
@db_option
@common_options
def shell_cmd(db_path: Path, settings: Settings) -> None:
    """An interactive SQL prompt on the database (read-only; `.tables`, `.views`, `.quit`)."""
    from compare import shell

    shell.interactive(db_path)


def main() -> None:
    cli(prog_name="crosswire")
