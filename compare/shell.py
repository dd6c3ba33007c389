"""SQL for analysts, served by the same DuckDB engine that wrote the file (a separate `duckdb`
CLI can lag the Python package, and an older engine cannot read a newer file)."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

from compare import store
from compare.errors import DatabaseError

PROMPT, MORE = "crosswire> ", "      ...> "
HELP = """Statements end with ';'. Dot commands:
  .tables      list tables and views
  .views       list the analyst views with the question each answers
  .help        this text
  .quit        leave (or Ctrl-D)"""


def run_query(db_path: Path, query: str, fmt: str = "table") -> str:
    with store.connect(db_path, read_only=True) as con:
        return format_result(con, query, fmt)


def format_result(con: duckdb.DuckDBPyConnection, query: str, fmt: str) -> str:
    try:
        if fmt == "table":
            relation = con.sql(query)
            return "" if relation is None else str(relation)
        frame = con.execute(query).df()
    except duckdb.Error as e:
        raise DatabaseError(f"query failed: {str(e).splitlines()[0]}") from e
    if fmt == "csv":
        return frame.to_csv(index=False).rstrip("\n")
    return frame.to_json(orient="records", lines=True, force_ascii=False, date_format="iso").rstrip("\n")


def dot_command(con: duckdb.DuckDBPyConnection, line: str) -> str | None:
    """Handle a dot command; None means quit."""
    word = line.split()[0]
    if word in (".quit", ".exit"):
        return None
    if word == ".tables":
        return format_result(con, "SELECT table_name, table_type FROM information_schema.tables "
                                  "WHERE table_schema = 'main' ORDER BY table_type, table_name", "table")
    if word == ".views":
        views = sorted((store.SQL_DIR / "views").glob("*.sql"))
        return "\n".join(f"{p.stem}: {first_comment(p)}" for p in views) or "no views"
    return HELP


def first_comment(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("--"):
            return line.lstrip("- ").strip()
    return ""


def interactive(db_path: Path) -> None:
    with store.connect(db_path, read_only=True) as con:
        print(f"crosswire SQL on {db_path} (read-only). .help for help.", file=sys.stderr)
        buffer: list[str] = []
        while True:
            try:
                line = input(MORE if buffer else PROMPT)
            except EOFError:
                print(file=sys.stderr)
                return
            if not buffer and line.strip().startswith("."):
                out = dot_command(con, line.strip())
                if out is None:
                    return
                print(out)
                continue
            buffer.append(line)
            if line.rstrip().endswith(";"):
                query, buffer = "\n".join(buffer), []
                try:
                    print(format_result(con, query, "table"))
                except DatabaseError as e:
                    print(f"error: {e}", file=sys.stderr)
