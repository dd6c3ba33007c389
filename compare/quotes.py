"""Who said each direct quote (compare/quote_marks.py finds the quotes).

Speakers: attribution patterns built from compare/data (attribution_verbs, pronouns, titles,
name_words, name_patterns) are matched on the text with quote contents masked:
"said X" / "X said" / "he said" / "according to X" / "X, who said" / "katanya". A quote takes the
nearest attribution of its sentence (after the quote first), else the subject of a sentence that
holds a verb of saying, else the name right before the colon that opens it, else the person of a
paragraph closing on a colon ("released the following statement:"), else the speaker of the
sentence or paragraph just before it. Pronouns resolve to the last named person whose gender does
not contradict them: a person of the sentence just before (or of the pronoun's own) first, then
people who speak somewhere in the article, then sentence subjects, then names merely mentioned. A
sentence led by a pronoun carries the person of the one before it ("Ann Roe, 35, came. She had
protested .... '...' she said"), and the full names it gives are merely mentioned ("He urged the
Harbor Council to ..."); a person introduced at the end of a sentence by an apposition giving a role
("..., which worries Paul Dorn, president of the Harbor Council.") is the person of that sentence;
a name in what a closing pronoun reports ("Also, Reyes is no reformer, he said.") is not the one
saying it; a sentence with no full name is about its first lone name when that is the surname of a
full name given before ("..., but Dorn was not having it"); a line in title case (a heading: "Donald
Trump Is Now Calling ...") gives no one to a pronoun and only its two-word names to later surnames.
A lone surname resolves to the full name seen before it (also when it opens a quote's sentence:
"Cruz coached Trump to '...'"). A sentence's subject may open with a conjunction and be set off by an
aside ("And Obama, for all ..., seems to agree"). A name linked to the one before it belongs to it
("Rep. Lee Zeldin of New York said": Zeldin; "the Commission on Presidential Debates announced": a
body; name_words kind link); a lone name, role words and a full name after the verb give the full
name ("said Clinton aide Huma Abedin"); a participle after a comma speaks for its sentence's subject
('..., saying, "..."'); a capitalised common noun right before its verb speaks as a group ("Police
say"), and no "he" or "she" stands for it. No speaker: a possessive ("Trump's claims"), a name before ",
he said", after a preposition ("Here in Columbia, Sanders ..., saying"), after "said" and before an
auxiliary ("said Mexico must ..."), a possessive or a clause's subject after a verb that follows
no quote or comma ("also questioned Reyes's logic", "but suggested Reyes went too far"), a
description after a named speaker ("said the world lost a voice that said"), a state written
between its town and a comma ("a town hall in Columbus, Ohio, said": name_words kind region).
'"...?" asked X' names the one asking (verbs of kind ask). "It" (pronouns of kind body) stands
only for a body named in its sentence or the one before, or in a sentence announcing the paragraph
before it ("the Times gave Clinton a glowing endorsement:"), and
not after a preposition ("in the Senate"): a name ending with a body's word ("the Washington Post",
body_words.csv), an acronym ("the IMF"), a cited agency, "the" before a body's noun ("the Obama
administration"; "the newspaper" is the body named just before), a person's campaign or office,
which speaks for that person ("Clinton's campaign", "the campaign of Donald Trump"). Never for a
person: with no body it names no one, and "he" and "she" never stand for a body. "They" (gender p)
stands for a body opening its sentence or the one before when no person is named after it there
("The newspaper ... writes that ... '...,' they conclude"), else for a person as before.

A dash right after a closing mark and a name closing the line names the speaker ('"…" ― Name,
role'), also when the dash opens the line under the quote's paragraph (a fact-check's '"…"\n\n-
Bernie Sanders.'). A named organisation or group that speaks is the speaker ("Police said", "the IMF
said", "Clinton's campaign said" -> Clinton); an anonymous person is not, the words kept as the role
("officials", "a spokesman", any description opening with an indefinite article). An article and a
number describe no source ("to the 35 states that vote": "states" is no verb there). A source
described with a proper word ("the Florida senator said") is who a later pronoun may stand for; one
described by a role word ("the minister said", "— подчеркнул министр": where no article exists a
title word opens the description) is the person last named with that word, else the person of its
sentence or the one before; a description after "said that" is what was said. An attribution joined
after a quote by a coordinator ('"...," and X vowed') is not the quote's, nor is one that opens the
next quote when an attribution introduced this one ('He said, "..." - at which point the crowd
chanted "..."'). A quote opening the sentence after a quote's sentence goes on with that quote's
speaker; a quote standing alone after a sentence about someone who spoke earlier is theirs. A
sentence opening with a name, a role word written in lower case and a full name is about the second
("Clinton campaign manager Robby Mook released a memo": Mook). A name opening with a cited agency
("said CNN host Chris Dale", "CNN's Dana Chin said") is the full name after it, the agency part of
the role.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex

from compare.lexicon import rows_for
from compare.quote_marks import EDGE, MASK, Quote, cue_lexicon, mark_lexicon
from compare.sentences import Span, SpanSet, alternation, first_char_alternation, sentence_index

W = r"[\p{L}\p{M}\p{N}_]"
# genders besides m / f (pronouns.csv): what a pronoun or a speaker may be
NEUTER = "n"  # a body's pronoun ("it", "оно"): stands only for a body
PLURAL = "p"  # "they": a body or group just named, else a person
GROUP = "group"  # a common noun speaking ("Police say") or a body named in full: only "they" stands for it
INTRODUCES = regex.compile(r"[\s,:—–-]{0,4}$")  # 'X said: "' / 'said X, "': the attribution opens the quote


@dataclass
class Attribution:
    start: int
    end: int
    name: str | None  # the name as written (None for a pronoun)
    role: str | None
    kind: str  # named | pronoun | relative
    speaker: str | None = None  # resolved
    speaker_role: str | None = None
    sentence: int = 0
    gender: str | None = None  # m / f when a pronoun or a role tells it; NEUTER, PLURAL, GROUP (see above)
    closing: bool = False  # "Also, Trump isn't a conservative, he said.": the pronoun closes what was said
    heading: bool = False  # on a line in title case ("Donald Trump Is Now Calling Obama ...")
    governed: bool = False  # a body after a preposition ("in the Senate"): never what "it" stands for
    opens: bool = False  # a body opening its sentence ("The newspaper writes"): what "they" may stand for


@dataclass(frozen=True)
class SpeakerLexicon:
    language: str
    patterns: tuple[tuple[str, str, regex.Pattern[str]], ...]  # kind, anchor, pattern
    subject: regex.Pattern[str]
    mention: regex.Pattern[str]
    subject_end: regex.Pattern[str]  # what may follow a sentence's subject: a verb or an aside
    subject_first: regex.Pattern[str]  # a subject opening the sentence, with no phrase before it
    any_verb: re.Pattern[str]  # on lower-cased text; stdlib re: far faster than regex here
    tail_name: regex.Pattern[str]
    person_after: regex.Pattern[str]  # from the end of an agency or a lone name: "'s" or role words, then a person
    colon_name: regex.Pattern[str]  # a name right before the colon that opens a quote
    not_name: frozenset[str]
    linking: frozenset[str]  # function words and name particles ("of", "de"): never right before a lone name
    pronouns: frozenset[str]
    pronoun_gender: dict[str, str]  # "she" -> "f"
    pronoun_after: regex.Pattern[str]
    # "who", "qui", "который": only the verbs just after one need the relative pattern
    # "Here in Port Vale, Marlow stepped up ..., saying", "Like Marlow, Jill Parr ..., arguing": a
    # name after a preposition opens a phrase, not a name with asides
    prep_before: regex.Pattern[str] | None
    auxiliary_after: regex.Pattern[str] | None  # "said Mexico must ...": the name opens what was said
    relative_word: regex.Pattern[str] | None  # "Trump said (that) he ...": the pronoun after a named attribution
    gender_words: dict[str, str]  # role words that tell a gender: "Mrs." -> "f"
    indefinite: frozenset[str]  # case-folded articles opening an anonymous description
    coordinator: regex.Pattern[str] | None  # "and", "but": a new clause
    determiners: frozenset[str]  # case-folded articles ("the", "le", "der")
    regions: frozenset[str]  # states written after their town ("in Columbus, Ohio, said")
    role_between: regex.Pattern[str] | None  # a lower-case role between two names ("Trump spokesman Hope Hicks")
    titles: frozenset[str]
    places: frozenset[str]
    title_phrases: frozenset[tuple[str, ...]]  # case-folded words of each title
    place_phrases: frozenset[tuple[str, ...]]  # places are case-sensitive ("AS" is not "as")
    phrase_starts: dict[str, tuple[int, ...]]  # case-folded first word -> phrase lengths
    participle_before: regex.Pattern[str] | None  # ', saying, "' right before a quote: the subject's words
    linked_before: regex.Pattern[str] | None  # 'Lee Zeldin of ', 'Commission on ': a name the next one belongs to
    body_ends: frozenset[str]  # words ending a body's name ("Commission", "Times")
    body_pronouns: frozenset[str]  # "it": stands for a body only
    plural_pronouns: frozenset[str]  # "they": a body or group just named, else a person
    body: regex.Pattern[str] | None  # a body named or described ("the IMF", "Clinton's campaign", "the newspaper")
    body_governed: regex.Pattern[str] | None  # what precedes a body governed by a preposition ("in the")
    body_subject: regex.Pattern[str] | None  # a sentence opening with "it" and its verb
    body_opens: regex.Pattern[str] | None  # what may stand before a body opening its sentence ("Meanwhile, the")


# ----------------------------------------------------------------------------- speakers


def _words(table: str, language: str, column: str, **where: str) -> list[str]:
    return [r[column] for r in rows_for(table, language) if all(r.get(k) == v for k, v in where.items())]


def _name_row(language: str) -> dict[str, str]:
    """The language's row of name_patterns.csv (else the "*" row)."""
    rows = rows_for("name_patterns", language)
    own = [r for r in rows if r["language"] == language] or [r for r in rows if r["language"] == "*"]
    return own[0]


def _core(language: str) -> str:
    particles = _words("name_words", language, "word", kind="particle")
    return _name_row(language)["core"].replace("PARTICLE", alternation(particles)[3:-1])


def _particle(language: str) -> str:
    """What follows a name before its verb in this language (Korean subject particles), or ""."""
    return _name_row(language).get("particle", "") or ""


def _person_pattern(language: str) -> str:
    """A person: the name core, optional titles after it (Korean), a particle. Titles before the
    name are found afterwards by _split_role: a role alternation tried at every position of the
    text would cost four times more than the rest of the pattern."""
    after = _words("titles", language, "title", position="after")
    # Korean: "존 밀러 국방부 대변인은": up to two words of the body before the title.
    suffix = (
        f"(?:[^\\S\\n]*(?P<role_after>(?:[^\\s,.]+[^\\S\\n]+){{0,2}}?{alternation(after)}))?"
        if after
        else ""
    )
    return f"(?P<name>{_core(language)}){suffix}{_particle(language)}"


def _role_prefix(language: str) -> str:
    """Titles and places before a name, as an optional group 'role'."""
    before = _words("titles", language, "title", kind="title", position="before")
    places = _words("titles", language, "title", kind="place", position="before")
    parts = ([f"(?i:{alternation(before)})"] if before else []) + ([alternation(places)] if places else [])
    return f"(?P<role>(?:(?:{'|'.join(parts)})[^\\S\\n]+)+)?" if parts else ""


NOT_POSSESSIVE = r"(?<!['’]s)(?<!s['’])"
ROLE_STOP = regex.compile(rf"[,.;:!?\"“”«»„()\n{MASK}]", regex.REVERSE)  # search finds the last one
ROLE_LOOKBACK = 100  # characters before a name searched for its titles
MAX_ROLE_WORDS = 8


def _phrase_lengths(tokens: Sequence[str], i: int, lex: SpeakerLexicon) -> list[int]:
    """Lengths of the title or place phrases that start at tokens[i]."""
    candidates = lex.phrase_starts.get(tokens[i].casefold())
    if not candidates:
        return []
    found = []
    for length in candidates:
        words = tuple(tokens[i : i + length])
        if len(words) == length and (
            tuple(w.casefold() for w in words) in lex.title_phrases or words in lex.place_phrases
        ):
            found.append(length)
    return found


def _split_role(text: str, name_start: int, name: str, lex: SpeakerLexicon) -> tuple[str, str | None]:
    """Titles and places before a name, and at the front of the capitalised run, become the role:
    "Menteri Luar Negeri Korea Utara Choe Son-hui" -> ("Choe Son-hui", "Menteri Luar Negeri Korea Utara").
    The role is the longest run of title/place phrases ending where the name (at least one word)
    begins, taking as much of the run's front as it can."""
    before = text[max(0, name_start - ROLE_LOOKBACK) : name_start]
    stop = ROLE_STOP.search(before)
    return _split_role_words(before[stop.end() if stop else 0 :], name, lex.language)


