"""Stage 1, ingest: files and folders -> articles and rejects (two DataFrames).

Formats by extension: .jsonl/.ndjson/.json (one record per line, or a JSON array), .csv/.tsv,
.html/.htm (main text and metadata through trafilatura), .txt (plain text like the seed:
boilerplate lines removed, a trailing "Sumber:/Source:/Nguồn:" line becomes source_url).
Nothing raises on bad input: every bad record becomes a reject row with file, line and reason.
"""

from __future__ import annotations

import csv
import fnmatch
import hashlib
import io
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pandas as pd

from compare import lexicon
from compare.dates import read_full_date
from compare.errors import InputError
from compare.settings import LANGUAGES, Settings

log = logging.getLogger(__name__)

KNOWN_FIELDS = ("id", "url", "outlet", "language", "published_at", "title", "text")
ARTICLE_COLUMNS = [
    "article_id", "external_id", "url", "source_url", "outlet", "language", "published_at",
    "title", "text", "content_hash", "duplicate_of", "source_file", "source_line", "extra",
]
REJECT_COLUMNS = ["file", "line", "reason", "detail", "excerpt", "reject_key"]
FORMATS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html", ".txt": "text",
}
EXCERPT_CHARS = 200


@dataclass
class Reject:
    file: str
    line: int | None
    reason: str
    detail: str
    excerpt: str = ""

    def row(self) -> dict[str, Any]:
        key_src = f"{self.file}|{self.line}|{self.reason}|{self.excerpt}"
        return {**self.__dict__, "reject_key": hashlib.sha1(key_src.encode()).hexdigest()}


@dataclass
class IngestResult:
    articles: pd.DataFrame
    rejects: pd.DataFrame
    files: int = 0
    skipped: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- discovering files


IGNORE_FILE = ".crosswireignore"


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file under the given paths, recursively, in a stable order. Hidden files are
    skipped, and so are those a folder's .crosswireignore names (glob patterns, one a line,
    relative to that folder): documentation or ground truth kept beside the articles."""
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_file():
            yield path
            continue
        ignored = ignore_patterns(path)
        for child in sorted(path.rglob("*")):
            rel = child.relative_to(path)
            if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                continue
            if any(fnmatch.fnmatch(rel.as_posix(), pattern) for pattern in ignored):
                continue
            yield child


def ignore_patterns(folder: Path) -> list[str]:
    path = folder / IGNORE_FILE
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


# ---------------------------------------------------------------- decoding bytes

BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and control / len(head) > 0.05


def decode(data: bytes) -> tuple[str | None, str]:
    """(text, encoding) or (None, reason) when the bytes are not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None, "undecodable"
    if looks_binary(data):
        return None, "binary"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return decode_legacy(data)


# Among legacy encodings that decode a text equally cleanly, the most widely used win.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1258", "cp1250")


def decode_legacy(data: bytes) -> tuple[str | None, str]:
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.encoding]
    if not matches:
        return None, "undecodable"
    cleanest = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= cleanest + 0.01]
    rank = {name: i for i, name in enumerate(PREFERRED_ENCODINGS)}
    best = min(tied, key=lambda m: rank.get(m.encoding, len(rank)))
    return str(best), best.encoding


# ---------------------------------------------------------------- normalising fields


def normalise_text(text: str) -> str:
    """NFC, no zero-width or bidi controls, unified line ends, trimmed lines."""
    text = unicodedata.normalize("NFC", text)
    text = ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
TRACKING_PARAMS = re.compile(r"^(utm_|fbclid|gclid|ref$|cmpid)")


