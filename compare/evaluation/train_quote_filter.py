"""Fit the learned direct-quote filter (compare/quote_filter.py) on PolNeAR train and rewrite
compare/data/quote_filter.json.

    .venv/bin/python -m compare.evaluation.train_quote_filter

Every quoted stretch of two words or more that the rules (quote_marks.classify_quotes, then
quote_filter.apply_rules) leave as a direct quote is a candidate; it
is labelled by the reference scorer's own matching (../shared/eval/score_quotes.py: token F1 >= 0.5
against a gold quote of the article, one-to-one, best first). A logistic regression is fitted on the
features of compare/quote_filter.py; the threshold is the one that maximises quote F1 over the
out-of-fold probabilities of a 5-fold cross-validation grouped by article, on train only. Dev is
scored once, after that, to decide whether the pipeline uses the filter at all (`"adopted"`: only
when it beats the rules alone there). The gold_* fields are read here, to label; the pipeline never
reads them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from compare import ingest, quote_filter
from compare.evaluation import load_script
from compare.extract import quote_stage
from compare.settings import PROJECT_ROOT

SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval"
COMMAND = ".venv/bin/python -m compare.evaluation.train_quote_filter"
FOLDS = 5
REGULARISATION = 1.0  # inverse strength (sklearn's C)
THRESHOLDS = np.round(np.arange(0.05, 0.951, 0.01), 2)


@dataclass
class Candidates:
    """One row per judged quote: its features, whether the scorer matches it, its article, its text."""

    x: np.ndarray
    y: np.ndarray
    groups: np.ndarray
    texts: list[str]
    n_gold: int  # gold quotes of the split (every one, found or not)


def _match(scorer: object, predicted: list[str], gold: list[str]) -> set[int]:
    """Indexes of the predicted quotes the reference scorer matches (its greedy one-to-one)."""
    toks, tf1 = scorer.toks, scorer.tf1  # type: ignore[attr-defined]
    kept = [i for i, p in enumerate(predicted) if len(toks(p)) >= 2]
    pairs = sorted(((tf1(predicted[a], g), a, b) for a in kept for b, g in enumerate(gold)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    for score, a, b in pairs:
        if score < 0.5:
            break
        if a not in used_p and b not in used_g:
            used_p.add(a)
            used_g.add(b)
    return used_p


def collect(split: Path, shared_eval: Path) -> Candidates:
    """The candidates of one PolNeAR split, labelled by the reference scorer's matching."""
    scorer = load_script(shared_eval / "score_quotes.py")
    gold = {}
    for line in split.open(encoding="utf-8"):
        record = json.loads(line)
        gold[record["id"]] = [q["text"] for q in record["gold_direct_quotes"]]
    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[int] = []
    texts: list[str] = []
    articles = ingest.read_paths([split]).articles
    for n, article in enumerate(articles.itertuples(index=False)):
        stage = quote_stage(article.text, article.language)
        quote_filter.apply_rules(stage.quotes, stage.context)
        judged = [q for q in stage.quotes if quote_filter.judged(q, article.text)]
        bodies = [article.text[q.start : q.end] for q in judged]
        matched = _match(scorer, bodies, gold.get(article.external_id, []))
        for i, quote in enumerate(judged):
            values = quote_filter.features(quote, stage.context)
            rows.append([values[f] for f in quote_filter.FEATURES])
            labels.append(int(i in matched))
            groups.append(n)
            texts.append(bodies[i])
    n_gold = sum(len(g) for g in gold.values())
    return Candidates(np.array(rows), np.array(labels), np.array(groups), texts, n_gold)


def figures(y: np.ndarray, keep: np.ndarray, n_gold: int) -> dict[str, float]:
    """Quote precision, recall and F1 when only the kept candidates are reported."""
    tp = float(np.sum(y[keep]))
    predicted = float(np.sum(keep))
    p = tp / predicted if predicted else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _model() -> LogisticRegression:
    return LogisticRegression(C=REGULARISATION, max_iter=2000)


def out_of_fold(c: Candidates) -> np.ndarray:
    """Each candidate's probability from a model that did not see its article."""
    probs = np.zeros(len(c.y))
    for train, test in GroupKFold(n_splits=FOLDS).split(c.x, c.y, c.groups):
        probs[test] = _model().fit(c.x[train], c.y[train]).predict_proba(c.x[test])[:, 1]
    return probs


