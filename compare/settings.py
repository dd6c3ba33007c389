"""Every threshold and default in one place; a run records the settings it used."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    work_dir: str = ""  # where Dask partitions are written: a path every worker sees (shared mount)
    workers: int = 0  # local engine: processes for extraction, alignment, findings and report pages; 0 = one per core
    # ingest
    languages: tuple[str, ...] = LANGUAGES
    max_record_chars: int = 2_000_000  # longer records are rejected as oversize
    # cluster
    cluster_window_days: int = 3  # (the clustering weights and thresholds: compare/cluster.py DEFAULTS)
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


def stage_parameters() -> dict[str, float]:
    """The stages' own numeric parameters, overridable through Settings.extra: the clustering
    DEFAULTS and the upper-case numeric constants of the alignment and discrepancy modules."""
    from compare import align, cluster, discrepancies

    found: dict[str, float] = {k: float(v) for k, v in cluster.DEFAULTS.items()}
    for module in (align, discrepancies):
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, int | float) and not isinstance(value, bool):
                found.setdefault(name.lower(), float(value))
    return found


def parse_overrides(pairs: list[str]) -> dict[str, object]:
    """Turn ["cluster_window_days=5", "cluster_threshold=0.2", ...] from the command line into
    typed values: Settings fields by their type; a stage parameter goes into `extra`."""
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    out: dict[str, object] = {}
    extra: dict[str, object] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep:
            raise SettingsError(f"--set expects NAME=VALUE, got {pair!r}")
        if name in fields and name != "extra":
            out[name] = _typed(name, raw, getattr(Settings(), name))
            continue
        parameters = stage_parameters()
        if name not in parameters:
            raise SettingsError(
                f"--set {name}: unknown setting; known: {', '.join(sorted(set(fields) - {'extra'}))}, "
                f"and the stage parameters {', '.join(sorted(parameters))}"
            )
        extra[name] = _typed(name, raw, parameters[name])
    if extra:
        out["extra"] = extra
    return out


def _typed(name: str, raw: str, default: object) -> object:
    if isinstance(default, tuple):
        return tuple(part.strip() for part in raw.split(","))
    convert: Any = type(default)
    try:
        return convert(raw)
    except ValueError as e:
        raise SettingsError(f"--set {name}: {raw!r} is not a {type(default).__name__}") from e
