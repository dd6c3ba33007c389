"""The DuckDB store: open, migrate, load SQL by name, write DataFrames."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from compare.errors import DatabaseError
from compare.settings import SQL_DIR

MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def migrations(sql_dir: Path = SQL_DIR) -> list[tuple[int, Path]]:
    """The numbered migration files, in order."""
    found = []
    for path in sorted(sql_dir.glob("*.sql")):
        m = MIGRATION_NAME.match(path.name)
        if m:
            found.append((int(m.group(1)), path))
    return found


@cache
def load_sql(name: str) -> str:
    """The text of sql/<name>.sql (name may hold a sub-folder: 'views/outlet_reliability')."""
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise DatabaseError(f"no SQL file named {name!r} (looked for {path})")
    return path.read_text(encoding="utf-8")


def connect(db_path: Path | str = ":memory:", read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database and bring its schema up to date (never on a read-only handle)."""
    if str(db_path) != ":memory:":
        path = Path(db_path)
        if read_only and not path.exists():
            raise DatabaseError(f"{path}: no database here yet; run `crosswire run` first")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(db_path), read_only=read_only)
    except duckdb.IOException as e:
        raise DatabaseError(f"{db_path}: cannot open the database ({str(e).splitlines()[0]})") from e
    if not read_only:
        migrate(con)
        create_views(con)
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
        "name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    return int(scalar(con, "SELECT coalesce(max(version), 0) FROM schema_version"))


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply each migration the database has not seen, in order, each in its own transaction."""
    schema_version(con)
    applied = {int(r[0]) for r in con.execute("SELECT version FROM schema_version").fetchall()}
    for number, path in migrations():
        if number in applied:
            continue
        with transaction(con):
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [number, path.stem])
    return schema_version(con)


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the analyst views in sql/views/, in name order (a view may use an earlier one)."""
    views_dir = SQL_DIR / "views"
    pending = sorted(views_dir.glob("*.sql")) if views_dir.is_dir() else []
    # Views may depend on each other; retry until no progress (the set is small).
    while pending:
        failed = []
        for path in pending:
            try:
                con.execute(f"CREATE OR REPLACE VIEW {path.stem} AS\n{path.read_text(encoding='utf-8')}")
            except duckdb.CatalogException:
                failed.append(path)
        if len(failed) == len(pending):
            names = ", ".join(p.stem for p in failed)
            raise DatabaseError(f"views that cannot be created: {names}")
        pending = failed


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [r[0] for r in rows]


def has_key(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Whether the table has a primary key or unique constraint (INSERT OR IGNORE needs one)."""
    return bool(scalar(
        con,
        "SELECT count(*) FROM duckdb_constraints() WHERE table_name = ? "
        "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')",
        [table],
    ))


def insert_frame(
    con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, on_conflict_ignore: bool = False
) -> int:
    """Insert the DataFrame's columns that the table has (others are ignored); returns rows given."""
    if df is None or df.empty:
        return 0
    cols = [c for c in table_columns(con, table) if c in df.columns]
    if not cols:
        raise DatabaseError(f"nothing to insert into {table}: no matching columns")
    frame = df[cols]
    quoted = ", ".join(f'"{c}"' for c in cols)
    verb = "INSERT OR IGNORE" if on_conflict_ignore and has_key(con, table) else "INSERT"
    with registered(con, "_frame_to_insert", frame):
        con.execute(f'{verb} INTO {table} ({quoted}) SELECT {quoted} FROM _frame_to_insert')
    return len(frame)


@contextlib.contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame) -> Iterator[None]:
    """A DataFrame visible to SQL as `name` for the block. A failure inside keeps its own
    error: unregistering in an aborted transaction would raise another one over it."""
    con.register(name, frame)
    try:
        yield
    finally:
        with contextlib.suppress(duckdb.Error):
            con.unregister(name)


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | dict[str, Any] | None = None) -> Any:
    """The first value of a query's first row (None when no row); the result is read to the end,
    as DuckDB wants before the connection does anything else."""
    rows = con.execute(sql, params if params is not None else []).fetchall()
    return rows[0][0] if rows else None


def execute_script(
    con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any] | None = None
) -> None:
    """Run a file of ';'-separated statements, binding to each the parameters it names."""
    for statement in (part.strip() for part in sql.split(";")):
        body = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--"))
        if not body.strip():
            continue
        named = {k: v for k, v in (params or {}).items() if f"${k}" in body}
        con.execute(body, named)


def read_frame(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | dict[str, Any] | None = None
) -> pd.DataFrame:
    """A query's result as a DataFrame; values only ever reach SQL as bound parameters."""
    return con.execute(sql, params if params is not None else []).df()
