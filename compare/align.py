"""Stage 4: inside each story, group the variants of the same quote and of the same figure.

Quotes: per story and language, rapidfuzz `process.cdist` scores every pair of the story's
quotes (never pairs across stories): the plain ratio, and for cut or reordered quotes a word
containment (sparse product) confirmed by partial_ratio on those candidates only. Speakers
must be compatible (same, surname match, or unknown) unless the words are near-identical (then
the group holds a speaker conflict). Leaders are chosen greedily (agency's own copy first, then
the most repeated version, the longest, the earliest) and every other quote joins its
best-matching leader. Groups in different languages are then linked through anchors (speaker,
numbers, names in the quote) with a lower confidence.

Reference of a group: the copy in the credited agency's own article, else any agency's own
copy, else the most common version (ties: earliest). Each row of `alignments` says against
which item it was compared (`reference_id`):
- verdict: reference, verbatim, punctuation (punctuation, case, a typo fix), minor_edit,
  words_changed, truncated, extended, cross_language (quotes); value_agrees, value_conflict
  (figures). See compare.align_text.compare_pair.
- similarity: rapidfuzz ratio / 100 of the normalised texts; for cross_language rows, the
  confidence of the link (0.35-0.9); for figures, smaller value / larger value.
- diff: JSON [[op, words], ...], op '=' same, '-' only in the reference, '+' only in the
  variant (normalised words); null for references and cross-language links.
A variant in another language than the group's reference is compared with the reference of
its own language, which is itself linked (cross_language) to the group's reference.

Figures: per story and unit, figures whose subject and surrounding words agree and whose
values are within a factor of two form a group (across languages only when the link is
unambiguous); two articles' figures with a unit that are each other's best match join on a lower
score; a figure in a sentence dated days away from its article ("on Oct. 18, 95 people") only
meets figures of the same kind. Each value is compared with the reference, qualifiers widening it
to an interval ("about 10,000" and "up to 12,000" agree, "10,000" and "12,000" do not); plain
values within the tolerance still differ when a digit both give differs (6.2 and 6.4).

Thresholds: Settings.quote_match_threshold and figure_tolerance, and the module constants
below, each overridable through Settings.extra under its lower-case name.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components

from compare.align_text import compare_pair, meaning_lexicon, name_tokens, normalise
from compare.dates import find_dates
from compare.errors import SettingsError
from compare.lexicon import load_table
from compare.sentences import split_sentences
from compare.settings import Settings

GROUP_COLUMNS = [
    "group_id",
    "story_id",
    "kind",
    "reference_id",
    "reference_article_id",
    "speaker",
    "n_variants",
]
ALIGNMENT_COLUMNS = [
    "item_id",
    "kind",
    "group_id",
    "story_id",
    "article_id",
    "reference_id",
    "reference_article_id",
    "verdict",
    "similarity",
    "cross_language",
    "diff",
]

# Defaults of the settings read from Settings.extra (name -> default).
SUBSET_THRESHOLD = 80.0  # token_set and partial scores both at least this: a cut or reordered quote
SUBSET_MIN_TOKENS = 4  # the shorter quote needs this many words to join through the subset scores
CONTAINED_SET = 95.0  # token_set score of a quote whose words are all in the other one
CONTAINED_PARTIAL = 60.0  # ...then a partial score this high is enough (a cut in the middle)
SPEAKER_OVERRIDE = 92.0  # near-identical words join a group whatever the speakers (speaker conflicts)
SPEAKER_OVERRIDE_MIN_TOKENS = 5
FIGURE_SUBJECT_THRESHOLD = 60.0  # token_set score of two figures' subject words to be one measure
OTHER_DAY_GAP = 3  # days between a figure's sentence date and its article's publication: another event
FIGURE_PAIR_SHARE = 0.8  # two articles' figures with a unit, each other's best match, need only this share of it
FIGURE_CONTEXT_BEFORE = 6  # words before a figure that say what it counts (when the text is given)
FIGURE_CONTEXT_AFTER = 4
FIGURE_MAX_RATIO = 2.0  # values further apart than this are different measures, not one misreported
APPROX_WIDTH = 0.15  # "about 10,000" covers 8,500-11,500
CROSS_BASE = 0.35  # confidence of a cross-language link through the speaker alone
CROSS_PER_ANCHOR = 0.2  # added per shared number or name
CROSS_MAX = 0.9

_DIGITS = re.compile(r"\d")


@dataclass
class Alignment:
    groups: pd.DataFrame
    alignments: pd.DataFrame


def option(settings: Settings, name: str, default: float) -> float:
    value = settings.extra.get(name.lower(), default)
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as e:
        raise SettingsError(f"setting {name.lower()} must be a number, got {value!r}") from e


def group_id(story_id: str, kind: str, reference_id: str) -> str:
    digest = hashlib.sha1(f"{story_id}\x1f{kind}\x1f{reference_id}".encode()).hexdigest()
    return f"g-{digest[:16]}"


# ---------------------------------------------------------------- names across scripts


@cache
def _transliteration() -> dict[str, str]:
    try:
        rows = load_table("transliteration")
    except SettingsError:
        return {}
    return {r["source"]: r["target"] for r in rows if r.get("source")}


@lru_cache(maxsize=65_536)
def latin_key(text: str | None) -> str:
    """Casefolded, in Latin letters, without diacritics: 'Зеленский' -> 'zelenskiy'."""
    if not isinstance(text, str):
        return ""
    table = _transliteration()
    folded = "".join(table.get(ch, ch) for ch in text.casefold())
    stripped = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in stripped if not unicodedata.combining(ch))


@lru_cache(maxsize=65_536)
def speaker_tokens(speaker: str | None) -> tuple[str, ...]:
    """Name tokens in Latin letters; a lone word of one or two letters ('Об') and a description
    (described_only) count as unknown."""
    if isinstance(speaker, str) and described_only(speaker):
        return ()
    tokens = tuple(t for t in normalise(latin_key(speaker)).split() if len(t) > 1)
    return () if len(tokens) == 1 and len(tokens[0]) <= 2 else tokens


def described_only(speaker: str) -> bool:
    """"the Republican nominee", "представитель Кремля": it opens in lower case and does not end
    with a first name and surname ("министр обороны Анна Берг" names her)."""
    words = speaker.split()
    return speaker[:1].islower() and not (len(words) > 2 and all(w[:1].isupper() for w in words[-2:]))


def speakers_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person as far as we can tell: unknown on a side, or a surname in the other name."""
    if not a or not b:
        return True
    return a[-1] in b or b[-1] in a or _close_surnames(a[-1], b[-1])


