"""Property-based: hostile bytes at ingest and extraction never crash, every bad record is a
reject with a reason, and every good record is kept."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from compare import ingest

GOOD_TEXT = "Officials met on Friday in Geneva, Reuters reported, and said talks would go on."
good_record = st.builds(
    lambda n, title: {"id": f"g{n}", "title": title, "language": "en", "text": f"{GOOD_TEXT} Record {n}."},
    st.integers(0, 10_000), st.text(max_size=40),
)
hostile_line = st.one_of(
    st.binary(max_size=200).map(lambda b: b.replace(b"\n", b" ")),
    st.text(max_size=200).map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
    st.sampled_from([
        b'{"id": "x", "text": "cut', b"[" * 3000 + b"]" * 3000, b'{"a": ' * 2000,
        b"\xff\xfe\x00bad", b'"just a string"', b"null", b"{}",
        '{"id": "z", "text": "\u200f\u202eزیرو\u200b"}'.encode(),
    ]),
)


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="crosswire-hostile-"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(goods=st.lists(good_record, min_size=1, max_size=5, unique_by=lambda r: r["id"]),
       bads=st.lists(hostile_line, max_size=5), crlf=st.booleans())
def test_hostile_jsonl_lines(goods, bads, crlf):
    lines = [json.dumps(g).encode() for g in goods] + bads
    path = scratch() / "mixed.jsonl"
    path.write_bytes((b"\r\n" if crlf else b"\n").join(lines))
    result = ingest.read_paths([path])
    kept = set(result.articles["external_id"])
    assert {g["id"] for g in goods} <= kept
    assert result.rejects["reason"].notna().all()
    assert (result.rejects["file"] == str(path)).all()
    # every line is accounted for: an article, a reject, or an empty line
    non_empty = sum(1 for line in (b"\n".join(lines)).split(b"\n") if line.strip())
    assert len(result.articles) + len(result.rejects) >= min(non_empty, len(goods))


@settings(max_examples=40, deadline=None)
@given(data=st.binary(min_size=1, max_size=3000), suffix=st.sampled_from([".txt", ".jsonl", ".csv", ".html"]))
@example(data=b"\x1c", suffix=".jsonl")  # a byte str.strip() takes for space but bytes.strip() does not
@example(data=b'{"id": "a"}\n\x1d\n\xff', suffix=".jsonl")
def test_random_bytes_never_crash(data, suffix):
    path = scratch() / f"random{suffix}"
    path.write_bytes(data)
    result = ingest.read_paths([path])
    assert len(result.articles) + len(result.rejects) >= 1 or not data.strip()
    assert result.rejects["reason"].notna().all()


@settings(max_examples=20, deadline=None)
@given(text=st.text(min_size=1, max_size=400), encoding=st.sampled_from(["utf-16", "utf-8-sig", "cp1252", "cp1251"]))
def test_mixed_encodings_decode_or_reject(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    path = scratch() / "legacy.txt"
    path.write_bytes(data)
    result = ingest.read_paths([path])
    assert len(result.articles) + len(result.rejects) == 1 or not text.strip()


def test_ten_megabyte_single_line_file_is_handled(tmp_path):
    path = tmp_path / "huge.jsonl"
    path.write_text(json.dumps({"id": "huge", "text": "word " * 2_100_000}) + "\n" +
                    json.dumps({"id": "small", "text": GOOD_TEXT}) + "\n", encoding="utf-8")
    result = ingest.read_paths([path])
    assert list(result.articles["external_id"]) == ["small"]
    assert list(result.rejects["reason"]) == ["oversize"]


def test_deeply_nested_json_is_a_reject(tmp_path):
    path = tmp_path / "nested.jsonl"
    path.write_text('{"a": ' * 100_000 + "1" + "}" * 100_000 + "\n" + json.dumps({"id": "ok", "text": GOOD_TEXT}) + "\n")
    result = ingest.read_paths([path])
    assert list(result.articles["external_id"]) == ["ok"]
    assert list(result.rejects["reason"]) == ["invalid_json"]
