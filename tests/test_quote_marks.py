"""What a quoted stretch is: a direct quote, or a term, title or name (synthetic text written for
crosswire; outlets and people are fictional). A row per language and case."""

from __future__ import annotations

import pytest

from compare import quote_marks
from compare.extract import extract_parts
from compare.sentences import paragraphs


def quoted_texts(text: str, language: str) -> list[str]:
    """The direct quotes extraction reports for one text."""
    return [q["text"] for q in extract_parts(text, language, None).quotes]


def kind_of(text: str, language: str, quoted: str) -> str:
    """The kind classify_quotes gives the quoted stretch (no sentence is taken as reported speech)."""
    every = quote_marks.find_quotes(text, language, paragraphs(text))
    quote_marks.classify_quotes(text, every, language)
    found = [q for q in every if text[q.start : q.end] == quoted]
    assert len(found) == 1, f"{quoted!r} is not one quoted stretch of {text!r}"
    return found[0].kind


KEPT_OUT = [
    # language, text, the quoted stretch that is not a direct quote
    ("en", "Residents joined the “opt-out” movement at the fair.", "opt-out"),
    ("en", "She appeared on the podcast “Morning Round” last week.", "Morning Round"),
    ("en", "He told the “Harbor Evening Show” that he would run for mayor.", "Harbor Evening Show"),
    ("en", "LATEST—“City council backs new bridge plan,” by Daily Example's Tom Reed: the vote was close.",
     "City council backs new bridge plan,"),
    ("id", 'Program "makan-siang" mulai berjalan di Bogor pekan ini.', "makan-siang"),
    ("id", 'Ia tampil dalam film "Jalan Pulang" tahun lalu.', "Jalan Pulang"),
    ("ms", 'Beliau muncul dalam rancangan "Bual Pagi" minggu lalu.', "Bual Pagi"),
    ("vi", "Bà xuất hiện trong bộ phim “Mùa Hè Xanh” năm ngoái.", "Mùa Hè Xanh"),
    ("ru", "Об этом сообщил министр финансов Игорь Рябов в интервью «РИА Новости».", "РИА Новости"),
    ("ru", "Премьера фильма «Тихий берег» прошла в Казани.", "Тихий берег"),
    ("uk", "Національний банк зберіг ставку, повідомляє «Інтерфакс-Україна».", "Інтерфакс-Україна"),
    ("uk", "Вона вела програму «Ранок з Києвом» три роки.", "Ранок з Києвом"),
    ("fr", "Il a présenté le livre « Les Rives du Nord » à Lyon.", "Les Rives du Nord"),
    ("es", "La cantante presentó la canción «Noche de Luna» en Madrid.", "Noche de Luna"),
    ("de", "Das sagte Vorstandschef Stefan Roth der „Nordbayerischen Zeitung“.", "Nordbayerischen Zeitung"),
    ("de", "Sie spielte im Film „Das stille Tal“ die Hauptrolle.", "Das stille Tal"),
    ("ko", "그는 영화 ‘겨울 바다’에 출연했다.", "겨울 바다"),
    ("ko", "그는 영화 ‘겨울 바다’와 ‘푸른 언덕 마을’에 출연했다.", "푸른 언덕 마을"),
    ("en", "Reed, the star of “Harbor Nights,” spoke at the gala.", "Harbor Nights,"),
    ("en", "She starred in “Salt and Iron” and “The Long Quay,” both filmed in Example Bay.", "The Long Quay,"),
    ("es", "Actuó en la serie «Calle Mayor» y «Puerto Viejo» durante años.", "Puerto Viejo"),
]


@pytest.mark.parametrize(("language", "text", "quoted"), KEPT_OUT)
def test_terms_titles_and_names_are_not_direct_quotes(language: str, text: str, quoted: str) -> None:
    assert quoted in [text[q.start : q.end] for q in quote_marks.find_quotes(text, language, paragraphs(text))]
    assert quoted not in quoted_texts(text, language)