def _close_surnames(a: str, b: str) -> bool:
    # Transliterations differ in endings (Zelensky / Zelenskiy / Zelenskyy).
    return len(a) >= 5 and len(b) >= 5 and fuzz.ratio(a, b) >= 85


def _speaker_matrix(keys: list[tuple[str, ...]]) -> np.ndarray:
    uniq = sorted(set(keys))
    index = {k: i for i, k in enumerate(uniq)}
    small = np.array([[speakers_compatible(a, b) for b in uniq] for a in uniq], dtype=bool)
    idx = np.array([index[k] for k in keys])
    return small[np.ix_(idx, idx)]


# ---------------------------------------------------------------- quote groups in one language


def token_containment(norm: list[str]) -> np.ndarray:
    """Share of the shorter text's distinct words found in the other text, for every pair."""
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for i, text in enumerate(norm):
        for token in set(text.split()):
            rows.append(i)
            cols.append(vocabulary.setdefault(token, len(vocabulary)))
    x = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(norm), len(vocabulary)))
    common = (x @ x.T).toarray()
    sizes = np.asarray(x.sum(axis=1)).ravel()
    return common / np.maximum(np.minimum.outer(sizes, sizes), 1)


def _match_scores(norm: list[str], n_tokens: np.ndarray, settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """(score 0-100 to join, plain ratio) for every pair of a story's quotes in one language.

    The plain ratio comes from `process.cdist`; a cut or reordered quote joins through word
    containment (a sparse product) confirmed by rapidfuzz partial_ratio on those candidates only.
    """
    ratio = process.cdist(norm, norm, scorer=fuzz.ratio, dtype=np.float32, workers=1)
    threshold = option(settings, "SUBSET_THRESHOLD", SUBSET_THRESHOLD)
    contained = token_containment(norm) * 100.0
    shorter = np.minimum.outer(n_tokens, n_tokens)
    candidates = (
        (contained >= threshold)
        & (shorter >= option(settings, "SUBSET_MIN_TOKENS", SUBSET_MIN_TOKENS))
        & (ratio < settings.quote_match_threshold)
    )
    score = ratio.copy()
    middle_cut = option(settings, "CONTAINED_PARTIAL", CONTAINED_PARTIAL)
    for i, j in zip(*np.nonzero(np.triu(candidates, 1)), strict=True):
        partial = fuzz.partial_ratio(norm[i], norm[j])
        subset = (
            contained[i, j]
            if contained[i, j] >= CONTAINED_SET and partial >= middle_cut
            else min(contained[i, j], partial)
        )
        if subset >= threshold:
            score[i, j] = score[j, i] = max(ratio[i, j], subset)
    return score, ratio


def _leaders(order: np.ndarray, joins: np.ndarray) -> list[int]:
    """Greedy leaders in priority order: an item leads unless it joins an earlier leader."""
    leaders: list[int] = []
    for i in order:
        if not leaders or not joins[i, leaders].any():
            leaders.append(int(i))
    return leaders


def _cluster_block(block: dict[str, np.ndarray], settings: Settings) -> np.ndarray:
    """Row positions of each item's leader, for one story's quotes in one language.

    block: arrays of one story and language, rows in item id order.
    """
    n = len(block["norm"])
    if n == 1:
        return np.zeros(1, dtype=int)
    n_tokens = block["n_tokens"]
    score, ratio = _match_scores(block["norm"].tolist(), n_tokens, settings)
    compatible = _speaker_matrix(block["speaker_key"].tolist())
    override = (ratio >= option(settings, "SPEAKER_OVERRIDE", SPEAKER_OVERRIDE)) & (
        np.minimum.outer(n_tokens, n_tokens) >= SPEAKER_OVERRIDE_MIN_TOKENS
    )
    joins = (score >= settings.quote_match_threshold) & (compatible | override)
    np.fill_diagonal(joins, True)
    order = np.lexsort((np.arange(n), block["published_rank"], -n_tokens, -block["dup_count"], -block["is_own"]))
    leaders = np.array(_leaders(order, joins))
    masked = np.where(joins[:, leaders], score[:, leaders], -1.0)
    return leaders[np.argmax(masked, axis=1)]


def _prepare_quotes(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    meta = _article_meta(articles)
    q = plain_strings(quotes.merge(meta, on="article_id", how="left"))
    q = q[q["text"].notna() & q["story_id"].notna()].copy()
    q["item_id"] = q["quote_id"].astype(str)
    q["language"] = q["language"].fillna("")
    q["norm"] = q["text"].map(normalise)
    q = q[q["norm"] != ""]
    q["n_tokens"] = q["norm"].str.count(" ") + 1
    q["speaker_key"] = q["speaker"].map(speaker_tokens) if "speaker" in q else [()] * len(q)
    q["credited"] = q.get("agency", None)
    q["is_own"] = q["agency_of_article"].notna().astype(int)
    q["dup_count"] = q.groupby(["story_id", "language", "norm"])["item_id"].transform("size")
    q["published_rank"] = q["published_at"].rank(method="min", na_option="bottom").fillna(0)
    q = q.drop_duplicates("item_id")
    return q.sort_values(["story_id", "language", "item_id"]).reset_index(drop=True)


def plain_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """String columns as Python objects: rows are read one by one per story, Arrow strings are slow there."""
    strings = [c for c in frame.columns if pd.api.types.is_string_dtype(frame[c])]
    return frame.astype(dict.fromkeys(strings, object))


def _article_meta(articles: pd.DataFrame) -> pd.DataFrame:
    meta = articles.copy()
    for col in ("outlet", "language", "published_at", "agency_of_article"):
        if col not in meta:
            meta[col] = None
    meta = meta[["article_id", "outlet", "language", "published_at", "agency_of_article"]]
    meta["published_at"] = pd.to_datetime(meta["published_at"], errors="coerce")
    return meta.drop_duplicates("article_id")


BLOCK_COLUMNS = ["item_id", "norm", "n_tokens", "speaker_key", "dup_count", "is_own", "published_rank"]


def _local_groups(q: pd.DataFrame, settings: Settings) -> pd.Series:
    """Each quote's same-language group, named by its leader's item id."""
    arrays = {c: q[c].to_numpy() for c in BLOCK_COLUMNS}
    leader_ids = np.empty(len(q), dtype=object)
    for _, positions in q.groupby(["story_id", "language"], sort=False).indices.items():
        block = {c: a[positions] for c, a in arrays.items()}
        leader_ids[positions] = block["item_id"][_cluster_block(block, settings)]
    return pd.Series(leader_ids, index=q.index)


def most_common(frame: pd.DataFrame, key: str, column: str) -> pd.Series:
    """Per key, the most frequent non-null value of a column (ties: alphabetical)."""
    known = frame[frame[column].notna()]
    counts = known.groupby([key, column]).size().reset_index(name="n")
    top = counts.sort_values([key, "n", column], ascending=[True, False, True]).drop_duplicates(key)
    return top.set_index(key)[column]


def _pick_references(q: pd.DataFrame, group_col: str) -> pd.Series:
    """Per group: the credited agency's own version, else any agency's own, else the most common."""
    q = q.assign(group_credit=q[group_col].map(most_common(q, group_col, "credited")))
    q["credited_own"] = (q["agency_of_article"].notna() & (q["agency_of_article"] == q["group_credit"])).astype(int)
    q["version_count"] = q.groupby([group_col, "norm"])["item_id"].transform("size")
    q["version_first"] = q.groupby([group_col, "norm"])["published_rank"].transform("min")
    ordered = q.sort_values(
        [
            group_col,
            "credited_own",
            "is_own",
            "version_count",
            "version_first",
            "published_rank",
            "item_id",
        ],
        ascending=[True, False, False, False, True, True, True],
    )
    first = ordered.drop_duplicates(group_col)
    return q[group_col].map(first.set_index(group_col)["item_id"])


# ---------------------------------------------------------------- links across languages


def _anchors(text: str, speaker_key: tuple[str, ...]) -> set[str]:
    numbers = {f"#{t}" for t in normalise(text).split() if _DIGITS.search(t)}
    names = {f"@{latin_key(n)}" for n in name_tokens(text)} - {f"@{t}" for t in speaker_key}
    return numbers | {n for n in names if len(n) > 3}


def _cross_links(q: pd.DataFrame) -> pd.DataFrame:
    """Pairs of same-story local groups in different languages with their link confidence."""
    refs = q[q["item_id"] == q["local_ref"]][["story_id", "local_group", "language", "text", "speaker_key"]]
    if refs["language"].nunique() < 2:
        return pd.DataFrame(columns=["a", "b", "confidence"])
    refs = refs.assign(anchor=[sorted(_anchors(t, k)) for t, k in zip(refs["text"], refs["speaker_key"], strict=True)])
    per_speaker = refs.assign(surname=refs["speaker_key"].map(lambda k: k[-1] if k else None))
    pairs = per_speaker.merge(per_speaker, on="story_id", suffixes=("_a", "_b"))
    pairs = pairs[pairs["language_a"] < pairs["language_b"]]
    if pairs.empty:
        return pd.DataFrame(columns=["a", "b", "confidence"])
    known = pairs["surname_a"].notna() & pairs["surname_b"].notna()
    same_speaker = np.array(
        [
            bool(k) and speakers_compatible(a, b)
            for k, a, b in zip(known, pairs["speaker_key_a"], pairs["speaker_key_b"], strict=True)
        ],
        dtype=bool,
    )
    shared = np.array([len(set(a) & set(b)) for a, b in zip(pairs["anchor_a"], pairs["anchor_b"], strict=True)])
    unknown = ~known.to_numpy()
    # One group per speaker and language pair in the story: linkable on the speaker alone.
    counts_a = pairs.groupby(["story_id", "surname_a", "language_a", "language_b"])["local_group_a"].transform(
        "nunique"
    )
    counts_b = pairs.groupby(["story_id", "surname_b", "language_a", "language_b"])["local_group_b"].transform(
        "nunique"
    )
    only_one = (counts_a.to_numpy() == 1) & (counts_b.to_numpy() == 1)
    keep = (same_speaker & ((shared >= 1) | only_one)) | (unknown & (shared >= 2))
    confidence = np.minimum(CROSS_BASE * same_speaker + CROSS_PER_ANCHOR * shared, CROSS_MAX)
    links = pd.DataFrame(
        {
            "a": pairs["local_group_a"].to_numpy()[keep],
            "b": pairs["local_group_b"].to_numpy()[keep],
            "lang_a": pairs["language_a"].to_numpy()[keep],
            "lang_b": pairs["language_b"].to_numpy()[keep],
            "confidence": confidence[keep],
        }
    )
    return _mutual_best(links)


def _mutual_best(links: pd.DataFrame) -> pd.DataFrame:
    """Keep a link only when each side is the other's best partner in that language."""
    if links.empty:
        return links
    ranked = links.sort_values(["confidence", "a", "b"], ascending=[False, True, True])
    best_for_a = ranked.drop_duplicates(["a", "lang_b"])
    best_for_b = ranked.drop_duplicates(["b", "lang_a"])
    return best_for_a.merge(best_for_b[["a", "b"]], on=["a", "b"])


def _merge_languages(q: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(merged group key, confidence of the local group's link) for each quote."""
    links = _cross_links(q)
    groups = pd.Index(q["local_group"].unique())
    if links.empty:
        return q["local_group"].copy(), pd.Series(np.nan, index=q.index)
    a, b = groups.get_indexer(links["a"]), groups.get_indexer(links["b"])
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(len(groups), len(groups)))
    _, labels = connected_components(graph, directed=False)
    component = pd.Series(labels, index=groups)
    confidence = (
        pd.concat(
            [
                links.set_index("a")["confidence"],
                links.set_index("b")["confidence"],
            ]
        )
        .groupby(level=0)
        .max()
    )
    return q["local_group"].map(component).astype(str), q["local_group"].map(confidence)


# ---------------------------------------------------------------- quote alignment


def align_quotes(quotes: pd.DataFrame, articles: pd.DataFrame, settings: Settings) -> Alignment:
    if quotes is None or quotes.empty:
        return Alignment(_empty(GROUP_COLUMNS), _empty(ALIGNMENT_COLUMNS))
    q = _prepare_quotes(quotes, articles)
    if q.empty:
        return Alignment(_empty(GROUP_COLUMNS), _empty(ALIGNMENT_COLUMNS))
    q["local_group"] = _local_groups(q, settings)
    q["local_ref"] = _pick_references(q, "local_group")
    q["merged"], q["link_confidence"] = _merge_languages(q)
    local_refs = q[q["item_id"] == q["local_ref"]].copy()
    local_refs["group_size"] = local_refs["local_group"].map(q["local_group"].value_counts())
    local_refs["version_count"] = local_refs["group_size"]
    ref_of_merged = _pick_merged_reference(local_refs)
    q["group_ref"] = q["merged"].map(ref_of_merged)
    q["group_id"] = [group_id(s, "quote", r) for s, r in zip(q["story_id"], q["group_ref"], strict=True)]
    alignments = _quote_verdicts(q)
    return Alignment(_quote_groups(q), alignments)


def _pick_merged_reference(local_refs: pd.DataFrame) -> pd.Series:
    ordered = local_refs.assign(own=local_refs["is_own"]).sort_values(
        ["merged", "own", "group_size", "published_rank", "item_id"],
        ascending=[True, False, False, True, True],
    )
    return ordered.drop_duplicates("merged").set_index("merged")["item_id"]


@dataclass(frozen=True)
class _Item:
    text: str
    norm: str
    article_id: str


def _quote_verdicts(q: pd.DataFrame) -> pd.DataFrame:
    items = {
        i: _Item(t, n, a)
        for i, t, n, a in zip(q["item_id"].tolist(), q["text"].tolist(), q["norm"].tolist(), q["article_id"].tolist(),
                              strict=True)
    }  # fmt: skip
    # A variant worded exactly like one of the agency's own copies is compared with that copy.
    own = q[q["is_own"] == 1].drop_duplicates(["local_group", "norm"])
    own_versions = dict(zip(zip(own["local_group"], own["norm"], strict=True), own["item_id"], strict=True))
    rows = [_quote_row(rec, items, own_versions) for rec in q.itertuples(index=False)]
    return pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS)


def _quote_row(rec: Any, items: dict[str, _Item], own_versions: dict[tuple[str, str], str]) -> dict[str, Any]:
    row = {"item_id": rec.item_id, "kind": "quote", "group_id": rec.group_id, "story_id": rec.story_id,
           "article_id": rec.article_id, "cross_language": False}  # fmt: skip
    if rec.item_id == rec.group_ref:
        return {**row, "reference_id": None, "reference_article_id": None, "verdict": "reference",
                "similarity": 1.0, "diff": None}  # fmt: skip
    if rec.item_id == rec.local_ref:  # a local reference in another language: linked, not compared
        confidence = rec.link_confidence if pd.notna(rec.link_confidence) else CROSS_BASE
        return {**row, "reference_id": rec.group_ref, "reference_article_id": items[rec.group_ref].article_id,
                "verdict": "cross_language", "similarity": float(confidence), "cross_language": True,
                "diff": None}  # fmt: skip
    reference_id = own_versions.get((rec.local_group, rec.norm), rec.local_ref)
    if reference_id == rec.item_id:
        reference_id = rec.local_ref
    ref = items[reference_id]
    similarity = fuzz.ratio(rec.norm, ref.norm) / 100.0
    verdict = compare_pair(ref.text, rec.text, rec.language or None, similarity)
    return {**row, "reference_id": reference_id, "reference_article_id": ref.article_id,
            "verdict": verdict.verdict, "similarity": round(verdict.similarity, 4),
            "diff": json.dumps(verdict.diff, ensure_ascii=False)}  # fmt: skip


def _quote_groups(q: pd.DataFrame) -> pd.DataFrame:
    refs = q[q["item_id"] == q["group_ref"]].set_index("group_id")
    out = pd.DataFrame(
        {
            "group_id": refs.index,
            "story_id": refs["story_id"].to_numpy(),
            "kind": "quote",
            "reference_id": refs["item_id"].to_numpy(),
            "reference_article_id": refs["article_id"].to_numpy(),
            "speaker": _group_speakers(q).reindex(refs.index).to_numpy(),
            "n_variants": q.groupby("group_id").size().reindex(refs.index).to_numpy(),
        }
    )
    return out.reset_index(drop=True)


def _group_speakers(q: pd.DataFrame) -> pd.Series:
    """The reference's speaker, else the group's most common named speaker."""
    if "speaker" not in q:
        return pd.Series(dtype=object)
    common = most_common(q, "group_id", "speaker")
    ref_speaker = q[q["item_id"] == q["group_ref"]].set_index("group_id")["speaker"]
    return ref_speaker.fillna(common).combine_first(common)


# ---------------------------------------------------------------- figures


def value_interval(value: float, qualifier: str | None, tolerance: float, approx: float) -> tuple[float, float]:
    """The values a figure admits: 'about' widens it, 'up to' / 'more than' open one side."""
    v = abs(float(value))
    spread = {"approximately": approx}.get(qualifier or "", tolerance)
    low, high = v * (1 - spread), v * (1 + spread)
    if qualifier in ("at_most", "less_than"):
        low = 0.0
    elif qualifier in ("at_least", "more_than"):
        high = float("inf")
    return low, high


def figures_agree(
    a: tuple[float, str | None],
    b: tuple[float, str | None],
    tolerance: float,
    approx: float = APPROX_WIDTH,
) -> bool:
    lo_a, hi_a = value_interval(a[0], a[1], tolerance, approx)
    lo_b, hi_b = value_interval(b[0], b[1], tolerance, approx)
    if not (lo_a <= hi_b and lo_b <= hi_a):
        return False
    # Two plain values within the tolerance still disagree when they differ in a digit both give
    # (6.2 and 6.4, 5.50 and 5.75); 10,000 and 10,100 agree (the first is rounded to thousands).
    return bool(a[1] or b[1]) or same_when_rounded(float(a[0]), float(b[0]))


def written_precision(value: float) -> float:
    """The place of a value's last significant digit: 6.4 -> 0.1, 10200 -> 100, 1.5e6 -> 1e5."""
    value = abs(value)
    if value == 0:
        return 1.0
    for exponent in range(15, -7, -1):
        place = 10.0**exponent
        steps = value / place
        if steps >= 1 and abs(steps - round(steps)) < 1e-6:
            return place
    return 10.0**-6


def same_when_rounded(a: float, b: float) -> bool:
    """The more precise value, rounded to the coarser one's last digit, is the coarser value."""
    place = max(written_precision(a), written_precision(b))
    return bool(abs(round(a / place) - round(b / place)) == 0)


def _prepare_figures(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    f = plain_strings(figures.merge(_article_meta(articles), on="article_id", how="left"))
    f = f[f["value"].notna() & f["story_id"].notna()].copy()
    f["item_id"] = f["figure_id"].astype(str)
    f["language"] = f["language"].fillna("")
    f["unit"] = f["unit"].fillna("") if "unit" in f else ""
    f["qualifier"] = f["qualifier"].where(f["qualifier"].notna(), None) if "qualifier" in f else None
    f["subject_norm"] = _figure_contexts(f, articles)
    # Figures of an earlier or later event (a sentence dated days away) only meet their like.
    family = f["unit"].map(unit_families()).fillna(f["unit"])
    f["block_unit"] = family + np.where(_about_another_day(f, articles), "|another day", "")
    f["is_own"] = f["agency_of_article"].notna().astype(int)
    f["published_rank"] = f["published_at"].rank(method="min", na_option="bottom").fillna(0)
    f["value_key"] = f["value"].astype(float).round(6).astype(str) + "|" + f["qualifier"].fillna("")
    return f.sort_values(["story_id", "unit", "language", "item_id"]).reset_index(drop=True)


def _figure_contexts(f: pd.DataFrame, articles: pd.DataFrame) -> list[str]:
    """What a figure counts: its subject words, plus the words around it when the text is given."""
    subjects = (f["subject"] if "subject" in f else pd.Series("", index=f.index)).fillna("").astype(str)
    texts = f["article_id"].map(articles.drop_duplicates("article_id").set_index("article_id")["text"]) if (
        "text" in articles and "start" in f and "end" in f
    ) else pd.Series(None, index=f.index)  # fmt: skip
    out = []
    for subject, text, start, end, language in zip(subjects, texts, f.get("start", texts), f.get("end", texts),
                                                   f["language"], strict=True):  # fmt: skip
        words = normalise(subject).split()
        if isinstance(text, str) and pd.notna(start) and pd.notna(end):
            words += _window(text, int(start), int(end))
        function = meaning_lexicon(language or None).function
        out.append(" ".join(dict.fromkeys(w for w in words if w not in function and not _DIGITS.search(w))))
    return out


@cache
def unit_families() -> dict[str, str]:
    """Unit -> the family it is compared within (data/unit_families.csv: troops are people)."""
    return {r["unit"]: r["family"] for r in load_table("unit_families") if r.get("unit") and r.get("family")}


def _about_another_day(f: pd.DataFrame, articles: pd.DataFrame) -> np.ndarray:
    """Figures in a sentence holding a date more than OTHER_DAY_GAP days from their article's
    publication ("on Oct. 18, when each released 95 people"): about another event."""
    if "start" not in f or "text" not in articles:
        return np.zeros(len(f), dtype=bool)
    texts = articles.drop_duplicates("article_id").set_index("article_id")["text"]
    out = np.zeros(len(f), dtype=bool)
    rows = zip(f["article_id"], f["start"], f["language"], f["published_at"], strict=True)
    for i, (article_id, start, language, published) in enumerate(rows):
        text = texts.get(article_id)
        if isinstance(text, str) and pd.notna(start) and pd.notna(published):
            out[i] = _sentence_dated_away(text, int(start), language or "en", pd.Timestamp(published))
    return out


def _sentence_dated_away(text: str, position: int, language: str, published: pd.Timestamp) -> bool:
    for span in _sentences(text, language):
        if span[0] <= position < span[1]:
            sentence = text[span[0] : span[1]]
            days = [(pd.Timestamp(d["date"]) - published.normalize()).days
                    for d in find_dates(sentence, language, published)]  # fmt: skip
            return any(abs(day) > OTHER_DAY_GAP for day in days)
    return False


@lru_cache(maxsize=4096)
def _sentences(text: str, language: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(s[0]), int(s[1])) for s in split_sentences(text, language))


def _window(text: str, start: int, end: int) -> list[str]:
    before = normalise(text[max(0, start - 120) : start]).split()[-FIGURE_CONTEXT_BEFORE:]
    after = normalise(text[end : end + 80]).split()[:FIGURE_CONTEXT_AFTER]
    return before + after


def values_comparable(a: np.ndarray, b: np.ndarray, max_ratio: float) -> np.ndarray:
    """Pairs of values close enough to be two reports of one measure (14 vs 17, not 14 vs 300)."""
    low, high = np.minimum.outer(np.abs(a), np.abs(b)), np.maximum.outer(np.abs(a), np.abs(b))
    return high <= low * max_ratio


def _figure_block_groups(block: dict[str, np.ndarray], threshold: float, max_ratio: float,
                         pair_share: float = FIGURE_PAIR_SHARE) -> np.ndarray:  # fmt: skip
    """Leader positions for one story's figures of one unit and language."""
    subjects = block["subject_norm"].tolist()
    if len(subjects) == 1:
        return np.zeros(1, dtype=int)
    score = process.cdist(subjects, subjects, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=1)
    values = block["value"].astype(float)
    same_article = block["article_id"][:, None] == block["article_id"][None, :]
    different_value = values[:, None] != values[None, :]
    empty = np.array([not s for s in subjects])
    comparable = values_comparable(values, values, max_ratio)
    paired = mutual_best(np.where(comparable & ~same_article, score, -1.0), block["article_id"])
    paired &= block["unit"] != ""  # a bare count ("2", "8") pairs with too much
    close = (score >= threshold) | (paired & (score >= threshold * pair_share))
    joins = close & comparable & ~(same_article & different_value)
    joins[empty, :] = False
    joins[:, empty] = False
    np.fill_diagonal(joins, True)
    order = np.lexsort((np.arange(len(subjects)), block["published_rank"], -block["is_own"]))
    leaders = np.array(_leaders(order, joins))
    masked = np.where(joins[:, leaders], score[:, leaders], -1.0)
    return leaders[np.argmax(masked, axis=1)]


def mutual_best(score: np.ndarray, article_ids: np.ndarray) -> np.ndarray:
    """Pairs (i, j) where j is i's best-scoring figure in j's article and i is j's best in i's
    (scores below zero never pair)."""
    n = len(article_ids)
    best = np.zeros((n, n), dtype=bool)
    rows = np.arange(n)
    for article in np.unique(article_ids):
        columns = np.flatnonzero(article_ids == article)
        choice = columns[np.argmax(score[:, columns], axis=1)]
        best[rows, choice] = score[rows, choice] >= 0
    return best & best.T


FIGURE_BLOCK_COLUMNS = ["item_id", "subject_norm", "value", "article_id", "published_rank", "is_own", "unit"]


def _figure_local_groups(f: pd.DataFrame, settings: Settings) -> pd.Series:
    threshold = option(settings, "FIGURE_SUBJECT_THRESHOLD", FIGURE_SUBJECT_THRESHOLD)
    max_ratio = option(settings, "FIGURE_MAX_RATIO", FIGURE_MAX_RATIO)
    pair_share = option(settings, "FIGURE_PAIR_SHARE", FIGURE_PAIR_SHARE)
    arrays = {c: f[c].to_numpy() for c in FIGURE_BLOCK_COLUMNS}
    leader_ids = np.empty(len(f), dtype=object)
    for _, positions in f.groupby(["story_id", "block_unit", "language"], sort=False).indices.items():
        block = {c: a[positions] for c, a in arrays.items()}
        leader_ids[positions] = block["item_id"][_figure_block_groups(block, threshold, max_ratio, pair_share)]
    return pd.Series(leader_ids, index=f.index)


def _merge_figure_languages(f: pd.DataFrame, settings: Settings) -> pd.Series:
    """Link figure groups of one story and unit across languages when the link is unambiguous.

    Two groups in different languages are candidates when their leading values are comparable;
    a link is kept only when each is the other's single candidate in that language.
    """
    leaders = f[(f["item_id"] == f["local_group"]) & (f["unit"] != "")]
    leaders = leaders[["story_id", "block_unit", "language", "local_group", "value"]]
    pairs = leaders.merge(leaders, on=["story_id", "block_unit"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["language_a"] < pairs["language_b"]]
    max_ratio = option(settings, "FIGURE_MAX_RATIO", FIGURE_MAX_RATIO)
    a, b = pairs["value_a"].abs().to_numpy(float), pairs["value_b"].abs().to_numpy(float)
    pairs = pairs[np.maximum(a, b) <= np.minimum(a, b) * max_ratio]
    n_for_a = pairs.groupby(["local_group_a", "language_b"])["local_group_b"].transform("size")
    n_for_b = pairs.groupby(["local_group_b", "language_a"])["local_group_a"].transform("size")
    links = pairs[(n_for_a == 1) & (n_for_b == 1)]
    if links.empty:
        return f["local_group"].copy()
    groups = pd.Index(f["local_group"].unique())
    ia, ib = groups.get_indexer(links["local_group_a"]), groups.get_indexer(links["local_group_b"])
    graph = coo_matrix((np.ones(len(ia)), (ia, ib)), shape=(len(groups), len(groups)))
    _, labels = connected_components(graph, directed=False)
    component = pd.Series(labels, index=groups)
    return "x|" + f["local_group"].map(component).astype(str)


def align_figures(figures: pd.DataFrame, articles: pd.DataFrame, settings: Settings) -> Alignment:
    if figures is None or figures.empty:
        return Alignment(_empty(GROUP_COLUMNS), _empty(ALIGNMENT_COLUMNS))
    f = _prepare_figures(figures, articles)
    if f.empty:
        return Alignment(_empty(GROUP_COLUMNS), _empty(ALIGNMENT_COLUMNS))
    f["local_group"] = _figure_local_groups(f, settings)
    f["merged"] = _merge_figure_languages(f, settings)
    f["version_count"] = f.groupby(["merged", "value_key"])["item_id"].transform("size")
    ordered = f.sort_values(
        ["merged", "is_own", "version_count", "published_rank", "item_id"],
        ascending=[True, False, False, True, True],
    )
    ref_of = ordered.drop_duplicates("merged").set_index("merged")["item_id"]
    f["group_ref"] = f["merged"].map(ref_of)
    f["group_id"] = [group_id(s, "figure", r) for s, r in zip(f["story_id"], f["group_ref"], strict=True)]
    return Alignment(_figure_groups(f), _figure_verdicts(f, settings))


def _figure_verdicts(f: pd.DataFrame, settings: Settings) -> pd.DataFrame:
    ref = f.set_index("item_id").loc[f["group_ref"]]
    approx = option(settings, "APPROX_WIDTH", APPROX_WIDTH)
    agree = [
        figures_agree((v, q), (rv, rq), settings.figure_tolerance, approx)
        for v, q, rv, rq in zip(f["value"], f["qualifier"], ref["value"], ref["qualifier"], strict=True)
    ]
    is_ref = (f["item_id"] == f["group_ref"]).to_numpy()
    values, ref_values = f["value"].abs().to_numpy(float), ref["value"].abs().to_numpy(float)
    high = np.maximum(values, ref_values)
    similarity = np.where(high > 0, np.minimum(values, ref_values) / np.where(high > 0, high, 1), 1.0)
    verdict = np.where(is_ref, "reference", np.where(agree, "value_agrees", "value_conflict"))
    cross = (f["language"].to_numpy() != ref["language"].to_numpy()) & ~is_ref
    diff = [
        None if r else json.dumps([["=", t]] if a else [["-", rt], ["+", t]], ensure_ascii=False)
        for r, a, t, rt in zip(is_ref, agree, f["text"].fillna(""), ref["text"].fillna(""), strict=True)
    ]
    return pd.DataFrame(
        {
            "item_id": f["item_id"],
            "kind": "figure",
            "group_id": f["group_id"],
            "story_id": f["story_id"],
            "article_id": f["article_id"],
            "reference_id": np.where(is_ref, None, f["group_ref"]),
            "reference_article_id": np.where(is_ref, None, ref["article_id"].to_numpy()),
            "verdict": verdict,
            "similarity": np.round(similarity, 4),
            "cross_language": cross,
            "diff": diff,
        }
    )[ALIGNMENT_COLUMNS]


def _figure_groups(f: pd.DataFrame) -> pd.DataFrame:
    refs = f[f["item_id"] == f["group_ref"]]
    sizes = f.groupby("group_id").size()
    return pd.DataFrame(
        {
            "group_id": refs["group_id"].to_numpy(),
            "story_id": refs["story_id"].to_numpy(),
            "kind": "figure",
            "reference_id": refs["item_id"].to_numpy(),
            "reference_article_id": refs["article_id"].to_numpy(),
            "speaker": None,
            "n_variants": sizes.reindex(refs["group_id"]).to_numpy(),
        }
    )


# ---------------------------------------------------------------- the stage


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


def align_frame(
    quotes: pd.DataFrame,
    figures: pd.DataFrame,
    articles: pd.DataFrame,
    settings: Settings | None = None,
) -> Alignment:
    """Quote and figure groups of every story, and each item's verdict against its reference."""
    settings = settings or Settings()
    quote_part = align_quotes(quotes, articles, settings)
    figure_part = align_figures(figures, articles, settings)
    groups = pd.concat([quote_part.groups, figure_part.groups], ignore_index=True)
    alignments = pd.concat([quote_part.alignments, figure_part.alignments], ignore_index=True)
    return Alignment(groups[GROUP_COLUMNS], alignments[ALIGNMENT_COLUMNS])
