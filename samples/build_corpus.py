"""Build samples/corpus/ from the story sources in samples/src/ (all text there is invented).

Each source file holds one story: a header (`story:`, `label:`), then blocks that start with
a line `=== article ID`, `=== plant KIND` or `=== faithful KIND`.
- article: `key: value` lines (file, outlet, language, url, published_at, title, and for
  .txt files source_url), a line `---`, then the body, one paragraph per line.
- plant / faithful: `key: value` lines (article, reference, text, reference_text, note).
The article's `file` decides its format: `*.jsonl` and `*.csv` collect records, `*.txt`
and `*.html` get one file per article (the record's id is then the file name's stem).

Run `python samples/build_corpus.py` after editing a source; it refuses to write when a
planted text does not occur in its article, an id repeats, or a reference is unknown.
"""

from __future__ import annotations

import csv
import html
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
SOURCES = SAMPLES / "src"
CORPUS = SAMPLES / "corpus"
GENERATED = ("*.jsonl", "*.csv", "txt/*.txt", "html/*.html", "expected.json")
ARTICLE_KEYS = ("file", "outlet", "language", "url", "published_at", "title")
FINDING_KEYS = ("article", "reference", "text", "reference_text", "note")
# number_conflict: the two values as numbers; date_conflict: the two dates (ISO).
OPTIONAL_FINDING_KEYS = ("value", "reference_value")
TRAILER_WORD = {"id": "Sumber", "vi": "Nguồn", "ru": "Источник", "en": "Source", "fr": "Source"}
COMMENTS_WORD = {"id": "Komentar", "vi": "Bình luận", "ru": "Комментарии", "en": "Comments"}
AD_MARKER = {"id": "iklan", "vi": "qc", "ru": "реклама", "en": "ad", "fr": "pub"}


class SourceError(ValueError):
    """A story source is malformed or a planted text is missing from its article."""


@dataclass
class Article:
    id: str
    story: str
    meta: dict[str, str]
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def file(self) -> str:
        return self.meta["file"]


@dataclass
class Finding:
    block: str  # "plant" or "faithful"
    kind: str
    story: str
    fields: dict[str, str]


