"""Stage 3, cluster: articles -> stories, one-shot or incrementally, with stable story ids.

How it works (docs/clustering.md says why):
1. features (compare.cluster_features): word TF-IDF, character n-grams over titles and names,
   cross-language anchors (names, numbers, agencies, figures, dates);
2. blocking: each article's strongest word terms and anchors are its keys; only articles
   sharing a key and published within the time window are compared (one sparse product per
   day of publication, never all pairs), and each keeps its best few candidates;
3. pair similarity: a weighted sum of the three cosines (names and anchors alone when the two
   articles are in different languages, where shared words mean nothing);
4. average linkage over the sparse similarity graph, merging reciprocal best pairs of clusters
   in vectorised rounds until no pair of clusters is similar enough on average. Average
   linkage does not chain two look-alike stories through one ambiguous article the way
   single-link connected components do.

Defaults are module constants; each can be overridden through ``Settings.extra[name]``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from compare.cluster_features import Features, build_features
from compare.settings import Settings

DEFAULTS: dict[str, float] = {
    "cluster_top_word_terms": 100,  # word TF-IDF terms kept per article
    "cluster_top_char_terms": 150,  # character n-grams kept per article
    "cluster_word_ngrams": 1,  # longest word n-gram of the word TF-IDF
    "cluster_block_words": 8,  # blocking keys per article from its word terms...
    "cluster_block_anchors": 8,  # ...and from its anchors
    "cluster_block_max_share": 0.01,  # a key held by more articles than this share blocks nothing
    "cluster_block_min_df": 50,  # ...unless it is held by fewer than this many
    "cluster_candidates": 40,  # earlier candidates kept per article, best first
    "cluster_weight_words": 0.55,
    "cluster_weight_chars": 0.15,
    "cluster_weight_anchors": 0.30,
    "cluster_cross_language_factor": 2.0,  # names+anchors alone, across languages, scaled to the within-language scale
    "cluster_threshold": 0.12,  # average similarity two clusters need to merge...
    "cluster_cohesion": 0.65,  # ...and this share of the looser one's own inner average  # average similarity two clusters need to merge
}
PAIR_CHUNK = 100_000  # candidate pairs scored per sparse operation (bounds memory)
STORY_ID_PREFIX = "s-"
KEY_TERMS = 6


def param(settings: Settings | None, name: str) -> float:
    """A clustering parameter: Settings.extra[name] when given, else the module default."""
    extra = settings.extra if settings is not None else {}
    return float(extra.get(name, DEFAULTS[name]))  # type: ignore[arg-type]


def window_days(settings: Settings | None) -> int:
    return (settings or Settings()).cluster_window_days


# ---------------------------------------------------------------- blocking


def blocking_keys(feats: Features, settings: Settings | None) -> sp.csr_matrix:
    """Matrix article x key: each article's strongest word terms and anchors, with their weights.

    The product of two rows is then a cosine over their top terms: candidates are ranked by it.
    """
    parts = [
        _top_keys(feats.words, int(param(settings, "cluster_block_words")), settings),
        _top_keys(feats.anchors, int(param(settings, "cluster_block_anchors")), settings),
    ]
    return sp.csr_matrix(sp.hstack(parts, format="csr"), dtype=np.float32)


def _top_keys(matrix: sp.csr_matrix, keep: int, settings: Settings | None) -> sp.csr_matrix:
    n = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    cap = max(param(settings, "cluster_block_min_df"), param(settings, "cluster_block_max_share") * n)
    useful = (df >= 2) & (df <= cap)
    masked = sp.csr_matrix(matrix @ sp.diags(useful.astype(np.float32)))
    masked.eliminate_zeros()
    top = _rank_within_rows(masked) < keep
    return sp.csr_matrix((masked.data[top], masked.indices[top], _indptr(masked, top)), shape=matrix.shape)


def _rank_within_rows(matrix: sp.csr_matrix) -> np.ndarray:
    """For each stored entry, its rank inside its row by decreasing value (0 = largest)."""
    counts = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), counts)
    order = np.lexsort((-matrix.data, rows))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order)) - np.repeat(matrix.indptr[:-1], counts)
    return rank


def _indptr(matrix: sp.csr_matrix, kept: np.ndarray) -> np.ndarray:
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    return np.concatenate(([0], np.cumsum(np.bincount(rows[kept], minlength=matrix.shape[0]))))


def publication_days(published: pd.Series) -> np.ndarray:
    """Days since the epoch as floats; NaN where the date is unknown."""
    ts = pd.to_datetime(published, errors="coerce", utc=True)
    days = (ts - pd.Timestamp("1970-01-01", tz="UTC")) / pd.Timedelta(days=1)
    return np.floor(days.to_numpy(dtype=float, na_value=np.nan))


def candidate_pairs(keys: sp.csr_matrix, days: np.ndarray, window: int, per_article: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j), j earlier than i, sharing a key and published at most `window` days apart.

    One sparse product per publication day (that day's articles against the window before it);
    undated articles are compared with everything. Each article keeps its `per_article` earlier
    candidates with the largest product of key weights.
    """
    n = keys.shape[0]
    sort_days = np.where(np.isnan(days), np.inf, days)
    order = np.lexsort((np.arange(n), sort_days))
    sorted_days = sort_days[order]
    position = np.empty(n, dtype=np.int64)
    position[order] = np.arange(n)
    found_i, found_j, found_c = [], [], []
    for start, stop, lo in _day_blocks(sorted_days, window):
        rows, cols = order[start:stop], order[lo:stop]
        shared = sp.coo_matrix(keys[rows] @ keys[cols].T)
        gi, gj = rows[shared.row], cols[shared.col]
        earlier = position[gj] < position[gi]
        found_i.append(gi[earlier])
        found_j.append(gj[earlier])
        found_c.append(shared.data[earlier])
    if not found_i:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    i, j, c = (np.concatenate(a) for a in (found_i, found_j, found_c))
    best = np.lexsort((j, -c, i))
    i, j = i[best], j[best]
    first = np.searchsorted(i, i, side="left")
    keep = (np.arange(len(i)) - first) < per_article
    return i[keep], j[keep]


