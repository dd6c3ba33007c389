"""A learned filter for the quoted stretches the rules of compare/quote_marks.py leave as direct quotes.

The rules are sure of some kinds (a title right after a work noun, a quoted headline with its author,
a cited agency's name); what they cannot tell apart is a real partial quote ("said the deal was “a
good start”") from a scare quote or a slogan ("the “so-called experts”", "his “Make the Harbor Great”
tour"). A small logistic regression weighs weak, language-neutral signals for those: the quote's
length and case, where it stands in its sentence, the punctuation inside its marks, a verb of saying
or a citation around it, whether it got a speaker, first-person words inside it, a possessive or a
work noun before it; and its attribution context: a verb of saying right at its marks ('called it
“...”', '“...,” he said') and the distance to the nearest one, a colon introduction in the sentence
before, a whole-sentence quote continuing the sentence before, a rubric line in capitals, nested
marks. Every signal is read through the language data (compare/data/*.csv), so a new language needs
rows, not code.

On PolNeAR the filter has not beaten the rules (see the figures in quote_filter.json): most false
positives left are quotes with a verb of saying right at their marks, or continuing a quoted
sentence, that the gold's attributions happen not to cover, so no attribution signal separates them.

The coefficients, the feature list, the threshold and the figures they were measured with live in
compare/data/quote_filter.json, written by `python -m compare.evaluation.train_quote_filter`
(trained on PolNeAR train only; the threshold is chosen by cross-validation on train). The pipeline
applies it only when the file says `"adopted": true`, which the training run sets when the filter
beats the rules alone on PolNeAR dev. Only quotes of two words or more are judged: a single quoted
word is the rules' business.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from compare.quote_marks import EDGE, NAME_MAX_WORDS, TERM, TITLE, Quote, cue_lexicon, cues_by_kind, mark_lexicon
from compare.sentences import Span, alternation, sentence_index
from compare.settings import DATA_DIR

MODEL_PATH = DATA_DIR / "quote_filter.json"
MIN_WORDS = 2  # shorter stretches are left to the rules
VENUE_MAX_WORDS = 5  # a show or venue named before the verb of saying ("On “This Week With George Stephanopoulos”")
LOOK_BACK = 40  # characters before an opening mark searched for a work noun
WORK_NEAR_WORDS = 4  # a work noun this many words before the mark ("on ABC's show, the “...”")
INSIDE_STOP = ".!?…"  # punctuation that ends an utterance inside its marks ("... again.”")
AFTER_END = ".!?…;:)]\"'”’»›」』 \t"  # what may follow a quote that closes its sentence
BEFORE_COLON = ":"
BEFORE_COMMA = ","
NEAR_BEFORE = 3  # a verb of saying at most this many words before the marks takes the quote as complement
NEAR_AFTER = 5  # '“...,” said Sen. Anna Berg': words from the closing mark to the verb after it
FAR_WORDS = 40  # the distance given when the sentence has no verb of saying
CAPS_LOOK = 60  # characters of a paragraph's opening read for a rubric in capitals

VerbsOf = Callable[[str], list[Span]]  # the verbs of saying in a stretch of (masked) text


@dataclass(frozen=True)
class FeatureLexicon:
    first_person: regex.Pattern[str] | None  # I, we, our, мы, kami, 우리 ... inside the quote
    possessive: regex.Pattern[str] | None  # a possessive just before the opening mark ("ABC's “...”")
    determiners: frozenset[str]  # case-folded articles and determiners: "the “fiscal cliff”"
    prepositions: frozenset[str]  # case-folded prepositions: "said on “Morning Harbor,”" names a show
    naming: regex.Pattern[str] | None  # words that name a phrase rather than report it: "so-called", "dubbed"
    work_words: frozenset[str]
    minor: frozenset[str]
    title_case: bool  # titles of works and shows are written in title case in this language


@cache
def feature_lexicon(language: str) -> FeatureLexicon:
    cues = cues_by_kind(language)
    marks = mark_lexicon(language)
    openers = "[" + "".join(regex.escape(c) for c in sorted(marks.pairs)) + "]"
    first = cues.get("first_person")
    owner = cues.get("possessive")
    cue = cue_lexicon(language)
    return FeatureLexicon(
        first_person=regex.compile(rf"(?<![\p{{L}}\p{{M}}]){alternation(first)}(?![\p{{L}}\p{{M}}])", regex.I)
        if first else None,
        possessive=regex.compile(rf"[\p{{L}}\p{{M}}]{alternation(owner)}[^\S\n]*{openers}$") if owner else None,
        determiners=frozenset(c.casefold() for c in cues.get("determiner", [])),
        prepositions=frozenset(c.casefold() for c in cues.get("preposition", [])),
        naming=regex.compile(rf"(?<![\p{{L}}\p{{M}}]){alternation(cues['naming'])}[^\S\n]*$", regex.I)
        if cues.get("naming") else None,
        work_words=cue.work_words,
        minor=cue.minor,
        title_case=bool(cues.get("title_case")),
    )


@dataclass
class QuoteContext:
    """What the features of one article's quotes read: its text, the text with quotes masked, its
    sentences, the sentences citing an agency, the verbs of saying, and the attributions' sentences."""

    text: str
    masked: str
    sentences: Sequence[Span]
    language: str
    cited_sentences: frozenset[int]
    verbs_of: VerbsOf  # spans of the verbs of saying in a stretch of masked text (compare.quotes.verbs_of_saying)
    attributed_sentences: frozenset[int] = frozenset()  # sentences where an attribution names a speaker
    paragraphs: Sequence[Span] = ()
    _verbs: list[Span] | None = None
    _verb_starts: list[int] | None = None
    _folded: str | None = None

    @property
    def folded(self) -> str:
        """The text case-folded (once per article), to count a quoted phrase's other uses."""
        if self._folded is None:
            self._folded = self.text.casefold()
        return self._folded

    @property
    def verbs(self) -> list[Span]:
        """The verbs of saying of the whole masked text, found once per article (and only when a
        quote is judged)."""
        if self._verbs is None:
            self._verbs = self.verbs_of(self.masked)
            self._verb_starts = [v[0] for v in self._verbs]
        return self._verbs

    def verbs_between(self, start: int, end: int) -> list[Span]:
        verbs = self.verbs
        assert self._verb_starts is not None
        return verbs[bisect_left(self._verb_starts, start) : bisect_left(self._verb_starts, end)]

    def sentence_span(self, n: int) -> Span:
        return self.sentences[n] if 0 <= n < len(self.sentences) else (0, 0)

    def sentence_speaks(self, n: int) -> bool:
        start, end = self.sentence_span(n)
        return bool(self.verbs_between(start, end))

    def sentence_of(self, quote: Quote) -> tuple[int, Span]:
        if not self.sentences:
            return 0, (0, len(self.text))
        n = sentence_index(self.sentences, quote.start)
        return n, self.sentences[n]

    def paragraph_of(self, position: int) -> tuple[int, Span]:
        if not self.paragraphs:
            return 0, (0, len(self.text))
        n = sentence_index(self.paragraphs, position)
        return n, self.paragraphs[n]


