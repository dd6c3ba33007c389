"""Extraction in ten languages, scored on our own synthetic gold (tests/data/gold/<lang>.jsonl).

Each gold paragraph goes through compare.extract.extract_record (text, language and publication
date only; the gold fields never reach the extractor). Per language:
- citations: precision/recall/F1 of the agencies cited per paragraph, as multisets (two mentions
  of Reuters in a paragraph are two citations);
- quotes: a predicted quote of 2+ words matches a gold quote of the same paragraph when their
  token F1 >= 0.5, one-to-one, best first (as ../shared/eval/score_quotes.py); quote P/R/F1;
  speaker accuracy over matched quotes with a named gold speaker (correct when the predicted
  speaker shares a name token with it); quote-agency accuracy over matched quotes;
- figures: a prediction matches a gold figure when the values are within 0.5% and the units are
  equal, one-to-one; P/R/F1, qualifier accuracy over matched figures, and value-only recall
  (unit ignored) to tell unit errors from missed numbers;
- dates: accuracy = share of gold dates whose day was predicted (multiset), and precision.
An "unseen" section scores figures, dates and month mentions alone on tests/data/gold_unseen, a
held-out set written before the parsers were tuned (its README): per language figure P/R/F1,
date P/R/F1 and month P/R/F1 (months from compare.dates.find_months), keys "unseen.<lang>.<figure>";
"unseen.fresh.<figure>" is the second batch alone, written after the fixes the first one led to.
Every miss and false hit is written to build/eval/languages_errors.tsv for the extractor's
engineers. `shared_eval` is not read: the gold lives in the project.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compare.dates import find_months
from compare.extract import extract_record
from compare.settings import LANGUAGES, PROJECT_ROOT

GOLD_DIR = PROJECT_ROOT / "tests" / "data" / "gold"
UNSEEN_DIR = PROJECT_ROOT / "tests" / "data" / "gold_unseen"
ERRORS_OUT = PROJECT_ROOT / "build" / "eval" / "languages_errors.tsv"
UNSEEN_ERRORS_OUT = PROJECT_ROOT / "build" / "eval" / "languages_unseen_errors.tsv"
SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval"
QUOTE_MATCH = 0.5
FIGURE_TOLERANCE = 0.005
TOKEN = re.compile(r"\w+", re.UNICODE)


# ---------------------------------------------------------------- matching primitives


def tokens(text: str | None) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text or "")]


def token_f1(a: str | None, b: str | None) -> float:
    """Token F1 of two strings (multiset overlap of lower-cased word tokens)."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def shares_name_token(gold_speaker: str | None, predicted: str | None) -> bool:
    """The predicted speaker names the gold speaker: they share a name token (2+ characters)."""
    gold_names = {t for t in tokens(gold_speaker) if len(t) > 1}
    return bool(gold_names & set(tokens(predicted)))