def _day_blocks(sorted_days: np.ndarray, window: int) -> list[tuple[int, int, int]]:
    """(start, stop, window_start) positions in day order: a block per day, undated last, whole."""
    blocks = []
    dated = int(np.searchsorted(sorted_days, np.inf, side="left"))
    for day in np.unique(sorted_days[:dated]):
        start = int(np.searchsorted(sorted_days, day, side="left"))
        stop = int(np.searchsorted(sorted_days, day, side="right"))
        lo = int(np.searchsorted(sorted_days, day - window, side="left"))
        blocks.append((start, stop, lo))
    if dated < len(sorted_days):
        blocks.append((dated, len(sorted_days), 0))
    return blocks


# ---------------------------------------------------------------- similarity


def rowwise_dot(matrix: sp.csr_matrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """matrix[i[k]] . matrix[j[k]] for every k, in chunks (a cosine when rows are normalised)."""
    out = np.empty(len(i), dtype=np.float32)
    for start in range(0, len(i), PAIR_CHUNK):
        stop = start + PAIR_CHUNK
        product = matrix[i[start:stop]].multiply(matrix[j[start:stop]])
        out[start:stop] = np.asarray(product.sum(axis=1)).ravel()
    return out


def pair_similarity(
    feats: Features, languages: np.ndarray, i: np.ndarray, j: np.ndarray, settings: Settings | None
) -> np.ndarray:
    """Weighted cosines of each pair; across languages only names and anchors count."""
    ww, wc, wa = (param(settings, f"cluster_weight_{k}") for k in ("words", "chars", "anchors"))
    words = rowwise_dot(feats.words, i, j)
    chars = rowwise_dot(feats.chars, i, j)
    anchors = rowwise_dot(feats.anchors, i, j)
    same = (languages[i] == languages[j]) | (languages[i] == "") | (languages[j] == "")
    within = (ww * words + wc * chars + wa * anchors) / (ww + wc + wa)
    across = param(settings, "cluster_cross_language_factor") * (wc * chars + wa * anchors) / (wc + wa)
    return np.where(same, within, across).astype(np.float32)


# ---------------------------------------------------------------- average linkage


def average_linkage(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    sim: np.ndarray,
    threshold: float,
    start: np.ndarray | None = None,
    cohesion: float = 0.0,
) -> np.ndarray:
    """Cluster labels from average linkage over a sparse similarity graph (absent pairs = 0).

    Each round merges every pair of clusters that are each other's best neighbour with an
    average similarity at or above `threshold`; average linkage is reducible, so these parallel
    merges give the same clusters as merging one best pair at a time. `start` gives initial
    clusters (existing stories) that are never split.
    """
    labels = _compact(np.arange(n) if start is None else start)
    while True:
        merged = _merge_reciprocal_best(labels, i, j, sim, threshold, cohesion)
        if merged is None:
            return labels
        labels = merged


def _compact(labels: np.ndarray) -> np.ndarray:
    return np.unique(labels, return_inverse=True)[1].astype(np.int64)


def _merge_reciprocal_best(
    labels: np.ndarray, i: np.ndarray, j: np.ndarray, sim: np.ndarray, threshold: float, cohesion: float
) -> np.ndarray | None:
    k = int(labels.max()) + 1 if len(labels) else 0
    ci, cj = labels[i], labels[j]
    apart = ci != cj
    lo, hi = np.minimum(ci[apart], cj[apart]), np.maximum(ci[apart], cj[apart])
    sums = sp.coo_matrix((sim[apart].astype(np.float64), (lo, hi)), shape=(k, k)).tocsr().tocoo()
    sizes = np.bincount(labels, minlength=k).astype(np.float64)
    average = sums.data / (sizes[sums.row] * sizes[sums.col])
    inner = _inner_average(ci[~apart], sim[~apart], sizes)
    looser = np.minimum(inner[sums.row], inner[sums.col])
    strong = (average >= threshold) & (average >= cohesion * looser)
    if not strong.any():
        return None
    a = np.concatenate((sums.row[strong], sums.col[strong]))
    b = np.concatenate((sums.col[strong], sums.row[strong]))
    v = np.concatenate((average[strong], average[strong]))
    order = np.lexsort((b, -v, a))
    a, b = a[order], b[order]
    firsts = np.r_[True, a[1:] != a[:-1]]
    best = np.full(k, -1, dtype=np.int64)
    best[a[firsts]] = b[firsts]
    clusters = np.flatnonzero(best >= 0)
    mutual = clusters[(best[best[clusters]] == clusters) & (clusters < best[clusters])]
    target = np.arange(k)
    target[best[mutual]] = mutual
    return _compact(target[labels])


def _inner_average(labels: np.ndarray, sim: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Mean similarity of the pairs inside each cluster (0 for single articles)."""
    sums = np.bincount(labels, weights=sim, minlength=len(sizes))
    pairs = sizes * (sizes - 1) / 2
    return np.where(pairs > 0, sums / np.maximum(pairs, 1), 0.0)


def member_scores(labels: np.ndarray, i: np.ndarray, j: np.ndarray, sim: np.ndarray) -> np.ndarray:
    """Each article's mean similarity to the other members of its story (1.0 when alone)."""
    n = len(labels)
    inside = labels[i] == labels[j]
    totals = np.bincount(i[inside], weights=sim[inside], minlength=n) + np.bincount(
        j[inside], weights=sim[inside], minlength=n
    )
    others = np.bincount(labels, minlength=int(labels.max()) + 1 if n else 0)[labels] - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = np.where(others > 0, totals / np.maximum(others, 1), 1.0)
    return np.round(scores, 4)


# ---------------------------------------------------------------- one-shot clustering


@dataclass
class Graph:
    """The scored candidate pairs of a frame of articles, and its features."""

    feats: Features
    i: np.ndarray
    j: np.ndarray
    sim: np.ndarray


def similarity_graph(articles: pd.DataFrame, settings: Settings | None = None) -> Graph:
    feats = build_features(
        articles,
        int(param(settings, "cluster_top_word_terms")),
        int(param(settings, "cluster_top_char_terms")),
        int(param(settings, "cluster_word_ngrams")),
    )
    keys = blocking_keys(feats, settings)
    days = publication_days(articles["published_at"]) if "published_at" in articles else np.full(len(articles), np.nan)
    i, j = candidate_pairs(keys, days, window_days(settings), int(param(settings, "cluster_candidates")))
    languages = articles["language"].fillna("").astype(str).to_numpy() if "language" in articles else np.full(
        len(articles), ""
    )
    return Graph(feats, i, j, pair_similarity(feats, languages, i, j, settings))


def story_id_for(article_id: str) -> str:
    """A story's id: from its earliest article's id, so reruns on the same input agree."""
    return STORY_ID_PREFIX + hashlib.sha1(str(article_id).encode("utf-8")).hexdigest()[:10]


def earliest_members(articles: pd.DataFrame, labels: np.ndarray) -> pd.Series:
    """For each label, the article_id of its earliest member by (published_at, article_id)."""
    frame = pd.DataFrame(
        {
            "label": labels,
            "at": pd.to_datetime(articles["published_at"], errors="coerce", utc=True).to_numpy(),
            "article_id": articles["article_id"].astype(str).to_numpy(),
        }
    )
    frame = frame.sort_values(["at", "article_id"], na_position="last", kind="mergesort")
    return frame.drop_duplicates("label").set_index("label")["article_id"]


def cluster_frame(articles: pd.DataFrame, settings: Settings | None = None) -> pd.DataFrame:
    """One-shot clustering: article_id, story_id, score (mean similarity to its story's others)."""
    articles = articles.reset_index(drop=True)
    if articles.empty:
        return pd.DataFrame({"article_id": [], "story_id": [], "score": []})
    graph = similarity_graph(articles, settings)
    labels = average_linkage(
        len(articles),
        graph.i,
        graph.j,
        graph.sim,
        param(settings, "cluster_threshold"),
        cohesion=param(settings, "cluster_cohesion"),
    )
    ids = earliest_members(articles, labels).map(story_id_for)
    return pd.DataFrame(
        {
            "article_id": articles["article_id"].to_numpy(),
            "story_id": ids.reindex(labels).to_numpy(),
            "score": member_scores(labels, graph.i, graph.j, graph.sim),
        }
    )


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list | tuple | np.ndarray):
        return list(value)
    return []