def quote_words(text: str) -> list[str]:
    return [w for w in (raw.strip(EDGE) for raw in text.split()) if w]


def _capitalised(word: str) -> bool:
    return bool(word) and not word[0].islower()


def _title_share(words: Sequence[str], minor: frozenset[str]) -> float:
    content = [w for w in words if w.casefold() not in minor]
    return sum(_capitalised(w) for w in content) / len(content) if content else 0.0


def _before(text: str, position: int, floor: int) -> str:
    """The text before the opening mark of a quote starting at `position`, from `floor`."""
    i = position - 1
    while i > floor and text[i].isspace():
        i -= 1
    return text[floor:i]  # text[i] is the opening mark


def _after_closing(text: str, end: int) -> int:
    """Position just past the closing mark of a quote ending at `end`."""
    i = end
    while i < len(text) and text[i].isspace():
        i += 1
    return i + 1


def _closes_sentence(text: str, quote: Quote, sentence_end: int) -> bool:
    rest = text[_after_closing(text, quote.end) : sentence_end]
    return all(ch in AFTER_END for ch in rest)


def _word_before(before: str) -> str:
    words = before.split()
    return words[-1].strip(EDGE) if words else ""


def features(quote: Quote, ctx: QuoteContext) -> dict[str, float]:
    """The signals of one quoted stretch, by name (see FEATURES)."""
    lex = feature_lexicon(ctx.language)
    body = ctx.text[quote.start : quote.end]
    words = quote_words(body)
    n, (s_start, s_end) = ctx.sentence_of(quote)
    before = _before(ctx.text, quote.start, s_start)
    stripped = before.rstrip()
    word_before = _word_before(before)
    near = [w.strip(EDGE).casefold() for w in ctx.text[max(0, quote.start - LOOK_BACK) : quote.start].split()]
    at_start = not stripped
    folded = " ".join(words).casefold()
    last = body.rstrip()[-1:]
    after = _after_closing(ctx.text, quote.end)
    short = len(words) <= NAME_MAX_WORDS + 1
    title_share = _title_share(words, lex.minor)
    return {
        "log_words": math.log(max(1, len(words))),
        "two_words": float(len(words) == 2),
        "three_four_words": float(3 <= len(words) <= 4),
        "title_share": title_share,
        "short_title_case_inside": float(short and title_share == 1.0 and not at_start),
        "starts_capital": float(bool(words) and _capitalised(words[0])),
        "ends_comma": float(last == ","),
        "ends_stop": float(last in INSIDE_STOP),
        "opens_sentence": float(at_start or quote.continues),
        "closes_sentence": float(_closes_sentence(ctx.text, quote, s_end)),
        "word_follows": float(last.isalnum() and ctx.text[after : after + 2][:1] == " " and
                              ctx.text[after + 1 : after + 2].isalpha()),
        "quoted_share": min(1.0, (quote.end - quote.start) / max(1, s_end - s_start)),
        "colon_before": float(stripped.endswith(BEFORE_COLON)),
        "comma_before": float(stripped.endswith(BEFORE_COMMA)),
        "capital_before": float(not at_start and _capitalised(word_before) and word_before[:1].isalpha()),
        "determiner_before": float(word_before.casefold() in lex.determiners),
        "preposition_before": float(word_before.casefold() in lex.prepositions),
        "naming_before": float(lex.naming is not None and lex.naming.search(before[-LOOK_BACK:]) is not None),
        "possessive_before": float(lex.possessive is not None and lex.possessive.search(
            ctx.text, max(0, quote.start - LOOK_BACK), quote.start) is not None),
        "work_near": float(any(w in lex.work_words for w in near[-WORK_NEAR_WORDS - 1 :])),
        "repeated_elsewhere": float(bool(folded) and ctx.folded.count(folded) > 1),
        "speech_before_in_sentence": float(bool(_verbs_before(ctx, s_start, quote.start))),
        "speech_in_sentence": float(ctx.sentence_speaks(n)),
        "speech_adjacent": float(ctx.sentence_speaks(n - 1) or ctx.sentence_speaks(n + 1)),
        "has_speaker": float(quote.speaker is not None),
        "cited_sentence": float(n in ctx.cited_sentences),
        "attributed_sentence": float(n in ctx.attributed_sentences),
        "attributed_adjacent": float(n - 1 in ctx.attributed_sentences or n + 1 in ctx.attributed_sentences),
        "first_person": float(lex.first_person is not None and lex.first_person.search(body) is not None),
        **attribution_context(quote, ctx, n, (s_start, s_end), at_start),
    }


