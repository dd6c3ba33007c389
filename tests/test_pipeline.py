"""The pipeline end to end through the CLI, on a folder of good and bad input (synthetic)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from compare import store
from compare.cli import cli

TABLES = ("articles", "rejects", "citations", "quotes", "figures", "dates", "stories", "story_articles",
          "quote_groups", "quote_alignments", "discrepancies")

ARTICLES = [
    {"id": "a1", "url": "https://daily-sample.example.com/2024/11/02/talks", "outlet": "Daily Sample",
     "language": "en", "published_at": "2024-11-02",
     "title": "Talks resume <script>alert('x')</script>",
     "text": 'Negotiators from both sides met in Geneva on Friday, Reuters reported. "We are closer than ever '
             'to an agreement on the border," Foreign Minister Anna Lind told reporters after the meeting. '
             "About 10,000 troops remain near the border, officials said."},
    {"id": "a2", "url": "https://morning-post.example.org/world/talks-geneva", "outlet": "Morning Post",
     "language": "en", "published_at": "2024-11-02",
     "title": "Geneva talks resume",
     "text": 'Negotiators met again in Geneva on Friday, according to Reuters. "We are closer than ever to an '
             'agreement," Foreign Minister Anna Lind said. Up to 12,000 troops remain near the border, '
             "officials said."},
    {"id": "a3", "url": "https://harian-contoh.example.id/dunia/perundingan", "outlet": "Harian Contoh",
     "language": "id", "published_at": "2024-11-02",
     "title": "Perundingan di Jenewa dilanjutkan",
     "text": 'Para perunding bertemu lagi di Jenewa pada hari Jumat, Reuters melaporkan. "Kami lebih dekat '
             'dari sebelumnya untuk mencapai kesepakatan," kata Menteri Luar Negeri Anna Lind. Sekitar '
             "10.000 tentara masih berada di dekat perbatasan."},
]


def make_inbox(root: Path) -> Path:
    inbox = root / "inbox"
    inbox.mkdir()
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    lines.insert(2, '{"id": "t1", "text": "a truncated rec')
    lines.append(json.dumps({"id": "n1", "title": "no text here", "text": ""}))
    (inbox / "day1.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inbox / "empty.jsonl").write_bytes(b"")
    (inbox / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
    latin = ("Les négociateurs se sont retrouvés vendredi à Genève, selon l'AFP. « Nous sommes plus proches "
             "que jamais d'un accord », a déclaré la ministre Anna Lind.")
    (inbox / "depeche.txt").write_bytes(latin.encode("latin-1"))
    return inbox


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_run_twice_on_mixed_input(tmp_path):
    inbox = make_inbox(tmp_path)
    db, report = tmp_path / "x.duckdb", tmp_path / "report"
    first = invoke("run", str(inbox), "--db", str(db), "--report", str(report), "--quiet")
    assert first.exit_code == 1, first.output  # rejects were recorded
    after_first = counts(db)
    assert after_first["articles"] == 4
    with duckdb.connect(str(db), read_only=True) as con:
        reasons = dict(con.execute("SELECT reason, count(*) FROM rejects GROUP BY reason").fetchall())
        runs = con.execute("SELECT status, counts FROM runs").fetchall()
        fr = con.execute("SELECT language FROM articles WHERE source_file LIKE '%depeche.txt'").fetchone()
    assert reasons == {"truncated_json": 1, "missing_text": 1, "empty_file": 1, "binary_file": 1}
    assert fr == ("fr",)
    assert runs[0][0] == "rejects" and "extract" in json.loads(runs[0][1])
    for table in ("citations", "quotes", "figures", "stories", "story_articles"):
        assert after_first[table] > 0, table

    second = invoke("run", str(inbox), "--db", str(db), "--report", str(report), "--quiet")
    assert second.exit_code == 0, second.output  # nothing new read, nothing new rejected
    assert counts(db) == after_first

    html = "\n".join(p.read_text(encoding="utf-8") for p in report.rglob("*.html"))
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;" in html


def test_exit_codes_and_one_line_errors(tmp_path):
    missing = invoke("run", str(tmp_path / "nowhere"), "--db", str(tmp_path / "d.duckdb"), "--quiet")
    assert missing.exit_code == 2
    assert missing.output.strip().startswith("error:") and "no such file" in missing.output
    assert "Traceback" not in missing.output
    bad_setting = invoke("run", "--set", "nope=1", "--db", str(tmp_path / "d.duckdb"))
    assert bad_setting.exit_code == 2 and "nope" in bad_setting.output
    bad_sql = invoke("sql", "SELEC 1", "--db", str(tmp_path / "d.duckdb"))
    assert bad_sql.exit_code == 2


def test_lock_stops_a_second_run_and_a_stale_lock_is_cleared(tmp_path):
    db = tmp_path / "x.duckdb"
    lock = tmp_path / "x.duckdb.lock"
    lock.write_text(json.dumps({"pid": os.getpid(), "host": os.uname().nodename, "since": 0}))
    held = invoke("ingest", str(make_inbox(tmp_path)), "--db", str(db), "--quiet")
    assert held.exit_code == 3 and "in use by another run" in held.output
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock.write_text(json.dumps({"pid": int(dead.stdout), "host": os.uname().nodename, "since": 0}))
    freed = invoke("ingest", str(tmp_path / "inbox"), "--db", str(db), "--quiet")
    assert freed.exit_code == 1 and not lock.exists()


def test_old_database_upgrades_in_place(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    store.schema_version(con)
    first = store.migrations()[0][1]
    con.execute(first.read_text(encoding="utf-8"))
    con.execute("INSERT INTO schema_version (version, name) VALUES (1, ?)", [first.stem])
    con.execute("INSERT INTO runs (run_id, started_at, status) VALUES ('old', now(), 'ok')")
    con.close()
    con = store.connect(db)
    applied = [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
    assert applied == [n for n, _ in store.migrations()]
    assert con.execute("SELECT run_id FROM runs").fetchall() == [("old",)]
    assert "first_run_id" in store.table_columns(con, "discrepancies")


def test_every_command_has_help_and_is_in_the_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"crosswire {name}" in readme or f"`{name}`" in readme, name


@pytest.mark.parametrize("stage", ["ingest", "extract", "cluster", "align", "discrepancies"])
def test_a_run_killed_after_a_stage_is_finished_by_the_next(tmp_path, stage):
    inbox = make_inbox(tmp_path)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert invoke("run", str(inbox), "--db", str(clean_db), "--report", str(tmp_path / "r1"), "-q").exit_code == 1
    env = {**os.environ, "CROSSWIRE_KILL_AFTER": stage}
    cmd = [sys.executable, "-m", "compare", "run", str(inbox), "--db", str(killed_db), "--report",
           str(tmp_path / "r2"), "-q"]
    died = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert died.returncode == -signal.SIGKILL, died.stderr
    env.pop("CROSSWIRE_KILL_AFTER")
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert rerun.returncode in (0, 1), rerun.stderr
    assert counts(killed_db) == counts(clean_db)
    with duckdb.connect(str(killed_db), read_only=True) as con:
        statuses = sorted(r[0] for r in con.execute("SELECT status FROM runs").fetchall())
    assert statuses == ["killed", "ok"] or statuses == ["killed", "rejects"]


@pytest.mark.parametrize(("outlet", "agency"), [
    ("Reuters", "Reuters"), ("reuters", "Reuters"), ("ТАСС", "TASS"), ("Yonhap", "Yonhap"),
    ("Daily Sample", None), ("Reuters Institute", None), (None, None),
])
def test_an_agency_own_articles_are_known_by_outlet(outlet, agency):
    from compare import pipeline

    assert pipeline.agency_of_outlet(outlet) == agency


def test_full_recluster_keeps_story_ids_or_aliases_them(tmp_path):
    inbox = make_inbox(tmp_path)
    db = tmp_path / "x.duckdb"
    invoke("run", str(inbox), "--db", str(db), "--report", str(tmp_path / "r"), "-q")
    with duckdb.connect(str(db), read_only=True) as con:
        before = dict(con.execute("SELECT article_id, story_id FROM story_articles").fetchall())
    again = invoke("cluster", "--full", "--db", str(db), "-q")
    assert again.exit_code == 0, again.output
    with duckdb.connect(str(db), read_only=True) as con:
        after = dict(con.execute("SELECT article_id, story_id FROM story_articles").fetchall())
        aliases = dict(con.execute("SELECT old_id, story_id FROM story_aliases").fetchall())
        commands = [r[0] for r in con.execute("SELECT command FROM runs ORDER BY started_at").fetchall()]
    assert set(after) == set(before)
    assert all(after[a] == aliases.get(s, s) for a, s in before.items())
    assert commands[-1] == "recluster"
