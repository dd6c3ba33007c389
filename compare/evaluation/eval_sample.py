"""The whole pipeline on our synthetic sample corpus against its planted ground truth
(samples/corpus/expected.json): story B-cubed, and for each planted kind of disagreement the
share the pipeline finds (same kind, same article; either side may be the reference), and the
share of faithful relays it wrongly flags.

This needs no ../shared data; `make eval` prints it beside the real-data figures.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb

from compare.settings import SAMPLE_CORPUS

EXPECTED = SAMPLE_CORPUS / "expected.json"
# A faithful relay is wrongly flagged by any of these findings on the same pair of articles.
FLAGS_AGAINST_FAITHFUL = {
    "verbatim": {"altered_quote", "truncated_quote"},
    "punctuation_only": {"altered_quote", "truncated_quote"},
    "same_figure": {"number_conflict"},
    "same_speaker": {"speaker_conflict"},
    "same_date": {"date_conflict"},
}


def load_findings(db: Path) -> list[dict[str, Any]]:
    """Findings with both articles named by their input ids (external_id)."""
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            """
            SELECT d.kind, a.external_id AS article, r.external_id AS reference, d.text, d.reference_text
            FROM discrepancies d
            JOIN articles a ON a.article_id = d.article_id
            LEFT JOIN articles r ON r.article_id = d.reference_article_id
            """
        ).df().to_dict("records")


def story_bcubed(db: Path, expected: dict[str, Any]) -> float:
    gold = {a: s["story"] for s in expected["stories"] for a in s["article_ids"]}
    with duckdb.connect(str(db), read_only=True) as con:
        pred = dict(con.execute(
            "SELECT a.external_id, s.story_id FROM articles a JOIN story_articles s USING (article_id)"
        ).fetchall())
    ids = list(gold)
    pred = {i: pred.get(i, f"__alone_{i}") for i in ids}
    g_sizes, p_sizes = Counter(gold.values()), Counter(pred.values())
    both = Counter((gold[i], pred[i]) for i in ids)
    p = sum(both[(gold[i], pred[i])] / p_sizes[pred[i]] for i in ids) / len(ids)
    r = sum(both[(gold[i], pred[i])] / g_sizes[gold[i]] for i in ids) / len(ids)
    return 2 * p * r / (p + r) if p + r else 0.0


def pair_found(findings: list[dict[str, Any]], kinds: set[str], article: str, reference: str | None) -> bool:
    """A finding of one of the kinds on this pair of articles, whichever side it calls the reference."""
    sides = {article, reference}
    return any(f["kind"] in kinds and f["article"] in sides and f["reference"] in sides | {None}
               for f in findings)


def words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").casefold()))


def flags_text(findings: list[dict[str, Any]], kinds: set[str], relay: dict[str, Any]) -> bool:
    """A finding of one of the kinds on this pair of articles about this very text (most of the
    relay's words are in the finding's text): another quote of the same pair does not count."""
    relay_words = words(relay["text"]) | words(relay["reference_text"])
    sides = {relay["article_id"], relay["reference_article_id"]}
    for f in findings:
        if f["kind"] not in kinds or f["article"] not in sides or f["reference"] not in sides | {None}:
            continue
        found = words(f["text"]) | words(f["reference_text"])
        if found and len(found & relay_words) / len(found) >= 0.5:
            return True
    return False


def score(db: Path, expected: dict[str, Any]) -> dict[str, float]:
    findings = load_findings(db)
    figures: dict[str, float] = {"story_bcubed_f1": story_bcubed(db, expected)}
    planted: dict[str, list[bool]] = {}
    for plant in expected["discrepancies"]:
        hit = pair_found(findings, {plant["kind"]}, plant["article_id"], plant["reference_article_id"])
        planted.setdefault(plant["kind"], []).append(hit)
    for kind, hits in sorted(planted.items()):
        figures[f"recall_{kind}"] = sum(hits) / len(hits)
    all_hits = [h for hits in planted.values() for h in hits]
    figures["recall_all_kinds"] = sum(all_hits) / len(all_hits)
    wrong = [flags_text(findings, FLAGS_AGAINST_FAITHFUL.get(f["kind"], set()), f) for f in expected["faithful"]]
    figures["faithful_flagged"] = sum(wrong) / len(wrong) if wrong else 0.0
    figures["faithful_not_flagged"] = 1.0 - figures["faithful_flagged"]
    return figures


def run_pipeline(work: Path) -> Path:
    from compare import pipeline

    db = work / "sample.duckdb"
    pipeline.run([SAMPLE_CORPUS], db, None)
    return db


def run(shared_eval: Path | None = None) -> dict[str, float]:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="crosswire-sample-") as tmp:
        figures = score(run_pipeline(Path(tmp)), expected)
    for name, value in figures.items():
        print(f"{name:32s} {value:.3f}")
    return figures


def main() -> None:
    run()


if __name__ == "__main__":
    main()
