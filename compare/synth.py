"""A synthetic multilingual news corpus with known stories and planted disagreements.

Every article is our own text built from per-language templates (compare/data/synth_templates.csv)
and fictional names, places and outlets (compare/data/synth_vocab.csv). Articles of one story
share only what really crosses languages: names, places, numbers and the agencies cited.
Each story may have a look-alike twin: the same kind of event on the same day elsewhere,
which is what makes clustering non-trivial.

Gold columns (never read by the pipeline): ``gold_story``, ``gold_event``, ``gold_twin`` (the
look-alike story or None), ``gold_planted`` (list of planted disagreements: altered or truncated
quotes, changed numbers, a quote credited to a different agency).

Usage: ``python -m compare.synth N OUT.jsonl [--days D] [--seed S] [--languages en,id,vi,ru]``.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from compare import lexicon

LANGUAGES = ("en", "id", "vi", "ru")
START = datetime(2026, 3, 2)
MEAN_STORY_SIZE = 8  # articles per story, on average (sizes are skewed: a few big stories)
MAX_STORY_SIZE = 40
TWIN_SHARE = 0.5  # share of stories that get a look-alike twin on the same day
PLANT_RATE = 0.3  # share of non-first articles of a story carrying one planted disagreement
WORDS_MIN, WORDS_MAX = 520, 680  # body length drawn per article
MAX_DELAY_HOURS = 60  # articles of a story appear within this many hours of the event
PLANT_KINDS = ("altered_quote", "truncated_quote", "changed_number", "different_agency")
SEPARATORS = {"comma": ",", "dot": ".", "space": "\u00a0"}
SLOT_ORDER = ("lead", "filler", "quote1", "filler", "figure", "filler", "quote2", "filler", "figure")


@dataclass(frozen=True)
class Kit:
    """One language's templates and vocabulary."""

    templates: dict[str, list[str]]
    vocab: dict[str, dict[str, str]]

    def word(self, kind: str, key: str) -> str:
        return self.vocab[kind][key]


@cache
def kit(language: str) -> Kit:
    """Templates and vocabulary of a language; rows for '*' fill in what it does not give."""
    templates: dict[str, list[str]] = {}
    for row in lexicon.rows_for("synth_templates", language):
        templates.setdefault(row["kind"], []).append(row["text"])
    vocab: dict[str, dict[str, str]] = {}
    rows = lexicon.rows_for("synth_vocab", language)
    for row in sorted(rows, key=lambda r: r["language"] != "*"):  # language rows override '*'
        vocab.setdefault(row["kind"], {})[row["key"]] = row["text"]
    vocab["place"] = {
        f"{pk}{sk}": pt + st for pk, pt in vocab["place_prefix"].items() for sk, st in vocab["place_suffix"].items()
    }
    return Kit(templates, vocab)


@dataclass
class Story:
    gold_id: str
    event: str
    place: str
    day: int
    speakers: list[tuple[str, str, str]]  # (first name key, last name key, role key)
    agencies: list[str]
    numbers: dict[str, int]
    unit: str
    quotes: list[int]  # indices into the quote_text templates
    twin: str | None = None
    size: int = 1
    extra: dict[str, Any] = field(default_factory=dict)


def _plan_story(gold_id: str, day: int, event: str, rng: random.Random, base: Kit) -> Story:
    role_keys = sorted(base.vocab["role"])
    first, last = sorted(base.vocab["first_name"]), sorted(base.vocab["last_name"])
    return Story(
        gold_id=gold_id,
        event=event,
        place=rng.choice(sorted(base.vocab["place"])),
        day=day,
        speakers=[(rng.choice(first), rng.choice(last), role) for role in rng.sample(role_keys, 2)],
        agencies=rng.sample(sorted(base.vocab["agency"]), 2),
        numbers={
            "n1": rng.randrange(12, 2500) * 10,
            "n2": rng.randrange(3, 900),
            "n3": rng.randrange(20, 6000) * 10,
            "n4": rng.randrange(40, 3000),
        },
        unit=rng.choice(sorted(base.vocab["unit"])),
        quotes=rng.sample(range(len(base.templates["quote_text"])), 2),
    )


