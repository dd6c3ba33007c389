"""The synthetic sample corpus itself: files parse, ids and ground truth agree, texts occur.

Pure file checks, no pipeline: they read samples/corpus/ with the standard library only, so a
broken corpus is reported here rather than as a puzzling pipeline failure elsewhere.
"""

from __future__ import annotations

import csv
import html
import importlib.util
import json
import re
import sys
from collections import Counter
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CORPUS = SAMPLES / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
FIELDS = ("id", "url", "outlet", "language", "published_at", "title", "text", "synthetic")
KINDS = (
    "altered_quote",
    "truncated_quote",
    "number_conflict",
    "date_conflict",
    "speaker_conflict",
    "agency_conflict",
    "unsupported_attribution",
    "uncredited_copy",
)
AGENCIES = ("Reuters", "AFP", "TASS", "KCNA", "Yonhap")
AD_MARKER = re.compile(r"^\[\w+?_\d+\]$")
TRAILER = re.compile(r"^(Sumber|Nguồn|Источник|Source)\s*:\s*(https?://\S+)$")
COMMENTS = re.compile(r"^\w[\w ]*\(\d+\)$")
URL_DATE = (
    re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/"),  # .../2024/11/07/...
    re.compile(r"-\d{3}(\d\d)(\d\d)(\d\d)\d{9}\.htm$"),  # ...-185241106083015220.htm
)


