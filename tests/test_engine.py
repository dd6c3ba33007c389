"""The same corpus through --engine local and --engine dask gives the same rows in every table."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from compare import engine, pipeline
from compare.settings import SAMPLE_CORPUS, Settings

COMPARED = {
    "articles": "article_id", "citations": "article_id, start", "quotes": "quote_id", "claims": "claim_id",
    "figures": "figure_id", "dates": "article_id, start", "stories": "story_id",
    "story_articles": "article_id", "quote_groups": "group_id", "quote_alignments": "item_id, group_id",
    "discrepancies": "discrepancy_id",
}
RUN_COLUMNS = {"run_id", "first_run_id", "created_run_id", "updated_run_id"}


def rows(db, table: str, order: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        cols = [c for (c,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table]).fetchall() if c not in RUN_COLUMNS]
        quoted = ", ".join(f'"{c}"' for c in cols)
        return con.execute(f"SELECT {quoted} FROM {table} ORDER BY {order}").fetchall()


def test_dask_engine_gives_the_same_rows_as_local(tmp_path):
    if not SAMPLE_CORPUS.is_dir():
        pytest.skip("no sample corpus")
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    pipeline.run([SAMPLE_CORPUS], local_db, None, Settings(engine="local"))
    pipeline.run([SAMPLE_CORPUS], dask_db, None, Settings(engine="dask"))
    for table, order in COMPARED.items():
        local_rows = rows(local_db, table, order)
        assert local_rows, f"{table} is empty: the comparison would prove nothing"
        assert rows(dask_db, table, order) == local_rows, table


def test_partitions_by_day_keep_every_row_and_cap_size():
    frame = pd.DataFrame({
        "article_id": [f"a{i}" for i in range(7)],
        "published_at": pd.to_datetime(["2024-11-01", "2024-11-01", "2024-11-01", "2024-11-02", None, None,
                                        "2024-11-03"]),
    })
    parts = engine.by_day(frame, max_rows=2)
    assert [len(p) for p in parts] == [2, 1, 1, 1, 2]
    assert sorted(pd.concat(parts)["article_id"]) == sorted(frame["article_id"])


def test_unknown_engine_is_a_user_error():
    from compare.errors import SettingsError

    with pytest.raises(SettingsError, match="unknown engine"):
        engine.make_engine("spark")
    with pytest.raises(SettingsError, match="--scheduler"):
        engine.make_engine("local", scheduler="tcp://127.0.0.1:8786")


def test_local_process_pool_gives_the_same_extraction_as_one_process():
    from compare import extract, synth

    articles = synth.generate_corpus(1200, days=3, seed=5).assign(
        article_id=lambda f: f["id"].astype(str), published_at=lambda f: pd.to_datetime(f["published_at"]))
    parts = engine.by_day(articles, max_rows=300)
    pool = engine.LocalEngine(workers=2)
    try:
        pooled = pool.map(extract.extract_frame, parts)
    finally:
        pool.close()
    inline = engine.LocalEngine(workers=1).map(extract.extract_frame, parts)
    for a, b in zip(pooled, inline, strict=True):
        for table in ("citations", "quotes", "claims", "figures", "dates"):
            pd.testing.assert_frame_equal(getattr(a, table), getattr(b, table))
