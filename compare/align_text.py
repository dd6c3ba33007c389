"""Text helpers for alignment: normalised forms, word diffs, and the verdict of one pair.

Everything here works on one pair of strings already found to be variants of each other
(the candidate search itself is vectorised in compare.align). Language knowledge (negations,
hedges, function words) comes from compare/data/meaning_words.csv.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from compare.errors import SettingsError
from compare.lexicon import load_table, rows_for

# Thousands groups split by a separator ("10,000", "10.000", "10 000") are joined so the same
# number written in two conventions gives the same token; "1,5" and "1.5" both give "1 5".
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[.,\u00a0\u202f\u2009 '](?=\d{3}(?!\d))")
# A decimal separator left after that ("1.5", "1,5") becomes a letter-like mark so the number
# stays one token; number_value() and word_diff() turn it back into a point.
_DECIMAL = re.compile(r"(?<=\d)[.,](?=\d)")
DECIMAL_MARK = "ǂ"
_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc`\u00b4]")
_NON_WORD = re.compile(r"[^\w]+|_+")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…:;]\s*$")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…|\[\s*\.\.\.\s*\]|\(\s*\.\.\.\s*\)")
_DIGIT = re.compile(r"\d")

# Weights of a changed word when deciding minor_edit vs words_changed.
WEIGHT_MEANING = 3.0  # negation, hedge, number
WEIGHT_NAME = 2.0
WEIGHT_FUNCTION = 0.25
WEIGHT_CONTENT = 1.0
MINOR_EDIT_MAX_WEIGHT = 1.0  # at most this much changed (and nothing meaning-bearing) = minor edit
# Cuts at the start or end of a quote shorter than this (in words) are edits, not truncation.
MIN_CUT_WORDS = 2
# A typo fix: edit distance 1-2 inside a word of at least this many letters, same first letters.
SPELLING_MIN_LEN = 4
SPELLING_MAX_DISTANCE = 2
SPELLING_SHARED_PREFIX = 2


@dataclass(frozen=True)
class MeaningLexicon:
    """Meaning-bearing and function words of one language, as token tuples."""

    negation: frozenset[tuple[str, ...]]
    hedge: frozenset[tuple[str, ...]]
    function: frozenset[str]
    auxiliary: frozenset[str]
    number_words: dict[str, str]
    max_len: int


@cache
def meaning_lexicon(language: str | None) -> MeaningLexicon:
    rows = rows_for("meaning_words", language)
    by_kind: dict[str, set[tuple[str, ...]]] = {}
    for row in rows:
        tokens = tuple(tokens_of(row["word"]))
        if tokens:
            by_kind.setdefault(row["kind"], set()).add(tokens)
    phrases = by_kind.get("negation", set()) | by_kind.get("hedge", set())
    return MeaningLexicon(
        negation=frozenset(by_kind.get("negation", set())),
        hedge=frozenset(by_kind.get("hedge", set())),
        function=frozenset(t[0] for t in by_kind.get("function", set()) if len(t) == 1),
        auxiliary=frozenset(t[0] for t in by_kind.get("auxiliary", set()) if len(t) == 1),
        number_words=_number_words(language),
        max_len=max((len(p) for p in phrases), default=1),
    )


def _number_words(language: str | None) -> dict[str, str]:
    """Number words -> their value as digits, from the figures' number_words.csv when present."""
    try:
        rows = load_table("number_words")
    except SettingsError:
        return {}
    words = {}
    for row in rows:
        if row.get("language") in (language, "*") and row.get("needs") != "scale":
            tokens = tokens_of(row.get("word", ""))
            if len(tokens) == 1 and row.get("value"):
                words[tokens[0]] = number_value(row["value"])
    return words


def number_value(token: str) -> str:
    """A number token as a comparable string: '010' -> '10', '2.0' -> '2'; other tokens unchanged."""
    try:
        value = float(token.replace(DECIMAL_MARK, "."))
    except ValueError:
        return token.replace(DECIMAL_MARK, ".")
    return f"{value:g}" if value != int(value) else str(int(value))


@cache
def _letter_folds() -> dict[int, str]:
    return {ord(r["letter"]): r["folded"] for r in rows_for("letter_folds", "*") if len(r["letter"]) == 1}


def normalise(text: str) -> str:
    """Casefolded text without punctuation: what a reader hears when the quote is read aloud."""
    t = unicodedata.normalize("NFKC", text or "").translate(_letter_folds())
    t = _DIGIT_SEPARATOR.sub("", t)
    t = _DECIMAL.sub(DECIMAL_MARK, t)
    t = _APOSTROPHES.sub("", t).casefold()
    return " ".join(_NON_WORD.sub(" ", t).split())


def tokens_of(text: str) -> list[str]:
    return normalise(text).split()