class _PageParser(HTMLParser):
    """Collects <title>, <meta property/name> and the text of <p> inside <article>."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.title = ""
        self.paragraphs: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        if tag == "p" and "article" in self._stack and "class" not in a:
            self.paragraphs.append("")
        self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._stack:
            del self._stack[len(self._stack) - 1 - self._stack[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if self._stack and self._stack[-1] == "title":
            self.title += data
        elif self._stack[-2:] == ["article", "p"] and self.paragraphs:
            self.paragraphs[-1] += data


def _read_txt(path: Path) -> dict[str, object]:
    lines = path.read_text(encoding="utf-8").splitlines()
    trailer = [m for m in map(TRAILER.match, lines) if m]
    assert len(trailer) == 1, f"{path.name}: expected one source trailer line"
    assert COMMENTS.match(lines[-1]), f"{path.name}: expected a comment counter last"
    assert any(AD_MARKER.match(x) for x in lines), f"{path.name}: expected ad markers"
    body = [x for x in lines if not (AD_MARKER.match(x) or TRAILER.match(x) or x == lines[-1])]
    return {"id": path.stem, "text": "\n".join(body), "source_url": trailer[0].group(2)}


def _read_html(path: Path) -> dict[str, object]:
    raw = path.read_text(encoding="utf-8")
    parser = _PageParser()
    parser.feed(raw)
    return {
        "id": path.stem,
        "text": "\n".join(html.unescape(p).strip() for p in parser.paragraphs),
        "title": parser.title,
        "meta": parser.meta,
        "comment_synthetic": "<!-- synthetic" in raw,
    }


def _read_records(path: Path) -> list[dict[str, object]]:
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _article_files() -> list[Path]:
    suffixes = {".jsonl", ".csv", ".txt", ".html"}
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in suffixes)


def _load_corpus() -> dict[str, dict[str, object]]:
    articles: dict[str, dict[str, object]] = {}
    ids: list[str] = []
    for path in _article_files():
        if path.suffix == ".txt":
            records = [_read_txt(path)]
        elif path.suffix == ".html":
            records = [_read_html(path)]
        else:
            records = _read_records(path)
        for record in records:
            record["file"] = path.relative_to(CORPUS).as_posix()
            ids.append(str(record["id"]))
            articles[str(record["id"])] = record
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"duplicate article ids: {duplicates}"
    return articles


CORPUS_ARTICLES = _load_corpus()
EXPECTED_ARTICLES = {a["id"]: a for a in EXPECTED["articles"]}


def _findings() -> list[tuple[str, dict[str, object]]]:
    rows = [("discrepancy", d) for d in EXPECTED["discrepancies"]]
    return rows + [("faithful", f) for f in EXPECTED["faithful"]]


def _finding_id(row: tuple[str, dict[str, object]]) -> str:
    return f"{row[1]['kind']}:{row[1]['article_id']}"


@pytest.mark.parametrize("path", _article_files(), ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_every_file_parses_with_its_fields(path: Path) -> None:
    if path.suffix == ".txt":
        record = _read_txt(path)
        assert len(str(record["text"]).split()) > 50
    elif path.suffix == ".html":
        page = _read_html(path)
        meta = page["meta"]
        assert isinstance(meta, dict)
        assert {"og:site_name", "article:published_time", "synthetic"} <= set(meta)
        assert page["title"] and len(str(page["text"]).split()) > 50
    else:
        records = _read_records(path)
        assert records
        for record in records:
            assert set(FIELDS) <= set(record), f"{path.name}: {record.get('id')} lacks fields"
            assert all(str(record[k]).strip() for k in FIELDS)


def test_corpus_and_ground_truth_list_the_same_articles() -> None:
    assert set(CORPUS_ARTICLES) == set(EXPECTED_ARTICLES)
    for article_id, truth in EXPECTED_ARTICLES.items():
        assert CORPUS_ARTICLES[article_id]["file"] == truth["file"]


def test_each_article_belongs_to_exactly_one_story() -> None:
    listed = [i for s in EXPECTED["stories"] for i in s["article_ids"]]
    assert sorted(listed) == sorted(EXPECTED_ARTICLES)
    for story in EXPECTED["stories"]:
        assert all(EXPECTED_ARTICLES[i]["story"] == story["story"] for i in story["article_ids"])


@pytest.mark.parametrize(
    ("figure", "minimum"),
    [("stories", 8), ("outlets", 6), ("languages", 4), ("articles", 55), ("agencies", 4)],
)
def test_corpus_is_broad_enough(figure: str, minimum: int) -> None:
    rows = EXPECTED["articles"]
    counts = {
        "stories": len(EXPECTED["stories"]),
        "outlets": len({a["outlet"] for a in rows if not a["agency_copy"]}),
        "languages": len({a["language"] for a in rows}),
        "articles": len(rows),
        "agencies": len({a["outlet"] for a in rows if a["agency_copy"]}),
    }
    assert counts[figure] >= minimum


@pytest.mark.parametrize("language", ["en", "id", "vi", "ru", "fr", "ko"])
def test_each_language_has_articles_in_several_stories(language: str) -> None:
    stories = {a["story"] for a in EXPECTED["articles"] if a["language"] == language}
    assert len(stories) >= 2


@pytest.mark.parametrize("article_id", sorted(CORPUS_ARTICLES))
def test_every_article_is_marked_synthetic(article_id: str) -> None:
    record = CORPUS_ARTICLES[article_id]
    file = str(record["file"])
    if file.endswith(".html"):
        meta = record["meta"]
        assert isinstance(meta, dict)
        assert meta["synthetic"] == "true" and record["comment_synthetic"]
    elif file.endswith(".txt"):
        source = (SAMPLES / "src").glob("*.story")
        assert any(f"=== article {article_id}\n" in p.read_text(encoding="utf-8") for p in source)
    else:
        assert str(record["synthetic"]).lower() == "true"
    assert EXPECTED["synthetic"] is True


def test_the_corpus_readme_says_it_is_invented() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert "synthetic" in readme.lower() and "invented" in readme.lower()


@pytest.mark.parametrize("article_id", sorted(CORPUS_ARTICLES))
def test_urls_are_on_example_domains(article_id: str) -> None:
    record, truth = CORPUS_ARTICLES[article_id], EXPECTED_ARTICLES[article_id]
    urls = [truth["url"], truth["source_url"], record.get("url"), record.get("source_url")]
    for url in filter(None, urls):
        host = re.match(r"https://([^/]+)/", str(url))
        assert host and ".example." in host.group(1), url
    if truth["agency_copy"]:
        assert truth["outlet"] in AGENCIES
        assert truth["url"].startswith(f"https://wire.example.com/{truth['outlet'].lower()}/")


@pytest.mark.parametrize(
    "article_id", sorted(i for i, a in EXPECTED_ARTICLES.items() if a["file"].endswith(".txt"))
)
def test_txt_date_comes_from_the_source_url(article_id: str) -> None:
    source_url = str(CORPUS_ARTICLES[article_id]["source_url"])
    assert source_url == EXPECTED_ARTICLES[article_id]["source_url"]
    match = next(m for m in (p.search(source_url) for p in URL_DATE) if m)
    y, m, d = match.groups()
    year = y if len(y) == 4 else f"20{y}"
    assert EXPECTED_ARTICLES[article_id]["published_at"] == f"{year}-{m}-{d}"


@pytest.mark.parametrize(
    "article_id", sorted(i for i, a in EXPECTED_ARTICLES.items() if a["file"].endswith(".html"))
)
def test_html_metadata_matches_ground_truth(article_id: str) -> None:
    meta = CORPUS_ARTICLES[article_id]["meta"]
    truth = EXPECTED_ARTICLES[article_id]
    assert isinstance(meta, dict)
    assert meta["article:published_time"] == truth["published_at"]
    assert meta["og:site_name"] == truth["outlet"]
    assert meta["og:url"] == truth["url"]


@pytest.mark.parametrize("row", _findings(), ids=_finding_id)
def test_planted_texts_occur_in_their_articles(row: tuple[str, dict[str, object]]) -> None:
    _, finding = row
    article = CORPUS_ARTICLES[str(finding["article_id"])]
    reference = CORPUS_ARTICLES[str(finding["reference_article_id"])]
    assert str(finding["text"]) in str(article["text"])
    assert str(finding["reference_text"]) in str(reference["text"])
    assert finding["article_id"] != finding["reference_article_id"]
    pair = [EXPECTED_ARTICLES[str(finding[k])] for k in ("article_id", "reference_article_id")]
    assert {a["story"] for a in pair} == {finding["story"]}
    assert finding["cross_language"] == (pair[0]["language"] != pair[1]["language"])


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_planted_several_times(kind: str) -> None:
    rows = [d for d in EXPECTED["discrepancies"] if d["kind"] == kind]
    assert len(rows) >= 3
    assert len({d["story"] for d in rows}) >= 3
    assert all(d["text"] != d["reference_text"] or kind == "uncredited_copy" for d in rows)


@pytest.mark.parametrize(
    "kind", ["altered_quote", "truncated_quote", "number_conflict", "uncredited_copy"]
)
def test_string_level_kinds_have_same_language_pairs_in_three_languages(kind: str) -> None:
    languages = {
        EXPECTED_ARTICLES[d["article_id"]]["language"]
        for d in EXPECTED["discrepancies"]
        if d["kind"] == kind and not d["cross_language"]
    }
    assert len(languages) >= 3


@pytest.mark.parametrize("kind", ["verbatim", "punctuation_only"])
def test_faithful_relays_are_planted(kind: str) -> None:
    rows = [f for f in EXPECTED["faithful"] if f["kind"] == kind]
    assert len(rows) >= 3
    for row in rows:
        if kind == "verbatim" and not row["cross_language"]:
            assert row["text"] == row["reference_text"]
        if kind == "punctuation_only":
            assert _letters(row["text"]) == _letters(row["reference_text"])
            assert row["text"] != row["reference_text"]


def _letters(text: object) -> str:
    return re.sub(r"[\W_]+", " ", str(text)).strip().lower()


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_corpus", SAMPLES / "build_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_corpus_is_up_to_date_with_its_sources() -> None:
    builder = _load_builder()
    files = builder.render(builder.load_stories())
    for name, content in files.items():
        assert (CORPUS / name).read_text(encoding="utf-8") == content, f"rebuild: {name}"
    on_disk = {p.relative_to(CORPUS).as_posix() for p in _article_files()}
    assert on_disk == {n for n in files if n != "expected.json"}


def test_builder_refuses_a_planted_text_missing_from_its_article(tmp_path: Path) -> None:
    builder = _load_builder()
    source = (SAMPLES / "src" / "01_troops.story").read_text(encoding="utf-8")
    broken = source.replace("text: Sebanyak 12.000 tentara", "text: Sebanyak 13.000 tentara")
    assert broken != source
    (tmp_path / "01_troops.story").write_text(broken, encoding="utf-8")
    with pytest.raises(builder.SourceError, match="not in sc-troops-warta"):
        builder.load_stories(tmp_path)


def _significant_digits(value: float) -> str:
    return re.sub(r"\D", "", f"{value:.6f}").strip("0")


@pytest.mark.parametrize(
    "row",
    [d for d in EXPECTED["discrepancies"] if d["kind"] == "number_conflict"],
    ids=lambda d: d["article_id"],
)
def test_number_conflicts_state_two_different_values_found_in_the_texts(
    row: dict[str, object],
) -> None:
    value, reference = row["value"], row["reference_value"]
    assert isinstance(value, float) and isinstance(reference, float) and value != reference
    assert _significant_digits(value) in re.sub(r"\D", "", str(row["text"]))
    assert _significant_digits(reference) in re.sub(r"\D", "", str(row["reference_text"]))


@pytest.mark.parametrize(
    "row",
    [d for d in EXPECTED["discrepancies"] if d["kind"] == "date_conflict"],
    ids=lambda d: d["article_id"],
)
def test_date_conflicts_state_two_different_days(row: dict[str, object]) -> None:
    days = [date.fromisoformat(str(row[k])) for k in ("value", "reference_value")]
    assert days[0] != days[1]
    assert all(date(2024, 11, 1) <= d <= date(2024, 11, 8) for d in days)


def _moment(article_id: object) -> datetime | None:
    raw = str(EXPECTED_ARTICLES[str(article_id)]["published_at"])
    return datetime.fromisoformat(raw) if "T" in raw else None  # .txt: a day only


@pytest.mark.parametrize(
    "row",
    [r for r in _findings() if EXPECTED_ARTICLES[r[1]["reference_article_id"]]["agency_copy"]],
    ids=_finding_id,
)
def test_relays_appear_after_the_wire_copy_they_are_compared_with(
    row: tuple[str, dict[str, object]],
) -> None:
    relay, wire = _moment(row[1]["article_id"]), _moment(row[1]["reference_article_id"])
    if relay is None or wire is None:
        pytest.skip("a .txt article carries its day only")
    assert relay > wire
