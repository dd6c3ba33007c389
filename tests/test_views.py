"""The analyst views in sql/views/ and the data checks in sql/checks/.

Every view must be queryable on an empty database and on the synthetic sample; reliability
bounds must be the published Wilson 95% values; the example questions of docs/views.md must
give the expected answers on the sample (tests/fixtures/report_sample.py, synthetic rows).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from fixtures import report_sample as sample

from compare import report, store
from compare.settings import SQL_DIR

ROOT = Path(__file__).resolve().parents[1]
VIEWS = sorted(p.stem for p in (SQL_DIR / "views").glob("*.sql"))
CHECKS = sorted(p.stem for p in (SQL_DIR / "checks").glob("*.sql"))
CONSTANT_VIEWS = {"verdict_classes", "finding_kinds", "reliability_measures", "reliability_params"}




@pytest.fixture
def empty() -> duckdb.DuckDBPyConnection:
    return store.connect(":memory:")


@pytest.fixture(scope="module")
def filled() -> duckdb.DuckDBPyConnection:
    con = sample.build()
    report.refresh_agency_aliases(con)
    return con


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


# ---------------------------------------------------------------- every view


def test_views_exist_and_are_created_by_connect(empty):
    created = {r[0] for r in empty.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert VIEWS and set(VIEWS) <= created


@pytest.mark.parametrize("view", VIEWS)
def test_view_file_starts_with_the_question_it_answers(view):
    first = (SQL_DIR / "views" / f"{view}.sql").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("-- ") and len(first) > 30


@pytest.mark.parametrize("view", VIEWS)
def test_view_is_queryable_on_an_empty_database(empty, view):
    count = empty.execute(f"SELECT count(*) FROM {view}").fetchone()[0]
    assert (count > 0) == (view in CONSTANT_VIEWS)


@pytest.mark.parametrize("view", VIEWS)
def test_view_is_queryable_on_the_sample(filled, view):
    assert filled.execute(f"SELECT count(*) FROM {view}").fetchone()[0] > 0


@pytest.mark.parametrize("view", VIEWS)
def test_view_is_documented(view):
    docs = (ROOT / "docs" / "views.md").read_text(encoding="utf-8")
    assert f"`{view}`" in docs


# ---------------------------------------------------------------- Wilson bounds


def _relay_evidence(con, outlet: str, faithful: int, changed: int, start: datetime) -> None:
    """`faithful` verbatim and `changed` words_changed quotes by outlet, one group each."""
    articles, quotes, alignments, members = [], [], [], []
    for n in range(faithful + changed):
        ref, rel, group = f"ref-{outlet}-{n}", f"rel-{outlet}-{n}", f"g-{outlet}-{n}"
        when = start + timedelta(days=n % 3)
        for aid, who in ((ref, "Wire Example"), (rel, outlet)):
            articles.append((aid, who, "en", when, f"h-{aid}"))
            members.append(("s-w", aid))
            quotes.append((f"q-{aid}", aid, f"synthetic words {n}", "A Speaker"))
        verdict = "verbatim" if n < faithful else "words_changed"
        alignments.append((f"q-{ref}", group, ref, "reference", None, None))
        alignments.append((f"q-{rel}", group, rel, verdict, f"q-{ref}", ref))
    con.executemany("INSERT INTO articles (article_id, outlet, language, published_at, "
                    "content_hash) VALUES (?, ?, ?, ?, ?)", articles)
    con.executemany("INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)", members)
    con.executemany("INSERT INTO quotes (quote_id, article_id, text, speaker) VALUES (?, ?, ?, ?)",
                    quotes)
    con.executemany("INSERT INTO quote_alignments (item_id, kind, group_id, story_id, article_id,"
                    " verdict, reference_id, reference_article_id) "
                    "VALUES (?, 'quote', ?, 's-w', ?, ?, ?, ?)", alignments)


@pytest.mark.parametrize(
    "faithful, changed, low, high",
    [  # published Wilson 95% intervals (z = 1.96)
        (8, 2, 0.4902, 0.9433),
        (0, 5, 0.0, 0.4345),
        (5, 0, 0.5655, 1.0),
        (1, 1, 0.0945, 0.9055),
        (1, 9, 0.0179, 0.4042),
        (45, 5, 0.7864, 0.9565),
    ],
)
def test_wilson_bounds_for_known_counts(empty, faithful, changed, low, high):
    _relay_evidence(empty, "Relay Example", faithful, changed, datetime(2024, 11, 4))
    (row,) = rows(empty, "SELECT * FROM outlet_reliability WHERE outlet = 'Relay Example' "
                         "AND measure = 'quotes_faithful'")
    assert row["n"] == faithful + changed and row["successes"] == faithful
    assert row["share"] == pytest.approx(faithful / (faithful + changed))
    assert row["wilson_low"] == pytest.approx(low, abs=5e-5)
    assert row["wilson_high"] == pytest.approx(high, abs=5e-5)


@pytest.mark.parametrize(
    "setting, variable, n, enough",
    [
        (None, None, 4, False),   # default threshold 5
        (None, None, 5, True),
        (3, None, 4, True),       # the latest run's recorded setting
        (3, 6, 5, False),         # SET VARIABLE wins over the run's setting
    ],
)
def test_too_little_evidence_is_flagged_and_never_ranked(empty, setting, variable, n, enough):
    if setting is not None:
        empty.execute("INSERT INTO runs (run_id, started_at, status, settings) VALUES "
                      "('r1', now(), 'ok', ?)", [f'{{"min_evidence": {setting}}}'])
    if variable is not None:
        empty.execute(f"SET VARIABLE min_evidence = {variable}")
    _relay_evidence(empty, "Small Example", n, 0, datetime(2024, 11, 4))
    (row,) = rows(empty, "SELECT * FROM outlet_reliability WHERE outlet = 'Small Example'")
    assert row["enough_evidence"] is enough
    assert (row["rank"] is not None) is enough


def test_ranking_uses_the_lower_bound_and_skips_thin_evidence(empty):
    _relay_evidence(empty, "Steady Example", 18, 2, datetime(2024, 11, 4))  # 90% of 20
    _relay_evidence(empty, "Lucky Example", 5, 0, datetime(2024, 11, 4))    # 100% of 5
    _relay_evidence(empty, "Thin Example", 2, 0, datetime(2024, 11, 4))     # 100% of 2
    ranked = rows(empty, "SELECT outlet, rank FROM outlet_reliability ORDER BY rank NULLS LAST")
    assert [(r["outlet"], r["rank"]) for r in ranked] == [
        ("Steady Example", 1), ("Lucky Example", 2), ("Thin Example", None)]


def test_weekly_scores_split_by_iso_week(empty):
    _relay_evidence(empty, "Weekly Example", 3, 0, datetime(2024, 10, 28))  # Mon-Wed of W44
    empty.execute("UPDATE articles SET published_at = published_at + INTERVAL 7 DAY "
                  "WHERE article_id = 'rel-Weekly Example-2'")
    empty.execute("UPDATE quote_alignments SET verdict = 'truncated' "
                  "WHERE article_id = 'rel-Weekly Example-2'")
    weeks = rows(empty, "SELECT iso_week, n, successes FROM reliability_weekly "
                        "WHERE name = 'Weekly Example' ORDER BY week")
    assert weeks == [{"iso_week": "2024-W44", "n": 2, "successes": 2},
                     {"iso_week": "2024-W45", "n": 1, "successes": 0}]


# ---------------------------------------------------------------- the documented questions


def test_which_outlets_changed_choe_son_huis_words(filled):
    found = rows(filled, "SELECT outlet, verdict FROM quote_versions "
                         "WHERE speaker ILIKE '%Choe Son-hui%' AND changed ORDER BY outlet")
    assert found == [{"outlet": "Morning Example", "verdict": "words_changed"}]


def test_every_number_given_for_troops_in_kursk(filled):
    found = rows(filled, "SELECT outlet, value, qualifier FROM figure_versions "
                         "WHERE unit = 'troops' AND story_label ILIKE '%Kursk%' "
                         "ORDER BY day, outlet")
    assert {(r["outlet"], r["value"]) for r in found} == {
        ("Reuters", 10000), ("Daily Sample", 10000), ("Harian Contoh", 10000),
        ("Yonhap", 11000), ("Novosti Primer", 12000)}


@pytest.mark.parametrize(
    "agency, corroborated, contradicted",
    [("Xinhua", 1, 0), ("AFP", 1, 0), ("Yonhap", 0, 1), ("Reuters", 0, 1)],
)
def test_agency_corroboration(filled, agency, corroborated, contradicted):
    (row,) = rows(filled, "SELECT * FROM agency_reliability WHERE agency = ?", [agency])
    assert (row["corroborated"], row["contradicted"]) == (corroborated, contradicted)


@pytest.mark.parametrize(
    "article_id, agency, supported",
    [("k-tin", "Reuters", False), ("k-daily", "Reuters", True), ("k-yon", "KCNA", True)],
)
def test_citation_checks_against_the_agencys_own_copy(filled, article_id, agency, supported):
    (row,) = rows(filled, "SELECT supported FROM citation_checks WHERE article_id = ? "
                          "AND agency = ?", [article_id, agency])
    assert row["supported"] is supported


def test_cross_language_versions_are_not_counted_as_relay_evidence(filled):
    harian = rows(filled, "SELECT measure, n FROM outlet_reliability "
                          "WHERE outlet = 'Harian Contoh' ORDER BY measure")
    assert "quotes_faithful" not in {r["measure"] for r in harian}


def test_agency_aliases_mark_an_agencys_own_articles(empty):
    empty.execute("INSERT INTO articles (article_id, outlet, content_hash) VALUES "
                  "('a1', 'Thomson Reuters', 'h1'), ('a2', 'Daily Example', 'h2')")
    assert rows(empty, "SELECT * FROM agency_articles") == []
    assert report.refresh_agency_aliases(empty) > 10
    found = rows(empty, "SELECT agency, article_id FROM agency_articles")
    assert found == [{"agency": "Reuters", "article_id": "a1"}]


# ---------------------------------------------------------------- data checks


@pytest.mark.parametrize("check", CHECKS)
def test_checks_pass_on_the_sample(filled, check):
    sql = store.load_sql(f"checks/{check}")
    assert filled.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0] == 0


@pytest.mark.parametrize(
    "check, bad_rows",
    [
        ("story_articles_exist", "INSERT INTO story_articles VALUES ('s-x', 'nowhere', 1, 'r')"),
        ("alignments_in_their_story",
         "INSERT INTO quote_alignments (item_id, kind, group_id, story_id, article_id, verdict) "
         "VALUES ('q-daily-1', 'quote', 'g-other', 's-typhoon001', 'k-daily', 'verbatim')"),
        ("verdicts_known", "UPDATE quote_alignments SET verdict = 'value_agrees' "
                           "WHERE item_id = 'q-daily-1'"),
        ("one_reference_per_group", "UPDATE quote_alignments SET verdict = 'verbatim' "
                                    "WHERE item_id = 'q-reu-1'"),
        ("findings_well_formed", "UPDATE discrepancies SET severity = 'urgent' "
                                 "WHERE discrepancy_id = 'd-evil'"),
    ],
)
def test_each_check_catches_its_bad_rows(check, bad_rows):
    con = sample.build()
    con.execute(bad_rows)
    failures = {c["name"]: c["failures"] for c in report.run_checks(con)}
    assert failures[check] >= 1
    assert sum(failures.values()) == failures[check]


def test_every_check_is_listed_by_run_checks(filled):
    assert sorted(c["name"] for c in report.run_checks(filled)) == CHECKS


def _doc_queries() -> list[str]:
    text = (ROOT / "docs" / "views.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", text, flags=re.S)


@pytest.mark.parametrize("sql", _doc_queries())
def test_documented_example_queries_run_and_answer(filled, sql):
    assert filled.execute(sql.strip().rstrip(";")).fetchall()


# ---------------------------------------------------------------- findings counted as items


def _findings_on_one_article(con, kind: str, texts: list[str], severities: list[str]) -> None:
    """One relay article (Relay Example) with one finding row per (text, severity), each against
    its own reference article, all in story s-count."""
    con.execute("INSERT INTO stories (story_id, label) VALUES ('s-count', 'Synthetic count story')")
    con.execute("INSERT INTO articles (article_id, outlet, language, content_hash) VALUES "
                "('a-relay', 'Relay Example', 'en', 'h-relay')")
    for n, (text, severity) in enumerate(zip(texts, severities, strict=True)):
        ref = f"a-ref-{n}"
        con.execute("INSERT INTO articles (article_id, outlet, language, content_hash) VALUES "
                    "(?, 'Wire Example', 'en', ?)", [ref, f"h-{ref}"])
        con.execute("INSERT INTO discrepancies (discrepancy_id, kind, severity, story_id, "
                    "article_id, reference_article_id, text, reference_text, run_id) VALUES "
                    "(?, ?, ?, 's-count', 'a-relay', ?, ?, 'synthetic reference', 'r1')",
                    [f"d-{n}", kind, severity, ref, text])
    con.execute("INSERT INTO story_articles (story_id, article_id) SELECT 's-count', article_id "
                "FROM articles")


@pytest.mark.parametrize(
    "kind, texts, severities, items, high",
    [  # one wrong date checked against four references is one item
        ("date_conflict", ["3 November"] * 4, ["medium", "high", "medium", "low"], 1, 1),
        ("date_conflict", ["3 November", "5 November"], ["medium", "medium"], 2, 0),
        # one changed number against two references: one item; two changed numbers: two
        ("number_conflict", ["10,500 troops"] * 2, ["high", "high"], 1, 1),
        ("number_conflict", ["10,500 troops", "$425 million"], ["high", "low"], 2, 1),
        ("altered_quote", ["we will not retreat"], ["medium"], 1, 0),
    ],
)
def test_findings_are_counted_once_per_flagged_item(empty, kind, texts, severities, items, high):
    _findings_on_one_article(empty, kind, texts, severities)
    (story,) = rows(empty, "SELECT n_findings, n_high, n_finding_rows FROM story_summary")
    (outlet,) = rows(empty, "SELECT n_findings, n_high, n_finding_rows FROM outlet_summary "
                            "WHERE outlet = 'Relay Example'")
    expected = {"n_findings": items, "n_high": high, "n_finding_rows": len(texts)}
    assert story == expected and outlet == expected
    assert empty.execute("SELECT count(*) FROM finding_items").fetchone()[0] == items