def _verbs_before(ctx: QuoteContext, start: int, position: int) -> list[Span]:
    """The verbs of saying between start and position, wholly before position."""
    return [v for v in ctx.verbs_between(start, position) if v[1] <= position]


def _words_between(text: str, start: int, end: int) -> int:
    return len([w for w in text[start:end].split() if w.strip(EDGE)])


def verb_reach(quote: Quote, ctx: QuoteContext, sentence: Span) -> tuple[int | None, int | None]:
    """Words between the quote's marks and the nearest verb of saying of its sentence before it and
    after it (None where there is none): 'called it “...”' is 1 before, '“...,” he said' 1 after."""
    opening = _before_position(ctx.text, quote.start)
    closing = _after_closing(ctx.text, quote.end)
    before = _verbs_before(ctx, sentence[0], opening)
    after = ctx.verbs_between(closing, sentence[1])
    words_before = _words_between(ctx.masked, before[-1][1], opening) if before else None
    words_after = _words_between(ctx.masked, closing, after[0][0]) if after else None
    return words_before, words_after


def _before_position(text: str, start: int) -> int:
    """Position of the opening mark of a quote starting at `start`."""
    i = start - 1
    while i > 0 and text[i].isspace():
        i -= 1
    return i


def _caps_opening(text: str, start: int, end: int) -> bool:
    """A paragraph opening with two words in capitals ('NOW OPEN—', 'TRUMP SURGES IN IOWA'): a
    rubric or headline line, not prose; a script without case never has one."""
    words = text[start : min(end, start + CAPS_LOOK)].split()[:2]
    letters = [ch for w in words for ch in w if ch.isalpha()]
    return len(words) == 2 and len(letters) >= 4 and all(ch.isupper() for ch in letters)