KEPT_IN = [
    # language, text, the direct quote
    ("en", "The senator said the plan was “reckless” and walked out.", "reckless"),
    ("en", "Berg said the deal was “a good start” for the city.", "a good start"),
    ("en", "The show host said: “We will be back on Monday.”", "We will be back on Monday."),
    ("id", 'Menteri Rina Sari mengatakan "kami siap bekerja sama" dengan semua pihak.', "kami siap bekerja sama"),
    ("ms", 'Menteri itu berkata projek tersebut "mustahil" untuk disiapkan tahun ini.', "mustahil"),
    ("vi", "Ông Trần Văn Minh nói: “Chúng tôi sẽ tiếp tục đàm phán.”", "Chúng tôi sẽ tiếp tục đàm phán."),
    ("ru", "Рябов заявил: «Мы не планируем повышать налоги».", "Мы не планируем повышать налоги"),
    ("uk", "Голова банку заявив: «Ми бачимо ознаки стабілізації цін».", "Ми бачимо ознаки стабілізації цін"),
    ("fr", "Le ministre a déclaré : « Nous ne reculerons pas ».", "Nous ne reculerons pas"),
    ("es", "El alcalde dijo que la obra fue «un error grave» del consejo.", "un error grave"),
    ("de", "„Wir werden die Produktion nicht aufgeben“, sagte Roth.", "Wir werden die Produktion nicht aufgeben"),
    ("ko", "김 장관은 “협상은 계속될 것”이라고 말했다.", "협상은 계속될 것"),
    ("en", "Tom Reed said “Reuters got it wrong” on Monday.", "Reuters got it wrong"),
    ("ru", "Рябов сказал: «ТАСС ошибся».", "ТАСС ошибся"),
]


@pytest.mark.parametrize(("language", "text", "quoted"), KEPT_IN)
def test_direct_quotes_are_kept(language: str, text: str, quoted: str) -> None:
    assert quoted in quoted_texts(text, language)


KINDS = [
    # language, text, quoted stretch, kind
    ("en", "Residents joined the “opt-out” movement at the fair.", "opt-out", quote_marks.TERM),
    ("en", "She appeared on the podcast “Morning Round” last week.", "Morning Round", quote_marks.TITLE),
    ("en", "Her new book, “Rivers of Salt,” sold well.", "Rivers of Salt,", quote_marks.TITLE),
    ("en", "He told the “Harbor Evening Show” that he would run.", "Harbor Evening Show", quote_marks.NAME),
    ("en", "The podcast host said “we are done here” and left.", "we are done here", quote_marks.DIRECT),
    ("en", "Her book “was never meant to be political,” she said.", "was never meant to be political,",
     quote_marks.DIRECT),
    ("fr", "« Les Rives du Nord », par Claire Dumas, paraît lundi.", "Les Rives du Nord", quote_marks.TITLE),
    ("en", "The mayor called the plan “a waste of money,” by all accounts.", "a waste of money,", quote_marks.DIRECT),
    ("fr", "AUJOURD’HUI — « Le port rouvre ses quais, » par Claire Dumas : les travaux sont finis.",
     "Le port rouvre ses quais,", quote_marks.TITLE),
    ("de", "Sie spielte im Film „Das stille Tal“ die Hauptrolle.", "Das stille Tal", quote_marks.TITLE),
    ("de", "Er sagte der Zeitung „Wir bleiben hier“ und ging.", "Wir bleiben hier", quote_marks.TITLE),
    ("ru", "Он сказал газете: «Мы остаемся».", "Мы остаемся", quote_marks.DIRECT),
    ("en", "He hosts the podcast “Dock Talk” and said “we will keep going,” in May.", "we will keep going,",
     quote_marks.DIRECT),
]


@pytest.mark.parametrize(("language", "text", "quoted", "kind"), KINDS)
def test_quote_kind(language: str, text: str, quoted: str, kind: str) -> None:
    assert kind_of(text, language, quoted) == kind


MISTYPED = [
    # language, text, the quotes found (an opening mark typed where a closing one belongs)
    ("en", "“It is unusual,“ said Tom Reed, a lawyer. “We will appeal.”", ["It is unusual,", "We will appeal."]),
    ("en", "The agency ordered an “expedited review“ of the dam and a “full safety audit” by May.",
     ["expedited review", "full safety audit"]),
    ("ru", "Он назвал решение «поспешным« и ушел, добавив: «Мы обжалуем его».", ["поспешным", "Мы обжалуем его"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), MISTYPED)
def test_mistyped_opening_mark_closes_its_quote(language: str, text: str, expected: list[str]) -> None:
    found = quote_marks.find_quotes(text, language, paragraphs(text))
    assert [text[q.start : q.end] for q in found] == expected


def test_dropped_quotes_stay_masked_for_speakers() -> None:
    text = "He spoke on the show “Harbor Evening Show Today” and said “we will rebuild the pier,” Mayor Anna Berg said."
    found = quote_marks.find_quotes(text, "en", paragraphs(text))
    masked = quote_marks.mask_quotes(text, found)
    assert "Harbor" not in masked and "rebuild" not in masked
    parts = extract_parts(text, "en", None)
    assert [q["text"] for q in parts.quotes] == ["we will rebuild the pier,"]
    assert parts.quotes[0]["speaker"] == "Anna Berg"
