"""parse_number: each language's separators, scale words and number words (cases written for crosswire)."""

from __future__ import annotations

import pytest

from compare.numbers import TokensBefore, WordEntry, alternation, find_words, parse_number, word_before, word_entries

CASES = [
    # language, token as written, value
    ("en", "10,000", 10_000),
    ("en", "1,234.5", 1234.5),
    ("en", "1.5 million", 1_500_000),
    ("en", "2 billion", 2e9),
    ("en", "425 million", 425e6),
    ("en", "a million", 1e6),
    ("en", "three thousand", 3000),
    ("en", "1 million 500 thousand", 1_500_000),
    ("en", "10\u202f000", 10_000),
    ("id", "10.000", 10_000),
    ("id", "1,5 juta", 1_500_000),
    ("id", "425 juta", 425e6),
    ("id", "2,3 miliar", 2.3e9),
    ("id", "1.000.000", 1e6),
    ("id", "dua juta", 2e6),
    ("id", "1.5 juta", 1_500_000),  # the English decimal point, read as such before a scale word
    ("ms", "10,000", 10_000),
    ("ms", "1.5 juta", 1_500_000),
    ("ms", "3 bilion", 3e9),
    ("vi", "10.000", 10_000),
    ("vi", "1,5 triệu", 1_500_000),
    ("vi", "425 triệu", 425e6),
    ("vi", "2 nghìn tỷ", 2e12),
    ("vi", "3 tỷ", 3e9),
    ("ru", "10 000", 10_000),
    ("ru", "10\u00a0000", 10_000),
    ("ru", "2,3 млрд", 2.3e9),
    ("ru", "8 тысяч", 8000),
    ("ru", "1,2 млн", 1_200_000),
    ("ru", "три тысячи", 3000),
    ("uk", "10 000", 10_000),
    ("uk", "2,5 мільярда", 2.5e9),
    ("uk", "5 тис.", 5000),
    ("fr", "10 000", 10_000),
    ("fr", "10\u202f000", 10_000),
    ("fr", "3 millions", 3e6),
    ("fr", "1,5 milliard", 1.5e9),
    ("es", "10.000", 10_000),
    ("es", "2.500 millones", 2.5e9),
    ("es", "3 mil millones", 3e9),
    ("es", "1,5 millones", 1_500_000),
    ("de", "10.000", 10_000),
    ("de", "1.234,5", 1234.5),
    ("de", "3 Millionen", 3e6),
    ("de", "2,5 Mrd.", 2.5e9),
    ("de", "eine Million", 1e6),
    ("ko", "5만", 50_000),
    ("ko", "1억", 1e8),
    ("ko", "10,000", 10_000),
    ("ko", "1억 2천만", 1.2e8),
    ("ko", "2천500만", 2.5e7),
    ("ko", "4억2500만", 4.25e8),
    ("ko", "1만5000", 15_000),
    ("ko", "3천", 3000),
    ("ko", "4억5천200만", 4.52e8),  # digits and scale words mixed
    ("vi", "17 triệu tỷ", 1.7e16),  # a compound scale word
    ("vi", "1,2 triệu", 1.2e6),
    ("uk", "двісті тисяч", 200_000),  # hundreds in words
    ("ru", "триста тысяч", 300_000),
    ("ru", "400 тыс.", 400_000),
    ("de", "3,2 Mrd.", 3.2e9),
    ("id", "1,5 juta", 1.5e6),
    ("ko", "이백만", 2e6),  # Sino-Korean digit words against a scale word
    ("ko", "삼천", 3000),
]


@pytest.mark.parametrize(("language", "token", "value"), CASES)
def test_parse_number(language: str, token: str, value: float) -> None:
    assert parse_number(token, language) == pytest.approx(value, rel=1e-12)


