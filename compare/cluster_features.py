"""Features for story clustering: word TF-IDF, character n-grams over names, cross-language anchors.

Three sparse matrices, one row per article, each row L2-normalised so that a dot product is a
cosine similarity:

- ``words``: word TF-IDF over title + body (the title counted twice), stop words dropped, idf
  fitted per language (words are only compared within a language), each row pruned to its
  strongest terms (a cosine over the top terms is close to the full one and keeps every later
  product sparse).
- ``chars``: character 3-4-gram TF-IDF over the folded title, the names of the body and their
  spelling-tolerant keys (names survive inflection and transliteration better in characters).
  Not over whole bodies: that costs gigabytes at 100k articles.
- ``anchors``: TF-IDF over tokens that cross languages: name keys and runs of names, numbers
  written with any thousands separator, and when the pipeline joined them in, the extraction's
  agencies, figure values and resolved dates.

Character n-grams and anchors held by more than half of one language's articles are dropped
(boilerplate). Language knowledge (stop words, letters folded to Latin, spelling folds of name
keys) lives in compare/data/*.csv.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from compare import lexicon

MIN_LANGUAGE_DOCS = 10  # fewer articles in a language say nothing about what is common in it
TITLE_FALLBACK_CHARS = 200  # no title: the first line of the text, up to this many characters
NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3}(?!\d))*")
NUMBER_SEPARATORS = re.compile(r"[.,\u00a0\u202f ]")
WORD_TOKEN = r"(?u)\b[^\W\d_][^\W\d_]+\b"  # letters only: numbers are anchors, not words


@cache
def _upper_class() -> str:
    """A regex character class of every upper-case letter below U+2000 (Latin, Greek, Cyrillic...)."""
    uppers = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper())
    return "[" + re.escape(uppers) + "]"


def _capitalised_word() -> str:
    return _upper_class() + r"[^\W\d_]*(?:['’\-][^\W\d_]+)*"


@cache
def _name_run() -> re.Pattern[str]:
    """Runs of capitalised words: 'Jens Stoltenberg', 'Ai Cập', 'Зеленский'."""
    word = _capitalised_word()
    return re.compile(rf"(?<!\w){word}(?:[ \u00a0]+{word})*")


@cache
def _sentence_start() -> re.Pattern[str]:
    """A capitalised word opening a sentence: after a line start, end punctuation, an opening quote."""
    return re.compile(rf"(?:\n|[.!?…]\s|[\"«“„(])\s*({_capitalised_word()})")


VOWELS = re.compile(r"(?<=.)[aeiou]+")
DOUBLES = re.compile(r"(.)\1+")


@cache
def _key_folds() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row["source"]), row["target"]) for row in lexicon.load_table("name_keys"))


@lru_cache(maxsize=500_000)
def name_key(folded_word: str) -> str:
    """A spelling-tolerant key of a folded name: spelling folds, vowels after the first letter and
    doubled letters dropped ('halvorsen' and 'khalvorsen' -> 'hlvrsn')."""
    for source, target in _key_folds():
        folded_word = source.sub(target, folded_word)
    return DOUBLES.sub(r"\1", VOWELS.sub("", folded_word))


@cache
def stopwords() -> frozenset[str]:
    """Stop words of every language in compare/data/stopwords.csv, lower-cased."""
    return frozenset(row["word"].lower() for row in lexicon.load_table("stopwords"))


@cache
def _fold_table() -> dict[int, str]:
    return {ord(row["source"]): row["target"] for row in lexicon.load_table("transliteration")}


@lru_cache(maxsize=500_000)
def fold(text: str) -> str:
    """Lower-case, letters of other scripts spelled in Latin, accents dropped: 'Cập' -> 'cap'."""
    lowered = text.lower().translate(_fold_table())
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def title_or_first_line(title: Any, text: Any) -> str:
    if isinstance(title, str) and title.strip():
        return title.strip()
    body = text if isinstance(text, str) else ""
    return body.strip().split("\n", 1)[0][:TITLE_FALLBACK_CHARS]


def names_in(text: str) -> list[str]:
    """Capitalised runs of a text, stop words at either end dropped ('The Hague' -> 'Hague').

    A word capitalised only because it starts a sentence ('Schools', 'Местные') is not a name:
    a sentence's first word counts only when the text also capitalises it elsewhere.
    """
    stops = stopwords()
    runs_found = _name_run().findall(text)
    openers = Counter(_sentence_start().findall("\n" + text))
    seen = Counter(w for run in runs_found for w in run.split())
    only_openers = {w for w, n in openers.items() if seen[w] <= n}
    runs = []
    for run in runs_found:
        words = run.split()
        if words[0] in only_openers:
            words.pop(0)
        while words and words[0].lower() in stops:
            words.pop(0)
        while words and words[-1].lower() in stops:
            words.pop()
        if words:
            runs.append(" ".join(words))
    return runs


def numbers_in(text: str) -> list[str]:
    """Numbers of two digits or more, thousands separators removed: '10.000', '10 000' -> '10000'."""
    found = (NUMBER_SEPARATORS.sub("", n) for n in NUMBER.findall(text))
    return [n.lstrip("0") for n in found if len(n.lstrip("0")) >= 2]


def _listed(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def anchor_tokens(row: dict[str, Any], names: list[str]) -> list[str]:
    """The cross-language anchors of one article, as prefixed tokens ('n:' name, 'd:' number...)."""
    tokens: list[str] = []
    for run in names:
        folded = fold(run).split()
        tokens.extend("n:" + k for k in map(name_key, folded) if len(k) > 1)
        if len(folded) > 1:
            tokens.append("r:" + "_".join(folded))
    numbers = ["d:" + n for n in numbers_in(f"{row['title']} {row['text']}")]
    tokens.extend(numbers)
    tokens.extend("a:" + fold(a) for a in _listed(row.get("agencies")))
    # A figure value the text already writes as a number would count twice; a value only the
    # extraction reads ('1만', '2,3 млрд', 'two dozen') is a number of its own; like numbers_in,
    # single digits are left out (too common to tell stories apart).
    figures = {"d:" + k for k in map(_figure_key, _listed(row.get("figures"))) if sum(c.isdigit() for c in k) >= 2}
    tokens.extend(sorted(figures - set(numbers)))
    tokens.extend("t:" + str(d)[:10] for d in _listed(row.get("dates")))
    return tokens


def _figure_key(value: str) -> str:
    """A figure value written as numbers_in writes numbers: '10000.0' -> '10000', '2.5' -> '2.5'."""
    try:
        number = float(value)
    except ValueError:
        return value
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else f"{number:g}"


def _name_keys(runs: list[str]) -> list[str]:
    return [name_key(w) for run in runs for w in fold(run).split()]


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def prune_rows(matrix: sp.csr_matrix, keep: int) -> sp.csr_matrix:
    """Keep the `keep` largest entries of each row and L2-normalise again (vectorised)."""
    matrix = sp.csr_matrix(matrix)
    counts = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), counts)
    order = np.lexsort((-matrix.data, rows))
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order)) - np.repeat(matrix.indptr[:-1], counts)
    mask = rank < keep
    pruned = sp.csr_matrix(
        (matrix.data[mask], matrix.indices[mask], np.concatenate(([0], np.cumsum(np.minimum(counts, keep))))),
        shape=matrix.shape,
    )
    return normalise_rows(pruned)


def normalise_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix, dtype=np.float32)


@dataclass
class Features:
    words: sp.csr_matrix
    chars: sp.csr_matrix
    anchors: sp.csr_matrix
    word_terms: np.ndarray  # column names of `words`, for story key terms
    titles: list[str]


def _tfidf(min_df: int, **kwargs: Any) -> TfidfVectorizer:
    return TfidfVectorizer(sublinear_tf=True, min_df=min_df, dtype=np.float32, **kwargs)


def build_features(
    articles: pd.DataFrame, top_word_terms: int, top_char_terms: int, word_ngrams: int = 1, number_weight: float = 1.0
) -> Features:
    """The three feature matrices of a frame of articles (rows in frame order). Number anchors
    weigh `number_weight` times their TF-IDF before the anchor rows are normalised."""
    records = articles.to_dict("records")
    titles = [title_or_first_line(r.get("title"), r.get("text")) for r in records]
    bodies = [r.get("text") if isinstance(r.get("text"), str) else "" for r in records]
    for r, title, body in zip(records, titles, bodies, strict=True):
        r["title"], r["text"] = title, body
    names = [names_in(f"{t}\n{b}") for t, b in zip(titles, bodies, strict=True)]
    languages = [str(r.get("language") or "") for r in records]
    word_docs = [f"{t}\n{t}\n{b}" for t, b in zip(titles, bodies, strict=True)]
    words, word_terms = word_matrix(word_docs, languages, word_ngrams)
    char_docs = [
        fold(t + " " + " ".join(n)) + " " + " ".join(_name_keys(n)) for t, n in zip(titles, names, strict=True)
    ]
    chars, _ = _fit(_tfidf(1, analyzer="char_wb", ngram_range=(3, 4)), char_docs)
    anchor_docs = [anchor_tokens(r, n) for r, n in zip(records, names, strict=True)]
    anchors, anchor_names = _fit(_tfidf(1, analyzer=_identity), anchor_docs)
    anchors = scale_columns(anchors, np.char.startswith(anchor_names.astype(str), "d:"), number_weight)
    chars, anchors = drop_common_within_language(chars, languages), drop_common_within_language(anchors, languages)
    return Features(
        words=prune_rows(words, top_word_terms),
        chars=prune_rows(chars, top_char_terms),
        anchors=normalise_rows(anchors),
        word_terms=word_terms,
        titles=titles,
    )


def scale_columns(matrix: sp.csr_matrix, chosen: np.ndarray, factor: float) -> sp.csr_matrix:
    """The matrix with the chosen columns multiplied by `factor`."""
    return sp.csr_matrix(matrix @ sp.diags(np.where(chosen, factor, 1.0).astype(np.float32)))


def word_matrix(docs: list[str], languages: list[str], ngrams: int) -> tuple[sp.csr_matrix, np.ndarray]:
    """Word TF-IDF fitted per language (idf and 'too common' judged within the language), side by side.

    Words are only compared between articles of the same language, so a word's weight should
    say how rare it is among that language's articles, not among all of them.
    """
    by_language: dict[str, list[int]] = {}
    for row, language in enumerate(languages):
        by_language.setdefault(language, []).append(row)
    blocks, terms, offset = [], [], 0
    rows_out, cols_out, data_out = [], [], []
    for language in sorted(by_language):
        rows = np.array(by_language[language])
        max_df = 0.5 if len(rows) >= MIN_LANGUAGE_DOCS else 1.0  # in half the articles: tells no story apart
        vectorizer = _tfidf(
            1, token_pattern=WORD_TOKEN, stop_words=sorted(stopwords()), max_df=max_df, ngram_range=(1, ngrams)
        )
        matrix, names = _fit(vectorizer, [docs[r] for r in rows])
        coo = matrix.tocoo()
        rows_out.append(rows[coo.row])
        cols_out.append(coo.col + offset)
        data_out.append(coo.data)
        terms.append(names)
        offset += matrix.shape[1]
        blocks.append(language)
    shape = (len(docs), max(offset, 1))
    combined = (
        sp.csr_matrix((np.concatenate(data_out), (np.concatenate(rows_out), np.concatenate(cols_out))), shape=shape)
        if rows_out
        else sp.csr_matrix(shape, dtype=np.float32)
    )
    return combined, np.concatenate(terms) if terms else np.array([""])


def drop_common_within_language(matrix: sp.csr_matrix, languages: list[str], max_share: float = 0.5) -> sp.csr_matrix:
    """Zero the columns held by more than `max_share` of the articles of some language.

    Character n-grams and anchors are fitted over all languages, so a phrase every article of
    one language repeats ('в городе', a capitalised boilerplate word) keeps a high idf there:
    like stop words, it tells no story apart.
    """
    codes, inverse = np.unique(np.asarray(languages, dtype=object).astype(str), return_inverse=True)
    if matrix.shape[0] < 3:
        return matrix
    member = sp.csr_matrix(
        (np.ones(len(inverse)), (inverse, np.arange(len(inverse)))), shape=(len(codes), len(inverse))
    )
    present = sp.csr_matrix(matrix, copy=True)
    present.data[:] = 1.0
    sizes = np.bincount(inverse)
    share = sp.diags(np.where(sizes >= MIN_LANGUAGE_DOCS, 1.0 / sizes, 0.0)) @ (member @ present).toarray()
    common = (share > max_share).any(axis=0)
    if not common.any():
        return matrix
    kept = sp.csr_matrix(matrix @ sp.diags((~common).astype(np.float32)))
    kept.eliminate_zeros()
    return kept


def _fit(vectorizer: TfidfVectorizer, docs: list[Any]) -> tuple[sp.csr_matrix, np.ndarray]:
    """Fit and transform; an empty vocabulary (nothing but stop words) gives an empty matrix."""
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:
        return sp.csr_matrix((len(docs), 1), dtype=np.float32), np.array([""])
    return sp.csr_matrix(matrix), vectorizer.get_feature_names_out()