def collapse_space(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def name_tokens(text: str) -> Counter[str]:
    """Capitalised words not at a sentence start: a cheap, language-neutral name detector."""
    names: Counter[str] = Counter()
    for m in _WORD.finditer(text or ""):
        word = m.group(0)
        if not word[0].isupper():
            continue
        before = text[max(0, m.start() - 8) : m.start()].rstrip(" \"'“”‘’«»„‚()[]—–-")
        if not before or _SENTENCE_END.search(before):
            continue
        names[normalise(word)] += 1
    return names


def meaning_counts(tokens: list[str], lex: MeaningLexicon) -> Counter[tuple[str, str]]:
    """(kind, phrase) -> occurrences of negations, hedges and numbers among the tokens."""
    found: Counter[tuple[str, str]] = Counter()
    for i in range(len(tokens)):
        for n in range(1, lex.max_len + 1):
            gram = tuple(tokens[i : i + n])
            if len(gram) < n:
                break
            if gram in lex.negation:
                found[("negation", " ".join(gram))] += 1
            elif gram in lex.hedge:
                found[("hedge", " ".join(gram))] += 1
        value = number_of(tokens[i], lex)
        if value is not None:
            found[("number", value)] += 1
    return found


def number_of(token: str, lex: MeaningLexicon) -> str | None:
    """The value a token stands for ('1', 'một' -> '1'), or None when it is no number."""
    if token in lex.number_words:
        return lex.number_words[token]
    return number_value(token) if _DIGIT.search(token) else None


def number_changes(diff: list[list[str]], lex: MeaningLexicon) -> list[tuple[list[str], list[str]]]:
    """(values before, values after) for each replaced stretch whose numbers differ."""
    changes = []
    for (op_a, text_a), (op_b, text_b) in zip(diff, diff[1:], strict=False):
        if op_a != "-" or op_b != "+":
            continue
        before = sorted(v for v in (number_of(t, lex) for t in text_a.split()) if v is not None)
        after = sorted(v for v in (number_of(t, lex) for t in text_b.split()) if v is not None)
        if before and after and before != after:
            changes.append((before, after))
    return changes


@dataclass
class PairVerdict:
    """How a variant differs from its reference."""

    verdict: str
    similarity: float
    diff: list[list[str]]
    cut: str | None = None  # truncated: start, end, middle (joined by '+')
    cut_share: float = 0.0  # share of the reference's words that were cut
    meaning_changes: list[dict[str, str]] = field(default_factory=list)
    changed_weight: float = 0.0
    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    @property
    def meaning_bearing(self) -> bool:
        return bool(self.meaning_changes)


def word_diff(ref_tokens: list[str], var_tokens: list[str]) -> list[list[str]]:
    """[[op, words], ...]: op '=' same, '-' only in the reference, '+' only in the variant."""
    return [[op, words.replace(DECIMAL_MARK, ".")] for op, words in _word_diff(ref_tokens, var_tokens)]


def _word_diff(ref_tokens: list[str], var_tokens: list[str]) -> list[list[str]]:
    out: list[list[str]] = []
    matcher = difflib.SequenceMatcher(None, ref_tokens, var_tokens, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(["=", " ".join(ref_tokens[i1:i2])])
            continue
        if i2 > i1:
            out.append(["-", " ".join(ref_tokens[i1:i2])])
        if j2 > j1:
            out.append(["+", " ".join(var_tokens[j1:j2])])
    return out


def _is_spelling_fix(a: str, b: str, lex: MeaningLexicon) -> bool:
    if _DIGIT.search(a) or _DIGIT.search(b):
        return False
    if (a,) in lex.negation or (b,) in lex.negation or (a,) in lex.hedge or (b,) in lex.hedge:
        return False
    if min(len(a), len(b)) < SPELLING_MIN_LEN or a[:SPELLING_SHARED_PREFIX] != b[:SPELLING_SHARED_PREFIX]:
        return False
    return OSA.distance(a, b) <= SPELLING_MAX_DISTANCE


def _spelling_only(
    opcodes: Sequence[tuple[str, int, int, int, int]],
    ref: list[str],
    var: list[str],
    lex: MeaningLexicon,
) -> bool:
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if tag != "replace" or i2 - i1 != j2 - j1:
            return False
        if not all(_is_spelling_fix(a, b, lex) for a, b in zip(ref[i1:i2], var[j1:j2], strict=True)):
            return False
    return True


def _cut_parts(opcodes: Sequence[tuple[str, int, int, int, int]], n_ref: int) -> list[str] | None:
    """Where words were cut when the variant is the reference minus some stretches, else None."""
    parts = []
    for tag, i1, i2, _j1, _j2 in opcodes:
        if tag == "equal":
            continue
        if tag != "delete":
            return None
        parts.append("start" if i1 == 0 else "end" if i2 == n_ref else "middle")
    return parts


def _added_parts(opcodes: Sequence[tuple[str, int, int, int, int]], n_var: int) -> list[str] | None:
    parts = []
    for tag, _i1, _i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if tag != "insert":
            return None
        parts.append("start" if j1 == 0 else "end" if j2 == n_var else "middle")
    return parts


def _word_weight(word: str, names: Counter[str], lex: MeaningLexicon) -> float:
    if _DIGIT.search(word) or (word,) in lex.negation or (word,) in lex.hedge:
        return WEIGHT_MEANING
    if names.get(word):
        return WEIGHT_NAME
    return WEIGHT_FUNCTION if word in lex.function else WEIGHT_CONTENT


def changed_weight(diff: list[list[str]], names: Counter[str], lex: MeaningLexicon) -> float:
    """Weight of the changed words; a replaced stretch weighs as its heavier side (a synonym = 1)."""
    total, pending = 0.0, 0.0
    for op, text in diff:
        weight = sum(_word_weight(w, names, lex) for w in text.split()) if op != "=" else 0.0
        if op == "-":
            total += pending
            pending = weight
        elif op == "+":
            total += max(pending, weight)
            pending = 0.0
        else:
            total += pending
            pending = 0.0
    return total + pending


def meaning_changes(
    ref_text: str, var_text: str, ref_tokens: list[str], var_tokens: list[str], lex: MeaningLexicon
) -> list[dict[str, str]]:
    """Negations, hedges, numbers and names present a different number of times in the two texts."""
    changes = []
    ref_m, var_m = meaning_counts(ref_tokens, lex), meaning_counts(var_tokens, lex)
    for key in sorted(set(ref_m) | set(var_m)):
        if ref_m[key] != var_m[key]:
            kind, word = key
            changes.append({"kind": kind, "word": word, "change": _direction(ref_m[key], var_m[key])})
    ref_n, var_n = name_tokens(ref_text), name_tokens(var_text)
    for name in sorted(set(ref_n) | set(var_n)):
        # A name only counts as changed when its word is gone from (or new in) the text altogether.
        if (name in ref_tokens) != (name in var_tokens):
            changes.append({"kind": "name", "word": name, "change": _direction(ref_n[name], var_n[name])})
    return changes


def _direction(before: int, after: int) -> str:
    return "removed" if after < before else "added"


def _cut_changes(changes: list[dict[str, str]], cut_words: set[str]) -> list[dict[str, str]]:
    """For a cut quote, the meaning words that went with the cut part."""
    return [c for c in changes if set(c["word"].split()) <= cut_words]


def compare_pair(ref_text: str, var_text: str, language: str | None, similarity: float) -> PairVerdict:
    """The verdict of a same-language variant against its reference (cached: relays repeat)."""
    return dataclasses.replace(_compare_cached(ref_text, var_text, language), similarity=similarity)


@lru_cache(maxsize=65_536)
def _compare_cached(ref_text: str, var_text: str, language: str | None) -> PairVerdict:
    similarity = 0.0
    if collapse_space(ref_text) == collapse_space(var_text):
        return PairVerdict("verbatim", similarity, [["=", " ".join(tokens_of(ref_text))]])
    ref, var = tokens_of(ref_text), tokens_of(var_text)
    diff = word_diff(ref, var)
    if ref == var:
        return PairVerdict("punctuation", similarity, diff)
    lex = meaning_lexicon(language)
    matcher = difflib.SequenceMatcher(None, ref, var, autojunk=False)
    opcodes = matcher.get_opcodes()
    if _spelling_only(opcodes, ref, var, lex):
        return PairVerdict("punctuation", similarity, diff)
    removed = [w for op, text in diff if op == "-" for w in text.split()]
    added = [w for op, text in diff if op == "+" for w in text.split()]
    changes = meaning_changes(ref_text, var_text, ref, var, lex)
    verdict = PairVerdict("words_changed", similarity, diff, meaning_changes=changes, removed=removed, added=added)
    cut = _cut_parts(opcodes, len(ref))
    if cut is not None and _is_truncation(cut, removed, var_text):
        verdict.verdict = "truncated"
        verdict.cut = "+".join(dict.fromkeys(cut))
        verdict.cut_share = len(removed) / max(len(ref), 1)
        return verdict
    extra = _added_parts(opcodes, len(var))
    if extra is not None and "middle" not in extra and len(added) >= MIN_CUT_WORDS:
        verdict.verdict = "extended"
        return verdict
    names = name_tokens(ref_text) + name_tokens(var_text)
    verdict.changed_weight = changed_weight(diff, names, lex)
    if not changes and verdict.changed_weight <= MINOR_EDIT_MAX_WEIGHT:
        verdict.verdict = "minor_edit"
    return verdict


def _is_truncation(cut: list[str], removed: list[str], var_text: str) -> bool:
    """A cut of a stretch at an end, or one marked with an ellipsis in the middle."""
    if "middle" in cut and not _ELLIPSIS.search(var_text):
        return False
    return len(removed) >= MIN_CUT_WORDS


def cut_meaning_changes(verdict: PairVerdict) -> list[dict[str, str]]:
    """Negations, hedges and numbers lost with the cut part (names cut with context weigh less)."""
    lost = _cut_changes(verdict.meaning_changes, set(verdict.removed))
    return [c for c in lost if c["kind"] != "name"]