def plan_stories(n_articles: int, days: int, rng: random.Random) -> list[Story]:
    """Stories with sizes summing to n_articles; about TWIN_SHARE of them in look-alike pairs."""
    base = kit("en")
    events = sorted(base.vocab["event"])
    stories: list[Story] = []
    total = 0
    while total < n_articles:
        day, event = rng.randrange(days), rng.choice(events)
        group = [_plan_story(f"g{len(stories) + k:06d}", day, event, rng, base) for k in range(2)]
        if rng.random() >= TWIN_SHARE:
            group = group[:1]
        elif group[1].place == group[0].place:
            group[1].place = next(p for p in sorted(base.vocab["place"]) if p != group[0].place)
        if len(group) == 2:
            group[0].twin, group[1].twin = group[1].gold_id, group[0].gold_id
        for story in group:
            story.size = min(MAX_STORY_SIZE, 1 + int(rng.expovariate(1 / (MEAN_STORY_SIZE - 1))))
            story.size = min(story.size, n_articles - total)
            total += story.size
        if group[-1].size == 0:  # the corpus was full before the twin got an article
            group[0].twin = None
        stories.extend(story for story in group if story.size > 0)
    return stories


def format_number(value: int, language: str) -> str:
    separator = SEPARATORS[kit(language).word("thousands", "separator")]
    return f"{value:,}".replace(",", separator)


def format_date(when: datetime, language: str) -> str:
    lang_kit = kit(language)
    month = lang_kit.vocab.get("month", {}).get(str(when.month), str(when.month))
    return lang_kit.word("date_format", "date").format(month=month, day=when.day, m=when.month)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _person(lang_kit: Kit, speaker: tuple[str, str, str]) -> str:
    return f"{lang_kit.word('first_name', speaker[0])} {lang_kit.word('last_name', speaker[1])}"


def _plant(story: Story, language: str, rng: random.Random) -> dict[str, Any] | None:
    """Pick the disagreement this article carries (None: it relays faithfully)."""
    if rng.random() >= PLANT_RATE:
        return None
    kind = rng.choice(PLANT_KINDS)
    if kind == "changed_number":
        old = story.numbers["n1"]
        return {"kind": kind, "original": old, "value": int(old * rng.choice((0.5, 0.8, 1.5, 2.0)))}
    if kind == "different_agency":
        others = [a for a in sorted(kit("en").vocab["agency"]) if a not in story.agencies]
        return {"kind": kind, "original": story.agencies[0], "value": rng.choice(others)}
    return {"kind": kind}


def _quote(text: str, plant: dict[str, Any] | None, lang_kit: Kit, rng: random.Random) -> str:
    if plant is None or plant["kind"] not in ("altered_quote", "truncated_quote"):
        return text
    words = text.split()
    if plant["kind"] == "truncated_quote":
        changed = " ".join(words[: max(3, int(len(words) * 0.6))])
    else:
        position = rng.randrange(1, len(words))
        words[position] = rng.choice(sorted(lang_kit.vocab["alter_word"]))
        changed = " ".join(words)
    plant.update(original=text, value=changed)
    return changed


def write_article(story: Story, index: int, language: str, outlet: str, rng: random.Random) -> dict[str, Any]:
    """One article of a story in one language by one outlet, with its gold fields."""
    lang_kit = kit(language)
    published = START + timedelta(days=story.day, hours=rng.uniform(0, MAX_DELAY_HOURS) if index else rng.uniform(0, 6))
    plant = _plant(story, language, rng) if index else None
    numbers = dict(story.numbers)
    if plant and plant["kind"] == "changed_number":
        numbers["n1"] = plant["value"]
    slots = {k: format_number(v, language) for k, v in numbers.items()}
    event = lang_kit.word("event", story.event)
    slots.update(
        event=event,
        Event=_capitalised(event),
        place=lang_kit.word("place", story.place),
        unit1=lang_kit.word("unit", story.unit),
        date=format_date(START + timedelta(days=story.day), language),
        outlet_name=lang_kit.word("outlet", outlet),
    )
    body = _body(story, slots, plant, language, rng)
    slots["speaker"], slots["agency"] = _person(lang_kit, story.speakers[0]), lang_kit.word("agency", story.agencies[0])
    title = rng.choice(lang_kit.templates["title"]).format(**slots)
    return {
        "url": f"https://{outlet}/{published:%Y/%m/%d}/{story.gold_id}-{index}",
        "outlet": outlet,
        "language": language,
        "published_at": published.replace(microsecond=0),
        "title": title,
        "text": body,
        "gold_story": story.gold_id,
        "gold_event": story.event,
        "gold_twin": story.twin,
        "gold_planted": [plant] if plant else [],
    }


def _body(story: Story, slots: dict[str, str], plant: dict[str, Any] | None, language: str, rng: random.Random) -> str:
    lang_kit = kit(language)
    target = rng.randint(WORDS_MIN, WORDS_MAX)
    quotes = [lang_kit.templates["quote_text"][q].format(**slots) for q in story.quotes]
    quotes[0] = _quote(quotes[0], plant, lang_kit, rng)
    figures = rng.sample(lang_kit.templates["figure"], len(lang_kit.templates["figure"]))
    draws = _Draws(lang_kit, language, rng)
    sentences: list[str] = []
    words = 0
    plan = list(SLOT_ORDER)
    while words < target:
        slot = plan.pop(0) if plan else "filler"
        draws.fill(slots, story)
        sentence = _sentence(slot, story, slots, quotes, figures, plant, lang_kit, rng)
        sentences.append(sentence)
        words += sentence.count(" ") + 1
    sentences.append(rng.choice(lang_kit.templates["closing"]).format(**slots))
    return _paragraphs(sentences, rng)


