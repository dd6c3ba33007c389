"""The static HTML report: queries in sql/queries/ feed Jinja2 templates in reports/.

`build(con, out_dir, settings)` writes a self-contained folder (no CDN, no network at view
time): index.html, paginated story/finding/outlet/agency lists, one page per story, outlet and
agency, the stylesheet and the findings filter script. Every value that comes from an article
is escaped by Jinja's autoescape; only http(s) URLs become links.

What keeps a large build (100k articles, 10k stories, 400k findings) about linear:
- data is fetched with one query per kind (not per page), read straight into dicts, and grouped
  by story once, so 10k story pages cost 10k template renders and no query each;
- the macros every row repeats (outlet, agency, story and article links, badges, pager links)
  are rendered once per argument (`Fragments`), and the pager links the first, the last and
  the PAGER_REACH pages either side of the current one (a pager of every page was quadratic);
- from PARALLEL_FROM stories on, the story and findings pages are written by
  `Settings.workers` forked processes (`in_processes`), each taking every n-th page.
"""

from __future__ import annotations

import difflib
import gc
import hashlib
import json
import logging
import math
import multiprocessing
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from compare import charts, lexicon
from compare.align_text import normalise
from compare.errors import CrosswireError
from compare.settings import REPORTS_DIR, SQL_DIR, Settings
from compare.store import insert_frame, load_sql, transaction

ASSETS = ("style.css", "filter.js")
SECTIONS = ("stories", "findings", "outlets", "agencies")
MARKER = ".crosswire-report"  # marks a folder this module wrote, so a rebuild may clear it
INDEX_TOP = 15  # stories and new findings listed on the index page
WORST_FINDINGS = 50  # findings listed on an outlet or agency page
PARALLEL_FROM = 1000  # stories: from this many, story and findings pages are written in parallel
SAFE_SCHEMES = frozenset({"http", "https"})
DIFF_OPS = {
    "equal": "equal", "=": "equal", " ": "equal", "eq": "equal", "same": "equal",
    "delete": "delete", "-": "delete", "del": "delete", "removed": "delete",
    "insert": "insert", "+": "insert", "ins": "insert", "added": "insert",
    "replace": "replace", "~": "replace", "change": "replace", "changed": "replace",
}
NO_WORD_DIFF = frozenset({"reference", "cross_language"})
SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")
# Names, urls and words recur on many pages (an outlet on every page, a quote's words in each of
# its versions): their slugs, checked urls and word counts are worked out once per process.
MEMO_SIZE = 1 << 17
log = logging.getLogger(__name__)

Row = dict[str, Any]


# ---------------------------------------------------------------- formatting and safety


def safe_url(url: object) -> str | None:
    """The URL when it is an absolute http(s) URL, else None (javascript:, data:, relative)."""
    if not isinstance(url, str) or not url.strip():
        return None
    return _checked_url(url)


@lru_cache(maxsize=MEMO_SIZE)
def _checked_url(url: str) -> str | None:
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return text


def slug(name: object) -> str:
    """A file name for any outlet, agency or story id: ASCII words plus a hash, never a path."""
    return _slug(str(name))


@lru_cache(maxsize=MEMO_SIZE)
def _slug(text: str) -> str:
    words = SLUG_UNSAFE.sub("-", text.lower()).strip("-")[:40]
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{words}-{digest}" if words else digest


def pct(value: object) -> str:
    if not _present(value):
        return "–"
    return f"{float(value):.0%}"  # type: ignore[arg-type]


def num(value: object) -> str:
    """A figure's value for people: 10,000 / 2.5 / 1,500,000,000."""
    if not _present(value):
        return "–"
    number = float(value)  # type: ignore[arg-type]
    if number.is_integer():
        return f"{int(number):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".")


def day(value: object) -> str:
    if not _present(value):
        return "date unknown"
    if isinstance(value, datetime | date):
        return _strftime(value, "%Y-%m-%d")
    return str(value)[:10]


def when(value: object) -> str:
    if not _present(value):
        return "date unknown"
    if isinstance(value, datetime):
        return _strftime(value, "%Y-%m-%d %H:%M")
    return day(value)