@dataclass
class Story:
    story: str
    label: str
    articles: list[Article] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def _key_values(lines: list[str], where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise SourceError(f"{where}: expected 'key: value', got {line!r}")
        out[key.strip()] = value.strip()
    return out


def _blocks(lines: list[str]) -> list[tuple[str, list[str]]]:
    blocks: list[tuple[str, list[str]]] = [("header", [])]
    for line in lines:
        if line.startswith("=== "):
            blocks.append((line[4:].strip(), []))
        elif not line.startswith("#"):
            blocks[-1][1].append(line)
    return blocks


def _article(head: str, body: list[str], story: str, where: str) -> Article:
    article_id = head.split()[1]
    if "---" not in body:
        raise SourceError(f"{where}: article {article_id} has no '---' line before its text")
    cut = body.index("---")
    meta = _key_values(body[:cut], where)
    missing = [k for k in ARTICLE_KEYS if k not in meta]
    if missing:
        raise SourceError(f"{where}: article {article_id} lacks {', '.join(missing)}")
    paragraphs = [p.strip() for p in body[cut + 1 :] if p.strip()]
    return Article(article_id, story, meta, paragraphs)


def parse_story(path: Path) -> Story:
    where = path.name
    blocks = _blocks(path.read_text(encoding="utf-8").splitlines())
    header = _key_values(blocks[0][1], where)
    story = Story(header["story"], header["label"])
    for head, body in blocks[1:]:
        block = head.split()[0]
        if block == "article":
            story.articles.append(_article(head, body, story.story, where))
        elif block in ("plant", "faithful"):
            fields = _key_values(body, where)
            missing = [k for k in FINDING_KEYS if k not in fields]
            if missing:
                raise SourceError(f"{where}: {head} lacks {', '.join(missing)}")
            story.findings.append(Finding(block, head.split()[1], story.story, fields))
        else:
            raise SourceError(f"{where}: unknown block {head!r}")
    return story


def check(stories: list[Story]) -> dict[str, Article]:
    """Every id unique, every finding names known articles and quotes them exactly."""
    articles: dict[str, Article] = {}
    for story in stories:
        for article in story.articles:
            if article.id in articles:
                raise SourceError(f"duplicate article id {article.id}")
            articles[article.id] = article
    for story in stories:
        for f in story.findings:
            for id_key, text_key in (("article", "text"), ("reference", "reference_text")):
                named = articles.get(f.fields[id_key])
                if named is None:
                    raise SourceError(f"{story.story}: unknown article {f.fields[id_key]}")
                if f.fields[text_key] not in named.text:
                    raise SourceError(
                        f"{story.story} {f.kind}: {text_key} not in {named.id}: "
                        f"{f.fields[text_key]!r}"
                    )
    return articles


def _record(article: Article) -> dict[str, object]:
    m = article.meta
    return {
        "id": article.id,
        "url": m["url"],
        "outlet": m["outlet"],
        "language": m["language"],
        "published_at": m["published_at"],
        "title": m["title"],
        "text": article.text,
        "synthetic": True,
    }


def render_txt(article: Article) -> str:
    """The seed's layout: body lines, ad markers, a source trailer, a comment counter."""
    lang = article.meta["language"]
    marker = AD_MARKER.get(lang, "ad")
    lines = list(article.paragraphs)
    lines.insert(min(2, len(lines)), f"[{marker}_1]")
    lines.append(f"[{marker}_2]")
    lines.append(f"{TRAILER_WORD.get(lang, 'Source')}: {article.meta['source_url']}")
    lines.append(f"{COMMENTS_WORD.get(lang, 'Comments')} (0)")
    return "\n".join(lines)


def render_html(article: Article) -> str:
    """A news page: metadata in <head>, the story in <article> among navigation and footer."""
    m = {k: html.escape(v) for k, v in article.meta.items()}
    paragraphs = "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in article.paragraphs)
    return f"""<!DOCTYPE html>
<!-- synthetic: invented text written for the crosswire sample corpus; not a real article -->
<html lang="{m['language']}">
<head>
  <meta charset="utf-8">
  <title>{m['title']} | {m['outlet']}</title>
  <meta name="synthetic" content="true">
  <meta property="og:site_name" content="{m['outlet']}">
  <meta property="og:title" content="{m['title']}">
  <meta property="og:url" content="{m['url']}">
  <meta property="article:published_time" content="{m['published_at']}">
  <link rel="canonical" href="{m['url']}">
</head>
<body>
  <nav class="site-nav">
    <a href="/">{m['outlet']}</a> | <a href="/world/">{m.get('nav_world', 'World')}</a> |
    <a href="/economy/">{m.get('nav_economy', 'Economy')}</a> |
    <a href="/login/">{m.get('nav_login', 'Log in')}</a>
  </nav>
  <main>
    <article>
      <h1>{m['title']}</h1>
      <p class="byline">{m.get('byline', m['outlet'])}</p>
{paragraphs}
    </article>
    <aside class="related">
      <h2>{m.get('related_heading', 'Related')}</h2>
      <ul><li><a href="/archive/">{m.get('related_link', 'More stories')}</a></li></ul>
    </aside>
  </main>
  <footer>
    <p>{m.get('footer', 'Copyright Example Media. All rights reserved.')}</p>
  </footer>
</body>
</html>
"""


def render_csv(articles: list[Article]) -> str:
    buf = io.StringIO()
    columns = ["id", "url", "outlet", "language", "published_at", "title", "text", "synthetic"]
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for article in articles:
        writer.writerow({**_record(article), "synthetic": "true"})
    return buf.getvalue()


def _line_numbers(articles: list[Article]) -> dict[str, int | None]:
    lines: dict[str, int | None] = {}
    per_file: dict[str, int] = {}
    for article in articles:
        if article.file.endswith(".jsonl"):
            per_file[article.file] = per_file.get(article.file, 0) + 1
            lines[article.id] = per_file[article.file]
        else:
            lines[article.id] = None
    return lines


def _typed(raw: str) -> float | str:
    """A number when the value reads as one (figures), else the text (ISO dates)."""
    try:
        return float(raw)
    except ValueError:
        return raw


def expected(stories: list[Story]) -> dict[str, object]:
    all_articles = [a for s in stories for a in s.articles]
    lines = _line_numbers(all_articles)

    def finding(f: Finding) -> dict[str, object]:
        return {
            "kind": f.kind,
            "story": f.story,
            "article_id": f.fields["article"],
            "reference_article_id": f.fields["reference"],
            "text": f.fields["text"],
            "reference_text": f.fields["reference_text"],
            "note": f.fields["note"],
            **{k: _typed(f.fields[k]) for k in OPTIONAL_FINDING_KEYS if k in f.fields},
        }

    by_id = {a.id: a for a in all_articles}
    plants = [finding(f) for s in stories for f in s.findings if f.block == "plant"]
    faithful = [finding(f) for s in stories for f in s.findings if f.block == "faithful"]
    for row in plants + faithful:
        a, r = by_id[str(row["article_id"])], by_id[str(row["reference_article_id"])]
        row["cross_language"] = a.meta["language"] != r.meta["language"]
    return {
        "synthetic": True,
        "about": "Ground truth of the invented sample corpus: stories, planted disagreements "
        "(discrepancies) and faithful relays that must not be flagged. Built by "
        "samples/build_corpus.py from samples/src/.",
        "id_rule": "JSONL and CSV records carry their id in the `id` field; each .txt and "
        ".html file is one article whose id here is the file name without its extension "
        "(they carry no id field: match them on `file`, which the ingest keeps as source_file).",
        "date_rule": "A .txt file carries no date and no URL of its own: its publication date is "
        "the date its trailing source URL encodes (published_at here is that date).",
        "stories": [
            {"story": s.story, "label": s.label, "article_ids": [a.id for a in s.articles]}
            for s in stories
        ],
        "articles": [
            {
                "id": a.id,
                "story": a.story,
                "file": a.file,
                "line": lines[a.id],
                "outlet": a.meta["outlet"],
                "language": a.meta["language"],
                "url": None if a.file.endswith(".txt") else a.meta["url"],
                "source_url": a.meta.get("source_url"),
                "published_at": a.meta["published_at"],
                "agency_copy": a.meta["url"].startswith("https://wire.example.com/"),
            }
            for a in all_articles
        ],
        "discrepancies": plants,
        "faithful": faithful,
    }


def render(stories: list[Story]) -> dict[str, str]:
    """Relative path -> file content for the whole corpus."""
    files: dict[str, str] = {}
    grouped: dict[str, list[Article]] = {}
    for article in (a for s in stories for a in s.articles):
        grouped.setdefault(article.file, []).append(article)
    for name, articles in sorted(grouped.items()):
        if name.endswith(".jsonl"):
            files[name] = "".join(
                json.dumps(_record(a), ensure_ascii=False) + "\n" for a in articles
            )
        elif name.endswith(".csv"):
            files[name] = render_csv(articles)
        elif name.endswith(".txt"):
            files[name] = render_txt(articles[0])
        elif name.endswith(".html"):
            files[name] = render_html(articles[0])
        else:
            raise SourceError(f"unknown format for {name}")
        if not name.endswith((".jsonl", ".csv")) and len(articles) > 1:
            raise SourceError(f"{name}: one article per .txt/.html file")
    files["expected.json"] = json.dumps(expected(stories), ensure_ascii=False, indent=2) + "\n"
    return files


def load_stories(sources: Path = SOURCES) -> list[Story]:
    stories = [parse_story(p) for p in sorted(sources.glob("*.story"))]
    check(stories)
    return stories


def write(files: dict[str, str], out_dir: Path) -> None:
    for pattern in GENERATED:
        for old in out_dir.glob(pattern):
            old.unlink()
    for name, content in files.items():
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    out_dir = Path(argv[0]) if argv else CORPUS
    try:
        stories = load_stories()
    except SourceError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    files = render(stories)
    write(files, out_dir)
    n = sum(len(s.articles) for s in stories)
    print(f"wrote {n} articles in {len(files) - 1} files, {len(stories)} stories, to {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
