"""Ingest: each format, each kind of bad input, boilerplate, dates, ids. Inputs are synthetic."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from compare import ingest
from compare.settings import Settings

GOOD = {
    "id": "r1", "url": "https://daily-sample.example.com/2024/11/02/talks", "outlet": "Daily Sample",
    "language": "en", "published_at": "2024-11-02T08:00:00Z", "title": "Talks resume",
    "text": 'Negotiators met again on Friday, Reuters reported. "We are close," said Anna Lind.',
    "section": "world",
}


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def jsonl(*records: dict) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"


@pytest.mark.parametrize(
    ("name", "content", "reason", "line"),
    [
        ("truncated.jsonl", jsonl(GOOD) + '{"id": "r2", "text": "cut in the mid', "truncated_json", 2),
        ("notext.jsonl", jsonl({**GOOD, "id": "r3", "text": "   "}), "missing_text", 1),
        ("array.jsonl", jsonl(GOOD) + "[1, 2]\n", "not_an_object", 2),
        ("empty.jsonl", "", "empty_file", None),
        ("blank.txt", "\n\n  \n", "empty_file", None),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary_file", None),
        ("notes.docx", "a word file", "unsupported_format", None),
        ("bad.csv", "id,title\n1,no text column\n", "missing_text", 1),
        ("ragged.csv", "id,text\n1,fine text here\n2,too,many,fields\n", "malformed_row", 3),
    ],
)
def test_bad_input_becomes_a_reject_with_file_line_and_reason(tmp_path, name, content, reason, line):
    path = write(tmp_path, name, content)
    result = ingest.read_paths([path])
    assert reason in set(result.rejects["reason"]), result.rejects
    row = result.rejects[result.rejects["reason"] == reason].iloc[0]
    assert row["file"] == str(path)
    assert (None if row["line"] is None or str(row["line"]) == "<NA>" else int(row["line"])) == line
    assert row["detail"]


def test_good_records_survive_bad_neighbours(tmp_path):
    path = write(tmp_path, "mixed.jsonl", jsonl(GOOD) + "{broken\n" + jsonl({**GOOD, "id": "r9", "url": None}))
    result = ingest.read_paths([path])
    assert sorted(result.articles["external_id"]) == ["r1", "r9"]
    assert list(result.rejects["line"]) == [2]


@pytest.mark.parametrize(
    ("encoding", "text", "language"),
    [
        ("latin-1", "Les négociateurs se sont réunis à Genève vendredi, a rapporté l'AFP. « Nous sommes proches », a déclaré la ministre.", "fr"),
        ("cp1251", "Переговорщики снова встретились в пятницу, сообщает ТАСС. «Мы близки к соглашению», заявил министр.", "ru"),
        ("utf-16", "Các nhà đàm phán đã gặp lại nhau vào thứ Sáu, theo Reuters. Bộ trưởng nói rằng hai bên đã gần đạt thỏa thuận.", "vi"),
    ],
)
def test_legacy_encodings_are_decoded_and_language_detected(tmp_path, encoding, text, language):
    path = write(tmp_path, "legacy.txt", text.encode(encoding))
    result = ingest.read_paths([path])
    assert result.rejects.empty, result.rejects
    article = result.articles.iloc[0]
    assert article["text"] == text
    assert article["language"] == language


def test_seed_article_metadata_and_boilerplate(seed_path):
    article = ingest.read_paths([seed_path]).articles.iloc[0]
    assert article["source_url"].startswith("https://thanhnien.vn/")
    assert article["published_at"] == datetime(2024, 11, 2)
    assert article["language"] == "id"
    assert "[iklan_2]" not in article["text"]
    assert "Komentar" not in article["text"]
    assert "Sumber:" not in article["text"]
    assert article["text"].startswith("Presiden Ukraina Volodymyr Zelensky")
    assert article["text"].endswith("menurut kantor berita TASS.")


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("2024-11-02", "en", datetime(2024, 11, 2)),
        ("2024-11-02T10:30:00+07:00", "id", datetime(2024, 11, 2, 3, 30)),
        ("Thứ sáu, 20/05/2016 - 06:33", "vi", datetime(2016, 5, 20, 6, 33)),
        ("Thứ 6, 11:03, 20/05/2016", "vi", datetime(2016, 5, 20, 11, 3)),
        ("02.11.2024", "ru", datetime(2024, 11, 2)),
        ("2 ноября 2024", "ru", datetime(2024, 11, 2)),
        ("29 Tháng năm 2016", "vi", datetime(2016, 5, 29)),  # month words dateparser gives up on
        ("not a date at all", "en", None),
    ],
)
def test_publication_dates_as_scrapers_give_them(raw, language, expected):
    assert ingest.parse_published(raw, language) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://thanhnien.vn/tong-thong-nga-185241102211143976.htm", datetime(2024, 11, 2)),
        ("https://news.example.com/2024/10/31/story", datetime(2024, 10, 31)),
        ("https://news.example.com/world/20241101-story", datetime(2024, 11, 1)),
        ("https://news.example.com/world/story-12345", None),
    ],
)
def test_date_from_url(url, expected):
    assert ingest.date_from_url(url) == expected


def test_csv_and_html_inputs(tmp_path):
    write(tmp_path, "feed.csv", "id,url,outlet,language,published_at,title,text,desk\n"
          "c1,https://a.example.org/1,Sample Wire,en,2024-11-01,First,\"Officials said on Friday that the bridge would reopen, AP reported.\",metro\n")
    write(tmp_path, "page.html", """<html lang="de"><head><title>Gespräche gehen weiter</title>
    <meta property="og:site_name" content="Beispiel Zeitung">
    <meta property="og:url" content="https://beispiel-zeitung.example.de/politik/gespraeche">
    <meta property="article:published_time" content="2024-11-03T09:00:00+01:00"></head>
    <body><nav>Startseite | Politik | Sport</nav><article><h1>Gespräche gehen weiter</h1>
    <p>Die Unterhändler trafen sich am Freitag erneut in Genf, wie die Nachrichtenagentur dpa berichtete.
    Beide Seiten sprachen von Fortschritten, doch eine Einigung steht noch aus.</p>
    <p>„Wir sind einer Lösung nahe“, sagte die Ministerin nach dem Treffen vor Journalisten in der Stadt.</p>
    </article><footer>Impressum Datenschutz Kontakt</footer></body></html>""")
    result = ingest.read_paths([tmp_path])
    assert result.rejects.empty, result.rejects
    by_format = {Path(f).suffix: row for f, row in zip(result.articles["source_file"], result.articles.itertuples(), strict=True)}
    csv_row, html_row = by_format[".csv"], by_format[".html"]
    assert csv_row.external_id == "c1" and json.loads(csv_row.extra) == {"desk": "metro"}
    assert html_row.title == "Gespräche gehen weiter"
    assert html_row.outlet == "Beispiel Zeitung"
    assert html_row.language == "de"
    assert html_row.published_at == datetime(2024, 11, 3, 8, 0)
    assert html_row.url == "https://beispiel-zeitung.example.de/politik/gespraeche"
    assert html_row.external_id == "page"
    assert not html_row.text.startswith("Gespräche")
    assert "Unterhändler" in html_row.text and "Impressum" not in html_row.text


def test_ids_are_stable_and_exact_duplicates_rejected_near_copies_linked(tmp_path):
    copy = {**GOOD, "id": "r2", "url": "https://copycat.example.net/talks", "text": GOOD["text"].upper()}
    path = write(tmp_path, "dupes.jsonl", jsonl(GOOD, GOOD, copy))
    first = ingest.read_paths([path])
    second = ingest.read_paths([path])
    assert list(first.articles["article_id"]) == list(second.articles["article_id"])
    assert list(first.rejects["reason"]) == ["exact_duplicate"]
    original, near = first.articles.iloc[0], first.articles.iloc[1]
    assert near["duplicate_of"] == original["article_id"]
    assert original["duplicate_of"] is None


def test_zero_width_and_bidi_characters_and_crlf_are_cleaned(tmp_path):
    text = "Officials\u200b met\u202e again\r\non Friday, AFP reported.\r\n"
    path = write(tmp_path, "odd.jsonl", jsonl({**GOOD, "text": text}))
    article = ingest.read_paths([path]).articles.iloc[0]
    assert article["text"] == "Officials met again\non Friday, AFP reported."


def test_oversize_records_are_rejected(tmp_path):
    path = write(tmp_path, "big.jsonl", jsonl({**GOOD, "text": "word " * 1000}))
    result = ingest.read_paths([path], Settings(max_record_chars=1000))
    assert list(result.rejects["reason"]) == ["oversize"]


def test_missing_path_is_a_user_error(tmp_path):
    from compare.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        ingest.read_paths([tmp_path / "nope"])


def test_json_array_file_and_a_leading_array_line(tmp_path):
    array = write(tmp_path, "array.json", json.dumps([GOOD, {**GOOD, "id": "r2", "url": "https://x.example.com/2"}], indent=1))
    lines = write(tmp_path, "lines.jsonl", "[1, 2]\n" + jsonl({**GOOD, "id": "r3", "url": "https://x.example.com/3"}))
    assert sorted(ingest.read_paths([array]).articles["external_id"]) == ["r1", "r2"]
    result = ingest.read_paths([lines])
    assert list(result.articles["external_id"]) == ["r3"]
    assert list(result.rejects["reason"]) == ["not_an_object"]


def test_crosswireignore_skips_sidecar_files(tmp_path):
    write(tmp_path, "articles.jsonl", jsonl(GOOD))
    write(tmp_path, "README.md", "# about this folder")
    (tmp_path / "truth").mkdir()
    write(tmp_path / "truth", "expected.json", "{\n  \"stories\": []\n}")
    write(tmp_path, ".crosswireignore", "# not articles\nREADME.md\ntruth/*.json\n")
    result = ingest.read_paths([tmp_path])
    assert result.rejects.empty, result.rejects
    assert list(result.articles["external_id"]) == ["r1"]