@lru_cache(maxsize=MEMO_SIZE)
def _strftime(value: date, pattern: str) -> str:
    """An article's time is shown on several pages: formatted once."""
    return value.strftime(pattern)


def score(value: object) -> str:
    """A similarity as a percentage, whether stored 0-1 (align) or 0-100 (rapidfuzz)."""
    if not _present(value):
        return "–"
    number = float(value)  # type: ignore[arg-type]
    return f"{number:.0%}" if number <= 1.0 else f"{number:.0f}%"


def _present(value: object) -> bool:
    if value is None or value is pd.NaT:
        return False
    return not (isinstance(value, float) and math.isnan(value))


# ---------------------------------------------------------------- word diffs


@dataclass(frozen=True)
class Segment:
    op: str  # equal, delete (only in the reference), insert (only in this version)
    text: str


def _diff_entries(raw: object) -> list[tuple[str, str, str]]:
    """[(op, old, new)] from the stored diff JSON: [[op, text], [op, old, new], {op, text}]."""
    try:
        items = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return []
    entries: list[tuple[str, str, str]] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            item = [item.get("op"), item.get("text") or item.get("old"), item.get("new")]
        if not isinstance(item, list | tuple) or len(item) < 2:
            continue
        op = DIFF_OPS.get(str(item[0]).lower())
        old, new = str(item[1] or ""), str(item[2]) if len(item) > 2 and item[2] else ""
        if op:
            entries.append((op, old, new))
    return entries