def attribution_context(quote: Quote, ctx: QuoteContext, n: int, sentence: Span, at_start: bool) -> dict[str, float]:
    """Signals that the quote sits in reported speech: a verb of saying right at its marks ('called it
    “...”', '“...,” he said'), how far the nearest one is, a colon introduction in the sentence before
    ('Dr. Ward stated:' / 'Transcript as follows:'), a whole-sentence quote continuing a quote of the
    sentence before; and that it does not: a title line, a rubric in capitals, marks nested inside."""
    words_before, words_after = verb_reach(quote, ctx, sentence)
    distances = [d for d in (words_before, words_after) if d is not None]
    previous = ctx.sentence_span(n - 1)
    intro = ctx.text[previous[0] : previous[1]].rstrip().endswith(BEFORE_COLON) and at_start
    p, (p_start, p_end) = ctx.paragraph_of(quote.start)
    openers = mark_lexicon(ctx.language).pairs
    body = ctx.text[quote.start : quote.end]
    return {
        "verb_just_before": float(words_before is not None and words_before <= NEAR_BEFORE),
        "verb_just_after": float(words_after is not None and words_after <= NEAR_AFTER),
        "verb_distance": math.log1p(min(distances)) if distances else math.log1p(FAR_WORDS),
        "colon_intro_speech": float(intro and ctx.sentence_speaks(n - 1)),
        "colon_intro_bare": float(intro and not ctx.sentence_speaks(n - 1)),
        "continues_quote": float(at_start and not ctx.sentence_speaks(n) and ctx.sentence_speaks(n - 1)),
        "title_line": float(p == 0 and bool(ctx.paragraphs) and len(ctx.paragraphs) > 1),
        "caps_line": float(_caps_opening(ctx.text, p_start, p_end)),
        "nested_marks": float(any(ch in openers for ch in body)),
    }