def match_quotes(gold: Sequence[dict], predicted: Sequence[dict]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: token F1 >= 0.5, one-to-one, best first."""
    pairs = sorted(
        ((token_f1(p["text"], g["text"]), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for score, gi, pi in pairs:
        if score < QUOTE_MATCH:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    return matched


def close_values(a: float, b: float, tolerance: float = FIGURE_TOLERANCE) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def match_figures(gold: Sequence[dict], predicted: Sequence[dict], use_unit: bool = True) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: value within 0.5% (and the same unit), one-to-one;
    the closest values first, a pair with the same qualifier before one without."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            value = _number(p.get("value"))
            if value is None or not close_values(g["value"], value):
                continue
            if use_unit and g["unit"] != p.get("unit"):
                continue
            gap = abs(g["value"] - value) / max(abs(g["value"]), 1e-9)
            candidates.append((gap, g["qualifier"] != p.get("qualifier"), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _gap, _qualifier_differs, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
    return matched


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def multiset_overlap(gold: Iterable[str], predicted: Iterable[str]) -> int:
    return sum((Counter(gold) & Counter(predicted)).values())


# ---------------------------------------------------------------- tallies


@dataclass
class Tally:
    """Counts for one language (or all), turned into figures by `figures()`."""

    paragraphs: int = 0
    cit_tp: int = 0
    cit_pred: int = 0
    cit_gold: int = 0
    q_tp: int = 0
    q_pred: int = 0
    q_gold: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0
    q_agency_ok: int = 0
    fig_tp: int = 0
    fig_pred: int = 0
    fig_gold: int = 0
    fig_value_tp: int = 0
    qualifier_ok: int = 0
    date_tp: int = 0
    date_pred: int = 0
    date_gold: int = 0
    month_tp: int = 0
    month_pred: int = 0
    month_gold: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.errors += other.errors

    def figures(self) -> dict[str, float]:
        cit_p, cit_r, cit_f = prf(self.cit_tp, self.cit_pred, self.cit_gold)
        q_p, q_r, q_f = prf(self.q_tp, self.q_pred, self.q_gold)
        fig_p, fig_r, fig_f = prf(self.fig_tp, self.fig_pred, self.fig_gold)
        return {
            "citation_p": cit_p, "citation_r": cit_r, "citation_f1": cit_f,
            "quote_p": q_p, "quote_r": q_r, "quote_f1": q_f,
            "speaker_acc": ratio(self.speaker_ok, self.speaker_n),
            "quote_agency_acc": ratio(self.q_agency_ok, self.q_tp),
            "figure_p": fig_p, "figure_r": fig_r, "figure_f1": fig_f,
            "figure_value_r": ratio(self.fig_value_tp, self.fig_gold),
            "qualifier_acc": ratio(self.qualifier_ok, self.fig_tp),
            "date_acc": ratio(self.date_tp, self.date_gold),
            "date_p": ratio(self.date_tp, self.date_pred),
        }


    def unseen_figures(self) -> dict[str, float]:
        """Figures, dates and months only: what the held-out set measures."""
        fig_p, fig_r, fig_f = prf(self.fig_tp, self.fig_pred, self.fig_gold)
        date_p, date_r, date_f = prf(self.date_tp, self.date_pred, self.date_gold)
        month_p, month_r, month_f = prf(self.month_tp, self.month_pred, self.month_gold)
        return {
            "figure_p": fig_p, "figure_r": fig_r, "figure_f1": fig_f,
            "figure_value_r": ratio(self.fig_value_tp, self.fig_gold),
            "qualifier_acc": ratio(self.qualifier_ok, self.fig_tp),
            "date_p": date_p, "date_r": date_r, "date_f1": date_f,
            "month_p": month_p, "month_r": month_r, "month_f1": month_f,
        }


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p, r = ratio(tp, n_pred), ratio(tp, n_gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- scoring one paragraph


def predict(gold: dict) -> dict:
    """Run the extractor on the paragraph alone: no gold field reaches it."""
    published = dt.datetime.fromisoformat(gold["published_at"])
    record = {
        "id": gold["id"], "article_id": gold["id"], "language": gold["language"],
        "published_at": published, "source_url": None, "title": "", "text": gold["text"],
    }
    return extract_record(record)


def score_paragraph(gold: dict, pred: dict) -> Tally:
    tally = Tally(paragraphs=1)
    score_citations(gold, pred, tally)
    score_quotes(gold, pred, tally)
    score_figures(gold, pred, tally)
    score_dates(gold, pred, tally)
    return tally


def _error(tally: Tally, gold: dict, kind: str, expected: object, got: object) -> None:
    tally.errors.append((gold["id"], kind, _show(expected), _show(got)))


def _show(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def score_citations(gold: dict, pred: dict, tally: Tally) -> None:
    gold_agencies = [c["agency"] for c in gold["citations"]]
    pred_agencies = [c["agency"] for c in pred.get("citations", [])]
    tally.cit_tp += multiset_overlap(gold_agencies, pred_agencies)
    tally.cit_gold += len(gold_agencies)
    tally.cit_pred += len(pred_agencies)
    missing = Counter(gold_agencies) - Counter(pred_agencies)
    extra = Counter(pred_agencies) - Counter(gold_agencies)
    for agency in missing.elements():
        cues = [c["cue"] for c in gold["citations"] if c["agency"] == agency]
        _error(tally, gold, "citation_missed", agency, " | ".join(cues))
    for agency in extra.elements():
        cues = [c.get("cue") for c in pred.get("citations", []) if c["agency"] == agency]
        _error(tally, gold, "citation_false", "", f"{agency}: {' | '.join(map(str, cues))}")


def score_quotes(gold: dict, pred: dict, tally: Tally) -> None:
    gold_quotes = [q for q in gold["quotes"] if len(tokens(q["text"])) >= 2]
    pred_quotes = [q for q in pred.get("quotes", []) if len(tokens(q.get("text"))) >= 2]
    matched = match_quotes(gold_quotes, pred_quotes)
    tally.q_tp += len(matched)
    tally.q_gold += len(gold_quotes)
    tally.q_pred += len(pred_quotes)
    for gi, pi in matched:
        g, p = gold_quotes[gi], pred_quotes[pi]
        if g["speaker"]:
            tally.speaker_n += 1
            if shares_name_token(g["speaker"], p.get("speaker")):
                tally.speaker_ok += 1
            else:
                _error(tally, gold, "speaker_wrong", g["speaker"], f"{p.get('speaker')} <- {p['text'][:60]}")
        if g["agency"] == p.get("agency"):
            tally.q_agency_ok += 1
        else:
            _error(tally, gold, "quote_agency_wrong", g["agency"], f"{p.get('agency')} <- {p['text'][:60]}")
    found_g = {gi for gi, _ in matched}
    found_p = {pi for _, pi in matched}
    for gi, g in enumerate(gold_quotes):
        if gi not in found_g:
            _error(tally, gold, "quote_missed", g["text"], "")
    for pi, p in enumerate(pred_quotes):
        if pi not in found_p:
            _error(tally, gold, "quote_false", "", p.get("text"))


def score_figures(gold: dict, pred: dict, tally: Tally) -> None:
    gold_figures, pred_figures = gold["figures"], pred.get("figures", [])
    matched = match_figures(gold_figures, pred_figures)
    tally.fig_tp += len(matched)
    tally.fig_gold += len(gold_figures)
    tally.fig_pred += len(pred_figures)
    tally.fig_value_tp += len(match_figures(gold_figures, pred_figures, use_unit=False))
    for gi, pi in matched:
        g, p = gold_figures[gi], pred_figures[pi]
        if g["qualifier"] == p.get("qualifier"):
            tally.qualifier_ok += 1
        else:
            _error(tally, gold, "qualifier_wrong", _figure(g), _figure(p))
    found_g = {gi for gi, _ in matched}
    found_p = {pi for _, pi in matched}
    for gi, g in enumerate(gold_figures):
        if gi not in found_g:
            _error(tally, gold, "figure_missed", _figure(g), "")
    for pi, p in enumerate(pred_figures):
        if pi not in found_p:
            _error(tally, gold, "figure_false", "", f"{_figure(p)} <- {p.get('text')!r}")


def _figure(f: dict) -> str:
    return f"{f.get('value'):g} {f.get('unit')} {f.get('qualifier')}"


def score_dates(gold: dict, pred: dict, tally: Tally) -> None:
    gold_dates = [d["date"] for d in gold["dates"]]
    pred_dates = [str(d["date"])[:10] for d in pred.get("dates", [])]
    tally.date_tp += multiset_overlap(gold_dates, pred_dates)
    tally.date_gold += len(gold_dates)
    tally.date_pred += len(pred_dates)
    for day in (Counter(gold_dates) - Counter(pred_dates)).elements():
        texts = [d["text"] for d in gold["dates"] if d["date"] == day]
        _error(tally, gold, "date_missed", f"{day} {' | '.join(texts)}", "")
    for day in (Counter(pred_dates) - Counter(gold_dates)).elements():
        texts = [d.get("text") for d in pred.get("dates", []) if str(d["date"])[:10] == day]
        _error(tally, gold, "date_false", "", f"{day} {' | '.join(map(str, texts))}")


def score_months(gold: dict, predicted: Sequence[dict], tally: Tally) -> None:
    """Month mentions ("8월", "in October") as a multiset of YYYY-MM."""
    gold_months = [m["month"] for m in gold.get("months", [])]
    pred_months = [m["month"] for m in predicted]
    tally.month_tp += multiset_overlap(gold_months, pred_months)
    tally.month_gold += len(gold_months)
    tally.month_pred += len(pred_months)
    for month in (Counter(gold_months) - Counter(pred_months)).elements():
        texts = [m["text"] for m in gold["months"] if m["month"] == month]
        _error(tally, gold, "month_missed", f"{month} {' | '.join(texts)}", "")
    for month in (Counter(pred_months) - Counter(gold_months)).elements():
        texts = [m["text"] for m in predicted if m["month"] == month]
        _error(tally, gold, "month_false", "", f"{month} {' | '.join(texts)}")


def score_unseen_paragraph(gold: dict) -> Tally:
    """Figures, dates and months of one held-out paragraph (no gold field reaches the extractor)."""
    tally = Tally(paragraphs=1)
    pred = predict(gold)
    score_figures(gold, pred, tally)
    score_dates(gold, pred, tally)
    months = find_months(gold["text"], gold["language"], dt.date.fromisoformat(gold["published_at"]))
    score_months(gold, months, tally)
    return tally


# ---------------------------------------------------------------- running


def load_gold(language: str, gold_dir: Path = GOLD_DIR) -> list[dict]:
    path = gold_dir / f"{language}.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_language(language: str, gold_dir: Path = GOLD_DIR) -> Tally:
    tally = Tally()
    for gold in load_gold(language, gold_dir):
        try:
            pred = predict(gold)
        except Exception as e:  # noqa: BLE001 - a crash on one paragraph is scored as finding nothing
            pred = {}
            tally.errors.append((gold["id"], "extractor_crash", "", f"{type(e).__name__}: {e}"))
        tally.add(score_paragraph(gold, pred))
    return tally


FRESH_BATCH = "-v"  # ids of the batch written after the parser fixes: "<lang>-v01"


def score_unseen_language(language: str, gold_dir: Path = UNSEEN_DIR, only: str = "") -> Tally:
    """The language's held-out paragraphs (those whose id contains `only`, when given)."""
    tally = Tally()
    for gold in load_gold(language, gold_dir):
        if only not in gold["id"]:
            continue
        try:
            tally.add(score_unseen_paragraph(gold))
        except Exception as e:  # noqa: BLE001 - a crash on one paragraph is scored as finding nothing
            tally.add(Tally(paragraphs=1, fig_gold=len(gold["figures"]), date_gold=len(gold["dates"]),
                            month_gold=len(gold.get("months", []))))
            tally.errors.append((gold["id"], "extractor_crash", "", f"{type(e).__name__}: {e}"))
    return tally


COLUMNS = [
    ("citation_p", "cit P"), ("citation_r", "cit R"), ("citation_f1", "cit F1"),
    ("quote_p", "q P"), ("quote_r", "q R"), ("quote_f1", "q F1"), ("speaker_acc", "spkr"),
    ("quote_agency_acc", "q-agcy"), ("figure_p", "fig P"), ("figure_r", "fig R"),
    ("figure_value_r", "val R"), ("qualifier_acc", "qual"), ("date_acc", "date"), ("date_p", "date P"),
]


def print_table(rows: dict[str, tuple[int, dict[str, float]]]) -> None:
    header = f"{'lang':<5}{'n':>4} " + " ".join(f"{label:>6}" for _, label in COLUMNS)
    print(header)
    print("-" * len(header))
    for language, (n, figures) in rows.items():
        print(f"{language:<5}{n:>4} " + " ".join(f"{figures[key]:>6.3f}" for key, _ in COLUMNS))


UNSEEN_COLUMNS = [
    ("figure_p", "fig P"), ("figure_r", "fig R"), ("figure_f1", "fig F1"), ("figure_value_r", "val R"),
    ("qualifier_acc", "qual"), ("date_p", "date P"), ("date_r", "date R"), ("date_f1", "dateF1"),
    ("month_p", "mon P"), ("month_r", "mon R"), ("month_f1", "monF1"),
]


def print_unseen_table(rows: dict[str, tuple[int, dict[str, float]]]) -> None:
    header = f"{'lang':<5}{'n':>4} " + " ".join(f"{label:>6}" for _, label in UNSEEN_COLUMNS)
    print(header)
    print("-" * len(header))
    for language, (n, figures) in rows.items():
        print(f"{language:<5}{n:>4} " + " ".join(f"{figures[key]:>6.3f}" for key, _ in UNSEEN_COLUMNS))


def run_unseen(languages: Sequence[str] = LANGUAGES) -> dict[str, float]:
    """The held-out figures/dates set; returns "unseen.<lang>.<figure>" and "unseen.all.<figure>"."""
    total = Tally()
    rows: dict[str, tuple[int, dict[str, float]]] = {}
    for language in languages:
        tally = score_unseen_language(language)
        if tally.paragraphs:
            rows[language] = (tally.paragraphs, tally.unseen_figures())
            total.add(tally)
    if not total.paragraphs:
        return {}
    rows["all"] = (total.paragraphs, total.unseen_figures())
    fresh = Tally()
    for language in languages:
        fresh.add(score_unseen_language(language, only=FRESH_BATCH))
    if fresh.paragraphs:  # the batch written after the fixes: text they never saw
        rows["fresh"] = (fresh.paragraphs, fresh.unseen_figures())
    print(f"\nunseen (held-out figures and dates, {UNSEEN_DIR.relative_to(PROJECT_ROOT)}; "
          "fresh = the batch written after the fixes):")
    print_unseen_table(rows)
    print_error_kinds(total.errors)
    write_errors(total.errors, UNSEEN_ERRORS_OUT)
    print(f"every miss and false hit: {UNSEEN_ERRORS_OUT.relative_to(PROJECT_ROOT)}")
    return {f"unseen.{lang}.{key}": round(value, 4) for lang, (_, figs) in rows.items() for key, value in figs.items()}


def print_error_kinds(errors: Sequence[tuple[str, str, str, str]]) -> None:
    kinds = Counter(kind for _, kind, _, _ in errors)
    print("errors by kind: " + ", ".join(f"{kind} {n}" for kind, n in kinds.most_common()))
    by_language: dict[str, Counter[str]] = {}
    for paragraph_id, kind, _, _ in errors:
        by_language.setdefault(paragraph_id.split("-")[0], Counter())[kind] += 1
    for language, counts in by_language.items():
        print(f"  {language}: " + ", ".join(f"{kind} {n}" for kind, n in counts.most_common(4)))


def write_errors(errors: Sequence[tuple[str, str, str, str]], path: Path = ERRORS_OUT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t")
        writer.writerow(["id", "kind", "gold", "predicted"])
        writer.writerows(errors)


def run(shared_eval: Path = SHARED_EVAL, languages: Sequence[str] = LANGUAGES) -> dict[str, float]:
    """Score every language's gold file; returns "<lang>.<figure>" and "all.<figure>"."""
    total = Tally()
    rows: dict[str, tuple[int, dict[str, float]]] = {}
    for language in languages:
        tally = score_language(language)
        if not tally.paragraphs:
            continue
        rows[language] = (tally.paragraphs, tally.figures())
        total.add(tally)
    rows["all"] = (total.paragraphs, total.figures())
    print_table(rows)
    print_error_kinds(total.errors)
    write_errors(total.errors)
    print(f"every miss and false hit: {ERRORS_OUT.relative_to(PROJECT_ROOT)}")
    figures = {f"{lang}.{key}": round(value, 4) for lang, (_, figs) in rows.items() for key, value in figs.items()}
    return figures | run_unseen(languages)


def main() -> None:
    languages = sys.argv[1:] or list(LANGUAGES)
    run(SHARED_EVAL, languages)


if __name__ == "__main__":
    main()
