"""Language data: one CSV per kind in compare/data/, a row per (language, entry).

Users extend any table without touching the package: a CSV of the same name in the folder
named by the CROSSWIRE_DATA_DIR environment variable adds its rows to ours.
Lines starting with '#' are comments. Tables are read once per process.
"""

from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path

from compare.errors import SettingsError
from compare.settings import DATA_DIR


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.lstrip().startswith("#"))
        rows = []
        for n, row in enumerate(csv.DictReader(lines), start=2):
            if None in row:
                raise SettingsError(f"{path}: row {n} has more fields than the header")
            rows.append({k: (v or "").strip() for k, v in row.items()})
        return rows


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """All rows of data/<name>.csv plus the user's rows of the same name."""
    path = DATA_DIR / f"{name}.csv"
    if not path.is_file():
        raise SettingsError(f"no language data file {path}")
    rows = _read_csv(path)
    user_dir = os.environ.get("CROSSWIRE_DATA_DIR")
    if user_dir and (Path(user_dir) / f"{name}.csv").is_file():
        rows += _read_csv(Path(user_dir) / f"{name}.csv")
    return tuple(rows)


def rows_for(name: str, language: str | None) -> list[dict[str, str]]:
    """Rows of a table for one language, plus rows marked for every language ('*')."""
    return [r for r in load_table(name) if r.get("language") in (language, "*")]