@lru_cache(maxsize=8192)
def _split_role_words(before: str, name: str, language: str) -> tuple[str, str | None]:
    lex = speaker_lexicon(language)
    words = before.split()[-MAX_ROLE_WORDS:]
    tokens = words + name.split()
    last = len(tokens) - 1  # the name keeps its last word
    lengths = [_phrase_lengths(tokens, i, lex) for i in range(last)]
    if not any(lengths):
        return name, None
    first = len(words)
    best: tuple[int, int] | None = None  # (end, -start): the name starts as late as possible
    for start in range(first + 1):
        reach = {start}
        for i in range(start, last):
            if i in reach:
                reach.update(i + n for n in lengths[i] if i + n <= last)
        for end in reach:
            if end >= first and end > start and (best is None or (end, -start) > best):
                best = (end, -start)
    if best is None:
        return name, None
    end, start = best[0], -best[1]
    return " ".join(tokens[end:]), " ".join(tokens[start:end])


def _phrase_starts(phrases: Sequence[str]) -> dict[str, tuple[int, ...]]:
    starts: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split()
        if words:
            starts.setdefault(words[0].casefold(), set()).add(len(words))
    return {w: tuple(sorted(n)) for w, n in starts.items()}


def _as_written(words: Sequence[str]) -> str:
    """An alternation of words as listed and with a capital first letter (a sentence may open
    with "Said" or "According to"), but never all-capitalised: "States" is not "states"."""
    return first_char_alternation([w for word in words for w in (word, word[:1].upper() + word[1:])])


def _anchor(pattern: str, verb_first: Sequence[str], verb_last: Sequence[str]) -> str:
    """Where a pattern's verb of saying sits: it is matched only at the verbs found in the text."""
    if any(pattern.startswith(v) for v in verb_first):
        return "start"
    return "end" if any(pattern.endswith(v) for v in verb_last) else "whole"


@cache
def speaker_lexicon(language: str) -> SpeakerLexicon:
    say_lower = first_char_alternation(
        r["verb"].lower() for r in rows_for("attribution_verbs", language)
        if r["verb"] and r["kind"] != "recipient"
    )  # matched on the lower-cased text
    say_only = _as_written(_words("attribution_verbs", language, "verb", kind="say"))
    # After a name or pronoun the verb is mid-sentence: as listed, never capitalised ("the United
    # States needs" holds no verb of saying).
    say = first_char_alternation(
        _words("attribution_verbs", language, "verb", kind="say")
        + _words("attribution_verbs", language, "verb", kind="tell")
        + _words("attribution_verbs", language, "verb", kind="participle")
    )
    say_finite = first_char_alternation(_words("attribution_verbs", language, "verb", kind="say"))
    say_pron = _words("attribution_verbs", language, "verb", kind="say_pronoun")
    according = _words("attribution_verbs", language, "verb", kind="according")
    personal = _words("pronouns", language, "pronoun", kind="personal")
    relative = _words("pronouns", language, "pronoun", kind="relative")
    # weekdays are no names either ("pada hari Minggu"), whatever their case; months may be ("May")
    # ... nor are the pronouns of a body ("Оно сообщило")
    not_name = _words("name_words", language, "word", kind="not_name") + _words(
        "date_words", language, "word", kind="weekday"
    ) + _words("pronouns", language, "pronoun", kind="body")
    # "However, Jill Martin, a counsel, said": a name never starts at a word that is never one,
    # so the match starts at the name itself.
    name_guard = f"(?!{alternation(not_name)}(?!{W}))" if not_name else ""
    person = name_guard + _person_pattern(language)
    particles = _words("name_words", language, "word", kind="particle")
    complementizers = _words("name_words", language, "word", kind="complementizer")
    pron = alternation(personal) if personal else "(?!)"
    conjunctions = _words("name_words", language, "word", kind="conjunction")
    conj_guard = f"(?!{alternation(conjunctions)}(?!{W}))" if conjunctions else ""
    pron_guard = f"(?!{pron}(?!{W}))"
    # "Trump also said", never "X and said" nor "In South Carolina, he said"
    one_word = rf"[^\S\n]+{conj_guard}{pron_guard}\p{{Ll}}{{1,10}}"
    gap = rf"(?:{one_word})??"
    # Lower-case role words between a verb and a name ("заявила еврокомиссар Анна Ферро"), never
    # function words ("said that Clinton ..." is not Clinton speaking).
    stop = _words("stopwords", language, "word") + _words("name_words", language, "word", kind="determiner")
    stop_guard = f"(?!(?i:{alternation(stop)})(?!{W}))" if stop else ""
    # Places and parties may lead the role words: "said Democratic pollster Geoff Garin".
    places = _words("titles", language, "title", kind="place", position="before")
    place_word = f"|{alternation(places)}" if places else ""
    # ... and a date or age may open them: "said 9/11 widow Terry Strada", "said 44-year-old Ann Roe"
    role_words = (
        rf"(?P<role_pre>(?:\p{{N}}[\p{{N}}/\-]*(?:-\p{{Ll}}+)*[^\S\n]+(?=\p{{Ll}}))?"
        rf"(?:(?:{stop_guard}\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*{place_word})[^\S\n]+){{0,3}})"
    )
    # '», dijo a la AP María González': the one spoken to may come between the verb and the speaker
    recipient = _words("attribution_verbs", language, "verb", kind="recipient")
    recipient_article = _words("name_words", language, "word", kind="determiner")
    article = rf"{alternation(recipient_article)}[^\S\n]+|" if recipient_article else ""
    told_whom = (
        rf"(?:[^\S\n]+{alternation(recipient)}[^\S\n]+"
        rf"(?:{article}\p{{Ll}}['’])?\p{{Lu}}[\p{{L}}\p{{M}}.&'’\-]*(?:[^\S\n]+\p{{Lu}}[\p{{L}}\p{{M}}.&'’\-]*){{0,3}}?)?"
        if recipient else ""
    )
    patterns: list[tuple[str, str]] = [
        (
            "after_verb",
            rf"(?<!{W}){say_only}{told_whom}[\t \u00a0,]*(?:[\t \u00a0-]+(?P<pron>{pron})(?!{W})"
            rf"|[^\S\n]+{role_words}{person})",
        ),
        # "Sen. Marco Rubio (R-Fla.) said": a short parenthesis may follow the name.
        # "Trump's claims" is no one speaking: a possessive takes the verb through a noun only
        # ("Ryan's office said").
        (
            "before_verb",
            rf"(?<!{W}){person}(?:[^\S\n]+\([^()\n]{{1,24}}\))?(?:{NOT_POSSESSIVE}|{one_word})[^\S\n]+{say}(?!{W})",
        ),
        # "Ketua Polis Daerah Sepang, ACP Norazlan Yusof, berkata": the name set off by commas.
        ("before_verb", rf"(?<=,[^\S\n]){person},{gap}[^\S\n]+{say}(?!{W})"),
        ("pronoun", rf"(?<!{W})(?P<pron>{pron}){gap}[^\S\n]+{say}(?!{W})"),
    ]
    # "it said", "what it calls", never "it was reported" (no one: a passive after an auxiliary),
    # "included on it told" (the object of a preposition) nor what was said ("announced (that) it
    # added 255,000 jobs": the clause after a verb of saying)
    body_pronouns = _words("pronouns", language, "pronoun", kind="body")
    auxiliaries = _words("name_words", language, "word", kind="auxiliary")
    aux_guard = f"(?!{alternation(auxiliaries)}(?!{W}))" if auxiliaries else ""
    if body_pronouns:
        before = (
            _words("name_words", language, "word", kind="preposition")
            + _words("name_words", language, "word", kind="complementizer")
            + _words("attribution_verbs", language, "verb", kind="say")
        )
        it = alternation(body_pronouns)
        # the pronoun first, its left side checked after it: only "it" starts a match attempt
        not_after = rf"(?<!(?<!{W}){alternation(before)}[^\S\n]+{it})" if before else ""
        patterns.append((
            "pronoun",
            rf"(?P<pron>{it})(?<!{W}{it}){not_after}"
            rf"(?:[^\S\n]+{aux_guard}{conj_guard}\p{{Ll}}{{1,10}})??[^\S\n]+{say}(?!{W})",
        ))
    if according:
        patterns.append(("according", rf"(?<!{W}){_as_written(according)}[^\S\n]+{person}"))
    if say_pron:
        patterns.append(("say_pronoun", rf"(?<!{W})(?P<pron>{alternation(say_pron)})(?!{W})"))
    # '«Vamos a seguir», añadió.': a verb with no subject right after a quote is the last speaker's.
    closers = "".join(regex.escape(c) for c in sorted(mark_lexicon(language).closers))
    # '"Asking a superdelegate to leave?" asked Sen. Barbara Mikulski': right after a quote, the
    # one named after a verb of asking is the one speaking.
    ask = _words("attribution_verbs", language, "verb", kind="ask")
    articles = _words("name_words", language, "word", kind="determiner")
    determiner = f"(?:(?i:{alternation(articles)})[^\\S\\n]+)?" if articles else ""
    ask_only = _as_written(ask) if ask else "(?!)"
    patterns.append((
        "after_verb",
        rf"(?<!{W}){ask_only}(?<=[{closers}][,.?!]?[^\S\n]*(?:[—–-][^\S\n]*)?{ask_only})[^\S\n]+"
        rf"{determiner}{role_words}{person}",
    ))
    # '"Be the change." ― Mahatma Gandhi' / '«...» — Jean Morel, maire de Lyon': a dash right after
    # the closing mark, then a name (and its role after a comma) closing the line or the sentence.
    patterns.append((
        "epigraph",
        rf"[―—–-](?<=[{closers}][,.!?]?(?:[^\S\n]*|[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*)[―—–-])[^\S\n]*"
        rf"{name_guard}(?P<name>{_core(language)})"
        rf"(?:,[^\S\n]*(?P<role_after>[^\n.!?{MASK}]{{1,80}}?))?(?=[^\S\n]*[.!?]?[^\S\n]*(?:\n|$))",
    ))
    # Korean '시위에 참가한 대학생 한나 슈미트는 "..."고 말했다': the name with its subject particle
    # right before the opening mark speaks (languages whose names take a particle).
    particle = _particle(language)
    if particle:
        opening_marks = "".join(regex.escape(c) for c in sorted(mark_lexicon(language).pairs))
        patterns.append(("before_quote", rf"(?<!{W}){person}[^\S\n]*(?=[{opening_marks}])"))
    patterns.append((
        "bare_verb",
        rf"(?<!{W}){say_only}(?=[^\S\n]*[.;]|[^\S\n]*$)"
        rf"(?<=[{closers}][,.]?[^\S\n]*(?:[—–-][^\S\n]*)?{say_only})",
    ))
    # an aside never runs past the end of a sentence ("N.C." does not end one)
    aside = rf"(?:(?![.!?][^\S\n]+\p{{Lu}})[^,\n{MASK}]){{1,120}}?"
    patterns.append(
        # "Woodrow Benford, 58, who lives outside Minneapolis, says": up to four asides.
        # The name opens its clause: in "Here in Columbia, Sanders stepped up ..., saying" the
        # comma closes an opening phrase, not an aside.
        ("appositive", rf"(?<!{W}){person}(?:,[^\S\n]{aside}){{1,4}},{gap}[^\S\n]+{say}(?!{W})")
    )
    determiners = _words("name_words", language, "word", kind="determiner")
    # "shouted to the crowd" names no speaker: no preposition before a description
    prepositions = _words("name_words", language, "word", kind="preposition")
    prep_guard = f"(?!(?i:{alternation(prepositions)})(?!{W}))" if prepositions else ""
    # titles written in lower case: a role between two names ("Trump spokesman Hope Hicks"), and
    # where no article exists ("— подчеркнул министр") the word that opens a description
    lower_titles = [t for t in _words("titles", language, "title", kind="title", position="before") if t[:1].islower()]
    openers = determiners or lower_titles
    if openers:
        det = f"(?i:{alternation(openers)})"
        desc_word = rf"[^\s,.;:!?{MASK}\"“”«»]+"
        # "a affirmé avant-hier le ministre de l'Agriculture, Julien Martin", "anunció este miércoles el
        # primer ministro, Gustavo Ramos": a described speaker, maybe after an adverb of one or two
        # words, maybe named after a comma.
        patterns.append(
            (
                "described",
                # only inverted, after a quote or a comma ('", said the senator.', '», a affirmé
                # le ministre'), and closing the clause: "said the group needs ..." is what was said
                rf"(?<!{W}){say_only}(?<=[,:—–\-{closers}{MASK}][^\S\n]*(?:{conj_guard}\p{{L}}{{1,4}}[^\S\n]+)?{say_only})"
                rf"{told_whom}(?:[^\S\n]+{prep_guard}\p{{Ll}}[\p{{L}}\p{{M}}\-]*){{0,2}}?[^\S\n]+"
                rf"(?P<name>{det}(?:[^\S\n]+{desc_word}){{{int(bool(determiners))},10}})"
                rf"(?:,[^\S\n]+(?P<apposed>{_core(language)}))?"
                rf"(?=[^\S\n]*(?:[,.;:!?()]|\n|$))",
            )
        )
        # "a spokesman said", never what someone said ("said the world lost a voice that said")
        # nor a thing ("issued a statement saying")
        # "The Wall Street Journal that superdelegates pledged": a clause, not a description
        that_guard = f"(?!(?i:{alternation(complementizers)})(?!{W}))" if complementizers else ""
        opens_said = f"(?:(?i:{alternation(complementizers)})[^\\S\\n]*)?" if complementizers else ""
        patterns.append((
            "described",
            rf"(?<!{W})(?={det}(?!{W}))(?<!(?<!{W}){say_lower}[^\S\n]+{opens_said})(?P<name>{det}(?:[^\S\n]+{conj_guard}{that_guard}{desc_word}){{1,6}}?)"
            rf"[^\S\n]+{say_finite}(?!{W})",
        ))
    if relative:
        patterns.append(
            ("relative", rf"(?<!{W}){person},?[^\S\n]+{alternation(relative)}{gap}[^\S\n]+{say}(?!{W})")
        )
    compiled = tuple(
        (kind, anchor, regex.compile(p))
        for kind, p in patterns
        for anchor in [_anchor(
            p, (f"(?<!{W}){say_only}", f"(?<!{W}){ask_only}"), (f"{say}(?!{W})", f"{say_finite}(?!{W})")
        )]
    )
    # The sentence's subject, after an optional opening phrase ("At Sunday's debate, Sanders ...").
    # Subjects and mentions are searched in a few characters only, so they can afford the title
    # alternation: "Tổng thống Volodymyr Zelensky", "лидер КНДР Ким Чен Ын".
    titled = f"{_role_prefix(language)}{person}"
    opener = f"(?:{alternation(not_name)}[^\\S\\n]+)?" if not_name else ""  # "And Paul Dorn, ..."
    # 'On "Face the Nation," Sen. Bernie Sanders ...': a show's title opening the sentence
    venue = rf"\p{{Lu}}\p{{Ll}}{{1,4}}[^\S\n]+[\"“‘'][{MASK}]{{1,60}},?[\"”’'],?[^\S\n]+"
    subject = regex.compile(
        rf"[\s\p{{P}}]*{opener}(?:[^,\n{MASK}]{{1,140}},[^\S\n]+|{venue})?(?:(?P<pron>{pron})(?!{W})|{titled})"
    )
    # "Meanwhile, it attacked Trump, saying ...": a body's pronoun before a verb (not an
    # auxiliary: "It is unclear"), where the sentence has no other subject
    body_subject = regex.compile(
        rf"[\s\p{{P}}]*{opener}(?:[^,\n{MASK}]{{1,140}},[^\S\n]+)?(?P<pron>{alternation(body_pronouns)})"
        rf"(?=[^\S\n]+{aux_guard}\p{{Ll}})"
    ) if body_pronouns else None
    coordinators = _words("name_words", language, "word", kind="coordinator")
    participles = _words("attribution_verbs", language, "verb", kind="participle")
    # "Rep. Lee Zeldin of New York said", "the Commission on Presidential Debates announced": the name
    # before the verb belongs to the one before it
    links = _words("name_words", language, "word", kind="link")
    link = f"(?:{alternation(links)})" if links else "(?!)"
    the_opt = rf"[^\S\n]+(?:(?i:{alternation(determiners)})[^\S\n]+)?" if determiners else r"[^\S\n]+"
    cap_run = r"\p{Lu}[\p{L}\p{M}.'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.'’\-]*){0,5}"
    that = rf"(?:[^\S\n]+{alternation(complementizers)})?" if complementizers else ""  # ", saying that"
    body = _body_pattern(language, lower_titles) if body_pronouns or any(
        r.get("gender") == PLURAL for r in rows_for("pronouns", language)) else None
    # "in the Senate", "at the Peterson Institute" (but "according to the IMF" names a source)
    according_heads = [v.rsplit(" ", 1)[0] for v in according if " " in v]
    not_source = rf"(?<!(?i:{alternation(according_heads)})[^\S\n]+)" if according_heads else ""
    body_governed = regex.compile(
        rf"(?<!{W}){not_source}(?i:{alternation(prepositions)})[^\S\n]+(?:(?i:{alternation(determiners)})[^\S\n]+)?$"
    ) if body and prepositions and determiners else None
    return SpeakerLexicon(
        language=language,
        patterns=compiled,
        subject=subject,
        mention=regex.compile(rf"(?<!{W}){person}(?=[^\S\n]+[\p{{Ll}}\p{{Lo}}\p{{N}}])"),
        # "Ted Nordhaus, co-founder of ..., welcomed": the subject may be set off by an aside
        # ... or by a party and state closed by a comma before its verb ("Ted Marlow, R-Ohio, revealed"),
        # or in a short parenthesis ("Harry Reid (D-Nev.), in particular, has been")
        subject_end=regex.compile(
            rf"(?<!{W}){person}(?=[^\S\n]+[\p{{Ll}}\p{{Lo}}\p{{N}}]|,[^\S\n]+[\p{{Ll}}\p{{N}}]"
            rf"|,[^\S\n]+\p{{Lu}}\.?-\p{{Lu}}[\p{{L}}.]{{0,8}},[^\S\n]+\p{{Ll}}"
            rf"|[^\S\n]*\([^()\n]{{1,24}}\),?[^\S\n]+[\p{{Ll}}\p{{N}}])"
        ),
        subject_first=regex.compile(rf"[\s\p{{P}}]*{opener}{titled}"),
        any_verb=re.compile(rf"(?<![\w\-]){say_lower}(?!\w)"),  # not "so-called", "Trump-branded"
        tail_name=regex.compile(rf"(?<!{W})(?P<name>{_core(language)})$"),
        person_after=regex.compile(rf"(?P<poss>['’]s)?[^\S\n]+{role_words}{person}"),
        # 'Rep. Trey Gowdy (R-S.C.): "..."': a short parenthesis may follow the name
        colon_name=regex.compile(
            rf"(?<!{W})(?P<name>{_core(language)})(?:[^\S\n]*\([^()\n]{{1,24}}\))?[^\S\n]*:[^\S\n]*\W?[^\S\n]*$"
        ),
        not_name=frozenset(not_name) | frozenset(personal),
        linking=frozenset(w.casefold() for w in _words("stopwords", language, "word") + particles),
        pronouns=frozenset(personal),
        pronoun_gender={
            r["pronoun"]: r["gender"] for r in rows_for("pronouns", language) if r.get("gender") in ("m", "f")
        },
        gender_words={r["word"]: r["gender"] for r in rows_for("gender_words", language)},
        coordinator=regex.compile(rf"(?<!{W})(?:{alternation(coordinators)})(?!{W})") if coordinators else None,
        indefinite=frozenset(w.casefold() for w in _words("name_words", language, "word", kind="indefinite")),
        determiners=frozenset(w.casefold() for w in _words("name_words", language, "word", kind="determiner")),
        regions=frozenset(_words("name_words", language, "word", kind="region")),
        role_between=(
            # ... or before an apposition: "Scott's niece, state Del. Marcia Price, said"
            regex.compile(
                rf"[^\S\n]+{alternation(lower_titles)}(?:,[^\S\n]+(?:\p{{Ll}}+[^\S\n]+)?|[^\S\n]+)(?=\p{{Lu}})"
            ) if lower_titles else None
        ),
        linked_before=regex.compile(
            rf"(?<![\p{{L}}\p{{M}}.'’\-])(?P<first>{cap_run})(?:[^\S\n]+{link}{the_opt}{cap_run})*"
            rf"[^\S\n]+{link}{the_opt}$"
        ) if links else None,
        body_ends=frozenset(_words("body_words", language, "word", kind="name_end")),
        participle_before=regex.compile(
            rf",[^\S\n]*{alternation(participles)}{that}[,:]?[^\S\n]*\W?$"
        ) if participles else None,
        auxiliary_after=regex.compile(rf"[^\S\n]+{alternation(auxiliaries)}(?!{W})") if auxiliaries else None,
        prep_before=regex.compile(rf"(?<!{W})(?i:{alternation(prepositions)})[^\S\n]+$") if prepositions else None,
        relative_word=regex.compile(rf"(?<!{W}){alternation(relative)}(?!{W})") if relative else None,
        pronoun_after=regex.compile(rf"[^\S\n,]+(?:\p{{Ll}}{{1,5}}[^\S\n]+)?(?P<pron>{pron})(?!{W})"),
        titles=frozenset(t.casefold() for t in _words("titles", language, "title")),
        places=frozenset(_words("titles", language, "title", kind="place")),
        title_phrases=frozenset(
            tuple(t.casefold().split()) for t in _words("titles", language, "title", kind="title")
        ),
        place_phrases=frozenset(tuple(t.split()) for t in _words("titles", language, "title", kind="place")),
        phrase_starts=_phrase_starts(_words("titles", language, "title")),
        body_pronouns=frozenset(body_pronouns),
        plural_pronouns=frozenset(
            r["pronoun"] for r in rows_for("pronouns", language)
            if r["kind"] == "personal" and r.get("gender") == PLURAL
        ),
        body=body,
        body_governed=body_governed,
        body_subject=body_subject,
        body_opens=regex.compile(
            rf"[\s\p{{P}}]*(?:\p{{Lu}}\p{{Ll}}+,?[^\S\n]+)?(?:(?i:{alternation(determiners)})[^\S\n]+)?"
        ) if body and determiners else None,
    )