NOT_NUMBERS = [
    ("id", "10.30"),  # a time: Indonesian groups thousands in threes
    ("en", "10,00"),
    ("en", "a"),  # a number word that needs a scale word
    ("fr", "un"),
    ("en", "soldiers"),
    ("ru", "10 000 человек"),  # a unit is not part of the number
    ("de", "3. Oktober"),
    ("en", ""),
    ("ko", "이"),  # a Sino-Korean digit needs its scale word
]


@pytest.mark.parametrize(("language", "token"), NOT_NUMBERS)
def test_parse_number_refuses(language: str, token: str) -> None:
    assert parse_number(token, language) is None


def test_alternation_prefers_the_longest_word_and_refuses_nothing() -> None:
    import re

    pattern = re.compile(alternation(["dolar", "dolar AS"]))
    assert pattern.match("dolar AS kepada").group() == "dolar AS"
    assert re.search(alternation([]), "anything") is None


# find_words: table words grouped by their common start are found where a plain scan per word finds them.
# (language, words as (word, exact case), text, expected (found text, start) in table order then position)
FIND_WORDS = [
    ("ru", [("миллион", False), ("миллиона", False), ("миллионов", False), ("миллиард", False)],
     "2 миллиона рублей и 3 миллиарда, Миллион.", [("миллиона", 2), ("Миллион", 33)]),
    ("ru", [("миллион", False), ("миллионов", False)], "миллионы", []),  # a longer word is no match
    ("vi", [("tháng 1", False), ("tháng 10", False), ("tháng 11", False)],
     "Tháng 10 và tháng 11, không phải tháng 1x", [("Tháng 10", 0), ("tháng 11", 12)]),
    ("en", [("May", True), ("monday", False)], "may stay. May 5, Monday", [("Monday", 17), ("May", 10)]),
    ("en", [("aa", False)], "aaa aa", [("aa", 4)]),  # an occurrence overlapping the last one is skipped
    ("id", [("juta", False), ("jt", False), ("ribu", False)], "2 jt, 3 ribu dan 4juta", [("ribu", 8), ("jt", 2)]),
    ("ko", [("백만", False), ("천만", False)], "백만 명이 아니라 천만명이", [("백만", 0), ("천만", 10)]),  # loose: particles follow
]


@pytest.mark.parametrize(("language", "words", "text", "expected"), FIND_WORDS)
def test_find_words(language: str, words: list[tuple[str, bool]], text: str, expected: list[tuple[str, int]]) -> None:
    table = word_entries((w, exact, w) for w, exact in words)
    found = find_words(text, text.lower(), table, loose=language == "ko")
    assert [(text[i:j], i) for i, j, _ in found] == expected
    assert found == _find_words_one_scan_per_word(text, table.entries, language == "ko")


def _find_words_one_scan_per_word(text: str, entries: tuple[WordEntry, ...], loose: bool) -> list:
    """The plain reference: one str.find scan per table word."""
    low, found = text.lower(), []
    for entry in entries:
        i = low.find(entry.lower)
        while i != -1:
            j = i + len(entry.lower)
            if (
                (i == 0 or not text[i - 1].isalnum())
                and (loose or j == len(text) or not text[j].isalnum())
                and (entry.exact is None or text[i:j] in entry.exact)
            ):
                found.append((i, j, entry))
            i = low.find(entry.lower, j)
    return found


WORDS_BEFORE = [
    # text, the word before the first digit: the cheap test and the tokens agree whatever the space
    ("sekitar 10 ribu", "sekitar"),
    ("rund\t10 Millionen", "rund"),
    ("environ\u202f10 000", "environ"),
    ("x\tabout 10", "about"),
    ("(about 10", "about"),
    ("10 troops", ""),
]


@pytest.mark.parametrize(("text", "word"), WORDS_BEFORE)
def test_word_before_agrees_with_the_tokens(text: str, word: str) -> None:
    pos = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert word_before(text, pos) == word
    assert TokensBefore(text, pos).last_word() == TokensBefore(text, pos, TokensBefore(text, pos).tokens).last_word()
