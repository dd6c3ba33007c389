"""What a quoted stretch is: a direct quote, or a term, title or name (synthetic text written for
crosswire; outlets and people are fictional). A row per language and case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare import quote_filter, quote_marks
from compare.extract import extract_parts, quote_stage
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
    # a work noun right after a short title-case stretch, or a nickname or slogan before it
    ("en", "Callers rang his “Harbor Talk Tonight” radio program all week.", "Harbor Talk Tonight"),
    ("en", "The crowd chanted the “Build It Now” slogan outside.", "Build It Now"),
    ("en", "He mocked his rival with the nickname “Sleepy Sam.”", "Sleepy Sam."),
    ("id", 'Warga memberinya julukan "Si Jago Merah" sejak lama.', "Si Jago Merah"),
    ("ms", 'Penyokong melaungkan slogan "Bersatu Kita Teguh" di dataran.', "Bersatu Kita Teguh"),
    ("vi", "Người dân đặt cho ông biệt danh “Ông Già Biển” từ lâu.", "Ông Già Biển"),
    ("ru", "Болельщики дали ему прозвище «Железный Макс».", "Железный Макс"),
    ("uk", "Протестувальники скандували гасло «Ні Забудові»!", "Ні Забудові"),
    ("fr", "Les militants scandaient le slogan « Pas Sans Nous » devant la mairie.", "Pas Sans Nous"),
    ("es", "Le pusieron el apodo «El Muro» en el club.", "El Muro"),
    ("de", "Die Fans gaben ihm den Spitznamen „Eiserner Max“.", "Eiserner Max"),
    ("ko", "주민들은 그에게 별명 ‘바다 사나이’를 붙였다.", "바다 사나이"),
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


COINAGES = [
    # language, text (its sentence reports speech), a quoted compound or coinage: a term, not a quote
    ("en", "The senator said the plan was a “no-brainer” for voters.", "no-brainer"),
    ("en", "Berg said residents should visit “harbor.example.org” for the schedule.", "harbor.example.org"),
    ("fr", "Le maire a déclaré que ce projet était du « va-t-en-guerre » pur.", "va-t-en-guerre"),
    ("de", "Roth sagte, die Partei betreibe „Hafen-Populismus“ in der Stadt.", "Hafen-Populismus"),
    ("ru", "Рябов заявил, что реформу провели «кое-как».", "кое-как"),
    ("es", "El alcalde dijo que el plan era «anti-puerto» y lo rechazó.", "anti-puerto"),
]


@pytest.mark.parametrize(("language", "text", "quoted"), COINAGES)
def test_a_quoted_coinage_is_a_term_even_in_speech(language: str, text: str, quoted: str) -> None:
    assert quoted in [text[q.start : q.end] for q in quote_marks.find_quotes(text, language, paragraphs(text))]
    assert quoted not in quoted_texts(text, language)


# ----------------------------------------------------------------------------- the learned filter

FILTER_FEATURES = [
    # language, text, quoted stretch, feature the language data must light up
    ("en", "Critics mocked the so-called “harbor tax” plan at the fair.", "harbor tax", "naming_before"),
    ("en", "She was a guest on Example News' “Morning Harbor” in May.", "Morning Harbor", "possessive_before"),
    ("en", "Berg said: “We will rebuild the pier this year.”", "We will rebuild the pier this year.", "first_person"),
    ("id", 'Warga mengkritik apa yang disebut "pajak pelabuhan" itu.', "pajak pelabuhan", "naming_before"),
    ("id", 'Rina Sari mengatakan "kami siap bekerja sama" dengan semua pihak.', "kami siap bekerja sama",
     "first_person"),
    ("ms", 'Penduduk mengkritik apa yang digelar "cukai pelabuhan" itu.', "cukai pelabuhan", "naming_before"),
    ("vi", "Người dân chỉ trích cái gọi là “thuế cảng biển” tại hội chợ.", "thuế cảng biển", "naming_before"),
    ("vi", "Ông Minh nói: “Chúng tôi sẽ tiếp tục đàm phán.”", "Chúng tôi sẽ tiếp tục đàm phán.", "first_person"),
    ("ru", "Жители раскритиковали так называемый «портовый налог» на ярмарке.", "портовый налог", "naming_before"),
    ("ru", "Рябов заявил: «Мы не планируем повышать налоги».", "Мы не планируем повышать налоги", "first_person"),
    ("uk", "Мешканці розкритикували так званий «портовий податок» на ярмарку.", "портовий податок",
     "naming_before"),
    ("fr", "Les habitants ont critiqué la soi-disant « taxe portuaire » au marché.", "taxe portuaire",
     "naming_before"),
    ("fr", "Le ministre a déclaré : « Nous ne reculerons pas ».", "Nous ne reculerons pas", "first_person"),
    ("es", "Los vecinos criticaron el llamado «impuesto portuario» en la feria.", "impuesto portuario",
     "naming_before"),
    ("de", "Kritiker verspotteten die sogenannte „Hafen Steuer“ auf dem Markt.", "Hafen Steuer", "naming_before"),
    ("de", "„Wir werden die Produktion nicht aufgeben“, sagte Roth.", "Wir werden die Produktion nicht aufgeben",
     "first_person"),
    ("ko", "주민들은 이른바 ‘항구 세금’ 계획을 비판했다.", "항구 세금", "naming_before"),
    ("ko", "김 장관은 “우리는 협상을 계속할 것”이라고 말했다.", "우리는 협상을 계속할 것", "first_person"),
]


def judged_quote(text: str, language: str, quoted: str) -> tuple[quote_marks.Quote, quote_filter.QuoteContext]:
    stage = quote_stage(text, language)
    found = [q for q in stage.quotes if text[q.start : q.end] == quoted]
    assert len(found) == 1 and quote_filter.judged(found[0], text), f"{quoted!r} is not judged in {text!r}"
    return found[0], stage.context


@pytest.mark.parametrize(("language", "text", "quoted", "feature"), FILTER_FEATURES)
def test_filter_features_read_every_language_from_data(language: str, text: str, quoted: str, feature: str) -> None:
    quote, context = judged_quote(text, language, quoted)
    values = quote_filter.features(quote, context)
    assert values[feature] == 1.0
    others = [f for f in ("naming_before", "possessive_before", "first_person") if f != feature]
    assert all(values[f] == 0.0 for f in others)


RANKED = [
    # language, scare quote / slogan / title, real short quote: the fitted model scores the first lower
    ("en", "She was a guest on Example News' “Morning Harbor” in May.", "Morning Harbor",
     "Mayor Anna Berg said the deal was “a good start” for the city.", "a good start"),
    ("id", 'Warga mengkritik apa yang disebut "pajak pelabuhan" itu.', "pajak pelabuhan",
     'Menteri Rina Sari mengatakan "kami siap bekerja sama" dengan semua pihak.', "kami siap bekerja sama"),
    ("ms", 'Penduduk mengkritik apa yang digelar "cukai pelabuhan" itu.', "cukai pelabuhan",
     'Menteri Rina Sari berkata perjanjian itu "permulaan yang baik" untuk bandar.', "permulaan yang baik"),
    ("vi", "Người dân chỉ trích cái gọi là “thuế cảng biển” tại hội chợ.", "thuế cảng biển",
     "Ông Trần Văn Minh nói thỏa thuận là “một khởi đầu tốt” cho thành phố.", "một khởi đầu tốt"),
    ("ru", "Жители раскритиковали так называемый «портовый налог» на ярмарке.", "портовый налог",
     "Министр Игорь Рябов заявил, что сделка — «хорошее начало» для города.", "хорошее начало"),
    ("uk", "Мешканці розкритикували так званий «портовий податок» на ярмарку.", "портовий податок",
     "Міністр Ігор Рябов заявив, що угода — «добрий початок» для міста.", "добрий початок"),
    ("fr", "Les habitants ont critiqué la soi-disant « taxe portuaire » au marché.", "taxe portuaire",
     "Le maire Paul Roux a déclaré que l'accord était « un bon début » pour la ville.", "un bon début"),
    ("es", "Los vecinos criticaron el llamado «impuesto portuario» en la feria.", "impuesto portuario",
     "El alcalde Pablo Ruiz dijo que el acuerdo fue «un buen comienzo» para la ciudad.", "un buen comienzo"),
    ("de", "Kritiker verspotteten die sogenannte „Hafen Steuer“ auf dem Markt.", "Hafen Steuer",
     "Bürgermeisterin Anna Berg sagte, der Vertrag sei „ein guter Anfang“ für die Stadt.", "ein guter Anfang"),
    pytest.param(
        "ko", "주민들은 이른바 ‘항구 세금’ 계획을 비판했다.", "항구 세금",
        "김 장관은 “우리는 협상을 계속할 것”이라고 말했다.", "우리는 협상을 계속할 것",
        marks=pytest.mark.xfail(strict=True, reason="fitted on English only: a particle glued to the closing "
                                "mark ('”이라고 말했다') reads as neither a sentence end nor a following word"),
    ),
]


@pytest.mark.parametrize(("language", "scare_text", "scare", "real_text", "real"), RANKED)
def test_fitted_model_scores_a_scare_quote_under_a_real_short_quote(
    language: str, scare_text: str, scare: str, real_text: str, real: str
) -> None:
    model = quote_filter.read_model(quote_filter.MODEL_PATH, adopted_only=False)
    assert model is not None
    low = model.probability(quote_filter.features(*judged_quote(scare_text, language, scare)))
    high = model.probability(quote_filter.features(*judged_quote(real_text, language, real)))
    assert low < high


SPEECH_ONLY = quote_filter.QuoteModel(  # keeps a quote only when its sentence reports speech
    features=quote_filter.FEATURES,
    coefficients=tuple(4.0 if f == "speech_in_sentence" else 0.0 for f in quote_filter.FEATURES),
    intercept=-2.0,
    threshold=0.5,
)
FILTERED = [
    # language, text, the quote the model drops (no speech in its sentence), the quote it keeps
    ("en", "The “harbor tax” plan passed. Berg said it was “a good start” for the city.",
     "harbor tax", "a good start"),
    ("ru", "План «портовый налог» принят. Рябов заявил, что это «хорошее начало» для города.",
     "портовый налог", "хорошее начало"),
]


@pytest.mark.parametrize(("language", "text", "dropped", "kept"), FILTERED)
def test_filter_turns_low_scores_into_terms_and_keeps_them_masked(
    language: str, text: str, dropped: str, kept: str
) -> None:
    stage = quote_stage(text, language)
    quote_filter.filter_quotes(stage.quotes, stage.context, SPEECH_ONLY)
    kinds = {text[q.start : q.end]: q.kind for q in stage.quotes}
    assert kinds == {dropped: quote_marks.TERM, kept: quote_marks.DIRECT}
    assert dropped not in stage.context.masked


def test_stored_model_matches_the_features_and_says_whether_it_is_adopted(tmp_path: Path) -> None:
    stored = json.loads(quote_filter.MODEL_PATH.read_text(encoding="utf-8"))
    assert tuple(stored["features"]) == quote_filter.FEATURES
    assert len(stored["coefficients"]) == len(quote_filter.FEATURES)
    assert (quote_filter.quote_model() is not None) == stored["adopted"]
    path = tmp_path / "quote_filter.json"
    for adopted in (True, False):
        path.write_text(json.dumps({**stored, "adopted": adopted}), encoding="utf-8")
        assert (quote_filter.read_model(path) is not None) == adopted
        assert quote_filter.read_model(path, adopted_only=False) is not None


VENUES = [
    # language, text, quoted stretch, reported as a direct quote? (a short title-case stretch before the
    # sentence's verb of saying names the venue; only where titles are written in title case)
    ("en", "On Example News’ “Harbor Week” Tuesday, Berg said the pier would reopen.", "Harbor Week", False),
    ("en", "Sunday, on “Morning Quay,” Mayor Anna Berg said she would run again.", "Morning Quay,", False),
    ("id", 'Dalam acara bincang "Pagi Nusantara" kemarin, Rina Sari mengatakan harga akan turun.',
     "Pagi Nusantara", False),
    ("ms", 'Dalam slot "Bual Petang Kita" semalam, menteri itu berkata harga akan turun.',
     "Bual Petang Kita", False),
    ("en", "Berg told Example TV’s “Harbor Week” that the pier would reopen.", "Harbor Week", False),
    ("en", "Lia Moss, the anchor of Example TV's \"Evening Desk,\" asked about the pier.", "Evening Desk,", False),
    ("en", "“Game Over Now,” Berg said after the vote.", "Game Over Now,", True),
    ("en", "Berg's “We Will Rebuild” was all the mayor said.", "We Will Rebuild", False),
    ("en", "Berg said the plan was “Very Sad Indeed” on Monday.", "Very Sad Indeed", True),
    ("de", "Der Plan sei „Großer Unsinn“, sagte Roth am Montag.", "Großer Unsinn", True),
    ("fr", "Selon lui, la réforme est « Une Erreur Grave », a déclaré le maire.", "Une Erreur Grave", True),
    ("ko", "김 장관은 “협상은 계속될 것”이라고 말했다.", "협상은 계속될 것", True),
]


@pytest.mark.parametrize(("language", "text", "quoted", "direct"), VENUES)
def test_a_title_before_the_verb_of_saying_is_a_venue(language: str, text: str, quoted: str, direct: bool) -> None:
    assert quoted in [text[q.start : q.end] for q in quote_marks.find_quotes(text, language, paragraphs(text))]
    assert (quoted in quoted_texts(text, language)) == direct


ATTRIBUTION_CONTEXT = [
    # language, text, quoted stretch, attribution-context feature, its value (compare/quote_filter.py)
    ("en", "Mayor Anna Berg called the plan “a costly mistake” on Monday.", "a costly mistake", "verb_just_before",
     1.0),
    ("en", "The “harbor tax” plan passed the council on Monday.", "harbor tax", "verb_just_before", 0.0),
    ("en", "“We will rebuild the pier,” Mayor Anna Berg said on Monday.", "We will rebuild the pier,",
     "verb_just_after", 1.0),
    ("en", "The council met on Monday.\n\nMayor Anna Berg said:\n\n“We will rebuild the pier this year.”",
     "We will rebuild the pier this year.", "colon_intro_speech", 1.0),
    ("en", "The full text follows:\n\n“The council will meet again in May.”", "The council will meet again in May.",
     "colon_intro_bare", 1.0),
    ("en", "“The pier is open,” Berg said. “Boats can dock again from Friday.”", "Boats can dock again from Friday.",
     "continues_quote", 1.0),
    ("en", "HARBOR NEWS — “The pier is open again,” the port office said.", "The pier is open again,", "caps_line", 1.0),
    ("en", "Harbor news — “The pier is open again,” the port office said.", "The pier is open again,", "caps_line", 0.0),
    ("en", '"He called it “a bad joke” and left," she said.', "He called it “a bad joke” and left,", "nested_marks",
     1.0),
    ("id", 'Menteri Rina Sari menyebut rencana itu "kesalahan yang mahal" pada Senin.', "kesalahan yang mahal",
     "verb_just_before", 1.0),
    ("id", '"Kami akan membangun dermaga," kata Rina Sari, Senin.', "Kami akan membangun dermaga,", "verb_just_after",
     1.0),
    ("id", '"Dermaga sudah dibuka," kata Rina Sari. "Kapal bisa bersandar mulai Jumat."',
     "Kapal bisa bersandar mulai Jumat.", "continues_quote", 1.0),
    ("ms", '"Kami akan membina jeti itu," kata Rina Sari pada Isnin.', "Kami akan membina jeti itu,", "verb_just_after",
     1.0),
    ("vi", "Ông Trần Văn Minh nói: “Chúng tôi sẽ xây lại cảng.”", "Chúng tôi sẽ xây lại cảng.", "verb_just_before",
     1.0),
    ("vi", "“Cảng đã mở cửa,” ông Minh nói. “Tàu có thể cập bến từ thứ Sáu.”", "Tàu có thể cập bến từ thứ Sáu.",
     "continues_quote", 1.0),
    ("ru", "Рябов назвал план «дорогой ошибкой» в понедельник.", "дорогой ошибкой", "verb_just_before", 1.0),
    ("ru", "«Мы восстановим причал», — заявил Игорь Рябов в понедельник.", "Мы восстановим причал", "verb_just_after",
     1.0),
    ("uk", "«Ми відновимо причал», — заявив Ігор Рябов у понеділок.", "Ми відновимо причал", "verb_just_after", 1.0),
    ("fr", "« Nous reconstruirons le port », a déclaré le maire Paul Roux lundi.", "Nous reconstruirons le port",
     "verb_just_after", 1.0),
    ("fr", "Le maire Paul Roux a déclaré :\n\n« Nous reconstruirons le port cette année. »",
     "Nous reconstruirons le port cette année.", "colon_intro_speech", 1.0),
    ("es", "El alcalde Pablo Ruiz dijo: «Reconstruiremos el puerto este año».", "Reconstruiremos el puerto este año",
     "verb_just_before", 1.0),
    ("es", "«Reconstruiremos el puerto», dijo el alcalde Pablo Ruiz el lunes.", "Reconstruiremos el puerto",
     "verb_just_after", 1.0),
    ("de", "Berg sagte: „Wir werden den Hafen wieder aufbauen.“", "Wir werden den Hafen wieder aufbauen.",
     "verb_just_before", 1.0),
    ("de", "„Wir werden den Hafen wieder aufbauen“, sagte Bürgermeisterin Anna Berg am Montag.",
     "Wir werden den Hafen wieder aufbauen", "verb_just_after", 1.0),
    ("ko", "김 장관은 “우리는 협상을 계속할 것”이라고 말했다.", "우리는 협상을 계속할 것", "verb_just_after", 1.0),
    ("ko", "김 장관은 “협상은 계속될 것”이라고 말했다. “다음 주에 다시 만난다.”", "다음 주에 다시 만난다.", "continues_quote",
     1.0),
    ("ko", "시장은 “항구 재건 계획” 문서를 공개했다.", "항구 재건 계획", "caps_line", 0.0),  # a script without case has no capitals
]


@pytest.mark.parametrize(("language", "text", "quoted", "feature", "value"), ATTRIBUTION_CONTEXT)
def test_attribution_context_features(language: str, text: str, quoted: str, feature: str, value: float) -> None:
    quote, context = judged_quote(text, language, quoted)
    assert quote_filter.features(quote, context)[feature] == value


NESTED = [
    # language, text, the quoted stretches found: a quote of another kind nested in a quote does not close it
    ("en", '"He called it “a bad joke” and left," she said.', ["He called it “a bad joke” and left,"]),
    ("id", '"Dia menyebutnya “lelucon buruk” lalu pergi," katanya.', ["Dia menyebutnya “lelucon buruk” lalu pergi,"]),
    ("es", '"Lo llamó “una broma” y se fue", dijo ella.', ["Lo llamó “una broma” y se fue"]),
    ("ru", '"Он назвал это “шуткой” и ушел", — сказала она.', ["Он назвал это “шуткой” и ушел"]),
    ("de", "„Er nannte es »einen Witz« und ging“, sagte sie.", ["Er nannte es »einen Witz« und ging"]),
    # a stray opener before a quote of another kind does not swallow it
    ("en", 'A "stray mark before “a quote” here.', ["a quote"]),
    ("fr", "Une « marque isolée avant “une citation” ici.", ["une citation"]),
    # a paragraph left open runs on only into a paragraph opening with the same mark
    ("en", '"Kelly pressed on, with “No way.” She left.\n\n“Is that the man?” she asked.',
     ["No way.", "Is that the man?"]),
    ("de", "„Er blieb hart, mit »Niemals«. Dann ging er.\n\n»Ist das der Mann?«, fragte sie.",
     ["Niemals", "Ist das der Mann?"]),
    # a run whose last paragraph forgets its closing mark ends with that paragraph (it is not lost)
    ("en", 'Berg wrote:\n\n"The pier reopens in May.\n\n"Boats can dock again.\n\nThe mayor left.',
     ['The pier reopens in May.\n\n"Boats can dock again.']),
    ("fr", "Roux a écrit :\n\n« Le port rouvre en mai.\n\n« Les bateaux reviennent.\n\n“Enfin,” dit-il.",
     ["Le port rouvre en mai.\n\n« Les bateaux reviennent.", "Enfin,"]),
    # one paragraph left open that no paragraph continues is a stray mark
    ("es", "Ruiz escribió: «El puerto reabre en mayo.\n\nEl alcalde se fue.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), NESTED)
def test_nested_quotes_and_run_ons(language: str, text: str, expected: list[str]) -> None:
    found = quote_marks.find_quotes(text, language, paragraphs(text))
    assert [text[q.start : q.end] for q in found] == expected


MARKUP = [
    # (synthetic) text with an embedded tag whose attribute values are quoted, the quotes found
    ('<embed author="Harbor Desk" date="May 2">Berg said “the pier reopens in June.”<embed/>',
     ["the pier reopens in June."]),
    ('<embed text="' + "the pier will reopen, the council said, " * 20 + '">Berg said “we are ready.”<embed/>',
     ["we are ready."]),
]


@pytest.mark.parametrize(("text", "expected"), MARKUP)
def test_quoted_attribute_values_of_markup_are_not_quotes(text: str, expected: list[str]) -> None:
    found = quote_marks.find_quotes(text, "en", paragraphs(text))
    assert [text[q.start : q.end] for q in found] == expected


NICKNAMES = [
    # language, text: a capitalised word or two in marks between the words of a name is a nickname
    ("en", 'Rep. Robert C. "Bobby" Lane opened the fair on Monday.'),
    ("en", "State Del. Mara “Kit” Olsen spoke last."),
]


@pytest.mark.parametrize(("language", "text"), NICKNAMES)
def test_a_nickname_inside_a_name_is_no_quote(language: str, text: str) -> None:
    assert quote_marks.find_quotes(text, language, paragraphs(text)) == []