def _body_pattern(language: str, lower_titles: Sequence[str]) -> regex.Pattern[str] | None:
    """Bodies named or described in a text (body_words.csv): a person's campaign or office (group
    'owner': "Clinton's campaign", "the Cruz campaign", "the campaign of Donald Trump"), a name
    ending with a body's word ("the New York Times", "Department of Justice"), an acronym ("IMF"),
    and "the" before a body's noun ('desc': "the Obama administration", "the newspaper"). Never
    the first part of a longer name or of a person's role ("FBI Director James Comey", "White House
    spokesman Josh Earnest") nor a possessive ("the FBI's report")."""
    name_end = _words("body_words", language, "word", kind="name_end")
    nouns = _words("body_words", language, "word", kind="noun")
    owners = _words("body_words", language, "word", kind="owner")
    determiners = _words("name_words", language, "word", kind="determiner")
    if not (name_end or nouns or owners) or not determiners:
        return None
    the = f"(?i:{alternation([d for d in determiners if d.casefold() not in _indefinite(language)])})"
    cap = r"\p{Lu}[\p{L}\p{M}.&'’\-]*"
    core = _core(language)
    stop = _words("stopwords", language, "word") + determiners
    word = rf"(?!(?i:{alternation(stop)})(?!{W}))[\p{{L}}\p{{M}}][\p{{L}}\p{{M}}'’\-]*"
    title_guard = rf"|[^\S\n]+{alternation(lower_titles)}(?!{W})" if lower_titles else ""
    end = rf"(?!{W}|['’]|[^\S\n]+\p{{Lu}}|[^\S\n]*-\p{{L}}{title_guard})"
    parts = []
    if owners:
        owner = alternation(owners)
        parts += [
            rf"(?P<owner>{core})['’]s[^\S\n]+{owner}(?!{W})",
            rf"{the}[^\S\n]+(?P<owner>{core})[^\S\n]+{owner}(?!{W})",
            rf"{the}[^\S\n]+{owner}[^\S\n]+of[^\S\n]+(?P<owner>{core})",
        ]
    if name_end:
        ends = alternation(name_end)
        of_name = rf"(?:[^\S\n]+of(?:[^\S\n]+the)?(?:[^\S\n]+{cap}){{1,4}})?"
        parts += [
            rf"(?P<body>(?:{cap}[^\S\n]+){{1,5}}{ends}{of_name}){end}",
            rf"(?<={the}[^\S\n]+)(?P<body>{ends}{of_name}){end}",
        ]
    # an acronym, never a dateline's place ("FARGO, N.D. —" opening a line), a time zone ("EST"), a
    # roman numeral ("World War II") nor a common noun ("TV", body_words kind not_body)
    zones = [w for w in _words("figure_context", language, "word", role="time_suffix") if w.isupper()]
    zones += _words("body_words", language, "word", kind="not_body")
    zone_guard = f"(?!{alternation(zones)}(?!{W}))" if zones else ""
    parts.append(rf"(?<!^[^\S\n]*|\n[^\S\n]*){zone_guard}(?![IVXLC]+(?!{W}))(?P<body>\p{{Lu}}{{2,5}}s?){end}")
    if nouns or owners:
        parts.append(
            rf"(?P<desc>{the}(?:[^\S\n]+{word}){{0,3}}?[^\S\n]+{alternation(nouns + owners)}){end}"
        )
    # every body opens with a capital or an article: other words are passed over at once
    return regex.compile(rf"(?<!{W})(?=\p{{Lu}}|(?i:{alternation(determiners)})(?!{W}))(?:{'|'.join(parts)})")