class _Draws:
    """Random fillers of the varying slots, drawn in one batch per article (draws are the hot spot)."""

    BATCH = 64

    def __init__(self, lang_kit: Kit, language: str, rng: random.Random) -> None:
        self.kit, self.language = lang_kit, language
        self.places = sorted(lang_kit.vocab["place"])
        self.first, self.last = sorted(lang_kit.vocab["first_name"]), sorted(lang_kit.vocab["last_name"])
        self.bits = [rng.getrandbits(64) for _ in range(self.BATCH)]
        self.k = 0

    def fill(self, slots: dict[str, str], story: Story) -> None:
        bits = self.bits[self.k % self.BATCH] ^ (self.k // self.BATCH)
        self.k += 1
        word = self.kit.word
        slots["agency"] = word("agency", story.agencies[bits & 1])
        if self.k == 1:  # one neighbouring town and one relief official per article
            slots["other_place"] = word("place", self.places[(bits >> 1) % len(self.places)])
            first, last = self.first[(bits >> 9) % len(self.first)], self.last[(bits >> 17) % len(self.last)]
            slots["other_person"] = f"{word('first_name', first)} {word('last_name', last)}"
            slots["year"] = str(1968 + (bits >> 25) % 52)  # and one earlier event they recall
            slots["n5"] = format_number(20 + (bits >> 33) % 4980, self.language)
        slots["filler"] = str((bits >> 45) % 997)


def _sentence(
    slot: str,
    story: Story,
    slots: dict[str, str],
    quotes: list[str],
    figures: list[str],
    plant: dict[str, Any] | None,
    lang_kit: Kit,
    rng: random.Random,
) -> str:
    if slot in ("quote1", "quote2"):
        which = int(slot[-1]) - 1
        speaker = story.speakers[which]
        agency = story.agencies[which]
        if which == 0 and plant and plant["kind"] == "different_agency":
            agency = plant["value"]
        role = lang_kit.word("role", speaker[2])
        return rng.choice(lang_kit.templates["quote"]).format(
            **{
                **slots,
                "quote": quotes[which],
                "speaker": _person(lang_kit, speaker),
                "role": role,
                "Role": _capitalised(role),
                "agency": lang_kit.word("agency", agency),
            }
        )
    if slot == "figure" and figures:
        return figures.pop().format(**slots)
    templates = lang_kit.templates["lead" if slot == "lead" else "filler"]
    return templates[int(slots["filler"]) % len(templates)].format(**slots)


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    """Sentences grouped into paragraphs of 2-4 sentences, one per line."""
    sizes = (2 + (rng.getrandbits(2) % 3) for _ in range(len(sentences)))
    paragraphs, start = [], 0
    for size in sizes:
        if start >= len(sentences):
            break
        paragraphs.append(" ".join(sentences[start : start + size]))
        start += size
    return "\n".join(paragraphs)


def generate_corpus(
    n_articles: int, days: int = 30, seed: int = 0, languages: tuple[str, ...] | list[str] = LANGUAGES
) -> pd.DataFrame:
    """n_articles synthetic articles over `days` days: ingest columns plus gold_* columns."""
    rng = random.Random(seed)
    outlets = {lang: sorted(kit(lang).vocab["outlet"]) for lang in languages}
    rows = []
    for story in plan_stories(n_articles, days, rng):
        for index in range(story.size):
            language = rng.choice(list(languages))
            rows.append(write_article(story, index, language, rng.choice(outlets[language]), rng))
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    frame = frame.sort_values(["published_at", "url"], kind="mergesort").reset_index(drop=True)
    frame.insert(0, "id", [f"synth-{seed}-{k:07d}" for k in range(len(frame))])
    frame["published_at"] = pd.to_datetime(frame["published_at"])
    return frame


def write_jsonl(frame: pd.DataFrame, path: Path) -> Path:
    """The corpus as JSONL in the ingest format (dates as ISO strings), gold fields kept."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in frame.to_dict("records"):
            record["published_at"] = record["published_at"].isoformat()
            record["synthetic"] = True
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic multilingual corpus as JSONL.")
    parser.add_argument("n_articles", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    args = parser.parse_args(argv)
    frame = generate_corpus(args.n_articles, args.days, args.seed, tuple(args.languages.split(",")))
    print(write_jsonl(frame, args.out))


if __name__ == "__main__":
    main()
