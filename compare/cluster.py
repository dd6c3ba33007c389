"""Stage 3, cluster: articles -> stories, one-shot or incrementally, with stable story ids.

How it works (docs/clustering.md says why):
1. features (compare.cluster_features): word TF-IDF, character n-grams over titles and names,
   cross-language anchors (names, numbers, agencies, figures, dates);
2. blocking: each article's strongest word terms and anchors are its keys; only articles
   sharing a key and published within the time window are compared (one sparse product per
   day of publication, never all pairs), and each keeps its best few candidates;
3. pair similarity: a weighted sum of the three cosines (names and anchors alone when the two
   articles are in different languages, where shared words mean nothing), lowered by a share
   per day between two dated articles;
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

from compare.cluster_features import Features, build_features, title_or_first_line
from compare.settings import Settings

DEFAULTS: dict[str, float] = {
    "cluster_top_word_terms": 200,  # word TF-IDF terms kept per article
    "cluster_top_char_terms": 150,  # character n-grams kept per article
    "cluster_word_ngrams": 1,  # longest word n-gram of the word TF-IDF
    "cluster_block_words": 8,  # blocking keys per article from its word terms...
    "cluster_block_anchors": 8,  # ...and from its anchors
    "cluster_block_shared_anchors": 8,  # ...and from its anchors that articles of two languages hold
    "cluster_block_max_df": 50,  # a key held by more articles of one window blocks nothing there
    "cluster_candidates": 40,  # earlier candidates kept per article, best first
    "cluster_weight_words": 0.55,
    "cluster_weight_chars": 0.15,
    "cluster_weight_anchors": 0.30,
    "cluster_number_weight": 1.25,  # numbers among the anchors weigh this much more than names
    "cluster_cross_language_factor": 2.0,  # across languages: names + anchors alone, scaled up
    "cluster_threshold": 0.12,  # average similarity two clusters need to merge...
    "cluster_cohesion": 0.65,  # ...and this share of the looser one's own inner average...
    "cluster_cohesion_min_size": 4,  # ...when both hold at least this many articles...
    "cluster_cohesion_small": 0.4,  # ...else this share (2-3 articles: their best pairs made them)...
    "cluster_apart_threshold": 0.15,  # ...or this, when most of their pairs cross languages
    "cluster_apart_share": 0.15,  # (fewer than this share of their article pairs in one language)
    "cluster_day_decay": 0.1,  # similarity lost per day between two dated articles
}
SMALLF = 0.85
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


def blocking_keys(feats: Features, settings: Settings | None, languages: np.ndarray | None = None) -> sp.csr_matrix:
    """Matrix article x key: each article's strongest word terms and anchors, with their weights.

    The product of two rows is then a cosine over their top terms: candidates are ranked by it.
    A third set of keys holds each article's strongest anchors among those that articles of two
    languages or more share: an article's rarest anchors are mostly spellings of its own language
    (inflected names), and would never pair it with its story's tellings in other languages.
    """
    shared = _df(feats.anchors) >= 2
    across = _languages_per_column(feats.anchors, languages) >= 2
    parts = [
        _top_keys(feats.words, int(param(settings, "cluster_block_words")), _df(feats.words) >= 2),
        _top_keys(feats.anchors, int(param(settings, "cluster_block_anchors")), shared),
        _top_keys(feats.anchors, int(param(settings, "cluster_block_shared_anchors")), across),
    ]
    return sp.csr_matrix(sp.hstack(parts, format="csr"), dtype=np.float32)


def _df(matrix: sp.csr_matrix) -> np.ndarray:
    return np.bincount(matrix.indices, minlength=matrix.shape[1])


def _languages_per_column(matrix: sp.csr_matrix, languages: np.ndarray | None) -> np.ndarray:
    """How many languages have an article holding each column (0 everywhere without languages)."""
    if languages is None or matrix.nnz == 0:
        return np.zeros(matrix.shape[1], dtype=np.int64)
    codes = np.unique(languages.astype(str), return_inverse=True)[1]
    rows = np.repeat(codes, np.diff(matrix.indptr))
    pairs = np.unique(rows.astype(np.int64) * matrix.shape[1] + matrix.indices)
    return np.bincount(pairs % matrix.shape[1], minlength=matrix.shape[1])


def _top_keys(matrix: sp.csr_matrix, keep: int, useful: np.ndarray) -> sp.csr_matrix:
    """The `keep` strongest entries of each row among the `useful` columns."""
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


def candidate_pairs(
    keys: sp.csr_matrix,
    days: np.ndarray,
    window: int,
    per_article: int,
    languages: np.ndarray | None = None,
    max_df: int = 50,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j), j earlier than i, sharing a key and published at most `window` days apart.

    One sparse product per publication day (that day's articles against the window before it);
    undated articles are compared with everything. Each article keeps its `per_article` earlier
    candidates with the largest product of key weights in its own language, and as many in
    other languages (those share only names and numbers: they would never outrank the first).
    A key held by more than `max_df` articles of a window is ignored in that window: it would
    pair everything with everything (the cost would grow with the square of the daily volume).
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
        window_keys = keys[cols]
        crowded = np.bincount(window_keys.indices, minlength=keys.shape[1]) > max_df
        if crowded.any():
            window_keys = sp.csr_matrix(window_keys @ sp.diags((~crowded).astype(np.float32)))
        shared = sp.coo_matrix(keys[rows] @ window_keys.T)
        gi, gj = rows[shared.row], cols[shared.col]
        earlier = position[gj] < position[gi]
        found_i.append(gi[earlier])
        found_j.append(gj[earlier])
        found_c.append(shared.data[earlier])
    if not found_i:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    i, j, c = (np.concatenate(a) for a in (found_i, found_j, found_c))
    across = np.zeros(len(i), dtype=np.int64) if languages is None else (languages[i] != languages[j]).astype(np.int64)
    group = 2 * i + across
    best = np.lexsort((j, -c, group))
    i, j, group = i[best], j[best], group[best]
    first = np.searchsorted(group, group, side="left")
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
    across = param(settings, "cluster_cross_language_factor") * (wc * chars + wa * anchors) / max(wc + wa, 1e-9)
    return np.where(same, within, across).astype(np.float32)


# ---------------------------------------------------------------- average linkage


@dataclass(frozen=True)
class LinkageRule:
    """When two clusters may merge (see average_linkage)."""

    threshold: float  # average similarity two clusters need...
    cohesion: float = 0.0  # ...and this share of the looser one's inner average...
    cohesion_min_size: int = 2  # ...when both hold this many articles or more...
    cohesion_small: float = 0.0  # ...else this share
    apart_threshold: float = 0.0  # instead of the shares, when most of their pairs cross languages:
    apart_share: float = 0.0  # at most this share of their article pairs in one language


def linkage_rule(settings: Settings | None) -> LinkageRule:
    return LinkageRule(
        threshold=param(settings, "cluster_threshold"),
        cohesion=param(settings, "cluster_cohesion"),
        cohesion_min_size=int(param(settings, "cluster_cohesion_min_size")),
        cohesion_small=param(settings, "cluster_cohesion_small"),
        apart_threshold=param(settings, "cluster_apart_threshold"),
        apart_share=param(settings, "cluster_apart_share"),
    )


def average_linkage(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    sim: np.ndarray,
    rule: LinkageRule,
    start: np.ndarray | None = None,
    languages: np.ndarray | None = None,
) -> np.ndarray:
    """Cluster labels from average linkage over a sparse similarity graph (absent pairs = 0).

    Each round merges every pair of clusters that are each other's best neighbour with an
    average similarity at or above `rule.threshold` and at least `rule.cohesion` times the inner
    average of the looser of the two. When one of them holds fewer than `cohesion_min_size`
    articles, the share is `cohesion_small`: the inner average of two or three articles is the
    one or three best pairs that made them, a yardstick biased high (a single article has none).
    Two clusters most of whose article pairs cross languages (at most `apart_share` of them in
    one language: a Russian group and its English/Vietnamese telling, even when one stray Russian
    article sits in the second) are held to `apart_threshold` instead of a share: their
    similarity rests on names and numbers alone, never on the shared words that make
    same-language inner averages high. Average linkage is reducible, so parallel merges of
    reciprocal best pairs give the same clusters as merging one best pair at a time. `start`
    gives initial clusters (existing stories) that are never split.
    """
    labels = _compact(np.arange(n) if start is None else start)
    codes = language_codes(languages, n)
    while True:
        merged = _merge_reciprocal_best(labels, i, j, sim, rule, codes)
        if merged is None:
            return labels
        labels = merged


def _compact(labels: np.ndarray) -> np.ndarray:
    return np.unique(labels, return_inverse=True)[1].astype(np.int64)


def language_codes(languages: np.ndarray | None, n: int) -> np.ndarray:
    """A code per article's language, -1 when unknown (an unknown language matches every other)."""
    if languages is None:
        return np.full(n, -1, dtype=np.int64)
    codes = np.unique(languages, return_inverse=True)[1].astype(np.int64)
    return np.where(languages == "", -1, codes)