def _indefinite(language: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _words("name_words", language, "word", kind="indefinite"))


def _clean_name(name: str, lex: SpeakerLexicon) -> str | None:
    """Drop sentence-initial function words ("But Trump" -> "Trump") and verbs of saying ("Asked
    whether ..., Ban demurred" does not name "Asked"); None when nothing is left."""
    tokens = name.split()
    while tokens and (
        tokens[0] in lex.not_name
        or tokens[0].casefold() in lex.titles
        or lex.any_verb.fullmatch(tokens[0].lower())
    ):
        tokens.pop(0)
    while tokens and (tokens[-1].casefold() in lex.titles or tokens[-1] in lex.not_name):
        tokens.pop()  # "Sen. Kelly Ayotte Monday" ends with a day, not a name
    cleaned = _without_possessive(" ".join(tokens).rstrip("."))
    if len(tokens) > 2 and cleaned.isupper():
        return None  # "CONGRESS HAS INVESTIGATED HIM": a heading in capitals, not a name ("ГУ МЧС" is)
    return cleaned if sum(ch.isalpha() for ch in cleaned) >= 2 else None


def _without_possessive(name: str) -> str:
    """"Tom Reyes's office said": the office speaks for Tom Reyes."""
    for ending in ("'s", "’s"):
        if name.endswith(ending):
            return name[: -len(ending)]
    return name.rstrip("'’")


DATELINE_CREDIT = regex.compile(r"[^\S\n]*\([^()\n]{1,30}\)[^\S\n]*(?:[―—–]|--?[^\S\n])")
DATELINE_END = regex.compile(r"(?:,[^\S\n][^\n]{0,30}?)?(?:[^\S\n]*[―—–]|[^\S\n]+--?[^\S\n])")


def _attribution(kind: str, m: regex.Match[str], lex: SpeakerLexicon) -> Attribution | None:
    groups = m.groupdict()
    if kind == "bare_verb":
        return Attribution(m.start(), m.end(), None, None, "pronoun")
    if groups.get("pron"):
        pron = " ".join(groups["pron"].split())
        gender = lex.pronoun_gender.get(pron)
        if pron in lex.body_pronouns or pron in lex.plural_pronouns:
            gender = NEUTER if pron in lex.body_pronouns else PLURAL
        return Attribution(m.start(), m.end(), None, None, "pronoun", gender=gender)
    if kind == "described":
        text = " ".join(groups["name"].split())
        article, _, rest = text.partition(" ")
        if article.casefold() in lex.determiners and not any(ch.isalpha() for ch in rest):
            return None  # "to the 35 states that ...": an article and a number are no source
        apposed = _clean_name(groups.get("apposed") or "", lex)
        if apposed:
            return Attribution(m.start(), m.end(), apposed, text, "named")
        tail = lex.tail_name.search(text)
        name = _clean_name(tail.group("name"), lex) if tail and tail.start() > 0 else None
        before = text[: tail.start()].split() if tail else []
        if name and " " not in name and before and before[-1].casefold() in lex.linking:
            name = None  # "el ministro de Economía", "the minister of Finance": a body, not a name
        if name:  # "la sociologue des médias Hélène Garnier": a name with its role
            described = text[: tail.start()].strip(" ,")
            if all(w.casefold() in lex.determiners for w in described.split()):
                described = ""  # "dijo el FMI": an article is no role
            return Attribution(m.start(), m.end(), name, described or None, "named")
        return Attribution(m.start(), m.end(), text, None, "described")
    raw, split_role = _split_role(m.string, m.start("name"), groups.get("name") or "", lex)
    name = _clean_name(raw, lex)
    if not name or (name.isupper() and DATELINE_END.match(m.string, m.end("name"))) or DATELINE_CREDIT.match(
        m.string, m.end("name")
    ):
        return None  # "WASHINGTON ― Donald Trump's ...", "Washington (AFP) – Democrat ...": a dateline's place
    if name in lex.regions and _after_town(m.string, m.start("name"), m.end("name")):
        return None  # "a town hall in Columbus, Ohio, said": the state of a place
    if split_role and groups.get("role") and split_role.split() == groups["role"].split():
        split_role = None  # the titles before the name, found twice
    role_pre = groups.get("role_pre")
    if role_pre and split_role:  # the role words before the name were split off with it
        pre, split = role_pre.split(), split_role.split()
        if pre == split[-len(pre):]:
            role_pre = None
        elif split == pre[-len(split):]:  # "9/11 widow" holds the title "widow"
            split_role = None
    role_text = " ".join(
        x for x in (groups.get("role"), role_pre, split_role, groups.get("role_after")) if x
    )
    role = " ".join(role_text.split()) or None
    return Attribution(m.start(), m.end(), name, role, "relative" if kind == "relative" else "named")


TOWN_BEFORE = regex.compile(
    r"\p{Ll}[^\S\n]+\p{Lu}[\p{L}\p{M}.'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.'’\-]*){0,2},[^\S\n]+$"
)


def _after_town(text: str, start: int, end: int) -> bool:
    """The name sits between a town after a lower-case word and a comma: 'in Salem, New Hampshire, Trump'."""
    return text[end : end + 1] == "," and TOWN_BEFORE.search(text, max(0, start - 60), start) is not None


def _overlaps(start: int, end: int, blocked: SpanSet | Sequence[Span]) -> bool:
    if isinstance(blocked, SpanSet):
        return blocked.overlaps(start, end)
    return any(s < end and start < e for s, e in blocked)


REACH = 160  # characters a pattern may span on the far side of its verb
PREP_REACH = 30  # characters before a name searched for a preposition
REACH_BEFORE = {"appositive": 220, "relative": 100}  # others: a name and its titles, NAME_REACH
NAME_REACH = 70


def _before_verbs(verbs: Sequence[Span], reach: int) -> Iterator[Span]:
    """The `reach` characters before each verb, through the verb; overlapping stretches merged,
    made in text order as they are read."""
    window: Span | None = None
    for start, end in verbs:
        start = max(0, start - reach)
        if window and start <= window[1]:
            window = (window[0], end)
        else:
            if window:
                yield window
            window = (start, end)
    if window:
        yield window


def _matches(
    masked: str, anchor: str, pattern: regex.Pattern[str], verbs: Sequence[Span], reach: int = REACH,
    until: int | None = None,
) -> Iterator[regex.Match[str]]:
    """Matches of one pattern: at or around the verbs of saying when it holds one, else anywhere;
    those that start before `until` (the text after it is still read by lookarounds and by the
    matches that run past it)."""
    stop = len(masked) if until is None else until
    if anchor == "whole":
        for m in pattern.finditer(masked):
            if m.start() >= stop:
                return
            yield m
    elif anchor == "start":  # the pattern opens with the verb: one anchored attempt per verb
        for start, end in verbs:
            if start >= stop:
                return
            m = pattern.match(masked, start, min(len(masked), end + REACH))
            if m:
                yield m
    else:  # the pattern ends with the verb: search the stretches before the verbs
        for start, end in _before_verbs(verbs, reach):
            if start >= stop:
                return
            for m in pattern.finditer(masked, start, end):
                if m.start() >= stop:
                    return
                yield m


def verbs_of_saying(masked: str, language: str) -> list[Span]:
    """Spans of the verbs of saying (and "according to" words) in the text."""
    lowered = masked.lower()
    if len(lowered) != len(masked):  # a few characters change length when lower-cased ("İ")
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in masked)
    return [m.span() for m in speaker_lexicon(language).any_verb.finditer(lowered)]


def find_attributions(
    masked: str, language: str, blocked: SpanSet | Sequence[Span] = (), verbs: Sequence[Span] | None = None,
    until: int | None = None,
) -> list[Attribution]:
    """Attributions in text order; matches naming a blocked span (an agency) are left out, and
    "said Y" gives way to "X said" on the same verb ("Patrick says Cruz is ..." is Patrick's).
    With `until`, those that start before it, as the whole text gives them: only matches that
    start before it are tried, which is exact unless an attribution found runs past it (a match
    starting after it might then have overlapped it), and then the whole text is read."""
    lex = speaker_lexicon(language)
    found: list[tuple[str, Attribution]] = []
    if verbs is None:
        verbs = verbs_of_saying(masked, language)
    # "said Y" gives way to "X said", and a description to a name, on the same words: the
    # patterns that may give way run last and are skipped before their costly name handling.
    yielding = {"after_verb": 1, "described": 2}
    spans = {1: SpanSet(), 2: SpanSet()}  # what after_verb / described must not overlap
    relative = lex.relative_word
    after_relative = [v for v in verbs if relative and relative.search(masked, max(0, v[0] - 30), v[0])]
    for kind, anchor, pattern in sorted(lex.patterns, key=lambda p: yielding.get(p[0], 0)):
        rank = yielding.get(kind, 0)
        near = after_relative if kind == "relative" else verbs
        for m in _matches(masked, anchor, pattern, near, REACH_BEFORE.get(kind, NAME_REACH), until):
            if rank and _overlaps(m.start(), m.end(), spans[rank]):
                continue
            if kind == "appositive" and lex.prep_before and lex.prep_before.search(
                masked, max(0, m.start() - PREP_REACH), m.start()
            ):
                continue
            if kind == "after_verb" and lex.auxiliary_after and lex.auxiliary_after.match(masked, m.end()):
                continue  # "said Mexico must rebut": Mexico is in what was said
            if kind == "after_verb" and _owner_object(m, masked):
                continue  # "Zarate also questioned Trump's logic": whose logic, not who spoke
            att = _attribution(kind, m, lex)
            if att is None:
                continue
            name_start, name_end = m.span("name") if m.groupdict().get("name") else m.span()
            if att.name and _overlaps(name_start, name_end, blocked):
                att = _past_the_agency(att, masked, (name_start, name_end), blocked, lex)
                if att is None:
                    continue
            elif kind == "after_verb" and att.name and " " not in att.name:
                att = _past_the_owner(att, masked, name_end, lex)
            elif kind in ("before_verb", "appositive", "relative") and att.name:
                att = _past_the_link(att, masked, name_start, lex)
            found.append((kind, att))
            if rank == 0:
                spans[1].add((att.start, att.end))
            if rank < 2:
                spans[2].add((att.start, att.end))
    if until is not None and any(att.end > until for _kind, att in found):
        return [a for a in find_attributions(masked, language, blocked, verbs) if a.start < until]
    kept: dict[int, Attribution] = {}
    for _kind, att in found:
        if att.start not in kept or (kept[att.start].kind == "pronoun" and att.name):
            kept[att.start] = att
    return [kept[k] for k in sorted(kept)]


CLOSING = regex.compile(r"\p{Ll}[^\S\n]*,[^\S\n]*$")  # what was said, then ", he said"
CLAUSE_AFTER = regex.compile(r"[^\S\n]+\p{Ll}")
INVERTED = regex.compile(rf"[,:;—–\-\"“”«»„'’{MASK}][^\S\n]*$")


def _owner_object(m: regex.Match[str], masked: str) -> bool:
    """A possessive name after a verb of saying that does not follow a quote or a comma
    ("questioned Trump's logic", "arguing Trump's plan"): the object's owner, not the speaker."""
    name = m.groupdict().get("name") or ""
    if INVERTED.search(masked, max(0, m.start() - 4), m.start()):
        return False
    return name.endswith(POSSESSIVE) or CLAUSE_AFTER.match(masked, m.end("name")) is not None


def _past_the_agency(
    att: Attribution, masked: str, name: Span, blocked: SpanSet | Sequence[Span], lex: SpeakerLexicon
) -> Attribution | None:
    """'said CNN host Chris Matthews', 'CNN's Dante Chinni said': a name opening with a cited agency
    is the full name after it, with the agency and its words as their role; None when none
    follows (the agency itself names no speaker)."""
    spans = blocked.spans if isinstance(blocked, SpanSet) else sorted(blocked)
    inside = [(s, e) for s, e in spans if name[0] <= s < name[1]]
    if not inside:
        return None
    found = _full_name_after(masked, inside[-1][1], lex)  # not "Kyodo News reported": the rest of its name
    if found is None or _overlaps(found[0].start("name"), found[0].end("name"), blocked):
        return None
    m, person = found
    agency = masked[inside[0][0] : inside[-1][1]] + (m.group("poss") or "")
    before = att.role or ""  # "le journaliste de l’" + "AFP": no space after an elided article
    lead = before + ("" if not before or before.endswith(("'", "’")) else " ") + agency
    role = " ".join(x for x in (lead, person.role) if x)
    return Attribution(att.start, att.end, person.name, role, att.kind, gender=att.gender)


