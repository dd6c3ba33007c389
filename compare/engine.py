"""Where per-partition work runs: in this process (`local`) or on Dask (`dask`).

The per-article and per-story stages (extract, align, discrepancies) hand the engine a function and a list
of partitions (DataFrames: a day of articles, a batch of stories). The local engine calls the
function on each in turn; the Dask engine writes each partition as Parquet under a work folder
(by day for articles), lets the workers read it, run the same function and send the result
tables back, which DuckDB then stores. The function is the same in both cases: the engine is
a setting (`--engine`), not a second code path.

On this machine `--engine dask` starts a LocalCluster; `--scheduler tcp://HOST:8786` uses a
running cluster instead (its workers need crosswire installed and the work folder mounted at
the same path: see the README).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import shutil
import tempfile
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pandas as pd

from compare.errors import SettingsError

R = TypeVar("R")
ENGINES = ("local", "dask")


class Engine(Protocol):
    name: str
    parallelism: int  # partitions it works on at once

    def map(self, func: Callable[[Any], R], partitions: Sequence[Any]) -> list[R]: ...

    def close(self) -> None: ...


POOL_MIN_ROWS = 1000  # below this, starting worker processes costs more than it saves


def rows_in(partitions: Sequence[Any]) -> int:
    """Rows in a list of partitions (a DataFrame, or a dict of DataFrames for a story batch)."""
    total = 0
    for part in partitions:
        frames = part.values() if isinstance(part, dict) else [part]
        total += sum(len(f) for f in frames if isinstance(f, pd.DataFrame))
    return total


class LocalEngine:
    """This machine: in this process, or on a pool of `workers` processes (started on first use,
    with 'spawn', since forking a process that holds a DuckDB connection is unsafe)."""

    name = "local"

    def __init__(self, workers: int = 1):
        self.parallelism = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def map(self, func: Callable[[Any], R], partitions: Sequence[Any]) -> list[R]:
        if self.parallelism == 1 or len(partitions) < 2 or rows_in(partitions) < POOL_MIN_ROWS:
            return [func(part) for part in partitions]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.parallelism, mp_context=multiprocessing.get_context("spawn"))
        return list(self._pool.map(func, partitions))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


def _run_on_partition(func: Callable[[Any], R], item: Any) -> R:
    """Runs on a worker: read a Parquet partition (or take the item as sent), apply the function."""
    return func(pd.read_parquet(item) if isinstance(item, str) else item)


class DaskEngine:
    name = "dask"
    parallelism = 8

    def __init__(self, scheduler: str | None = None, work_dir: Path | None = None, workers: int = 2):
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:  # pragma: no cover - dask is a declared dependency
            raise SettingsError("--engine dask needs the 'distributed' package") from e
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="10s")
            except OSError as e:
                raise SettingsError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
            self.cluster = None
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        self.work_dir = Path(work_dir or tempfile.mkdtemp(prefix="crosswire-partitions-"))
        self._own_dir = work_dir is None

    def map(self, func: Callable[[Any], R], partitions: Sequence[Any]) -> list[R]:
        """DataFrame partitions travel as Parquet files in the work folder; other items (a
        story batch's several tables) are sent to the workers as they are."""
        batch_dir = self.work_dir / uuid.uuid4().hex[:8]
        batch_dir.mkdir(parents=True, exist_ok=True)
        items: list[Any] = []
        for n, part in enumerate(partitions):
            if isinstance(part, pd.DataFrame):
                path = batch_dir / f"part-{n:05d}.parquet"
                part.to_parquet(path, index=False)
                items.append(str(path))
            else:
                items.append(part)
        futures = self.client.map(_run_on_partition, [func] * len(items), items, pure=False)
        results: list[R] = self.client.gather(futures)
        shutil.rmtree(batch_dir, ignore_errors=True)
        return results

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        if self._own_dir:
            shutil.rmtree(self.work_dir, ignore_errors=True)


def make_engine(
    name: str, scheduler: str | None = None, work_dir: Path | None = None, workers: int = 1
) -> Engine:
    if name == "local":
        if scheduler:
            raise SettingsError("--scheduler only makes sense with --engine dask")
        return LocalEngine(workers)
    if name == "dask":
        return DaskEngine(scheduler, work_dir)
    raise SettingsError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")


def by_day(frame: pd.DataFrame, column: str = "published_at", max_rows: int = 5000) -> list[pd.DataFrame]:
    """Partitions of a frame by publication day (undated rows together), each at most max_rows."""
    if frame.empty:
        return []
    day = pd.to_datetime(frame[column]).dt.strftime("%Y-%m-%d").fillna("undated")
    parts: list[pd.DataFrame] = []
    for _, group in frame.groupby(day, sort=True):
        parts.extend(group.iloc[i:i + max_rows] for i in range(0, len(group), max_rows))
    return parts


def chunks(frame: pd.DataFrame, size: int) -> list[pd.DataFrame]:
    return [frame.iloc[i:i + size] for i in range(0, len(frame), size)]


def close_quietly(engine: Any) -> None:
    """Closing a cluster must not hide the run's own error."""
    with contextlib.suppress(Exception):
        engine.close()