def best_threshold(c: Candidates, probs: np.ndarray) -> float:
    """The threshold of the best out-of-fold F1 (the lowest among equals: keep quotes when unsure)."""
    scores = [figures(c.y, probs >= t, c.n_gold)["f1"] for t in THRESHOLDS]
    return float(THRESHOLDS[int(np.argmax(scores))])


def error_kinds(c: Candidates, keep: np.ndarray) -> Counter[str]:
    """The out-of-fold errors by kind: false positives by length, misses the filter caused."""
    kinds: Counter[str] = Counter()
    for label, kept, text in zip(c.y, keep, c.texts, strict=True):
        words = len(quote_filter.quote_words(text))
        size = "2-4 words" if words <= 4 else "5-9 words" if words < 10 else "10+ words"
        if kept and not label:
            kinds[f"false positive, {size}"] += 1
        elif label and not kept:
            kinds[f"dropped real quote, {size}"] += 1
    return kinds


def _rounded(prefix: str, values: dict[str, float]) -> dict[str, float]:
    return {f"{prefix}_{k}": round(v, 4) for k, v in values.items()}


def fit(shared_eval: Path) -> tuple[dict, Counter[str]]:
    """Fit on train, pick the threshold on train's out-of-fold probabilities, then score on dev once:
    the model is adopted only when its dev F1 beats the rules' alone."""
    train = collect(shared_eval / "polnear" / "train.jsonl", shared_eval)
    probs = out_of_fold(train)
    threshold = best_threshold(train, probs)
    final = _model().fit(train.x, train.y)
    dev = collect(shared_eval / "polnear" / "dev.jsonl", shared_eval)
    dev_kept = final.predict_proba(dev.x)[:, 1] >= threshold
    everything = np.ones(len(train.y), dtype=bool)
    rules_dev = figures(dev.y, np.ones(len(dev.y), dtype=bool), dev.n_gold)
    filter_dev = figures(dev.y, dev_kept, dev.n_gold)
    measured = {
        "train_candidates": float(len(train.y)), "train_gold_quotes": float(train.n_gold),
        **_rounded("train_rules", figures(train.y, everything, train.n_gold)),
        **_rounded("train_cv_filter", figures(train.y, probs >= threshold, train.n_gold)),
        "dev_candidates": float(len(dev.y)), "dev_gold_quotes": float(dev.n_gold),
        **_rounded("dev_rules", rules_dev), **_rounded("dev_filter", filter_dev),
    }
    model = {
        "description": "Learned direct-quote filter of compare/quote_filter.py: logistic regression over the named "
        "features; a judged quote is kept when its probability >= threshold. Applied only when adopted.",
        "trained_on": "../shared/eval/polnear/train.jsonl (PolNeAR v1.0.0 train, 840 articles); dev scored once, "
        "after the threshold was fixed, to decide adoption",
        "command": COMMAND,
        "threshold_choice": f"best quote F1 over {FOLDS}-fold out-of-fold probabilities on train, folds grouped by "
        "article",
        "adopted": filter_dev["f1"] > rules_dev["f1"],
        "features": list(quote_filter.FEATURES),
        "coefficients": [round(float(v), 6) for v in final.coef_[0]],
        "intercept": round(float(final.intercept_[0]), 6),
        "threshold": threshold,
        "figures": measured,
    }
    return model, error_kinds(train, probs >= threshold)


def run(shared_eval: Path, out: Path = quote_filter.MODEL_PATH) -> dict[str, float]:
    """Fit, print the figures, the weights and the remaining errors, and write the model file."""
    model, errors = fit(shared_eval)
    out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("candidate-level figures (2+ word quotes the rules keep; P/R/F1 as the reference scorer counts them)")
    print(f"{'figure':<32}{'value':>10}")
    for name, value in model["figures"].items():
        print(f"{name:<32}{value:>10.4f}")
    print(f"{'threshold':<32}{model['threshold']:>10.2f}")
    print(f"{'adopted':<32}{model['adopted']!s:>10}")
    print("\nweights:")
    for name, weight in zip(model["features"], model["coefficients"], strict=True):
        print(f"  {name:<28}{weight:>+9.3f}")
    print("\ntrain out-of-fold errors of the filter by kind:")
    for kind, count in sorted(errors.items()):
        print(f"  {kind:<34}{count:>5}")
    print(f"\nwrote {out}")
    return {**model["figures"], "threshold": model["threshold"], "adopted": float(model["adopted"])}


def main() -> None:
    if not (SHARED_EVAL / "polnear" / "train.jsonl").is_file():
        sys.exit(f"no PolNeAR train split under {SHARED_EVAL}")
    run(SHARED_EVAL)


if __name__ == "__main__":
    main()