def _past_the_link(att: Attribution, masked: str, name_start: int, lex: SpeakerLexicon) -> Attribution:
    """'Rep. Lee Zeldin of New York said': the person before "of" speaks, not the place after it;
    'the Commission on Presidential Debates announced', 'the Federal Reserve Bank of New York said':
    a body's name runs through its links and speaks whole (no "he" or "she" stands for it)."""
    if lex.linked_before is None:
        return att
    m = lex.linked_before.search(masked, max(0, name_start - LINK_REACH), name_start)
    if m is None:
        return att
    first = m.group("first")
    if first.split()[-1].casefold() in lex.titles:
        return att  # "Deputy Secretary of State Tom Nides": the link is inside a title
    raw, role = _split_role(masked, m.start("first"), first, lex)
    name = _clean_name(raw, lex)
    if name is None:
        return att
    words = name.split()
    if len(words) > 1 and words[-1] not in lex.body_ends and first.split()[-1] not in lex.body_ends:
        return Attribution(att.start, att.end, name, role, att.kind, gender=att.gender)
    body = " ".join((masked[m.start("first") : name_start] + (att.name or "")).split())
    return Attribution(att.start, att.end, body, att.role, att.kind, gender=GROUP)


LINK_REACH = 120  # characters before a name searched for the names it is linked to


def _past_the_owner(att: Attribution, masked: str, name_end: int, lex: SpeakerLexicon) -> Attribution:
    """'said Clinton aide Huma Abedin', 'заявил представитель Белого дома Джон Картер': a lone name
    after the verb, role words in lower case and a full name: the person is the full name, the
    name before it says whose role it is."""
    found = _full_name_after(masked, name_end, lex)
    if found is None or found[0].group("poss") or not (found[0].group("role_pre") or "").strip():
        return att
    m, person = found
    role = " ".join(x for x in (att.role, att.name, person.role) if x)  # person.role holds the role words
    return Attribution(att.start, m.end(), person.name, role, att.kind, gender=att.gender)


def _full_name_after(
    masked: str, at: int, lex: SpeakerLexicon
) -> tuple[regex.Match[str], Attribution] | None:
    """A person named in full right after `at`, maybe after "'s" and role words (lex.person_after)."""
    m = lex.person_after.match(masked, at)
    person = _attribution("person_after", m, lex) if m else None
    if m is None or person is None or not person.name or " " not in person.name:
        return None
    return m, person


def subject_attribution(
    masked: str, span: Span, language: str, blocked: SpanSet | Sequence[Span]
) -> Attribution | None:
    """The person a sentence opens with (call it for sentences holding a verb of saying: Korean
    "최선희 외무상은 ...라고 말했다", "Weaver, telling reporters, ...")."""
    lex = speaker_lexicon(language)
    m = _sentence_subject(masked, span, lex)
    if not m and lex.body_subject:  # "Meanwhile, it attacked ..., saying"
        m = lex.body_subject.match(masked, span[0], span[1])
    if not m:
        return None
    att = _attribution("subject", m, lex)
    if att is None or (att.name and _overlaps(m.start("name"), m.end("name"), blocked)):
        return None
    return att


@dataclass
class NameBook:
    """Names seen so far in an article, to resolve "Choe" to "Choe Son-hui" and "he" to the last
    person named whose gender does not contradict the pronoun ("she said" skips "Mr. Lee")."""

    gender_words: dict[str, str] = field(default_factory=dict)
    full: dict[str, str | None] = field(default_factory=dict)  # name -> role, last seen last
    history: list[tuple[str, str | None]] = field(default_factory=list)
    weak: list[int] = field(default_factory=list)  # how weakly each entry is known as a person
    where: list[int] = field(default_factory=list)  # the sentence of each entry
    speaking: frozenset[str] = frozenset()  # name words of the article's named attributions
    genders: dict[str, str] = field(default_factory=dict)
    indefinite: frozenset[str] = frozenset()  # articles that open an anonymous description ("a", "ein")
    titles: frozenset[str] = frozenset()  # case-folded title words ("minister"): a description's head
    # bodies seen so far, for "it": speaker, role, sentence, governed by a preposition
    bodies: list[tuple[str | None, str | None, int, bool, int]] = field(default_factory=list)
    at: list[int] = field(default_factory=list)  # where each history entry is written
    opening: set[int] = field(default_factory=set)  # where the bodies opening their sentence are
    led: dict[int, str | None] = field(default_factory=dict)  # sentences opening with a pronoun: its gender

    def resolve(self, att: Attribution) -> None:
        if att.kind == "body":
            self._resolve_body(att)
            return
        if att.kind == "pronoun" and att.gender == NEUTER:
            self._resolve_body_pronoun(att)
            return
        if att.kind == "aside_mention" and not self._is_person(att):
            return
        if att.kind == "lone_mention":
            # "..., but Christie wasn't having it": a lone name is someone only as the surname of
            # a full name given before ("Chris Christie"), not as its first word ("Mexican Embassy")
            if not any(" " in name and name.rsplit(" ", 1)[-1] == att.name for name in list(self.full)[-RECENT_NAMES:]):
                return
            att.kind = "mention"
        if att.kind == "pronoun_led":
            self.led.setdefault(att.sentence, att.gender)
            return
        if att.heading and att.kind != "pronoun":
            # "Donald Trump Is Now Calling Obama ...": a heading's capitals run past the names; what
            # it names is nobody a pronoun stands for, and a full name for later surnames only when
            # it has two words ("Francois Hollande Says Donald Trump ...")
            if att.kind in ("named", "relative") and att.name:
                att.speaker, att.speaker_role = att.name, att.role
            if att.kind != "described" and att.name and len(att.name.split()) == 2:
                self.full.pop(att.name, None)
                self.full[att.name] = att.role
            return
        if att.kind == "mention" and not self._is_person(att):
            return
        # 0: a speaker, a titled person or someone who speaks in the article; 1: a sentence's
        # subject; 2: a name merely mentioned ("The storm hit South Carolina")
        weak = 0
        if att.kind in ("mention", "subject_mention") and not att.role and not (
            set((att.name or "").split()) & self.speaking
        ):
            weak = 1 if att.kind == "subject_mention" and self._is_person(att) else 2
        if att.kind == "aside_mention":
            weak, att.kind = 2, "mention"
        if att.kind == "subject_mention":
            att.kind = "mention"
        if att.kind == "pronoun":
            self._resolve_pronoun(att)
            return
        assert att.name is not None
        if att.kind == "described":
            # "a person close to the campaign said" names nobody: no speaker, the words kept as
            # the role; so does any description opening with an indefinite article ("a source at the
            # IMF", "ein Sprecher"). "the Republican nominee", "the IMF" point at someone: the speaker.
            # A later "he" still means the last named person.
            words = att.name.split()
            proper = words[0].casefold() not in self.indefinite and any(w[:1].isupper() for w in words[1:])
            att.speaker, att.speaker_role = (att.name, None) if proper else (None, att.name)
            if proper:  # "the Florida senator said ... he added": the one who spoke last
                self._remember(att, 0)
            elif words[0].casefold() not in self.indefinite and words[-1].casefold() in self.titles:
                self._resolve_role(att, words[-1].casefold())
            return
        tokens = att.name.split()
        if len(tokens) == 1:
            for name in reversed(list(self.full)[-RECENT_NAMES:]):
                if name != att.name and (
                    att.name in name.split() or (len(att.name) == 1 and name.startswith(att.name))
                ):
                    att.speaker, att.speaker_role = name, att.role or self.full[name]
                    break
        if att.speaker is None:
            known_role = self.full.get(att.name)
            att.speaker, att.speaker_role = att.name, att.role or known_role
            if len(tokens) > 1 or len(att.name) >= 3:  # "Choe Son-hui", Korean "김정은"
                self.full.pop(att.name, None)
                self.full[att.name] = att.speaker_role
        self._remember(att, weak)

    def _resolve_body(self, att: Attribution) -> None:
        """A body named ("the IMF": itself), held by a person ("Clinton's campaign": the person, a
        lone surname taking the full name seen before) or described without a name ("the
        newspaper": the body named last, within BODY_BACK sentences; else no one, the words kept)."""
        if att.name is None:
            named = [(s, r) for s, r, n, _g, _at in self.bodies if s is not None and n >= att.sentence - BODY_BACK]
            att.speaker, att.speaker_role = named[-1] if named else (None, att.role)
        elif att.role is not None:  # an owner: the role is the campaign or office
            full = [n for n in reversed(list(self.full)[-RECENT_NAMES:]) if att.name in n.split()]
            att.speaker = full[0] if " " not in att.name and full else att.name
            att.speaker_role = att.role
        else:
            att.speaker, att.speaker_role = att.name, None
        self.bodies.append((att.speaker, att.speaker_role, att.sentence, att.governed, att.start))
        if att.opens:
            self.opening.add(att.start)

    def _resolve_body_pronoun(self, att: Attribution) -> None:
        """"it said": the body named last in this sentence or the BODY_REACH before, not after a
        preposition ("in the Senate"), never a person; no speaker when there is none."""
        close = [(s, r) for s, r, n, governed, _at in self.bodies if n >= att.sentence - BODY_REACH and not governed]
        if close:
            att.speaker, att.speaker_role = close[-1]
            self.bodies.append((att.speaker, att.speaker_role, att.sentence, False, att.start))

    def _resolve_role(self, att: Attribution, head: str) -> None:
        """"the minister said", "подчеркнул министр" (a description whose last word is a title): the
        latest person named with that word ("Finance Minister Igor Ryabov"), else the person of this
        sentence or the one before; no speaker when there is none."""
        for speaker, role in reversed(self.history[-HISTORY:]):
            if head in f"{role or ''} {speaker}".casefold().split():
                att.speaker, att.speaker_role = speaker, role
                return
        if self.history and self.where[-1] >= att.sentence - 1 and self.weak[-1] == 0:
            att.speaker, att.speaker_role = self.history[-1]

    def _remember(self, att: Attribution, weak: int) -> None:
        """Keep a resolved person (and the gender its role or a pronoun tells) for later pronouns."""
        assert att.speaker is not None
        gender = att.gender or next(
            (self.gender_words[w] for w in (att.role or att.name or "").split() if w in self.gender_words), None
        )
        if gender:
            self.genders.setdefault(att.speaker, gender)
        self.history.append((att.speaker, att.speaker_role))
        self.weak.append(weak)
        self.where.append(att.sentence)
        self.at.append(att.start)

    def _resolve_pronoun(self, att: Attribution) -> None:
        """The person of the sentence just before (or of this one) when there is one, else the
        latest speaker, then sentence subject, then mention, whose gender fits the pronoun."""
        if att.closing:
            # "Also, Trump isn't a conservative, he said": a name in what was said is not the one
            # saying it, nor anyone a later pronoun stands for
            for i in range(len(self.where) - 1, -1, -1):
                if self.where[i] != att.sentence:
                    break
                self.weak[i] = len(WEAKNESS)
        if att.gender == PLURAL:  # "The newspaper ... writes that ... '...,' they conclude": the body
            bodies = [(s, r, at) for s, r, n, governed, at in self.bodies
                      if n >= att.sentence - BODY_REACH and not governed and s is not None and at in self.opening]
            person_at = max((at for at, n, weak in zip(self.at, self.where, self.weak, strict=True)
                             if n >= att.sentence - 1 and weak < 2), default=-1)
            if bodies and bodies[-1][2] > person_at:
                att.speaker, att.speaker_role = bodies[-1][:2]
                return
        gender = None if att.gender == PLURAL else att.gender
        recent = [
            entry for entry in list(zip(self.history, self.weak, self.where, strict=True))[-HISTORY:]
            if entry[1] < len(WEAKNESS)
        ]
        # "Nordhaus said: '...' And Obama, for all ..., seems to agree. '...' he said": Obama.
        # "Ann Roe, 35, showed up .... She had protested Trump .... '...' she said": a sentence
        # led by a pronoun of the same person carries the one before it
        reach = att.sentence - 1
        while reach in self.led and reach > att.sentence - 1 - MENTION_BACK and (
            gender is None or self.led[reach] in (None, gender)
        ) and not any(n == reach and weak < 2 for _p, weak, n in recent):
            reach -= 1
        close = [
            (person, weak) for person, weak, n in recent
            if n >= reach and weak < 2
        ]
        for tier in (-1, *WEAKNESS):  # -1: the close ones
            candidates = close if tier < 0 else [(person, weak) for person, weak, _n in recent if weak <= tier]
            for (speaker, role), _weak in reversed(candidates):
                if gender is None or self.genders.get(speaker, gender) == gender:
                    att.speaker, att.speaker_role = speaker, role
                    return
        if self.history:
            att.speaker, att.speaker_role = self.history[-1]

    def _is_person(self, att: Attribution) -> bool:
        """A mention counts as an antecedent when it has a role, two name tokens, or a known surname."""
        assert att.name is not None
        tokens = att.name.split()
        return bool(att.role) or len(tokens) > 1 or any(
            tokens[0] in n.split() for n in list(self.full)[-RECENT_NAMES:]
        )


