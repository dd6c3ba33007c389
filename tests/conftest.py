"""Shared fixtures: where ../shared lives, a fresh in-memory database."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare import store

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