FEATURES = (  # the order the coefficients are stored in
    "log_words", "two_words", "three_four_words", "title_share", "short_title_case_inside", "starts_capital",
    "ends_comma", "ends_stop", "opens_sentence", "closes_sentence", "word_follows", "quoted_share",
    "colon_before", "comma_before", "capital_before", "determiner_before", "preposition_before", "naming_before",
    "possessive_before", "work_near", "repeated_elsewhere", "speech_before_in_sentence", "speech_in_sentence",
    "speech_adjacent", "has_speaker", "cited_sentence", "attributed_sentence", "attributed_adjacent", "first_person",
    "verb_just_before", "verb_just_after", "verb_distance", "colon_intro_speech", "colon_intro_bare",
    "continues_quote", "title_line", "caps_line", "nested_marks",
)


@dataclass(frozen=True)
class QuoteModel:
    features: tuple[str, ...]
    coefficients: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(c * values[f] for f, c in zip(self.features, self.coefficients, strict=True))
        return 1.0 / (1.0 + math.exp(-z))


def read_model(path: Path, adopted_only: bool = True) -> QuoteModel | None:
    """The fitted model in `path`, or None when there is none or it was not adopted (when it did not
    beat the rules on PolNeAR dev): then the rules alone decide."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if adopted_only and not data.get("adopted", False):
        return None
    return QuoteModel(
        tuple(data["features"]), tuple(float(c) for c in data["coefficients"]),
        float(data["intercept"]), float(data["threshold"]),
    )


@cache
def quote_model() -> QuoteModel | None:
    """compare/data/quote_filter.json, read once per process."""
    return read_model(MODEL_PATH)


def judged(quote: Quote, text: str) -> bool:
    """Whether the filter decides this quote: a direct quote of two words or more."""
    return quote.kind == "direct" and len(quote_words(text[quote.start : quote.end])) >= MIN_WORDS


def venue_title(quote: Quote, ctx: QuoteContext) -> bool:
    """A short title-case stretch inside a sentence whose verb of saying comes after it names where
    something was said, not what: 'On ABC's “Good Morning America” Tuesday, he said', 'Sunday, on
    “State of the Union,” Rubio said'; so does one right after a possessive, wherever the verb is
    ('told MSNBC's “Morning Joe”'). Only in languages whose titles are written in title case
    (quote_cues kind `title_case`); a script without case never is."""
    lex = feature_lexicon(ctx.language)
    words = quote_words(ctx.text[quote.start : quote.end])
    if not lex.title_case or len(words) > VENUE_MAX_WORDS or _title_share(words, lex.minor) < 1.0:
        return False
    n, (s_start, _) = ctx.sentence_of(quote)
    if not _before(ctx.text, quote.start, s_start).strip():  # opens its sentence: "“Game Over,” he said"
        return False
    if lex.possessive is not None and lex.possessive.search(ctx.text, max(0, quote.start - LOOK_BACK), quote.start):
        return True  # a show of a network: 'told MSNBC's “Morning Joe”', 'anchor of NBC's “Nightly News”'
    return ctx.sentence_speaks(n) and not _verbs_before(ctx, s_start, quote.start)


def apply_rules(quotes: Sequence[Quote], ctx: QuoteContext) -> None:
    """The sure cases found with the article's context: venue titles (see venue_title)."""
    for quote in quotes:
        if judged(quote, ctx.text) and venue_title(quote, ctx):
            quote.kind = TITLE


def filter_quotes(quotes: Sequence[Quote], ctx: QuoteContext, model: QuoteModel | None = None) -> None:
    """Apply the context rules, then turn the direct quotes the model (when adopted) scores under its
    threshold into terms (scare quotes, slogans, titles the rules missed). They stay masked for
    speaker finding; they are no longer reported."""
    apply_rules(quotes, ctx)
    model = model or quote_model()
    if model is None:
        return
    for quote in quotes:
        if judged(quote, ctx.text) and model.probability(features(quote, ctx)) < model.threshold:
            quote.kind = TERM