WEAKNESS = (0, 1, 2)
BODY_BACK = 2  # sentences before a body's description ("the newspaper") searched for its name
BODY_REACH = 1  # sentences before "it" searched for its body
BODY_SCAN = 8  # sentences before "it" read for bodies: its reach, a description's, an announced paragraph
# antecedents only, never attributions
MENTION_KINDS = ("mention", "subject_mention", "aside_mention", "lone_mention", "pronoun_led")
HISTORY = 6  # a pronoun looks this many named speakers back for one of its gender
RECENT_NAMES = 200  # a surname is looked up among this many latest full names


def resolve_speakers(attributions: Sequence[Attribution], language: str = "en") -> None:
    """Fill speaker/speaker_role of each attribution, in text order."""
    speaking = _speaking(attributions)
    lex = speaker_lexicon(language)
    book = NameBook(gender_words=lex.gender_words, speaking=speaking, indefinite=lex.indefinite, titles=lex.titles)
    for att in attributions:
        book.resolve(att)


def _speaking(attributions: Sequence[Attribution]) -> frozenset[str]:
    """The name words of the named attributions: people who speak in the article."""
    return frozenset(
        w for a in attributions if a.kind in ("named", "relative") and a.name for w in a.name.split()
    )


NEAR_AFTER = 50  # '," said X' / '," X said' start within this many characters after the quote


def _pick(
    quote: Quote,
    candidates: Sequence[Attribution],
    next_quote_start: int,
    masked: str,
    previous: Quote | None,
    coordinator: regex.Pattern[str] | None = None,
) -> Attribution | None:
    """The attribution of a quote among those of its sentence: just after it, else one that opens
    it ('X said: "'), else the speaker of the quote before it in the sentence, else the nearest
    before it, else a later one."""
    after = [a for a in candidates if quote.end <= a.start < next_quote_start]
    before = _without_reported_descriptions([a for a in candidates if a.end <= quote.start], masked)
    introduced = bool(before) and INTRODUCES.search(masked, before[-1].end, quote.start - 1) is not None
    # '"glow in the dark," for instance, and Trump vowed': a clause joined after the quote is
    # someone else's, not the quote's attribution; 'He said, "..." - at which point the crowd
    # chanted "..."': one that opens the next quote is that quote's
    if after and after[0].start - quote.end <= NEAR_AFTER and not (
        coordinator and coordinator.search(masked, quote.end, after[0].start)
    ) and not (introduced and INTRODUCES.fullmatch(masked, after[0].end, next_quote_start - 1)):
        return after[0]
    if introduced:
        return before[-1]
    if previous is not None and previous.sentence == quote.sentence and previous.speaker:
        return Attribution(previous.start, previous.end, None, None, "previous",
                           previous.speaker, previous.speaker_role)
    if before:
        return before[-1]
    if after:
        return after[0]
    return candidates[0] if candidates else None


def _without_reported_descriptions(before: Sequence[Attribution], masked: str) -> list[Attribution]:
    """A nameless description after a named speaker, with no quote between, is part of what was
    said ("Tom Reyes said the town lost a voice that said '...'"): left out."""
    kept: list[Attribution] = []
    for att in before:
        reported = (
            att.kind == "described" and att.speaker is None and kept and kept[-1].speaker is not None
            and MASK not in masked[kept[-1].end : att.start]
        )
        if not reported:
            kept.append(att)
    return kept


COLON_BEFORE = regex.compile(r":[^\S\n]*$")
NAME_COLON = regex.compile(r"[^\S\n]*:[^\S\n]*\W?$")  # a transcript's 'NAME: "..."'


def _subject_speaker(
    quote: Quote, sentence: Span, masked: str, language: str, blocked: SpanSet | Sequence[Span],
    attributions: Sequence[Attribution], starts: Sequence[int], require_colon: bool,
) -> Attribution | None:
    """The person a quote's sentence opens with: 'Donald Trump attacked Mitt Romney for being a
    "failed candidate."' A lone surname takes the full name of an earlier attribution."""
    if require_colon and not COLON_BEFORE.search(masked, sentence[0], max(sentence[0], quote.start - 1)):
        return None
    lex = speaker_lexicon(language)
    opening = lex.subject.match(masked, sentence[0], quote.start)
    if opening is None and lex.body_subject and lex.body_subject.match(masked, sentence[0], quote.start):
        # 'It attacked Trump, saying he "..."': the body "it" stands for, or no one
        i = bisect_right(starts, quote.start)
        own = [a for a in attributions[max(0, i - LOOK_BACK) : i] if a.gender == NEUTER and a.start >= sentence[0]]
        return own[-1] if own else None
    if opening and opening.groupdict().get("pron"):  # 'He commanded the party to "..."'
        earlier = [a for a in _earlier(attributions, quote.start, starts) if a.kind != "described"]
        return earlier[-1] if earlier else None
    att = _mention(masked, (sentence[0], quote.start), language, blocked)
    if att is None or not att.name:
        return None
    known = [a for a in _earlier(attributions, quote.start, starts) if att.name in (a.speaker or "").split()]
    full = None if known else _full_name_before(masked, att.name, att.start, lex)
    if known:
        att.speaker, att.speaker_role = known[-1].speaker, known[-1].speaker_role
    elif len(att.name.split()) > 1 or att.role or NAME_COLON.match(masked, att.end, quote.start):
        att.speaker, att.speaker_role = att.name, att.role  # 'Clinton: "Our goal is ..."'
    elif full:  # "Cruz coached Trump to '...'" after "Ted Cruz" was named
        att.speaker = full
    else:  # a lone capitalised word may be any noun ("Spanduk ..."), unless a person had it
        return None
    return att


NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’\-]*"


def _full_name_before(masked: str, surname: str, position: int, lex: SpeakerLexicon) -> str | None:
    """The last full name written before position that ends with this lone surname ("Ted Cruz" for
    "Cruz"), titles dropped; None when the article never gave one."""
    end = position
    while (at := masked.rfind(surname, 0, end)) >= 0:
        end = at
        if not _whole_word(masked, at, at + len(surname)):
            continue
        words = NAME_WORDS_BEFORE.search(masked, max(0, at - NAME_WORDS_REACH), at)
        name = _clean_name(words.group() + surname, lex) if words else None
        if name and name != surname:
            return name
    return None


NAME_WORDS_BEFORE = regex.compile(rf"(?<!{W})(?:{NAME_WORD}[^\S\n]+){{1,3}}$")
NAME_WORDS_REACH = 80


def _whole_word(text: str, start: int, end: int) -> bool:
    return not (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")) and not (
        end < len(text) and (text[end].isalnum() or text[end] == "_")
    )


def _named_person(
    att: Attribution, quote: Quote, attributions: Sequence[Attribution], starts: Sequence[int],
    masked: str, language: str,
) -> Attribution | None:
    """A name found near a quote as its speaker: a surname takes the full name of an earlier
    speaker; otherwise it must be a full name or carry a title ('Spanduk' alone may be any noun)."""
    assert att.name is not None
    known = [a for a in _earlier(attributions, quote.start, starts) if att.name in (a.speaker or "").split()]
    full = None if known else _full_name_before(masked, att.name, att.start, speaker_lexicon(language))
    if known:
        att.speaker, att.speaker_role = known[-1].speaker, known[-1].speaker_role
    elif len(att.name.split()) > 1 or att.role:
        att.speaker, att.speaker_role = att.name, att.role
    elif full:
        att.speaker = full
    else:
        return None
    return att


def _colon_speaker(
    quote: Quote, sentence: Span, masked: str, language: str, blocked: SpanSet,
    attributions: Sequence[Attribution], starts: Sequence[int],
) -> Attribution | None:
    """'... doesn't surprise Republican pollster Daron Shaw: "..."': the person named right before
    the colon that opens the quote. A full name, a titled name or a surname named before."""
    lex = speaker_lexicon(language)
    m = lex.colon_name.search(masked, sentence[0], quote.start)
    if m is None or _overlaps(m.start("name"), m.end("name"), blocked):
        return None
    att = _attribution("colon", m, lex)
    if att is None or not att.name:
        return None
    return _named_person(att, quote, attributions, starts, masked, language)


ENDS_WITH_COLON = regex.compile(r":[^\S\n]*\n[\s\W]*$")


def _announced(
    quote: Quote, sentences: Sequence[Span], masked: str, language: str, blocked: SpanSet,
    attributions: Sequence[Attribution], starts: Sequence[int],
) -> Attribution | None:
    """'President Clinton released the following statement:' closing a paragraph, and the quote
    opening the next: the person the announcing sentence is about."""
    before = sentences[quote.sentence - 1]
    if not ENDS_WITH_COLON.search(masked, before[0], quote.start):
        return None
    att = _mention(masked, (before[0], before[1]), language, blocked)
    if att is None or not att.name:
        return None
    return _named_person(att, quote, attributions, starts, masked, language)


DASH_LINE = regex.compile(r"\W{0,3}?[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*[―—–-]")


def _opens_next_sentence(
    quote: Quote, sentences: Sequence[Span], by_sentence: dict[int, list[Attribution]], masked: str
) -> Attribution | None:
    """'"... missing." Trump said.': the attribution opening the sentence right after the quote, also
    on the line under the quote's paragraph when it opens with a dash ('"..."\n\n- Bernie Sanders.')."""
    n = quote.sentence + 1
    if n >= len(sentences):
        return None
    first = by_sentence.get(n, [])
    if first and DASH_LINE.fullmatch(masked, quote.end, first[0].start + 1):
        return first[0]  # '"... to the top 1 percent."\n\n- Bernie Sanders.': a dash and a name under the quote
    if sentences[n][0] - quote.end > 3 or "\n" in masked[quote.end : sentences[n][0]]:
        return None
    if quote.start - sentences[quote.sentence][0] > 2:  # the quote's own sentence has a subject:
        return None  # 'Japan branded it an "outlaw nation." Russia insisted ...'
    if not first:
        return None
    # the attribution may follow its subject's apposition: '"...!" Scott's niece, state Del. Marcia Price, shouted'
    lead = masked[sentences[n][0] : first[0].start]
    return first[0] if len(lead) <= 2 or (len(lead) <= NEXT_SUBJECT_REACH and MASK not in lead) else None


NEXT_SUBJECT_REACH = 40


def attribute_quotes(
    quotes: Sequence[Quote],
    attributions: Sequence[Attribution],
    sentences: Sequence[Span],
    paragraphs: Sequence[Span],
    masked: str,
    language: str = "en",
    blocked: Sequence[Span] = (),
) -> None:
    """Set speaker, speaker_role and sentence of each quote (None when nothing names one)."""
    lex = speaker_lexicon(language)
    by_sentence: dict[int, list[Attribution]] = {}
    for att in attributions:
        att.sentence = sentence_index(sentences, att.start)
        by_sentence.setdefault(att.sentence, []).append(att)
    para_starts = [p[0] for p in paragraphs]
    starts = [a.start for a in attributions]
    blocked_set = SpanSet(blocked)
    previous: Quote | None = None
    for n, quote in enumerate(quotes):
        quote.sentence = sentence_index(sentences, quote.start)
        next_start = quotes[n + 1].start if n + 1 < len(quotes) else 1 << 62
        chosen = _participle_subject(quote, sentences, masked, language, blocked_set, attributions, starts)
        if chosen is None:
            chosen = _pick(
                quote, by_sentence.get(quote.sentence, []), next_start, masked, previous, lex.coordinator
            )
        if chosen is None and sentences:
            chosen = _colon_speaker(
                quote, sentences[quote.sentence], masked, language, blocked_set, attributions, starts
            )
        if chosen is None:
            chosen = _opens_next_sentence(quote, sentences, by_sentence, masked)
        for colon in (True, False):  # 'X delivered a message: "..."', then any sentence subject
            if chosen is None and sentences:
                sentence = sentences[quote.sentence]
                chosen = _subject_speaker(
                    quote, sentence, masked, language, blocked_set, attributions, starts, colon
                )
        if chosen is None and sentences and quote.sentence > 0:
            chosen = _announced(quote, sentences, masked, language, blocked_set, attributions, starts)
        opens_sentence = bool(sentences) and quote.start - sentences[quote.sentence][0] <= 2
        inherits = quote.continues or opens_sentence or (previous is not None and previous.speaker)
        if chosen is None and opens_sentence and quote.sentence > 0 and not by_sentence.get(quote.sentence - 1):
            chosen = _subject_just_before(quote, sentences, masked, language, blocked_set, attributions, starts)
        if chosen is None and opens_sentence and _follows_quote_sentence(quote, previous, masked):
            assert previous is not None
            # '"...," Clinton said, referencing a super PAC called Future45. "So they ..."': the
            # quote opening the next sentence goes on with the quote before it, not with an aside
            chosen = Attribution(previous.start, previous.end, None, None, "previous",
                                 previous.speaker, previous.speaker_role)
        if chosen is None and inherits:  # a quote standing alone continues the speaker before it
            chosen = _recent(quote, attributions, starts, para_starts)
        if chosen is None and opens_sentence and quote.sentence > 0:
            chosen = _speaker_just_described(quote, sentences, masked, language, blocked_set, attributions, starts)
        if chosen is not None:
            quote.speaker, quote.speaker_role = chosen.speaker, chosen.speaker_role
        previous = quote


