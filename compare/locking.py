"""One run per database at a time: a lock file beside the database.

The lock holds the owner's host and pid. A lock whose process is gone (a killed run) is stale
and is cleared; a live one stops the new run with a message saying who holds it.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from compare.errors import LockedError


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder(path: Path) -> dict[str, object] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_stale(path: Path) -> bool:
    holder = _holder(path)
    if holder is None:  # unreadable or half-written lock: treat as stale only when old
        return time.time() - path.stat().st_mtime > 60
    if holder.get("host") != socket.gethostname():
        return False  # another machine's process: we cannot tell, so do not steal it
    pid = holder.get("pid")
    return not (isinstance(pid, int) and _alive(pid))


def acquire(db_path: Path) -> Path:
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()})
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if is_stale(path):
                path.unlink(missing_ok=True)
                continue
            holder = _holder(path) or {}
            raise LockedError(
                f"{db_path} is in use by another run (pid {holder.get('pid')} on {holder.get('host')}); "
                f"wait for it to finish, or delete {path} if that process is gone"
            ) from None
        with os.fdopen(fd, "w") as fh:
            fh.write(info)
        return path
    raise LockedError(f"{path}: could not take the lock")


@contextlib.contextmanager
def lock(db_path: Path) -> Iterator[None]:
    if str(db_path) == ":memory:":
        yield
        return
    path = acquire(Path(db_path))
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
