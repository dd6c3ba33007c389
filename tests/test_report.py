"""The static HTML report, asserted through BeautifulSoup on a synthetic database.

The sample (tests/fixtures/report_sample.py, synthetic rows in en/ko/ru/id/vi/fr) holds a
hostile article whose outlet, title, quote, explanation and url try to inject script.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from bs4 import BeautifulSoup
from fixtures import report_sample as sample

from compare import report, store
from compare.errors import CrosswireError
from compare.settings import Settings

EVENT_ATTR = re.compile(r"^on", re.I)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report")
    report.build(sample.build(), out, Settings())
    return out


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def page_of(root: Path, section: str, name: str) -> Path:
    return root / section / f"{report.slug(name)}.html"


# ---------------------------------------------------------------- untrusted text


def test_nothing_executable_comes_through(built):
    for path in pages(built):
        doc = soup(path)
        for script in doc.find_all("script"):
            assert script.get("src", "").endswith("filter.js") and not script.string, path
        for tag in doc.find_all(True):
            assert not [a for a in tag.attrs if EVENT_ATTR.match(a)], (path, tag.name)
            for attr in ("href", "src", "action", "formaction"):
                value = str(tag.get(attr, "")).strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (path, tag)
        assert not doc.find_all(["img", "iframe", "object", "embed"]), path
        assert doc.find_all("svg", attrs={"onload": True}) == [], path


@pytest.mark.parametrize(
    "section, name, hostile",
    [
        ("stories", "s-rates00001", sample.XSS_TITLE),
        ("stories", "s-rates00001", sample.XSS_QUOTE),
        ("outlets", sample.XSS_OUTLET, sample.XSS_OUTLET),
        ("outlets", sample.XSS_OUTLET, "credits <script>alert(1)</script> to another speaker"),
    ],
)
def test_hostile_text_is_shown_as_text(built, section, name, hostile):
    doc = soup(page_of(built, section, name))
    assert hostile in doc.get_text()


def test_javascript_url_is_not_a_link(built):
    doc = soup(page_of(built, "stories", "s-rates00001"))
    title = doc.find(string=re.compile(re.escape(sample.XSS_TITLE)))
    assert title is not None and title.find_parent("a") is None


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://daily-sample.example.com/a?b=1", "https://daily-sample.example.com/a?b=1"),
        ("http://novosti-primer.example.ru/x", "http://novosti-primer.example.ru/x"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("  javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox(1)", None),
        ("//evil.example.com/x", None),
        ("/relative/path", None),
        ("ftp://files.example.com/x", None),
        ("https://", None),
        ("http://[broken", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_safe_url(url, expected):
    assert report.safe_url(url) == expected


@pytest.mark.parametrize(
    "name",
    ["Daily Sample", "Harian Contoh", "연합뉴스", "Новости Пример", "Tin Tức Mẫu", "../../etc/passwd",
     sample.XSS_OUTLET, "a/b\\c", ".", ""],
)
def test_slug_is_a_safe_unique_file_name(name):
    slug = report.slug(name)
    assert re.fullmatch(r"[a-z0-9-]+", slug)
    assert slug != report.slug(name + " ")


# ---------------------------------------------------------------- pages and links


def test_every_story_outlet_and_agency_has_a_page(built):
    con = sample.build()
    for (sid,) in con.execute("SELECT story_id FROM stories").fetchall():
        assert page_of(built, "stories", sid).is_file()
    for (outlet,) in con.execute("SELECT DISTINCT outlet FROM articles").fetchall():
        assert page_of(built, "outlets", outlet).is_file()
    for (agency,) in con.execute("SELECT DISTINCT agency FROM citations").fetchall():
        assert page_of(built, "agencies", agency).is_file()


def test_local_links_resolve_and_nothing_is_remote(built):
    for path in pages(built):
        doc = soup(path)
        for tag in doc.find_all(["a", "link", "script"]):
            target = tag.get("href") or tag.get("src")
            if not target or tag.get("class") == ["ext"]:
                continue
            assert not re.match(r"^[a-z]+:|^//", target), (path, target)
            assert (path.parent / target.split("#")[0]).resolve().is_file(), (path, target)


def test_external_links_are_only_article_urls(built):
    for path in pages(built):
        for a in soup(path).find_all("a", class_="ext"):
            assert a["href"].startswith(("https://", "http://"))
            assert "noopener" in a["rel"] and "noreferrer" in a["rel"]


@pytest.mark.parametrize(
    "story, outlet, removed, added",
    [
        ("s-kursk00001", "Morning Example", {"firmly", "comrades", "victory."}, {"friends", "the end."}),
        ("s-kursk00001", "Gazeta Primer", {"и мы не будем его комментировать"}, set()),
        ("s-rates00001", "Novosti Primer", {"столько,"}, set()),
        ("s-typhoon001", "Journal Exemple", {"côtières."}, {"côtières"}),
    ],
)
def test_changed_words_are_highlighted(built, story, outlet, removed, added):
    doc = soup(page_of(built, "stories", story))
    row = next(tr for tr in doc.select("table.versions tbody tr") if outlet in tr.get_text())
    assert {d.get_text() for d in row.select("del.diff-del")} == removed
    assert {i.get_text() for i in row.select("ins.diff-ins")} == added


def test_cross_language_versions_are_not_diffed(built):
    doc = soup(page_of(built, "stories", "s-kursk00001"))
    row = next(tr for tr in doc.select("table.versions tbody tr") if "Yonhap" in tr.get_text())
    assert "cross language" in row.get_text() and not row.select("del, ins")
    assert "승리할 때까지" in row.get_text()


def test_story_page_sections(built):
    doc = soup(page_of(built, "stories", "s-kursk00001"))
    text = doc.get_text(" ")
    assert doc.h1.get_text() == "North Korean troops in Kursk"
    assert len(doc.select("div.qgroup")) == 2
    assert len(doc.select("article.finding")) == 4
    table = doc.find("h2", string="Figures by outlet").find_next("table")
    figures = [tr.get_text(" ") for tr in table.select("tbody tr")]
    assert len(figures) == 5 and any("12,000" in f and "at most" in f for f in figures)
    for lang in ("en", "id", "ko", "ru", "vi"):
        assert lang in text


def test_index_summary_and_new_since_previous_run(built):
    doc = soup(built / "index.html")
    tiles = {t.get_text(" ").split()[-1]: int(t.b.get_text()) for t in doc.select(".tile")}
    assert tiles["articles"] == 20 and tiles["stories"] == 4 and tiles["inputs"] == 1
    new = doc.find("h3", string="New findings").find_next("table")
    kinds = [tr.find_all("td")[1].get_text() for tr in new.select("tbody tr")]
    assert sorted(kinds) == ["Date conflict", "Number conflict", "Speaker conflict"]
    top = doc.find("h2", string="Stories with most findings").find_next("table")
    assert top.select("tbody tr")[0].a.get_text() == "North Korean troops in Kursk"
    checks = doc.find("h2", string="Data checks").find_next("table")
    results = [tr.find_all("td")[-1].get_text() for tr in checks.select("tbody tr")]
    assert results and set(results) == {"pass"}


def test_report_for_an_earlier_run(tmp_path):
    report.build(sample.build(), tmp_path, Settings(), run_id=sample.RUN_1)
    doc = soup(tmp_path / "index.html")
    assert "First recorded run" in doc.get_text()
    new = doc.find("h3", string="New findings").find_next("table")
    assert len(new.select("tbody tr")) == 4


def test_unknown_run_is_a_user_error(tmp_path):
    with pytest.raises(CrosswireError, match="no run"):
        report.build(sample.build(), tmp_path, Settings(), run_id="nope")


def test_builds_from_a_read_only_database(tmp_path):
    db = tmp_path / "crosswire.duckdb"
    sample.build(store.connect(db)).close()
    con = duckdb.connect(str(db), read_only=True)
    index = report.build(con, tmp_path / "report", Settings())
    assert "North Korean troops in Kursk" in soup(index).get_text()


def test_every_page_forbids_inline_script(built):
    for path in pages(built):
        meta = soup(path).find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta and "script-src 'self'" in meta["content"], path
        assert "unsafe-inline" not in meta["content"]


def test_empty_database_builds(tmp_path):
    index = report.build(store.connect(":memory:"), tmp_path, Settings())
    text = soup(index).get_text()
    assert "No stories yet" in text and "No run recorded" in text
    assert (tmp_path / "findings" / "index.html").is_file()


# ---------------------------------------------------------------- findings and filtering


def test_findings_page_is_readable_without_javascript(built):
    doc = soup(built / "findings" / "index.html")
    form = doc.find("form", id="filters")
    assert form.has_attr("hidden")  # shown by filter.js; without it every finding is visible
    cards = doc.select("article.finding")
    assert len(cards) == 7 and not [c for c in cards if c.has_attr("hidden")]
    severities = [c["data-severity"] for c in cards]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)


@pytest.mark.parametrize(
    "key, expected",
    [
        ("kind", {"altered_quote", "truncated_quote", "number_conflict", "date_conflict",
                  "speaker_conflict", "unsupported_attribution"}),
        ("severity", {"high", "medium", "low"}),
        ("language", {"en", "ko", "ru", "vi"}),
    ],
)
def test_filter_menus_offer_the_values_on_the_page(built, key, expected):
    doc = soup(built / "findings" / "index.html")
    options = {o["value"] for o in doc.select(f"select[name={key}] option") if o["value"]}
    assert options == expected
    assert {c[f"data-{key}"] for c in doc.select("article.finding")} == expected


@pytest.mark.parametrize("page_size, pages_expected", [(2, 4), (7, 1)])
def test_findings_are_paginated(tmp_path, page_size, pages_expected):
    report.build(sample.build(), tmp_path, Settings(page_size=page_size))
    files = sorted((tmp_path / "findings").glob("*.html"))
    assert len(files) == pages_expected
    counts = [len(soup(f).select("article.finding")) for f in files]
    assert sum(counts) == 7 and max(counts) <= page_size
    if pages_expected > 1:
        assert len(soup(files[0]).select_one("nav.pager").select("a")) == pages_expected - 1


def test_story_pages_stay_bounded(tmp_path):
    report.build(sample.build(), tmp_path, Settings(page_size=3))
    doc = soup(page_of(tmp_path, "stories", "s-launch0001"))
    assert len(doc.select("table.versions tbody tr")) == 3
    assert "15 more quote versions" in doc.get_text()


def test_rebuild_removes_pages_of_vanished_stories(tmp_path):
    report.build(sample.build(), tmp_path, Settings())
    stale = page_of(tmp_path, "stories", "s-launch0001")
    assert stale.is_file()
    con = sample.build()
    con.execute("DELETE FROM stories WHERE story_id = 's-launch0001'")
    report.build(con, tmp_path, Settings())
    assert not stale.exists()


def test_rebuild_leaves_a_foreign_folder_alone(tmp_path):
    mine = tmp_path / "stories" / "notes.txt"
    mine.parent.mkdir()
    mine.write_text("not the report's", encoding="utf-8")
    report.build(sample.build(), tmp_path, Settings())
    assert mine.is_file()


# ---------------------------------------------------------------- scorecards


def _scorecard(path: Path) -> dict[str, str]:
    doc = soup(path)
    return {tr.th.contents[0].strip(): tr.get_text(" ", strip=True)
            for tr in doc.select("table.scorecard tbody tr")}


@pytest.mark.parametrize(
    "outlet, measure, expect",
    [
        ("Daily Sample", "Quotes relayed faithfully", ["100%", "65%–100%", "7/7", "#1"]),
        ("Morning Example", "Quotes relayed faithfully", ["43%", "16%–75%", "3/7", "#2"]),
        ("Gazeta Primer", "Quotes relayed faithfully", ["0%", "0/1", "too little evidence"]),
        ("Tin Tuc Mau", "Citations supported", ["67%", "2/3", "too little evidence"]),
        ("Harian Contoh", "Figures agreeing", ["100%", "1/1", "too little evidence"]),
    ],
)
def test_outlet_scorecard(built, outlet, measure, expect):
    row = _scorecard(page_of(built, "outlets", outlet))[measure]
    for piece in expect:
        assert piece in row


def test_min_evidence_setting_reaches_the_scorecard(tmp_path):
    report.build(sample.build(), tmp_path, Settings(min_evidence=1))
    row = _scorecard(page_of(tmp_path, "outlets", "Gazeta Primer"))["Quotes relayed faithfully"]
    assert "too little evidence" not in row and "#" in row


def test_ranking_lists_only_outlets_with_enough_evidence(built):
    doc = soup(built / "outlets" / "index.html")
    section = doc.find("h2", string="Quotes relayed faithfully").find_parent("section")
    ranked = [tr.find_all("td")[1].get_text() for tr in section.select("tbody tr")]
    assert ranked == ["Daily Sample", "Morning Example"]


def test_trend_chart_is_inline_svg(built):
    doc = soup(page_of(built, "outlets", "Daily Sample"))
    charts = doc.select("svg.trend")
    assert charts and all(c.polyline and c.polygon for c in charts)
    labels = {t.get_text() for c in charts for t in c.select("text.xlab")}
    assert {"2024-W44", "2024-W45"} <= labels


def test_agency_page(built):
    doc = soup(page_of(built, "agencies", "Reuters"))
    text = doc.get_text(" ")
    assert "Corroborated by other agencies" in text and "0/1" in text
    citing = doc.find("h2", string=re.compile("Outlets citing")).find_next("table")
    assert "Tin Tuc Mau" in citing.get_text()
    assert doc.select("article.finding")


# ---------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    "diff, reference, text, left, right",
    [
        ([["=", "a b"], ["-", "c"], ["+", "d"]], "a b c", "a b d",
         [("equal", "a b"), ("delete", "c")], [("equal", "a b"), ("insert", "d")]),
        ([["equal", "x"], ["replace", "y", "z"]], "x y", "x z",
         [("equal", "x"), ("delete", "y")], [("equal", "x"), ("insert", "z")]),
        ([{"op": "delete", "text": "cut"}], "cut", "", [("delete", "cut")], []),
        (None, "мы будем стоять твёрдо", "мы будем стоять",
         [("equal", "мы будем стоять"), ("delete", "твёрдо")], [("equal", "мы будем стоять")]),
        ("not json", "sekitar 10.000 tentara", "hingga 10.000 tentara",
         [("delete", "sekitar"), ("equal", "10.000 tentara")],
         [("insert", "hingga"), ("equal", "10.000 tentara")]),
    ],
)
def test_diff_sides(diff, reference, text, left, right):
    row = {"verdict": "words_changed", "diff": json.dumps(diff) if isinstance(diff, list) else diff,
           "reference_text": reference, "text": text}
    sides = report.diff_sides(row)
    assert sides is not None
    assert [(s.op, s.text) for s in sides[0]] == left
    assert [(s.op, s.text) for s in sides[1]] == right


@pytest.mark.parametrize(
    "diff, reference, text, left, right",
    [  # compare.align stores casefolded words without punctuation: shown on the real text
        ([["=", "we have"], ["-", "never"], ["+", "rarely"], ["=", "seen it"]],
         "“We have never seen it,”", "We have rarely seen it.",
         [("equal", "“We have"), ("delete", "never"), ("equal", "seen it,”")],
         [("equal", "We have"), ("insert", "rarely"), ("equal", "seen it.")]),
        ([["=", "kami akan"], ["-", "terus"], ["=", "membantu"]],
         "Kami akan terus membantu!", "Kami akan membantu!",
         [("equal", "Kami akan"), ("delete", "terus"), ("equal", "membantu!")],
         [("equal", "Kami akan membantu!")]),
        ([["=", "около"], ["-", "10000"], ["+", "12000"], ["=", "военных"]],  # words do not line up
         "около 10 000 военных", "около 12 000 военных",
         [("equal", "около"), ("delete", "10000"), ("equal", "военных")],
         [("equal", "около"), ("insert", "12000"), ("equal", "военных")]),
    ],
)
def test_stored_diff_is_shown_on_the_published_text(diff, reference, text, left, right):
    row = {"verdict": "words_changed", "diff": json.dumps(diff, ensure_ascii=False),
           "reference_text": reference, "text": text}
    sides = report.diff_sides(row)
    assert sides is not None
    assert [(s.op, s.text) for s in sides[0]] == left
    assert [(s.op, s.text) for s in sides[1]] == right


@pytest.mark.parametrize("verdict", ["reference", "cross_language"])
def test_no_word_diff_for_reference_or_other_language(verdict):
    row = {"verdict": verdict, "diff": None, "reference_text": "a b", "text": "c d"}
    assert report.diff_sides(row) is None


@pytest.mark.parametrize(
    "value, formatted",
    [(10000.0, "10,000"), (2.5, "2.5"), (1.5e9, "1,500,000,000"), (0.125, "0.12"), (None, "–")],
)
def test_figure_values_read_well(value, formatted):
    assert report.num(value) == formatted


# ---------------------------------------------------------------- page writers in parallel


@pytest.mark.parametrize("workers", [2, 3])
def test_parallel_page_writers_write_the_same_pages(tmp_path, monkeypatch, workers):
    con = sample.build()
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    report.build(con, serial, Settings(workers=1))
    monkeypatch.setattr(report, "PARALLEL_FROM", 0)
    report.build(con, parallel, Settings(workers=workers))
    written = {p.relative_to(serial): p.read_bytes() for p in pages(serial)}
    assert len(written) > 10
    assert {p.relative_to(parallel): p.read_bytes() for p in pages(parallel)} == written


@pytest.mark.parametrize("stories, workers, expected", [(10, 4, 1), (5000, 4, 4), (5000, 1, 1)])
def test_small_reports_are_written_in_one_process(stories, workers, expected):
    assert report.page_writers(Settings(workers=workers), stories) == expected


def _fail_in_second_writer(share: report.Share) -> None:
    if share.index == 1:
        raise RuntimeError("disk full (synthetic)")


def test_a_failed_page_writer_fails_the_build():
    with pytest.raises(CrosswireError, match="page-writing"):
        report.in_processes(_fail_in_second_writer, 2)


@pytest.mark.parametrize(
    "number, count, linked, gaps",
    [
        (1, 4, [2, 3, 4], 0),
        (20, 40, [1, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 40], 2),
        (1, 40, [2, 3, 4, 5, 6, 40], 1),
        (40, 40, [1, 35, 36, 37, 38, 39], 1),
    ],
)
def test_pager_links_first_last_and_nearby_pages(number, count, linked, gaps):
    fragments = report.Fragments(report.environment(), {"root": "../"})
    nav = BeautifulSoup(str(fragments.pager_links(report.Page(number, count, [], 0))), "html.parser")
    assert [int(a.get_text()) for a in nav.select("a")] == linked
    assert nav.select_one(".current").get_text() == str(number)
    assert len(nav.select(".gap")) == gaps