def _participle_subject(
    quote: Quote, sentences: Sequence[Span], masked: str, language: str, blocked: SpanSet,
    attributions: Sequence[Attribution], starts: Sequence[int],
) -> Attribution | None:
    """'Trump was similarly defensive when ... an architect who said he was stiffed, saying, "..."':
    a participle set off by a comma right before the quote speaks for the sentence's subject."""
    participle = speaker_lexicon(language).participle_before
    if not sentences or participle is None:
        return None
    sentence = sentences[quote.sentence]
    if not participle.search(masked, max(sentence[0], quote.start - PARTICIPLE_REACH), quote.start):
        return None
    return _subject_speaker(quote, sentence, masked, language, blocked, attributions, starts, False)


PARTICIPLE_REACH = 30


def _follows_quote_sentence(quote: Quote, previous: Quote | None, masked: str) -> bool:
    """The quote opens the sentence right after the one of the quote before it, in its paragraph."""
    return (
        previous is not None and previous.speaker is not None and previous.sentence == quote.sentence - 1
        and "\n" not in masked[previous.end : quote.start]
    )


def _speaker_just_described(
    quote: Quote, sentences: Sequence[Span], masked: str, language: str, blocked: SpanSet,
    attributions: Sequence[Attribution], starts: Sequence[int],
) -> Attribution | None:
    """'Viguerie notes. ... Viguerie is upbeat about Cruz's chances.\n\n"Not only can Cruz win ..."':
    a quote standing alone after a sentence about someone who spoke earlier in the article is theirs."""
    att = _mention(masked, sentences[quote.sentence - 1], language, blocked, subject_only=True)
    if att is None or not att.name:
        return None
    words = att.name.split()
    known = [a for a in _earlier(attributions, quote.start, starts)
             if a.kind != "pronoun" and a.speaker and set(words) <= set(a.speaker.split())]
    return known[-1] if known else None


def _subject_just_before(
    quote: Quote, sentences: Sequence[Span], masked: str, language: str, blocked: SpanSet,
    attributions: Sequence[Attribution], starts: Sequence[int],
) -> Attribution | None:
    """'On "Face the Nation," Sen. Bernie Sanders (Vt.) identified young voters' exhaustion with
    bigotry as a reason ... "The younger people are ..."': a quote opening the sentence after one,
    in its paragraph and with no quote or attribution, whose subject is a person named in full."""
    before = sentences[quote.sentence - 1]
    if "\n" in masked[before[1] : quote.start]:
        return None
    att = _mention(masked, before, language, blocked, subject_only=True)
    if att is None or not att.name or (" " not in att.name and not att.role):
        return None
    return _named_person(att, quote, attributions, starts, masked, language)


def _earlier(attributions: Sequence[Attribution], position: int, starts: Sequence[int]) -> list[Attribution]:
    """The latest attributions with a speaker that end before position (at most LOOK_BACK)."""
    i = bisect_right(starts, position)
    return [a for a in attributions[max(0, i - LOOK_BACK) : i] if a.end <= position and a.speaker]


def _recent(
    quote: Quote,
    attributions: Sequence[Attribution],
    starts: Sequence[int],
    para_starts: Sequence[int],
) -> Attribution | None:
    """The last attribution before the quote, if it sits in this paragraph or the one before."""
    earlier = _earlier(attributions, quote.start, starts)
    if not earlier:
        return None
    last = earlier[-1]
    here = bisect_right(para_starts, quote.start)
    there = bisect_right(para_starts, last.start)
    return last if here - there <= 1 else None


LOOK_BACK = 50  # attributions before a quote considered when inheriting a speaker
MENTION_REACH = 120  # a sentence's subject sits near its start
POSSESSIVE = ("'s", "’s", "s'", "s’")
MENTION_BACK = 4  # sentences before a pronoun searched for the person it stands for


def _sentence_subject(masked: str, span: Span, lex: SpeakerLexicon) -> regex.Match[str] | None:
    """The subject match of a sentence: a full name opening it ("Andrew Hale took his daughter,
    Chloe, there"), else a name after an opening phrase ("Moments later, Rubio made ...")."""
    subject = lex.subject.match(masked, span[0], span[1])
    # "Former Rep. Chris Shays (R-Conn.) was ..., he said": a pronoun after a comma may close the
    # sentence rather than open its clause
    head = "name" if subject is not None and subject.group("name") else "pron"
    if subject is None or "," not in masked[span[0] : subject.start(head)]:
        return _past_role(subject, masked, span, lex)  # no opening phrase taken
    first = lex.subject_first.match(masked, span[0], span[1])
    if (
        first and " " in (first.group("name") or "").strip()
        and lex.subject_end.match(masked, first.start("name"), span[1])
        # 'South Carolina, he said, was "...": a name set off before the pronoun is what was said
        and (head == "name" or masked[first.end("name") : first.end("name") + 1] != ",")
    ):
        return _past_role(first, masked, span, lex)
    return _past_role(subject, masked, span, lex)


def _past_role(
    subject: regex.Match[str] | None, masked: str, span: Span, lex: SpeakerLexicon
) -> regex.Match[str] | None:
    """'Trump spokesman Hope Hicks confirmed ...': a name, a role word written in lower case and a
    full name; the person is the one the role belongs to, the first name only says whose."""
    if subject is None or not subject.group("name") or lex.role_between is None:
        return subject
    role = lex.role_between.match(masked, subject.end("name"), span[1])
    if role is None:
        return subject
    person = lex.subject_end.match(masked, role.end(), span[1])
    return person if person and " " in (person.group("name") or "").strip() else subject


def _mention(
    masked: str, span: Span, language: str, blocked: SpanSet | Sequence[Span], subject_only: bool = False,
    lead: bool = False,
) -> Attribution | None:
    """The person a sentence is about: its subject ("Sanders did not ..."), else the first full
    name it gives ("On Monday, campaign manager Robby Mook released ..."). Not an attribution,
    but the antecedent a later "he said" refers to; with no full name, its first lone name (kind
    "lone_mention": someone only if a full name gave it as a surname before). With `lead` (the
    antecedents of pronouns), a sentence whose subject is a pronoun ("He had protested Trump ...")
    gives that pronoun, kind "pronoun_led"."""
    lex = speaker_lexicon(language)
    subject = _sentence_subject(masked, span, lex)
    if subject and subject.groupdict().get("name") and lex.subject_end.match(masked, subject.start("name"), span[1]):
        att = _attribution("mention", subject, lex)
        possessive = subject.group("name").endswith(POSSESSIVE)  # "December's agreement", "Trump's aide"
        if att is not None and att.name and not possessive and not _overlaps(
            subject.start("name"), subject.end("name"), blocked
        ):
            att.kind = "subject_mention"
            return att
    if lead and subject and subject.groupdict().get("pron"):
        pron = " ".join(subject.group("pron").split())
        return Attribution(
            subject.start("pron"), subject.end("pron"), None, None, "pronoun_led", gender=lex.pronoun_gender.get(pron)
        )
    return None if subject_only else _first_full_name(masked, span, lex, blocked, lone=True)


def _first_full_name(
    masked: str, span: Span, lex: SpeakerLexicon, blocked: SpanSet | Sequence[Span], lone: bool = False
) -> Attribution | None:
    """The first full name (or name with its title) near the start of a sentence, as a mention;
    with `lone`, else its first lone name ("..., but Christie wasn't having it": kind
    "lone_mention", someone when a full name gave that surname before)."""
    first_lone = None
    for m in lex.mention.finditer(masked, span[0], min(span[1], span[0] + MENTION_REACH)):
        att = _attribution("mention", m, lex)
        if att is None or not att.name or _overlaps(m.start("name"), m.end("name"), blocked):
            continue
        att.kind = "mention"
        if len(att.name.split()) > 1 or att.role:  # a full name, or a name with its title
            return att
        if lone and first_lone is None:
            first_lone = att
            first_lone.kind = "lone_mention"
    return first_lone


ROLE_OPENING = 4  # an apposition names its role ("former deputy director of ...") in its first words
APPOSITION_END = regex.compile(rf",[^\S\n]+(?P<role>\p{{Ll}}[^,;:\n{MASK}]{{2,120}}?)[^\S\n]*[.!?]?[\"”’)\s]*$")


def _introduced(masked: str, span: Span, language: str, blocked: SpanSet | Sequence[Span]) -> Attribution | None:
    """A person introduced at the end of a sentence by an apposition that gives their role
    ("..., which concerns Henry Crespo, president of the Florida Black Caucus."): the one a "he
    said" right after it refers to, more than the sentence's subject."""
    lex = speaker_lexicon(language)
    m = APPOSITION_END.search(masked, span[0], span[1])
    if m is None:
        return None
    words = [w.casefold().strip("'’") for w in m.group("role").split()[:ROLE_OPENING]]
    if words[0] not in lex.determiners and not lex.titles.intersection(words):
        return None  # "..., portrayed by Allen", "..., doesn't pretend ...": a clause, not a role
    tail = lex.tail_name.search(masked, max(span[0], m.start() - NAME_REACH), m.start())
    if tail is None or _overlaps(tail.start("name"), tail.end("name"), blocked):
        return None
    raw, role = _split_role(masked, tail.start("name"), tail.group("name"), lex)
    name = _clean_name(raw, lex)
    if not name or " " not in name or tail.group("name").endswith(POSSESSIVE):
        return None
    apposition = " ".join(m.group("role").split()).rstrip(".!?")
    role = " ".join(x for x in (role, apposition) if x)
    return Attribution(tail.start("name"), tail.end("name"), name, role, "mention")


HEADING_WORDS = 4  # a heading in title case has at least this many words ...
HEADING_CHARS = 200  # ... and at most this many characters


def _heading(masked: str, at: int, language: str) -> bool:
    """The line holding `at` is a heading: every word but the minor ones ("of", "the") written
    with a capital, at least HEADING_WORDS of them ("Zoe Saldana Asked Men Everywhere To ...")."""
    start = masked.rfind("\n", 0, at) + 1
    end = masked.find("\n", at)
    end = len(masked) if end < 0 else end
    return end - start <= HEADING_CHARS and _title_case_line(masked[start:end], language)


@lru_cache(maxsize=1024)
def _title_case_line(line: str, language: str) -> bool:
    minor = cue_lexicon(language).minor
    words = 0
    for raw in line.split():
        word = raw.strip(EDGE)
        if not word or MASK in word:
            continue
        if not (word[0].isupper() or word[0].isdecimal()) and word.casefold() not in minor:
            return False
        words += 1
    return words >= HEADING_WORDS


def _block_end(masked: str, sentences: Sequence[Span], n: int) -> int:
    """The last sentence of the paragraph a sentence announces when it closes its paragraph on a
    colon ("During the primaries, the Times gave Clinton a glowing endorsement:" and the
    endorsement's paragraph), else the sentence itself."""
    if n + 1 >= len(sentences) or not BLOCK_OPENS.match(masked, sentences[n][1], sentences[n + 1][0]):
        return n
    if not masked[sentences[n][0] : sentences[n][1]].rstrip().endswith(":"):
        return n
    m = n + 1
    while m + 1 < len(sentences) and "\n" not in masked[sentences[m][1] : sentences[m + 1][0]]:
        m += 1
    return m


BLOCK_OPENS = regex.compile(r"[^\S\n]*\n\s*$")


def _bodies(masked: str, span: Span, language: str, blocked: SpanSet) -> list[Attribution]:
    """The bodies a sentence names or describes, and the cited agencies in it, as attributions of
    kind body: name (the body, or the person holding it, with the body as the role) or, for a
    body described without a name ("the newspaper"), the role only."""
    lex = speaker_lexicon(language)
    found = [
        Attribution(s, e, masked[s:e], None, "body") for s, e in blocked.spans
        if span[0] <= s < span[1] and MASK not in masked[s:e]  # an agency named inside a quote is masked
    ] if isinstance(blocked, SpanSet) else []
    if lex.body is None:
        return found
    for m in lex.body.finditer(masked, span[0], span[1]):
        if _overlaps(m.start(), m.end(), blocked):
            continue
        text = " ".join(m.group().split())
        att: Attribution | None = None
        if m.group("owner"):
            owner = _clean_name(m.group("owner"), lex)
            att = Attribution(m.start(), m.end(), owner, text, "body") if owner else None
        elif m.group("body"):  # "Democratic Party" keeps the words a person's role would lose
            words = _without_possessive(m.group("body")).split()
            while words and (words[0].casefold() in lex.determiners or words[0] in lex.not_name):
                words.pop(0)
            att = Attribution(m.start(), m.end(), " ".join(words), None, "body") if words else None
        else:
            words = text.split()
            named = any(w[:1].isupper() for w in words[1:])
            att = Attribution(m.start(), m.end(), text if named else None, None if named else text, "body")
        if att is not None:
            att.governed = lex.body_governed is not None and lex.body_governed.search(
                masked, max(0, m.start() - PREP_REACH), m.start()
            ) is not None
            att.opens = lex.body_opens is not None and lex.body_opens.fullmatch(masked, span[0], m.start()) is not None
            found.append(att)
    return found