def normalise_url(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not TRACKING_PARAMS.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


NOT_ALNUM = re.compile(r"[\W_]+")


def content_hash(text: str) -> str:
    """Equal for copies that differ only in case, spacing and punctuation."""
    core = NOT_ALNUM.sub("", text.casefold())  # what str.isalnum() rejects, in one C pass
    return hashlib.sha1(core.encode("utf-8")).hexdigest()


def article_id(url: str | None, text: str) -> str:
    key = normalise_url(url) + "\n" + " ".join(text.split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def outlet_from_url(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    if not host:
        return None
    return host.removeprefix("www.")


# ---------------------------------------------------------------- dates

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
URL_DATE_PATTERNS = (
    # /2024/11/02/ and /2024-11-02
    re.compile(r"(?<!\d)(?P<y>20\d{2})[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?!\d)"),
    # 20241102 inside a path segment
    re.compile(r"(?<!\d)(?P<y>20\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
    # thanhnien.vn style article ids: 185 + yymmddhhmmss + sequence (…-185241102211143976.htm)
    re.compile(r"-18\d(?P<y>[12]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d{6,}\.html?$"),
)


def to_utc_naive(ts: datetime) -> datetime:
    if ts.tzinfo is not None:
        ts = ts.astimezone(UTC).replace(tzinfo=None)
    return ts


def parse_published(value: Any, language: str | None) -> datetime | None:
    """A publication date as scrapers give it: ISO, or free text in the article's language."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    raw = str(value).strip()
    if not raw:
        return None
    if ISO_DATE.match(raw):
        try:
            return to_utc_naive(datetime.fromisoformat(raw.replace("Z", "+00:00")))
        except ValueError:
            pass
    return _parse_free_date(raw, language)


@cache
def _parse_free_date(raw: str, language: str | None) -> datetime | None:
    """dateparser in the article's language, then in any language, then our own month words
    ("29 Tháng năm 2016", which dateparser gives up on), then bare numeric dates."""
    import dateparser

    order = "MDY" if language == "en" else "DMY"
    hints = [[language], None] if language in LANGUAGES else [None]
    for languages in hints:
        try:
            parsed = dateparser.parse(
                raw, languages=languages, settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first"}
            )
        except (ValueError, OverflowError, TypeError, AttributeError):  # dateparser fails on odd strings
            parsed = None
        if parsed is not None:
            return to_utc_naive(parsed)
    if (day := read_full_date(raw, language)) is not None:
        return datetime(day.year, day.month, day.day)
    return _numeric_date(raw)


NUMERIC_DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"),
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s*[/.-]\s*(?P<m>[01]?\d)\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"),
)


def _numeric_date(raw: str) -> datetime | None:
    for pattern in NUMERIC_DATES:
        m = pattern.search(raw)
        if m:
            try:
                return datetime(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
    return None


def date_from_url(url: str | None) -> datetime | None:
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in URL_DATE_PATTERNS:
        m = pattern.search(path)
        if not m:
            continue
        year = int(m.group("y"))
        year = year + 2000 if year < 100 else year
        try:
            found = datetime(year, int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        if 1990 <= found.year <= datetime.now().year + 1:
            return found
    return None


# ---------------------------------------------------------------- language detection


@cache
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code among the supported languages, or None when unsure."""
    sample = text[:1500]
    if len(sample.strip()) < 20:
        return None
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None


def normalise_language(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code or None


# ---------------------------------------------------------------- boilerplate


@cache
def _boilerplate() -> dict[str, list[re.Pattern[str]]]:
    kinds: dict[str, list[re.Pattern[str]]] = {}
    for row in lexicon.load_table("boilerplate"):
        kinds.setdefault(row["kind"], []).append(re.compile(rf"^(?:{row['pattern']})$", re.I))
    return kinds


def strip_boilerplate(text: str) -> tuple[str, str | None]:
    """Remove ad markers and comment counters; a source trailer line becomes source_url."""
    patterns = _boilerplate()
    kept: list[str] = []
    source_url = None
    for line in text.split("\n"):
        stripped = line.strip()
        if any(p.match(stripped) for p in patterns.get("ad_marker", []) + patterns.get("comment_counter", [])):
            continue
        trailer = next((m for p in patterns.get("source_trailer", []) if (m := p.match(stripped))), None)
        if trailer:
            source_url = trailer.group("url")
            continue
        kept.append(line)
    return "\n".join(kept).strip(), source_url


# ---------------------------------------------------------------- record -> article


class RecordError(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def build_article(record: dict[str, Any], file: str, line: int | None, settings: Settings) -> dict[str, Any]:
    """One input record (already decoded into a dict) -> one article row, or RecordError."""
    raw_text = record.get("text")
    if not isinstance(raw_text, str) or not raw_text.strip():
        raise RecordError("missing_text", "the record has no text (field 'text' empty or absent)")
    if len(raw_text) > settings.max_record_chars:
        raise RecordError(
            "oversize",
            f"text of {len(raw_text):,} characters exceeds max_record_chars={settings.max_record_chars:,}",
        )
    text, trailer_url = strip_boilerplate(normalise_text(raw_text))
    if not text:
        raise RecordError("missing_text", "nothing is left of the text once boilerplate is removed")
    url = _str_or_none(record.get("url"))
    language = normalise_language(record.get("language")) or detect_language(
        f"{record.get('title') or ''}\n{text}"
    )
    published = parse_published(record.get("published_at"), language) or date_from_url(url) or date_from_url(
        trailer_url
    )
    title = _str_or_none(record.get("title"))
    extra = {k: v for k, v in record.items() if k not in KNOWN_FIELDS}
    external = record.get("id")
    return {
        "article_id": article_id(url or trailer_url, text),
        "external_id": None if external is None else str(external),
        "url": url,
        "source_url": _str_or_none(record.get("source_url")) or trailer_url,
        "outlet": _str_or_none(record.get("outlet")) or outlet_from_url(url),
        "language": language,
        "published_at": published,
        "title": normalise_text(title) if title else None,
        "text": text,
        "content_hash": content_hash(text),
        "duplicate_of": None,
        "source_file": file,
        "source_line": line,
        "extra": json.dumps(extra, ensure_ascii=False, default=str) if extra else None,
    }


def _str_or_none(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text or None


# ---------------------------------------------------------------- readers per format

Records = Iterator[tuple[int | None, dict[str, Any] | Reject]]


def read_jsonl(text: str, file: str) -> Records:
    stripped = text.lstrip()
    if stripped.startswith("[") and "\n" in stripped.strip():  # perhaps one JSON array over many lines
        try:
            items = json.loads(stripped)
        except (json.JSONDecodeError, RecursionError):
            items = None  # not an array file: read it line by line below
        if isinstance(items, list):
            for n, item in enumerate(items, start=1):
                yield n, item if isinstance(item, dict) else Reject(
                    file, n, "not_an_object", "array item is not a JSON object", str(item)[:EXCERPT_CHARS])
            return
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            reason = "truncated_json" if not line.rstrip().endswith("}") else "invalid_json"
            yield n, Reject(file, n, reason, f"line does not parse as JSON: {e.msg} at column {e.colno}",
                            line[:EXCERPT_CHARS])
            continue
        except RecursionError:
            yield n, Reject(file, n, "invalid_json", "JSON nested too deeply", line[:EXCERPT_CHARS])
            continue
        if isinstance(item, dict):
            yield n, item
        else:
            yield n, Reject(file, n, "not_an_object", "line is JSON but not an object",
                            line[:EXCERPT_CHARS])


def read_jsonl_lines_of_bytes(data: bytes, file: str) -> Records:
    """A JSONL file that is not text as a whole: decode line by line, so one line of bad bytes
    costs that line only. A file where no line is a JSON object is one binary reject."""
    results: list[tuple[int | None, dict[str, Any] | Reject]] = []
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = None
        if line is None or "\x00" in line:
            results.append((n, Reject(file, n, "undecodable", "the line is not UTF-8 text",
                                      raw[:EXCERPT_CHARS].decode("utf-8", "replace"))))
            continue
        found = list(read_jsonl(line, file))
        if not found:  # only characters Python's str takes for space ("\x1c")
            continue
        results.extend(found)
        if isinstance(results[-1][1], Reject):
            results[-1][1].line = n
        else:
            results[-1] = (n, results[-1][1])
    if not any(isinstance(item, dict) for _, item in results):
        yield None, Reject(file, None, "binary_file", "the file is not text and holds no JSON record",
                           data[:EXCERPT_CHARS].decode("utf-8", "replace"))
        return
    yield from results


def read_csv(text: str, file: str) -> Records:
    dialect = "excel-tab" if file.endswith(".tsv") else "excel"
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield None, Reject(file, 1, "missing_text", "CSV header has no 'text' column",
                           text[:EXCERPT_CHARS])
        return
    try:
        for row in reader:
            if None in row:
                yield reader.line_num, Reject(file, reader.line_num, "malformed_row",
                                              "row has more fields than the header",
                                              str(row.get(None))[:EXCERPT_CHARS])
                continue
            yield reader.line_num, {k: v for k, v in row.items() if v not in (None, "")}
    except csv.Error as e:
        yield reader.line_num, Reject(file, reader.line_num, "malformed_row", f"CSV error: {e}", "")


def read_html(text: str, file: str) -> Records:
    import trafilatura

    found = trafilatura.extract(text, output_format="json", with_metadata=True, include_comments=False)
    if not found:
        yield None, Reject(file, None, "missing_text", "no main text found in the HTML page",
                           text[:EXCERPT_CHARS])
        return
    meta = json.loads(found)
    record = {
        "url": meta.get("url") or html_meta(text, HTML_URL),
        "outlet": meta.get("sitename") or meta.get("source-hostname") or meta.get("hostname") or None,
        "language": meta.get("language") or _html_lang(text),
        "published_at": html_meta(text, HTML_PUBLISHED) or meta.get("date"),
        "title": meta.get("title"),
        "text": drop_repeated_title(meta.get("text") or meta.get("raw_text") or "", meta.get("title")),
    }
    yield None, {k: v for k, v in record.items() if v}


HTML_URL = (
    re.compile(r"""<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)""", re.I),
    re.compile(r"""<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)""", re.I),
)
HTML_PUBLISHED = (
    re.compile(r"""<meta[^>]+(?:property|name)=["']article:published_time["'][^>]+content=["']([^"']+)""", re.I),
)


def html_meta(html: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """A value trafilatura leaves out or shortens (the page's own url, the publication time)."""
    head = html[:20000]
    for pattern in patterns:
        m = pattern.search(head)
        if m:
            return m.group(1).strip()
    return None


def drop_repeated_title(text: str, title: str | None) -> str:
    first, _, rest = text.partition("\n")
    return rest if title and first.strip() == title.strip() and rest.strip() else text


def _html_lang(html: str) -> str | None:
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z-]+)", html[:4000], re.I)
    return m.group(1) if m else None


def read_text(text: str, file: str) -> Records:
    """A plain-text article: the first line is its title when it reads like one."""
    body = normalise_text(text)
    first, _, rest = body.partition("\n")
    looks_like_title = len(first) <= 160 and not first.rstrip().endswith((".", "!", "?", ":", '"', "”"))
    record: dict[str, Any] = {"text": body}
    if looks_like_title and rest.strip():
        record = {"title": first.strip(), "text": rest}
    yield None, record


READERS = {"jsonl": read_jsonl, "csv": read_csv, "html": read_html, "text": read_text}


def read_file(path: Path, settings: Settings) -> tuple[list[dict[str, Any]], list[Reject]]:
    """All articles and rejects of one file."""
    file = str(path)
    articles: list[dict[str, Any]] = []
    rejects: list[Reject] = []
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        return [], [Reject(file, None, "unsupported_format",
                           f"extension {path.suffix or '(none)'!r} is not one of {', '.join(sorted(FORMATS))}")]
    data = path.read_bytes()
    if not data.strip():
        return [], [Reject(file, None, "empty_file", "the file is empty")]
    text, encoding = decode(data)
    if text is not None and not text.strip():
        return [], [Reject(file, None, "empty_file", f"the file holds only whitespace ({encoding})")]
    records: Records
    if text is None and fmt == "jsonl":
        records = read_jsonl_lines_of_bytes(data, file)
    elif text is None:
        reason = "binary_file" if encoding == "binary" else "undecodable"
        return [], [Reject(file, None, reason, f"the file is not text ({encoding})",
                           data[:EXCERPT_CHARS].decode("utf-8", "replace"))]
    else:
        if encoding not in ("utf-8", "utf-8-sig", "ascii"):
            log.info("%s: decoded as %s", file, encoding)
        records = READERS[fmt](text, file)
    for line, item in records:
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        if fmt in ("html", "text"):  # one article per file: the file's name is its own id
            item.setdefault("id", path.stem)
        try:
            articles.append(build_article(item, file, line, settings))
        except RecordError as e:
            excerpt = json.dumps(item, ensure_ascii=False, default=str)[:EXCERPT_CHARS]
            rejects.append(Reject(file, line, e.reason, e.detail, excerpt))
    return articles, rejects


# ---------------------------------------------------------------- the stage


def read_paths(paths: Iterable[Path | str], settings: Settings | None = None, progress: bool = False) -> IngestResult:
    """Read every file under paths into articles and rejects. Exact duplicates inside the input
    are rejected as such; copies with the same content under another url are linked through
    duplicate_of."""
    settings = settings or Settings()
    files = list(discover(Path(p) for p in paths))
    rows: list[dict[str, Any]] = []
    rejects: list[Reject] = []
    from tqdm import tqdm

    for path in tqdm(files, desc="ingest", unit="file", disable=not progress):
        try:
            got, bad = read_file(path, settings)
        except OSError as e:
            got, bad = [], [Reject(str(path), None, "unreadable", f"cannot read the file: {e.strerror}")]
        rows.extend(got)
        rejects.extend(bad)
    articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    articles, dupes = drop_exact_duplicates(articles)
    rejects.extend(dupes)
    articles = link_near_copies(articles)
    articles["published_at"] = pd.to_datetime(articles["published_at"])
    reject_rows = pd.DataFrame([r.row() for r in rejects], columns=REJECT_COLUMNS)
    reject_rows["line"] = reject_rows["line"].astype("Int64")
    return IngestResult(articles=articles, rejects=reject_rows, files=len(files))


def drop_exact_duplicates(articles: pd.DataFrame) -> tuple[pd.DataFrame, list[Reject]]:
    repeated = articles.duplicated("article_id", keep="first")
    first_of = articles.drop_duplicates("article_id").set_index("article_id")
    rejects = [
        Reject(row.source_file, _int_or_none(row.source_line), "exact_duplicate",
               f"same url and text as the record at {first_of.at[row.article_id, 'source_file']}"
               f":{first_of.at[row.article_id, 'source_line']} (article {row.article_id})",
               row.text[:EXCERPT_CHARS])
        for row in articles[repeated].itertuples()
    ]
    return articles[~repeated].reset_index(drop=True), rejects


def link_near_copies(articles: pd.DataFrame) -> pd.DataFrame:
    """Point each later copy of the same normalised text at the first article that has it."""
    first = articles.groupby("content_hash", sort=False)["article_id"].transform("first")
    articles["duplicate_of"] = first.where(first != articles["article_id"]).astype(object)
    articles.loc[articles["duplicate_of"].isna(), "duplicate_of"] = None
    return articles


def _int_or_none(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)