def _computed_entries(reference: str, text: str) -> list[tuple[str, str, str]]:
    """A word diff of one aligned pair (difflib; only for pairs already found and shown)."""
    ref_words, words = reference.split(), text.split()
    matcher = difflib.SequenceMatcher(a=ref_words, b=words, autojunk=False)
    entries: list[tuple[str, str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = " ".join(ref_words[i1:i2]), " ".join(words[j1:j2])
        entries.append((op, old, new) if op == "replace" else (op, old or new, ""))
    return entries


def _split_sides(entries: list[tuple[str, str, str]]) -> tuple[list[Segment], list[Segment]]:
    """The reference side (equal + deleted words) and this version's (equal + inserted)."""
    left: list[Segment] = []
    right: list[Segment] = []
    for op, old, new in entries:
        if op == "equal":
            left.append(Segment("equal", old))
            right.append(Segment("equal", old))
        elif op == "delete":
            left.append(Segment("delete", old))
        elif op == "insert":
            right.append(Segment("insert", old))
        else:
            left.append(Segment("delete", old))
            right.append(Segment("insert", new))
    return left, right


def _project(segments: list[Segment], original: object) -> list[Segment]:
    """The original text marked with the diff's ops, when the stored diff holds normalised words
    (casefolded, no punctuation) that line up with it word for word; else the segments as they
    are. Keeps what the outlet published on screen, case and punctuation included."""
    if not isinstance(original, str):
        return segments
    ops = [s.op for s in segments for _ in range(_word_count(s.text))]
    tokens = original.split()
    counts = [_word_count(token) for token in tokens]
    if not tokens or sum(counts) != len(ops):
        return segments
    projected: list[Segment] = []
    position = 0
    for token, count in zip(tokens, counts, strict=True):
        mine = ops[position : position + count]
        position += count
        op = next((o for o in mine if o != "equal"), "equal")
        if projected and projected[-1].op == op:
            projected[-1] = Segment(op, f"{projected[-1].text} {token}")
        else:
            projected.append(Segment(op, token))
    return projected


@lru_cache(maxsize=MEMO_SIZE)
def _word_count(text: str) -> int:
    """How many normalised words a stretch of text holds (a token may hold none, or two)."""
    return len(normalise(text).split())


def diff_sides(row: Row) -> tuple[list[Segment], list[Segment]] | None:
    """The reference and this version as segments with removed / added words marked: from the
    stored diff (quote_alignments.diff), else a word diff of the two texts."""
    if row.get("verdict") in NO_WORD_DIFF or row.get("cross_language"):
        return None
    entries = _diff_entries(row.get("diff"))
    if entries:
        left, right = _split_sides(entries)
        return _project(left, row.get("reference_text")), _project(right, row.get("text"))
    if row.get("reference_text") and row.get("text"):
        return _split_sides(_computed_entries(str(row["reference_text"]), str(row["text"])))
    return None


# ---------------------------------------------------------------- data


@dataclass
class ReportData:
    """Every row the pages render from, fetched once per build (one query per kind)."""

    summary: Row
    runs: list[Row]
    current_run: Row | None
    previous_run: Row | None
    new_counts: Row
    stories: list[Row]
    story_articles: list[Row]
    story_quotes: list[Row]
    story_figures: list[Row]
    findings: list[Row]
    outlets: list[Row]
    agencies: list[Row]
    agency_citations: list[Row]
    scores: list[Row]
    weekly: list[Row]
    measures: list[Row]
    finding_kinds: list[Row]
    checks: list[Row] = field(default_factory=list)


def query(con: duckdb.DuckDBPyConnection, name: str, params: dict | None = None) -> list[Row]:
    """A report query's rows as dicts of plain Python values (None for NULL, lists for LISTs),
    read straight from DuckDB: no DataFrame in between, which cost more than the query itself."""
    cursor = con.execute(load_sql(f"queries/{name}"), params or {})
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def run_checks(con: duckdb.DuckDBPyConnection) -> list[Row]:
    """Each data check in sql/checks/ with the number of offending rows (0 = pass)."""
    results = []
    for path in sorted((SQL_DIR / "checks").glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        first = sql.splitlines()[0] if sql else ""
        count = con.execute(f"SELECT count(*) FROM ({sql})").fetchone()
        results.append({
            "name": path.stem,
            "question": first.lstrip("- ").strip(),
            "failures": int(count[0]) if count else 0,
        })
    return results


def _pick_runs(runs: list[Row], run_id: str | None) -> tuple[Row | None, Row | None]:
    """The run the report describes (given, else the newest) and the one before it."""
    if run_id is None:
        return (runs[0] if runs else None), (runs[1] if len(runs) > 1 else None)
    for position, run in enumerate(runs):
        if run["run_id"] == run_id:
            return run, (runs[position + 1] if position + 1 < len(runs) else None)
    raise CrosswireError(f"no run {run_id!r} in the database; `crosswire runs` lists them")


def load(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> ReportData:
    runs = query(con, "runs")
    current, previous = _pick_runs(runs, run_id)
    new_counts = query(con, "new_since_run", {"run_id": current["run_id"]})[0] if current else {}
    return ReportData(
        summary=query(con, "run_summary")[0],
        runs=runs,
        current_run=current,
        previous_run=previous,
        new_counts=new_counts,
        stories=query(con, "stories"),
        story_articles=query(con, "story_articles"),
        story_quotes=query(con, "story_quotes"),
        story_figures=query(con, "story_figures"),
        findings=query(con, "findings"),
        outlets=query(con, "outlets"),
        agencies=query(con, "agencies"),
        agency_citations=query(con, "agency_citations"),
        scores=query(con, "reliability_scores"),
        weekly=query(con, "reliability_weekly"),
        measures=query(con, "reliability_measures"),
        finding_kinds=query(con, "finding_kinds"),
        checks=run_checks(con),
    )


def group_by(rows: Iterable[Row], *keys: str) -> dict[Any, list[Row]]:
    """Rows under each value of the given columns, order kept, in one pass over the rows."""
    groups: dict[Any, list[Row]] = {}
    for row in rows:
        for key in keys:
            value = row.get(key)
            if value is not None and (key == keys[0] or value != row.get(keys[0])):
                groups.setdefault(value, []).append(row)
    return groups


def _head(rows: list[Row] | None, size: int) -> tuple[list[Row], int]:
    """The first `size` rows and how many were left out (keeps every page bounded)."""
    rows = rows or []
    return rows[:size], max(0, len(rows) - size)


# ---------------------------------------------------------------- pagination


@dataclass(frozen=True)
class Page:
    number: int
    count: int
    items: list[Row]
    total: int

    @staticmethod
    def file_name(number: int) -> str:
        return "index.html" if number == 1 else f"page-{number}.html"

    @property
    def name(self) -> str:
        return self.file_name(self.number)


def paginate(items: Sequence[Row], size: int) -> Iterator[Page]:
    """Pages of at most `size` items; one empty page when there are none."""
    size = max(1, size)
    count = max(1, -(-len(items) // size))
    for number in range(1, count + 1):
        chunk = list(items[(number - 1) * size : number * size])
        yield Page(number=number, count=count, items=chunk, total=len(items))


# ---------------------------------------------------------------- scorecards and charts


def scorecard(scores: list[Row], measures: list[Row], scope: str) -> list[Row]:
    """One row per measure of the scope, present or not, with the interval bar geometry."""
    found = {row["measure"]: row for row in scores}
    rows = []
    for measure in (m for m in measures if m["scope"] == scope):
        row = {**measure, **found.get(measure["measure"], {"n": 0})}
        if row["n"]:
            row["bar"] = charts.interval_bar(row["share"], row["wilson_low"], row["wilson_high"])
        rows.append(row)
    return rows


def trends(weekly: list[Row], measures: list[Row], scope: str) -> list[Row]:
    """A trend chart per measure that has weekly data (rows come oldest week first)."""
    by_measure = group_by(weekly, "measure")
    out = []
    for measure in (m for m in measures if m["scope"] == scope):
        points = [
            charts.WeekPoint(label=r["iso_week"], share=r["share"], low=r["wilson_low"],
                             high=r["wilson_high"], n=int(r["n"]))
            for r in by_measure.get(measure["measure"], [])
        ]
        chart = charts.trend(points)
        if chart is not None:
            out.append({"measure": measure, "chart": chart, "weeks": points})
    return out


def ranking_tables(scores: list[Row], measures: list[Row], scope: str) -> list[Row]:
    """Per measure, the names with enough evidence in rank order (others are never ranked)."""
    tables = []
    for measure in (m for m in measures if m["scope"] == scope):
        rows = [r for r in scores if r["measure"] == measure["measure"]]
        ranked = sorted((r for r in rows if r["rank"] is not None),
                        key=lambda r: (r["rank"], r["name"]))
        unranked = sum(1 for r in rows if not r["enough_evidence"])
        tables.append({"measure": measure, "rows": ranked, "unranked": unranked})
    return tables


# ---------------------------------------------------------------- the site


class RowEnvironment(Environment):
    """Jinja's environment with one shortcut: `row.column` on a row dict reads the key first.

    Jinja tries the attribute first and the key only after an AttributeError, which cost more
    than anything else in a page with thousands of rows. Rows never have keys named like dict
    methods that the templates call (`kinds.values()` is keyed by finding kind)."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


@cache
def environment() -> Environment:
    """The one Jinja environment (autoescaped, filters beside it); templates compile once."""
    env = RowEnvironment(
        loader=FileSystemLoader(str(REPORTS_DIR)),
        autoescape=select_autoescape(("html", "svg", "xml"), default_for_string=True,
                                     default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates do not change during a build: no stat per page
    )
    env.filters.update(safe_url=safe_url, slug=slug, pct=pct, num=num, day=day, when=when,
                       score=score)
    env.globals.update(diff_sides=diff_sides)
    return env


PAGER_REACH = 5  # pages linked either side of the current one
PAGER_GAP = '<span class="gap">…</span>'


class Fragments:
    """The small macros of macros.html that every row repeats (links to outlets, agencies, stories
    and articles, severity and verdict badges, pager links), rendered once per argument for pages
    at one depth. Templates call them as `frag.outlet_link(name)`; the HTML stays in macros.html."""

    CACHED = ("story_link", "outlet_link", "agency_link", "severity", "verdict")
    article_link: Any

    def __init__(self, env: Environment, context: dict[str, Any]) -> None:
        module: Any = env.get_template("macros.html").make_module(vars=context)  # macros by name
        for name in self.CACHED:
            setattr(self, name, cache(getattr(module, name)))
        # Article links repeat less (a finding's article also in the story's list): bounded.
        self.article_link = lru_cache(maxsize=MEMO_SIZE)(module.article_link)
        self._pager_link = cache(module.pager_link)
        self._pager_current = cache(module.pager_current)

    def pager_links(self, page: Page) -> Markup:
        """Links to the first and last pages and to the PAGER_REACH pages either side of this one
        (its own number unlinked, a gap mark where numbers are skipped): a bounded pager, so a
        list of N pages costs N small pagers, not N pagers of N links."""
        shown = sorted({1, page.count, *range(max(1, page.number - PAGER_REACH),
                                               min(page.count, page.number + PAGER_REACH) + 1)})
        parts: list[str] = []
        for previous, number in zip([0, *shown], shown, strict=False):
            if number - previous > 1:
                parts.append(PAGER_GAP)
            parts.append(str(self._pager_current(number) if number == page.number
                             else self._pager_link(number, Page.file_name(number))))
        return Markup("".join(parts))


@dataclass
class Site:
    """Writes the pages of one build into out_dir."""

    out_dir: Path
    settings: Settings
    data: ReportData
    env: Environment = field(default_factory=environment)

    def __post_init__(self) -> None:
        # Pages link only to pages that exist: these sets say which do.
        self.links = {
            "story_ids": {r["story_id"] for r in self.data.stories},
            "outlet_names": {r["outlet"] for r in self.data.outlets},
            "agency_names": {r["agency"] for r in self.data.agencies},
        }
        self.fragments: dict[int, Fragments] = {}

    def fragments_at(self, depth: int) -> Fragments:
        if depth not in self.fragments:
            context = {"root": "../" * depth, **self.links}
            self.fragments[depth] = Fragments(self.env, context)
        return self.fragments[depth]

    def write(self, relative: str, template: str, **context: Any) -> Path:
        depth = relative.count("/")
        html = self.env.get_template(template).render(
            root="../" * depth, summary=self.data.summary, current_run=self.data.current_run,
            frag=self.fragments_at(depth), **self.links, **context,
        )
        path = self.out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        return path

    @property
    def size(self) -> int:
        return self.settings.page_size


def prepare(out_dir: Path) -> None:
    """Create out_dir; clear the sections a previous build of ours left there."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if (out_dir / MARKER).is_file():
        for section in SECTIONS:
            shutil.rmtree(out_dir / section, ignore_errors=True)
    (out_dir / MARKER).write_text("written by crosswire's report builder\n", encoding="utf-8")
    for asset in ASSETS:
        shutil.copyfile(REPORTS_DIR / asset, out_dir / asset)


def write_index(site: Site) -> Path:
    data = site.data
    run_id = data.current_run["run_id"] if data.current_run else None
    new_findings = [f for f in data.findings if run_id and f["first_run_id"] == run_id]
    new_stories = [s for s in data.stories if run_id and s["created_run_id"] == run_id]
    return site.write(
        "index.html", "index.html",
        top_stories=data.stories[:INDEX_TOP],
        new_counts=data.new_counts,
        new_findings=_head(new_findings, INDEX_TOP),
        new_stories=_head(new_stories, INDEX_TOP),
        previous_run=data.previous_run,
        runs=data.runs[:10],
        checks=data.checks,
    )


@dataclass(frozen=True)
class Share:
    """Which of the bulk pages (story and findings pages) one process writes: every `count`-th
    page from `index` on."""

    index: int = 0
    count: int = 1

    def mine(self, position: int) -> bool:
        return position % self.count == self.index


@dataclass
class StoryRows:
    """Each story's rows, grouped once before the page writers start."""

    articles: dict[Any, list[Row]]
    quotes: dict[Any, list[Row]]
    figures: dict[Any, list[Row]]
    findings: dict[Any, list[Row]]

    @classmethod
    def of(cls, data: ReportData) -> StoryRows:
        return cls(articles=group_by(data.story_articles, "story_id"),
                   quotes=group_by(data.story_quotes, "story_id"),
                   figures=group_by(data.story_figures, "story_id"),
                   findings=group_by(data.findings, "story_id"))


def write_stories(site: Site, rows: StoryRows, share: Share = Share()) -> None:
    data = site.data
    for position, page in enumerate(paginate(data.stories, site.size)):
        if share.mine(position):
            site.write(f"stories/{page.name}", "stories.html", page=page)
    for position, story in enumerate(data.stories):
        if not share.mine(position):
            continue
        sid = story["story_id"]
        site.write(
            f"stories/{slug(sid)}.html", "story.html",
            story=story,
            coverage=coverage_by_day(rows.articles.get(sid, [])),
            articles=_head(rows.articles.get(sid), site.size),
            quote_groups=quote_groups(rows.quotes.get(sid), site.size),
            figures=_head(rows.figures.get(sid), site.size),
            findings=_head(rows.findings.get(sid), site.size),
        )


def coverage_by_day(articles: list[Row]) -> list[Row]:
    """Per day: how many articles, in which languages, from which outlets."""
    days: dict[str, Row] = {}
    for article in articles:
        key = day(article["published_at"]) if _present(article["published_at"]) else "undated"
        entry = days.setdefault(key, {"day": key, "n": 0, "languages": set(), "outlets": set()})
        entry["n"] += 1
        entry["languages"].add(article["language"] or "?")
        entry["outlets"].add(article["outlet"] or "unknown outlet")
    return [{**e, "languages": sorted(e["languages"]), "outlets": sorted(e["outlets"])}
            for _, e in sorted(days.items())]


def quote_groups(quotes: list[Row] | None, size: int) -> Row:
    """Quote groups with their versions (reference first), at most `size` versions in all;
    groups carried by one outlet only are listed apart (nothing to compare them with)."""
    rows, left_out = _head(quotes, size)
    groups: dict[str, Row] = {}
    for row in rows:
        group = groups.setdefault(row["group_id"], {
            "group_id": row["group_id"], "speaker": row["speaker"], "versions": [],
            "reference_outlet": row["reference_outlet"],
        })
        if row["verdict"] == "reference":
            group["reference_outlet"] = row["outlet"]
        group["versions"].append({**row, "sides": diff_sides(row)})
    compared = [g for g in groups.values() if len(g["versions"]) > 1]
    single = [g["versions"][0] for g in groups.values() if len(g["versions"]) == 1]
    return {"compared": compared, "single": single, "left_out": left_out}


def write_findings(site: Site, share: Share = Share()) -> None:
    kinds = {k["kind"]: k for k in site.data.finding_kinds}
    for position, page in enumerate(paginate(site.data.findings, site.size)):
        if share.mine(position):
            site.write(
                f"findings/{page.name}", "findings.html",
                page=page, kinds=kinds, options=filter_options(page.items),
            )


def filter_options(items: Iterable[Row]) -> dict[str, list[tuple[str, str]]]:
    """The values present on one findings page, for its filter menus: (value, label)."""
    rows = list(items)

    def values(key: str, label_key: str | None = None) -> list[tuple[str, str]]:
        seen = {str(r[key]): str(r[label_key or key]) for r in rows if r.get(key) is not None}
        return sorted(seen.items(), key=lambda kv: kv[1].lower())

    order = {"high": 0, "medium": 1, "low": 2}
    severities = sorted(values("severity"), key=lambda kv: order.get(kv[0], 3))
    return {"kind": values("kind", "kind_label"), "severity": severities,
            "outlet": values("outlet"), "language": values("language")}


def _scope(rows: list[Row], scope: str) -> dict[Any, list[Row]]:
    return group_by((r for r in rows if r["scope"] == scope), "name")


def write_outlets(site: Site) -> None:
    data = site.data
    scores, weekly = _scope(data.scores, "outlet"), _scope(data.weekly, "outlet")
    rankings = ranking_tables([r for r in data.scores if r["scope"] == "outlet"],
                              data.measures, "outlet")
    for page in paginate(data.outlets, site.size):
        rows = [{**o, "scores": scorecard(scores.get(o["outlet"], []), data.measures, "outlet")}
                for o in page.items]
        site.write(f"outlets/{page.name}", "outlets.html", page=page, rows=rows,
                   rankings=rankings if page.number == 1 else [])
    worst = group_by(data.findings, "outlet")
    for outlet in data.outlets:
        name = outlet["outlet"]
        site.write(
            f"outlets/{slug(name)}.html", "outlet.html",
            outlet=outlet,
            scores=scorecard(scores.get(name, []), data.measures, "outlet"),
            trends=trends(weekly.get(name, []), data.measures, "outlet"),
            findings=_head(worst.get(name), min(site.size, WORST_FINDINGS)),
        )


def write_agencies(site: Site) -> None:
    data = site.data
    scores, weekly = _scope(data.scores, "agency"), _scope(data.weekly, "agency")
    rankings = ranking_tables([r for r in data.scores if r["scope"] == "agency"],
                              data.measures, "agency")
    for page in paginate(data.agencies, site.size):
        rows = [{**a, "scores": scorecard(scores.get(a["agency"], []), data.measures, "agency")}
                for a in page.items]
        site.write(f"agencies/{page.name}", "agencies.html", page=page, rows=rows,
                   rankings=rankings if page.number == 1 else [])
    citing = group_by(data.agency_citations, "agency")
    # Findings where the agency's own copy is the reference, or is the article itself.
    involving = group_by(data.findings, "reference_outlet", "outlet")
    for agency in data.agencies:
        name = agency["agency"]
        site.write(
            f"agencies/{slug(name)}.html", "agency.html",
            agency=agency,
            scores=scorecard(scores.get(name, []), data.measures, "agency"),
            trends=trends(weekly.get(name, []), data.measures, "agency"),
            citing=_head(citing.get(name), site.size),
            findings=_head(involving.get(name), min(site.size, WORST_FINDINGS)),
        )


def refresh_agency_aliases(con: duckdb.DuckDBPyConnection) -> int:
    """Copy the agencies' names from compare/data/agencies.csv into agency_aliases.

    On a read-only handle (an analyst's snapshot) the table keeps what the last run wrote."""
    rows = {
        row["alias"].strip().lower(): row["agency"].strip()
        for row in lexicon.load_table("agencies")
        if row.get("alias") and row.get("agency") and row.get("kind") != "not_citation"
    }
    frame = pd.DataFrame({"alias_key": list(rows), "agency": list(rows.values())})
    try:
        with transaction(con):
            con.execute("DELETE FROM agency_aliases")
            insert_frame(con, "agency_aliases", frame)
    except duckdb.InvalidInputException as e:
        if "read-only" not in str(e):
            raise
        log.info("read-only database: agency_aliases left as the last run wrote them")
        return 0
    return len(frame)


def _use_settings(con: duckdb.DuckDBPyConnection, settings: Settings) -> None:
    """Make the reliability views use this build's evidence threshold (session only)."""
    con.execute(f"SET VARIABLE min_evidence = {int(settings.min_evidence)}")


def build(
    con: duckdb.DuckDBPyConnection,
    out_dir: Path,
    settings: Settings,
    run_id: str | None = None,
) -> Path:
    """Write the whole report into out_dir and return the path of its index.html."""
    out_dir = Path(out_dir)
    refresh_agency_aliases(con)
    _use_settings(con, settings)
    data = load(con, run_id)
    prepare(out_dir)
    site = Site(out_dir=out_dir, settings=settings, data=data)
    rows = StoryRows.of(data)

    def write_bulk(share: Share) -> None:
        write_stories(site, rows, share)
        write_findings(site, share)

    in_processes(write_bulk, page_writers(settings, len(data.stories)))
    write_outlets(site)
    write_agencies(site)
    return write_index(site)


# ---------------------------------------------------------------- page writers in parallel


def page_writers(settings: Settings, n_stories: int) -> int:
    """Processes that write the story and findings pages: `Settings.workers` (0 = one per core)
    for large reports, one below PARALLEL_FROM stories (a fork costs more than it saves)."""
    if n_stories < PARALLEL_FROM:
        return 1
    return max(1, settings.workers or os.cpu_count() or 1)


def in_processes(job: Callable[[Share], None], workers: int) -> None:
    """job(share) in `workers` processes, this one included, each writing its share of the pages.

    The others are forked once the rows are loaded, so they read them without copying or
    pickling (gc.freeze keeps the collector from touching, hence copying, every row); they only
    render and write files, never use the database. A failed writer fails the build."""
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        job(Share())
        return
    context = multiprocessing.get_context("fork")
    gc.freeze()
    children = [context.Process(target=job, args=(Share(k, workers),), daemon=True)
                for k in range(1, workers)]
    try:
        for child in children:
            child.start()
        job(Share(0, workers))
    finally:
        for child in children:
            child.join()
        gc.unfreeze()
    failed = [child.exitcode for child in children if child.exitcode]
    if failed:
        raise CrosswireError(f"report: {len(failed)} page-writing process(es) failed "
                             f"(exit codes {failed}); the message above says why")