def same_language_share(labels: np.ndarray, codes: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For cluster pairs (a, b): the share of their article pairs that are in one language."""
    k = int(labels.max()) + 1
    known = codes >= 0
    counts = sp.csr_matrix(
        (np.ones(int(known.sum())), (labels[known], codes[known])),
        shape=(k, int(codes.max()) + 1 if known.any() else 1),
    )
    sizes = np.bincount(labels, minlength=k).astype(np.float64)
    unknown = np.bincount(labels[~known], minlength=k).astype(np.float64)
    same = rowwise_dot(counts, a, b).astype(np.float64)
    same += unknown[a] * sizes[b] + unknown[b] * sizes[a] - unknown[a] * unknown[b]
    return same / (sizes[a] * sizes[b])


def _merge_reciprocal_best(
    labels: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    sim: np.ndarray,
    rule: LinkageRule,
    codes: np.ndarray,
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
    small = np.minimum(sizes[sums.row], sizes[sums.col]) < rule.cohesion_min_size
    share = np.where(small, rule.cohesion_small, rule.cohesion)
    across = same_language_share(labels, codes, sums.row, sums.col) <= rule.apart_share
    cohesive = np.where(across, average >= rule.apart_threshold, average >= share * looser)
    strong = (average >= rule.threshold) & cohesive
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
    languages: np.ndarray


def similarity_graph(articles: pd.DataFrame, settings: Settings | None = None) -> Graph:
    feats = build_features(
        articles,
        int(param(settings, "cluster_top_word_terms")),
        int(param(settings, "cluster_top_char_terms")),
        int(param(settings, "cluster_word_ngrams")),
        param(settings, "cluster_number_weight"),
    )
    days = publication_days(articles["published_at"]) if "published_at" in articles else np.full(len(articles), np.nan)
    languages = (
        articles["language"].fillna("").astype(str).to_numpy() if "language" in articles else np.full(len(articles), "")
    )
    keys = blocking_keys(feats, settings, languages)
    i, j = candidate_pairs(
        keys,
        days,
        window_days(settings),
        int(param(settings, "cluster_candidates")),
        languages,
        int(param(settings, "cluster_block_max_df")),
    )
    sim = pair_similarity(feats, languages, i, j, settings) * day_decay(days, i, j, settings)
    return Graph(feats, i, j, sim.astype(np.float32), languages)


def day_decay(days: np.ndarray, i: np.ndarray, j: np.ndarray, settings: Settings | None) -> np.ndarray:
    """1 - cluster_day_decay per day between two dated articles (1 when either is undated)."""
    apart = np.nan_to_num(np.abs(days[i] - days[j]), nan=0.0)
    return np.clip(1.0 - param(settings, "cluster_day_decay") * apart, 0.0, 1.0)


def link(
    articles: pd.DataFrame, graph: Graph, settings: Settings | None, start: np.ndarray | None = None
) -> np.ndarray:
    """Average linkage over the graph with the configured thresholds."""
    return average_linkage(len(articles), graph.i, graph.j, graph.sim, linkage_rule(settings), start, graph.languages)


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


OPTIONAL_COLUMNS = {"title": None, "published_at": pd.NaT, "outlet": None, "language": ""}


def with_defaults(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles with a fresh index and the optional columns filled in where absent."""
    missing = {name: value for name, value in OPTIONAL_COLUMNS.items() if name not in articles}
    return articles.reset_index(drop=True).assign(**missing)


def cluster_frame(articles: pd.DataFrame, settings: Settings | None = None) -> pd.DataFrame:
    """One-shot clustering: article_id, story_id, score (mean similarity to its story's others)."""
    articles = with_defaults(articles)
    if articles.empty:
        return pd.DataFrame({"article_id": [], "story_id": [], "score": []})
    return stories_of_graph(articles, similarity_graph(articles, settings), settings)


def stories_of_graph(articles: pd.DataFrame, graph: Graph, settings: Settings | None = None) -> pd.DataFrame:
    """Average linkage over a similarity graph, and story ids from each story's earliest article."""
    labels = link(articles, graph, settings)
    ids = earliest_members(articles, labels).map(story_id_for)
    return pd.DataFrame(
        {
            "article_id": articles["article_id"].to_numpy(),
            "story_id": ids.reindex(labels).to_numpy(),
            "score": member_scores(labels, graph.i, graph.j, graph.sim),
        }
    )


# ---------------------------------------------------------------- stories and incremental runs


@dataclass
class ClusterUpdate:
    """What a clustering run changes: rows to upsert in story_articles and stories, new aliases."""

    story_articles: pd.DataFrame  # story_id, article_id, score, run_id
    stories: pd.DataFrame  # story_id, label, key_terms, first_date, last_date, n_articles, outlets, ...
    aliases: pd.DataFrame  # old_id, story_id, run_id


STORY_COLUMNS = [
    "story_id",
    "label",
    "key_terms",
    "first_date",
    "last_date",
    "n_articles",
    "outlets",
    "languages",
    "agencies",
    "created_run_id",
    "updated_run_id",
]


def assign_incremental(
    new: pd.DataFrame,
    known: pd.DataFrame,
    assignments: pd.DataFrame,
    settings: Settings | None = None,
    run_id: str | None = None,
) -> ClusterUpdate:
    """New articles join the best existing story (average linkage, same threshold) or open new ones.

    `known` holds the articles already assigned (`assignments`: article_id, story_id); only those
    published within the window of the new ones take part. Existing stories are never split and
    keep their ids; when two of them join, the younger id becomes an alias of the older one.
    """
    new, known = with_defaults(new), with_defaults(known)
    current = dict(zip(assignments["article_id"].astype(str), assignments["story_id"].astype(str), strict=True))
    nearby = _within_window(known, new, window_days(settings))
    frame = pd.concat([nearby, new], ignore_index=True)
    if frame.empty:
        return _empty_update()
    graph = similarity_graph(frame, settings)
    old_ids = frame["article_id"].astype(str).map(current).to_numpy()
    start = _initial_labels(old_ids)
    labels = link(frame, graph, settings, start)
    claims = pd.DataFrame({"label": labels, "old": old_ids}).dropna(subset=["old"]).drop_duplicates()
    story_of, aliases = _name_clusters(frame, labels, claims, _story_ages(known, current), run_id)
    scores = member_scores(labels, graph.i, graph.j, graph.sim)
    changed = (pd.isna(old_ids)) | (story_of != old_ids)
    touched = sorted(set(story_of[changed]))
    return _update(frame, known, current, story_of, scores, changed, touched, aliases, graph, run_id)


def full_recluster(
    articles: pd.DataFrame, assignments: pd.DataFrame, settings: Settings | None = None, run_id: str | None = None
) -> ClusterUpdate:
    """Cluster everything again; a new story keeps the old id of the story most of whose articles
    it holds (the oldest such story when several); other old ids become aliases."""
    articles = with_defaults(articles)
    if articles.empty:
        return _empty_update()
    current = dict(zip(assignments["article_id"].astype(str), assignments["story_id"].astype(str), strict=True))
    graph = similarity_graph(articles, settings)
    labels = link(articles, graph, settings)
    old_ids = articles["article_id"].astype(str).map(current).to_numpy()
    claims = _plurality_claims(labels, old_ids)
    story_of, aliases = _name_clusters(articles, labels, claims, _story_ages(articles, current), run_id)
    scores = member_scores(labels, graph.i, graph.j, graph.sim)
    changed = np.ones(len(articles), dtype=bool)
    return _update(
        articles, articles.iloc[0:0], current, story_of, scores, changed, sorted(set(story_of)), aliases, graph, run_id
    )


def _empty_update() -> ClusterUpdate:
    return ClusterUpdate(
        pd.DataFrame(columns=["story_id", "article_id", "score", "run_id"]),
        pd.DataFrame(columns=STORY_COLUMNS),
        pd.DataFrame(columns=["old_id", "story_id", "run_id"]),
    )


def _within_window(known: pd.DataFrame, new: pd.DataFrame, window: int) -> pd.DataFrame:
    """The known articles that can meet a new one: published within the window, or undated."""
    if known.empty or "published_at" not in new or new["published_at"].isna().any():
        return known
    known_at = pd.to_datetime(known["published_at"], errors="coerce")
    new_at = pd.to_datetime(new["published_at"], errors="coerce")
    reach = pd.Timedelta(days=window + 1)
    keep = known_at.isna() | ((known_at >= new_at.min() - reach) & (known_at <= new_at.max() + reach))
    return known[keep.to_numpy()]


def _initial_labels(old_ids: np.ndarray) -> np.ndarray:
    """Known articles start grouped by their story; new articles alone."""
    keys = np.where(pd.isna(old_ids), np.arange(len(old_ids)).astype(str), "story:" + old_ids.astype(str))
    return np.unique(keys, return_inverse=True)[1]


def _story_ages(articles: pd.DataFrame, current: dict[str, str]) -> dict[str, tuple[Any, str]]:
    """Each existing story's age key: (earliest known publication, story id); older sorts first."""
    if articles.empty:
        return {}
    frame = pd.DataFrame(
        {
            "story_id": articles["article_id"].astype(str).map(current),
            "at": pd.to_datetime(articles["published_at"], errors="coerce"),
        }
    ).dropna(subset=["story_id"])
    firsts = frame.groupby("story_id")["at"].min()
    return {sid: (at if pd.notna(at) else pd.Timestamp.max, sid) for sid, at in firsts.items()}


def _plurality_claims(labels: np.ndarray, old_ids: np.ndarray) -> pd.DataFrame:
    """For a full re-cluster: (label, old) when new cluster `label` holds the largest share of the
    articles of old story `old` (ties: the lower label)."""
    frame = pd.DataFrame({"label": labels, "old": old_ids}).dropna(subset=["old"])
    counts = frame.groupby(["old", "label"]).size().reset_index(name="n")
    counts = counts.sort_values(["old", "n", "label"], ascending=[True, False, True])
    return counts.drop_duplicates("old")[["label", "old"]]


def _name_clusters(
    frame: pd.DataFrame,
    labels: np.ndarray,
    claims: pd.DataFrame,
    ages: dict[str, tuple[Any, str]],
    run_id: str | None,
) -> tuple[np.ndarray, pd.DataFrame]:
    """Story id of each article and the aliases. `claims` (label, old) lists the existing stories
    each cluster holds: it keeps the oldest id and the others become its aliases; a cluster with
    no claim gets a new id from its earliest article."""
    earliest = earliest_members(frame, labels)
    fresh = earliest.map(story_id_for)
    olds = claims.copy()
    olds["age"] = [ages.get(sid, (pd.Timestamp.max, sid)) for sid in olds["old"]]
    olds = olds.sort_values(["label", "age"])
    keeper = olds.drop_duplicates("label").set_index("label")["old"]
    names = fresh.copy()
    clash = ~names.index.isin(keeper.index) & names.isin(set(olds["old"]))
    if clash.any():  # a new story whose earliest article founded an old story kept elsewhere
        names[clash] = [story_id_for(f"{a}|{run_id}") for a in earliest[clash]]
    names.loc[keeper.index] = keeper
    story_of = names.reindex(labels).to_numpy().astype(object)
    merged = olds[olds["old"].to_numpy() != keeper.reindex(olds["label"]).to_numpy()]
    aliases = pd.DataFrame(
        {
            "old_id": merged["old"].to_numpy(),
            "story_id": keeper.reindex(merged["label"]).to_numpy(),
            "run_id": run_id,
        }
    )
    return story_of, aliases.drop_duplicates("old_id").reset_index(drop=True)


def _update(
    frame: pd.DataFrame,
    known: pd.DataFrame,
    current: dict[str, str],
    story_of: np.ndarray,
    scores: np.ndarray,
    changed: np.ndarray,
    touched: list[str],
    aliases: pd.DataFrame,
    graph: Graph,
    run_id: str | None,
) -> ClusterUpdate:
    """Assemble the rows to write: changed assignments, re-described stories, aliases."""
    ids = frame["article_id"].astype(str).to_numpy()
    moved = {old for old in aliases["old_id"]}
    repoint = np.array([current.get(a) in moved for a in ids], dtype=bool) if moved else np.zeros(len(ids), bool)
    rows = changed | repoint
    story_articles = pd.DataFrame(
        {
            "story_id": story_of[rows],
            "article_id": ids[rows],
            "score": scores[rows],
            "run_id": run_id,
        }
    )
    # Known members outside the window: they keep their story (re-pointed when it became an alias).
    others = known[~known["article_id"].astype(str).isin(set(ids))] if not known.empty else known
    other_story = (
        others["article_id"]
        .astype(str)
        .map(current)
        .replace(dict(zip(aliases["old_id"], aliases["story_id"], strict=True)))
        if not others.empty
        else pd.Series(dtype=object)
    )
    if not others.empty:
        outside = others["article_id"].astype(str).map(current).isin(moved).to_numpy()
        story_articles = pd.concat(
            [
                story_articles,
                pd.DataFrame(
                    {
                        "story_id": other_story[outside].to_numpy(),
                        "article_id": others["article_id"].astype(str)[outside],
                        "score": np.nan,
                        "run_id": run_id,
                    }
                ),
            ],
            ignore_index=True,
        )
    members = pd.concat(
        [
            frame.assign(story_id=story_of, score=scores),
            others.assign(story_id=other_story.to_numpy(), score=np.nan),
        ],
        ignore_index=True,
    )
    existing = set(current.values())
    stories = describe_stories(members[members["story_id"].isin(set(touched))], graph.feats, frame, run_id, existing)
    return ClusterUpdate(story_articles.reset_index(drop=True), stories, aliases)


def describe_stories(
    members: pd.DataFrame,
    feats: Features,
    featured: pd.DataFrame,
    run_id: str | None = None,
    existing: set[str] | None = None,
) -> pd.DataFrame:
    """One row per story: label (headline of its most central article), key terms, dates, outlets..."""
    if members.empty:
        return pd.DataFrame(columns=STORY_COLUMNS)
    members = members.copy()
    members["at"] = pd.to_datetime(members["published_at"], errors="coerce")
    members["headline"] = [
        title_or_first_line(t, x) for t, x in zip(members.get("title"), members.get("text"), strict=True)
    ]
    central = members.sort_values(["story_id", "score", "at"], ascending=[True, False, True], na_position="last")
    grouped = members.groupby("story_id")
    stories = pd.DataFrame(
        {
            "label": central.drop_duplicates("story_id").set_index("story_id")["headline"],
            "first_date": grouped["at"].min().dt.date,
            "last_date": grouped["at"].max().dt.date,
            "n_articles": grouped.size(),
            "outlets": grouped["outlet"].agg(_sorted_values) if "outlet" in members else None,
            "languages": grouped["language"].agg(_sorted_values) if "language" in members else None,
            "agencies": grouped["agencies"].agg(_sorted_lists) if "agencies" in members else [[]] * grouped.ngroups,
        }
    )
    stories["key_terms"] = _key_terms(stories.index, members, feats, featured)
    existing = existing or set()
    stories["created_run_id"] = [None if sid in existing else run_id for sid in stories.index]
    stories["updated_run_id"] = run_id
    return stories.rename_axis("story_id").reset_index()[STORY_COLUMNS]


def _sorted_values(values: pd.Series) -> list[str]:
    return sorted({str(v) for v in values if isinstance(v, str) and v})


def _sorted_lists(values: pd.Series) -> list[str]:
    return sorted({str(v) for listed in values for v in _as_list(listed)})


def _key_terms(story_ids: pd.Index, members: pd.DataFrame, feats: Features, featured: pd.DataFrame) -> list[str]:
    """The strongest word terms of each story's summed word vectors (members we have features for)."""
    row_of = pd.Series(np.arange(len(featured)), index=featured["article_id"].astype(str).to_numpy())
    row_of = row_of[~row_of.index.duplicated()]
    rows = members["article_id"].astype(str).map(row_of)
    known = rows.notna().to_numpy()
    story_index = pd.Series(np.arange(len(story_ids)), index=story_ids)
    owner = sp.csr_matrix(
        (
            np.ones(int(known.sum())),
            (story_index[members["story_id"][known]].to_numpy(), rows[known].astype(int).to_numpy()),
        ),
        shape=(len(story_ids), len(featured)),
    )
    sums = sp.csr_matrix(owner @ feats.words)
    top = _rank_within_rows(sums) < 3 * KEY_TERMS  # the same word in two languages' columns
    out = []
    for k in range(len(story_ids)):
        start, stop = sums.indptr[k], sums.indptr[k + 1]
        cols = sums.indices[start:stop][top[start:stop]]
        weights = sums.data[start:stop][top[start:stop]]
        terms = dict.fromkeys(str(feats.word_terms[c]) for c in cols[np.argsort(-weights, kind="stable")])
        out.append(", ".join(list(terms)[:KEY_TERMS]))
    return out


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list | tuple | np.ndarray):
        return list(value)
    return []
