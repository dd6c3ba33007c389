"""Sentence spans: abbreviations per language, quotes kept whole, paragraphs never joined."""

from __future__ import annotations

import pytest

from compare.errors import SettingsError
from compare.sentences import alternation, first_char_alternation, paragraphs, sentence_index, split_sentences


def sentences(text: str, language: str, protected: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, language, protected or [])]


CASES = [
    # language, text, expected sentences
    ("en", "Mr. Lee arrived at noon. He left at five.", ["Mr. Lee arrived at noon.", "He left at five."]),
    ("en", "Sen. Holt voted no. The bill failed.", ["Sen. Holt voted no.", "The bill failed."]),
    ("id", "Tn. Hasan tiba pagi ini. Ia langsung rapat.", ["Tn. Hasan tiba pagi ini.", "Ia langsung rapat."]),
    ("ms", "Dr. Aziz hadir. Mesyuarat bermula.", ["Dr. Aziz hadir.", "Mesyuarat bermula."]),
    ("ru", "В 2024 г. Москва приняла план. Он вступил в силу.",
     ["В 2024 г. Москва приняла план.", "Он вступил в силу."]),
    ("uk", "У 2023 р. місто виросло. Це рекорд.", ["У 2023 р. місто виросло.", "Це рекорд."]),
    ("vi", "TP. HCM mưa lớn. Nhiều tuyến đường ngập.", ["TP. HCM mưa lớn.", "Nhiều tuyến đường ngập."]),
    ("fr", "M. Morel est arrivé. Il a parlé.", ["M. Morel est arrivé.", "Il a parlé."]),
    ("es", "La Sra. Ortega llegó. Habló después.", ["La Sra. Ortega llegó.", "Habló después."]),
    ("de", "Dr. Weber kam um neun. Er sprach kurz.", ["Dr. Weber kam um neun.", "Er sprach kurz."]),
    ("ko", "회의가 열렸다. 결론은 없었다.", ["회의가 열렸다.", "결론은 없었다."]),
    ("en", "First line without stop\nSecond line.", ["First line without stop", "Second line."]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_sentences(language: str, text: str, expected: list[str]) -> None:
    assert sentences(text, language) == expected


def test_no_split_inside_a_protected_quote() -> None:
    text = 'He said: "We came. We saw. We left." Then the hall emptied.'
    inner = (text.index("We came"), text.index('left."') + len("left."))
    got = sentences(text, "en", [inner])
    assert got[0] == 'He said: "We came. We saw. We left."'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\n  \nTwo.", ["One.", "Two."]),
        ("\nOne.\r\n\t\nTwo. \n", ["One.\r", "Two. "]),  # a line keeps its own spaces and \r
        ("", []),
        ("\n \n", []),
        ("Satu.\u2028Dua.", ["Satu.\u2028Dua."]),  # only \n ends a paragraph
    ],
)
def test_paragraph_spans_skip_blank_lines(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in paragraphs(text)] == expected


@pytest.mark.parametrize(
    ("spans", "position", "index"),
    [
        ([(0, 8), (9, 20), (21, 30)], 0, 0),
        ([(0, 8), (9, 20), (21, 30)], 5, 0),
        ([(0, 8), (9, 20), (21, 30)], 8, 0),  # the gap after a sentence belongs to it
        ([(0, 8), (9, 20), (21, 30)], 9, 1),
        ([(0, 8), (9, 20), (21, 30)], 25, 2),
        ([(0, 8), (9, 20), (21, 30)], 99, 2),
        ([(4, 8), (9, 20)], 2, 0),  # before the first sentence
        ([], 3, 0),
    ],
)
def test_sentence_index(spans: list[tuple[int, int]], position: int, index: int) -> None:
    assert sentence_index(spans, position) == index


def test_alternation_prefers_longest_and_refuses_empty() -> None:
    import regex

    pattern = regex.compile(alternation(["AP", "AP Stylebook"]))
    assert pattern.match("AP Stylebook").group() == "AP Stylebook"
    with pytest.raises(SettingsError):
        alternation([])


# first_char_alternation finds what alternation finds, in case-sensitive patterns over lower-cased text.
# (language, phrases, synthetic text, expected matches)
GROUPED = [
    ("en", ["said", "says", "say", "told", "according to", "added", "a", "as"],
     "he said, as she says: according  to them, they told us and added a note; sayings",
     ["said", "as", "says", "according  to", "told", "added", "a"]),
    ("id", ["kata", "katanya", "mengatakan", "menurut", "ujar", "ujarnya"],
     "menurut dia, katanya. ujar menteri yang mengatakan kata-kata", ["menurut", "katanya", "ujar", "mengatakan", "kata", "kata"]),
    ("ru", ["заявил", "заявила", "сказал", "сообщил", "по данным"],
     "как заявила она, сказал он; по  данным тасс, сообщили", ["заявила", "сказал", "по  данным"]),
    ("vi", ["nói", "cho biết", "cho hay", "theo"], "ông nói và cho  biết, theo bà cho hay", ["nói", "cho  biết", "theo", "cho hay"]),
    ("ko", ["말했다", "밝혔다", "전했다"], "그는 말했다. 외무상은 밝혔다고 전했다", ["말했다", "전했다"]),  # 밝혔다고: a word goes on
]


@pytest.mark.parametrize(("language", "phrases", "text", "expected"), GROUPED)
def test_first_char_alternation_matches_as_alternation(
    language: str, phrases: list[str], text: str, expected: list[str]
) -> None:
    import re

    plain = re.compile(rf"(?<!\w){alternation(phrases)}(?!\w)")
    grouped = re.compile(rf"(?<!\w){first_char_alternation(phrases)}(?!\w)")
    assert [m.group() for m in grouped.finditer(text)] == expected
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
