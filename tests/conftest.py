"""Shared fixtures: where ../shared lives, a fresh in-memory database.

Property-based tests (hypothesis) draw the same examples on every run, so `make test` passes or
fails the same way in CI and here; `HYPOTHESIS_PROFILE=explore make unit` draws new ones to hunt
for bugs (keep what it finds as an `@example`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from compare import store

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_f2e22d85aed30fff.txt"


@pytest.fixture
def fresh_db():
    con = store.connect(":memory:")
    yield con
    con.close()


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is absent")
    return SEED
