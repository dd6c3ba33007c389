"""Every threshold and default in one place; a run records the settings it used."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from compare.errors import SettingsError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"
REPORTS_DIR = PROJECT_ROOT / "reports"
DATA_DIR = Path(__file__).resolve().parent / "data"
SAMPLE_CORPUS = PROJECT_ROOT / "samples" / "corpus"
DEFAULT_DB = PROJECT_ROOT / "build" / "crosswire.duckdb"
DEFAULT_REPORT = PROJECT_ROOT / "build" / "report"

# Languages the tool supports; language detection is restricted to these.
LANGUAGES = ("en", "id", "ms", "vi", "ru", "uk", "fr", "es", "de", "ko")


@dataclass(frozen=True)
class Settings:
    # where per-partition work runs: "local" or "dask" (scheduler address, or a LocalCluster)
    engine: str = "local"
    scheduler: str = ""
    # ingest
    languages: tuple[str, ...] = LANGUAGES
    max_record_chars: int = 2_000_000  # longer records are rejected as oversize
    # cluster
    cluster_window_days: int = 3
    cluster_threshold: float = 0.35
    # align
    quote_match_threshold: float = 70.0  # rapidfuzz score (0-100) to join a quote group
    figure_tolerance: float = 0.02  # relative difference under which two figures agree
    # reliability
    min_evidence: int = 5  # below this count an outlet is "too little evidence", not ranked
    # report
    page_size: int = 200
    extra: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), sort_keys=True, default=str)

    def replace(self, **changes: object) -> Settings:
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def parse_overrides(pairs: list[str]) -> dict[str, object]:
    """Turn ["cluster_threshold=0.4", ...] from the command line into typed values."""
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    out: dict[str, object] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or name not in fields:
            raise SettingsError(f"--set expects NAME=VALUE with a known name, got {pair!r}")
        default = getattr(Settings(), name)
        try:
            out[name] = type(default)(raw) if not isinstance(default, tuple) else tuple(
                raw.split(",")
            )
        except ValueError as e:
            raise SettingsError(f"--set {name}: {raw!r} is not a {type(default).__name__}") from e
    return out