class LowerCaseWords:
    """The words a text writes in lower case: a word is a run of word characters, hyphens and
    apostrophes from its first letter on (digits and "_" before that letter are not part of it),
    and counts when its first letter is lower-case. Looked up one word at a time: the text is
    searched for the few words asked about, never tokenised whole."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word not in self.known:
            self.known[word] = self._written(word)
        return self.known[word]

    def _written(self, word: str) -> bool:
        if not (word[:1].islower() and _is_letter(word[0]) and all(map(_in_word, word))):
            return False
        text, at = self.text, self.text.find(word)
        while at >= 0:
            end = at + len(word)
            if (end == len(text) or not _in_word(text[end])) and _opens_word(text, at):
                return True
            at = text.find(word, at + 1)
        return False


def _is_letter(ch: str) -> bool:
    """What a word opens with: a word character that is neither a digit nor "_"."""
    return ch.isalnum() and not ch.isdecimal()


def _in_word(ch: str) -> bool:
    """What a word goes on with after its first letter."""
    return ch.isalnum() or ch in "_-'’"


def _opens_word(text: str, at: int) -> bool:
    """A word starts at `at`: no letter before it in the same run of word characters."""
    i = at - 1
    while i >= 0 and _in_word(text[i]):
        if _is_letter(text[i]):
            return False
        i -= 1
    return True


def _drop_common_words(
    att: Attribution, common: LowerCaseWords, masked: str, indefinite: frozenset[str]
) -> Attribution | None:
    """Leading name tokens the article also writes in lower case are ordinary words
    ("Reacting to ...", "Along with ..."), not names, unless it also capitalises them
    mid-sentence ("columnist George Will" -> "Will urged" names him)."""
    if not att.name or att.kind == "described":
        return att
    tokens = att.name.split()

    def ordinary(word: str) -> bool:
        return word.casefold() in common and not _named_mid_sentence(masked, word)

    if (
        len(tokens) == 1 and att.kind == "named" and ordinary(tokens[0])
        and tokens[0].casefold() not in indefinite  # "Someone said" is no group
        and GROUP_SPEAKS.fullmatch(masked, att.start, att.end)
    ):
        att.gender = GROUP  # "Police say they have ...": a group speaking (no "he" or "she" stands for it),
        return att  # though the article also writes "police"
    while tokens and ordinary(tokens[0]):
        tokens.pop(0)
    if not tokens:
        return None
    att.name = " ".join(tokens).rstrip("’'")
    return att


GROUP_SPEAKS = regex.compile(r"\p{Lu}\p{Ll}+[^\S\n]+\p{Ll}+")  # a capitalised word and its verb


@lru_cache(maxsize=256)
def _named_mid_sentence(masked: str, word: str) -> bool:
    """The word is written capitalised right after a lower-case word somewhere in the text."""
    return regex.search(rf"(?<=\p{{Ll}}[^\S\n]){regex.escape(word)}(?!{W})", masked) is not None


def _genders_from_pronouns(masked: str, attributions: Sequence[Attribution], lex: SpeakerLexicon) -> None:
    """'Trump said he would ...', 'Clinton said that she ...': the pronoun right after a named
    attribution tells that person's gender."""
    for att in attributions:
        if att.kind == "named" and att.gender is None:
            m = lex.pronoun_after.match(masked, att.end, min(len(masked), att.end + 16))
            if m:
                att.gender = lex.pronoun_gender.get(m.group("pron"))


def collect_attributions(
    masked: str, language: str, sentences: Sequence[Span], blocked: SpanSet | Sequence[Span] = (),
    needed: Collection[int] | None = None,
) -> list[Attribution]:
    """Pattern attributions, plus the subject of each sentence that has a verb of saying but no
    pattern match (or, failing that, the person it mentions, kept for pronouns only); speakers
    resolved in text order.

    With `needed` (sentence indices), the attributions are those of the whole text up to the last
    needed sentence that may hold one (_last_needed); the needed sentences after it hold none.
    They depend on what comes before them, and little on what follows: a pronoun in the next
    MENTION_BACK sentences asks for the mentions before it, which a named attribution may take its
    role from (_mentions_asked_later), and a person mentioned may speak later on
    (_may_speak_later). The text is read that far, and further when these may change them."""
    blocked = blocked if isinstance(blocked, SpanSet) else SpanSet(blocked)
    verbs = verbs_of_saying(masked, language)
    last: int | None = None
    if needed is None or not sentences:
        kept = _candidates(masked, language, sentences, blocked, verbs, len(sentences))
    else:
        last = _last_needed(needed, masked, language, sentences, verbs)
        if last < 0:
            return []
        kept = _candidates_up_to(masked, language, sentences, blocked, verbs, last)
    resolve_speakers(kept, language)
    return [
        a for a in kept
        if a.kind not in (*MENTION_KINDS, "body") and (last is None or a.sentence <= last)
    ]


def _last_needed(
    needed: Collection[int], masked: str, language: str, sentences: Sequence[Span], verbs: Sequence[Span]
) -> int:
    """The last needed sentence where an attribution may start (-1: none). Attributions start
    before the end of a verb of saying (a pattern around it, the subject of its sentence), or where
    a pattern of the whole text matches ("according to X", '«...» — X')."""
    reach = max((end for _start, end in verbs), default=0)
    whole = [pattern for _kind, anchor, pattern in speaker_lexicon(language).patterns if anchor == "whole"]
    last_whole: int | None = None  # found when first asked: most articles end with a verb of saying
    for n in sorted((n for n in needed if 0 <= n < len(sentences)), reverse=True):
        start = sentences[n][0]
        if start < reach:
            return n
        if last_whole is None:
            last_whole = max((_last_match_start(pattern, masked) for pattern in whole), default=-1)
        if start <= last_whole:
            return n
    return -1


def _last_match_start(pattern: regex.Pattern[str], text: str) -> int:
    """Where the last match of a pattern may start (-1: none): a search from any position up to it
    finds a match, one from after it finds none. One forward pass, where a search from each
    sentence would read the rest of the text once per sentence."""
    last = -1
    m = pattern.search(text)
    while m is not None:
        last = m.start()
        m = pattern.search(text, last + 1)
    return last


def _candidates_up_to(
    masked: str, language: str, sentences: Sequence[Span], blocked: SpanSet, verbs: Sequence[Span],
    last_needed: int,
) -> list[Attribution]:
    """The candidates of the sentences up to last_needed as the whole text gives them, read from
    as few sentences as it takes (and maybe some of the sentences after them)."""
    read = last_needed + 1
    kept = _candidates(masked, language, sentences, blocked, verbs, read)
    if read < len(sentences) and _mentions_asked_later(kept, last_needed, masked, sentences):
        read = min(read + MENTION_BACK, len(sentences))
        kept = _candidates(masked, language, sentences, blocked, verbs, read)
    if read < len(sentences) and _may_speak_later(kept, last_needed, masked, sentences[read][0]):
        kept = _candidates(masked, language, sentences, blocked, verbs, len(sentences))
    return kept


def _candidates(
    masked: str, language: str, sentences: Sequence[Span], blocked: SpanSet, verbs: Sequence[Span], read: int
) -> list[Attribution]:
    """The attributions and mentions of the first `read` sentences (all of them when there are
    none), in text order, speakers not resolved yet."""
    lex = speaker_lexicon(language)
    common = LowerCaseWords(masked)
    until = sentences[read][0] if read < len(sentences) else None
    found = find_attributions(masked, language, blocked, verbs, until)
    # "it said" stands for a body: it leaves the people of its sentence as they were
    covered = {sentence_index(sentences, a.start) for a in found if a.gender != NEUTER} if sentences else set()
    with_verb = {sentence_index(sentences, v[0]) for v in verbs} if sentences else set()
    subjects = [
        subject_attribution(masked, span, language, blocked)
        for n, span in enumerate(sentences[:read])
        if n not in covered and n in with_verb
    ]
    found.extend(a for a in subjects if a is not None)
    # Mentions only serve to resolve pronouns, descriptions and lone surnames: look in the few
    # sentences before each of them.
    needy = {sentence_index(sentences, a.start) for a in found
             if (a.kind in ("pronoun", "described") and a.gender != NEUTER)
             or (a.name and " " not in a.name)} if sentences else set()
    if needy:
        # a sentence whose only attribution is a pronoun may still name its subject: "Kevin
        # McCarthy ... revealed this when he boasted"
        named = {sentence_index(sentences, a.start) for a in found if a.kind != "pronoun"}
        wanted = {n - back for n in needy for back in range(MENTION_BACK + 1)} - named
        for n in sorted(wanted):
            if n < 0:
                continue
            mention = _mention(masked, sentences[n], language, blocked, subject_only=n in covered, lead=True)
            if mention is None:
                continue
            found.append(mention)
            if mention.kind == "pronoun_led" and n not in covered:
                # "He commanded the Democratic Party to ...": the sentence is about the one the
                # pronoun stands for; a full name it gives is merely mentioned (known for surnames)
                aside = _first_full_name(masked, sentences[n], lex, blocked)
                if aside is not None:
                    aside.kind = "aside_mention"
                    found.append(aside)
        introduced = (
            _introduced(masked, sentences[n], language, blocked)
            for n in sorted({n - back for n in needy for back in range(MENTION_BACK + 1)} - covered) if n >= 0
        )
        found.extend(a for a in introduced if a is not None)
    kept = [a for a in (_drop_common_words(a, common, masked, lex.indefinite) for a in found) if a is not None]
    asked = {sentence_index(sentences, a.start) for a in found if a.gender in (NEUTER, PLURAL)} if sentences else set()
    if asked:  # the bodies a body's pronoun may stand for, and those a body's description may be
        wanted = {n - back for n in asked for back in range(BODY_SCAN)}
        kept.extend(b for n in sorted(wanted) if n >= 0 for b in _bodies(masked, sentences[n], language, blocked))
    kept.sort(key=lambda a: a.start)
    for att in kept:
        att.sentence = sentence_index(sentences, att.start) if sentences else 0
        if att.kind == "body":  # a body announcing a block ("the Times wrote:") is near through it
            att.sentence = _block_end(masked, sentences, att.sentence)
        att.heading = _heading(masked, att.start, language)
        if att.kind == "pronoun" and sentences and masked[att.start : att.end].split()[0] in lex.pronouns:
            said = masked[sentences[att.sentence][0] : att.start]  # "..., he said", not "..., said he"
            att.closing = MASK not in said and CLOSING.search(said) is not None
    _genders_from_pronouns(masked, kept, lex)
    return kept


def _mentions_asked_later(
    found: Sequence[Attribution], last_needed: int, masked: str, sentences: Sequence[Span]
) -> bool:
    """Whether a named attribution in the last MENTION_BACK needed sentences repeats a name written
    in the needed sentences just before it: a mention there, if a pronoun after the needed
    sentences asks for it, would lend it its role when it has none, or its full name when it is a
    lone word (NameBook.full)."""
    first = sentences[max(0, last_needed - MENTION_BACK + 1)][0]
    return any(
        masked.find(a.name, first, a.start) >= 0
        for a in found
        if a.kind in ("named", "relative") and a.name and (not a.role or " " not in a.name)
        and first <= a.start and a.sentence <= last_needed
    )


def _may_speak_later(found: Sequence[Attribution], last_needed: int, masked: str, until: int) -> bool:
    """Whether a person mentioned without a role before a pronoun or a description of the
    sentences up to last_needed (what may stand for an earlier person), and not among the speakers
    found so far, has a name word written after `until`: an attribution there may name them, which
    makes them a stronger antecedent (NameBook.speaking)."""
    last_pronoun = max(
        (a.start for a in found
         if a.kind in ("pronoun", "described") and a.gender != NEUTER and a.sentence <= last_needed),
        default=-1,
    )
    speaking = _speaking(found)
    words = {
        w for a in found
        if a.kind in ("mention", "subject_mention", "lone_mention") and not a.role and a.start < last_pronoun
        for w in (a.name or "").split()
    }
    return any(masked.find(w, until) >= 0 for w in words - speaking)
