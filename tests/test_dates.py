"""find_dates: dates resolved against the publication date, a row per language and case.

The sentences are synthetic, written for crosswire in the style of wire copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from compare.dates import find_dates, find_months, month_of, nearest_year, read_full_date

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_f2e22d85aed30fff.txt"

PUBLISHED = dt.datetime(2024, 11, 2, 9, 30)  # a Saturday

DATES = [
    # language, text, [(date, span text)]
    ("en", "The minister spoke on Thursday.", [("2024-10-31", "on Thursday")]),
    ("en", "Officials said yesterday that talks would resume.", [("2024-11-01", "yesterday")]),
    ("en", "The attack began on October 31, 2024, at dawn.", [("2024-10-31", "on October 31, 2024")]),
    (
        "en",
        "Troops crossed the border on Aug. 6 and again on 31st of October.",
        [("2024-08-06", "on Aug. 6"), ("2024-10-31", "on 31st of October")],
    ),
    ("en", "Soldiers may 5 times a day call home, in May 2024.", []),
    (
        "id",
        "Blinken mengatakan pada tanggal 31 Oktober bahwa pasukan telah tiba.",
        [("2024-10-31", "pada tanggal 31 Oktober")],
    ),
    (
        "id",
        "Reuters melaporkan kemarin bahwa serangan dimulai pada 6 Agustus.",
        [("2024-11-01", "kemarin"), ("2024-08-06", "6 Agustus")],
    ),
    ("id", "Pertemuan digelar Kamis (31/10) di Jakarta.", [("2024-10-31", "31/10")]),
    ("id", "Dia tiba 3 hari lalu, bukan minggu lalu.", [("2024-10-30", "3 hari lalu")]),
    (
        "ms",
        "Menteri itu berkata semalam bahawa mesyuarat diadakan pada 31 Oktober.",
        [("2024-11-01", "semalam"), ("2024-10-31", "pada 31 Oktober")],
    ),
    (
        "vi",
        "Ngày 1/11, phía Triều Tiên ra tuyên bố; hôm qua Mỹ lên tiếng.",
        [("2024-11-01", "Ngày 1/11"), ("2024-11-01", "hôm qua")],
    ),
    (
        "vi",
        "Cuộc họp diễn ra ngày 19/5 và ngày 1 tháng 11 năm 2024.",
        [("2024-05-19", "ngày 19/5"), ("2024-11-01", "ngày 1 tháng 11 năm 2024")],
    ),
    ("vi", "Ông trở lại lần thứ hai vào thứ Năm.", [("2024-10-31", "thứ Năm")]),
    (
        "ru",
        "Об этом вчера сообщил ТАСС, встреча прошла 2 ноября.",
        [("2024-11-01", "вчера"), ("2024-11-02", "2 ноября")],
    ),
    (
        "ru",
        "Документ подписан 31 октября 2024 года, а 02.11.2024 вступил в силу.",
        [("2024-10-31", "31 октября 2024 года"), ("2024-11-02", "02.11.2024")],
    ),
    ("ru", "Министр выступил в четверг.", [("2024-10-31", "четверг")]),
    (
        "uk",
        "Про це вчора повідомив Укрінформ, зустріч відбулася 1 листопада.",
        [("2024-11-01", "вчора"), ("2024-11-01", "1 листопада")],
    ),
    (
        "fr",
        "Le ministre a parlé le 31 octobre, et hier encore.",
        [("2024-10-31", "le 31 octobre"), ("2024-11-01", "hier")],
    ),
    ("fr", "L'accord signé le 1er novembre entre en vigueur.", [("2024-11-01", "le 1er novembre")]),
    (
        "es",
        "El ministro habló el 31 de octubre y ayer de nuevo.",
        [("2024-10-31", "el 31 de octubre"), ("2024-11-01", "ayer")],
    ),
    ("es", "El acuerdo del 31 de octubre de 2023 sigue vigente.", [("2023-10-31", "31 de octubre de 2023")]),
    (
        "de",
        "Der Minister sprach am 31. Oktober und gestern erneut.",
        [("2024-10-31", "am 31. Oktober"), ("2024-11-01", "gestern")],
    ),
    ("de", "Die Sitzung am Donnerstag dauerte bis zum Morgen.", [("2024-10-31", "am Donnerstag")]),
    (
        "ko",
        "조선중앙통신은 어제 10월 31일 담화를 발표했다고 밝혔다.",
        [("2024-11-01", "어제"), ("2024-10-31", "10월 31일")],
    ),
    ("ko", "회담은 2024년 11월 1일 금요일에 열렸다.", [("2024-11-01", "2024년 11월 1일")]),
    # datelines with abbreviated months; Korean day of the month alone
    ("es", "MADRID, 14 may (EFE).- El Gobierno aprobó el plan.", [("2024-05-14", "14 may")]),
    ("ru", "МОСКВА, 2 ноя — РИА Новости. Силы ПВО сбили дроны.", [("2024-11-02", "2 ноя")]),
    ("ko", "국방부가 2일 밝혔다. 훈련은 3일간 이어진다.", [("2024-11-02", "2일")]),
    ("ko", "북한은 31일 담화를 발표했다.", [("2024-10-31", "31일")]),
    # parts of today (gold error list, issue 4)
    ("ms", "Perlawanan akhir itu berlangsung malam ini di Shah Alam.", [("2024-11-02", "malam ini")]),
    ("id", "Presiden akan berpidato malam ini di Istana.", [("2024-11-02", "malam ini")]),
    # "ago" with the number as a word
    ("id", "Aksi serupa dua hari lalu berakhir ricuh.", [("2024-10-31", "dua hari lalu")]),
    ("ms", "Kejadian itu berlaku tiga hari yang lalu.", [("2024-10-30", "tiga hari yang lalu")]),
    (
        "en",
        "Two days ago the talks stalled; 3 days ago they began.",
        [("2024-10-31", "Two days ago"), ("2024-10-30", "3 days ago")],
    ),
    ("fr", "Le cessez-le-feu a été rompu il y a trois jours.", [("2024-10-30", "il y a trois jours")]),
    ("es", "El acuerdo se firmó hace dos días en Lima.", [("2024-10-31", "hace dos días")]),
    ("de", "Die Gespräche begannen vor zwei Tagen in Genf.", [("2024-10-31", "vor zwei Tagen")]),
    ("ru", "Переговоры начались три дня назад.", [("2024-10-30", "три дня назад")]),
    ("uk", "Переговори почалися два дні тому.", [("2024-10-31", "два дні тому")]),
    ("vi", "Cuộc đàm phán bắt đầu hai ngày trước.", [("2024-10-31", "hai ngày trước")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), DATES)
def test_dates(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(d["date"].isoformat(), d["text"]) for d in find_dates(text, language, PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize(("language", "text", "expected"), DATES)
def test_date_spans_index_the_text(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    for d in find_dates(text, language, PUBLISHED):
        assert text[d["start"] : d["end"]] == d["text"]


WITHOUT_PUBLICATION = [
    ("ru", "Документ подписан 31 октября 2024 года, вчера вступил в силу.", ["2024-10-31"]),
    ("de", "Am 31. Oktober und gestern.", []),
    ("en", "On October 31, 2024 and on Thursday.", ["2024-10-31"]),
    ("en", "The treaty was signed on 5 Sept. 2019 in Geneva.", ["2019-09-05"]),
    ("id", "Dia lahir 5 Pebruari 2020 di Bandung.", ["2020-02-05"]),  # old spelling: read by dateparser
]


@pytest.mark.parametrize(("language", "text", "expected"), WITHOUT_PUBLICATION)
def test_dates_without_publication_keep_only_full_dates(language: str, text: str, expected: list[str]) -> None:
    assert [d["date"].isoformat() for d in find_dates(text, language, None)] == expected


YEARS = [
    # publication, day, month, expected
    ("2024-11-02", 31, 10, "2024-10-31"),
    ("2024-11-02", 6, 8, "2024-08-06"),
    ("2024-01-03", 28, 12, "2023-12-28"),  # late December read in early January
    ("2024-11-02", 5, 11, "2024-11-05"),  # a few days ahead: an announced event
    ("2024-11-02", 31, 12, "2024-12-31"),  # "until 31 December"
    ("2024-11-02", 20, 6, "2024-06-20"),  # months ago rather than months ahead
    ("2024-11-02", 3, 4, "2024-04-03"),  # seven months ago, not five months ahead
    ("2025-03-01", 29, 2, "2024-02-29"),  # leap day
]


@pytest.mark.parametrize(("published", "day", "month", "expected"), YEARS)
def test_nearest_year(published: str, day: int, month: int, expected: str) -> None:
    assert nearest_year(dt.date.fromisoformat(published), month, day).isoformat() == expected


def test_seed_article_dates() -> None:
    if not SEED.is_file():
        pytest.skip("the seed article is not here (../shared/seeds)")
    text = SEED.read_text(encoding="utf-8")
    found = find_dates(text, "id", dt.date(2024, 11, 2))
    dates = {d["date"].isoformat() for d in found}
    assert {"2024-10-31", "2024-08-06", "2024-11-01"} <= dates
    assert ("2024-11-01", "kemarin") in {(d["date"].isoformat(), d["text"]) for d in found}


# A day of the month given alone: the most recent such day on or before publication.
DAYS_ALONE = [
    # language, publication, text, [(date, span text)]
    ("en", "2025-03-14", "Bids were opened on the 10th and signed on 3 March.",
     [("2025-03-10", "on the 10th"), ("2025-03-03", "on 3 March")]),
    ("en", "2025-03-14", "The 3rd battalion moved out on the 20th.", [("2025-02-20", "on the 20th")]),
    ("fr", "2025-12-19", "Le 12, la banque a relevé son taux.", [("2025-12-12", "Le 12")]),
    ("fr", "2025-12-19", "Il a obtenu le 15 % des voix, selon le décompte.", []),
    ("es", "2025-08-22", "El ministerio informó el día 20 de nuevas evacuaciones.", [("2025-08-20", "el día 20")]),
    ("es", "2025-11-06", "La luz alcanzó su máximo el martes 4, según la red.", [("2025-11-04", "el martes 4")]),
    ("de", "2025-11-14", "Das Amt teilte die Zahlen am 13. mit.", [("2025-11-13", "am 13.")]),
    ("de", "2025-11-14", "Seit dem 3. gilt die neue Regel.", [("2025-11-03", "Seit dem 3.")]),
    ("vi", "2025-08-08", "Cuộc diễn tập bắt đầu từ ngày 4 và kéo dài nhiều tuần.", [("2025-08-04", "ngày 4")]),
    ("vi", "2025-08-08", "Mỗi ngày 20 người được tiếp nhận tại trạm.", []),
    ("id", "2025-06-20", "Pendaftaran ditutup tanggal 5 lalu.", [("2025-06-05", "tanggal 5")]),
    ("ko", "2024-06-20", "합참은 지난 18일 밤 발사를 포착했다.", [("2024-06-18", "18일")]),
    ("vi", "2025-06-10", "Ngày 8-6, công an cho biết; vụ việc xảy ra hôm 15-3.",
     [("2025-06-08", "Ngày 8-6"), ("2025-03-15", "hôm 15-3")]),  # day-month with a hyphen after a prefix
    ("vi", "2025-06-10", "Các văn phòng chỉ làm việc 2 ngày 1 tuần.", []),  # twice a week
    ("vi", "2025-06-10", "Hợp đồng tính từ ngày 1/20/2014 là sai.", []),  # no month 20
    ("vi", "2025-02-14", "Giá vàng sáng nay tăng mạnh; đêm qua giá dầu giảm.",
     [("2025-02-14", "sáng nay"), ("2025-02-13", "đêm qua")]),
]


@pytest.mark.parametrize(("language", "published", "text", "expected"), DAYS_ALONE)
def test_days_alone(language: str, published: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(d["date"].isoformat(), d["text"]) for d in find_dates(text, language, published)]
    assert found == expected


ANNOUNCED = [
    # language, text, [(date, span text)] published Saturday 2 November 2024: a date the clause announces
    # (a future marker before it, or "prochain"/"depan" right after it) is the first such day after
    # publication; a date reported in the past, or the day something was said, stays before it
    ("en", "The council will vote on Thursday.", [("2024-11-07", "on Thursday")]),
    ("en", "The council voted on Thursday.", [("2024-10-31", "on Thursday")]),
    ("en", "The mayor said on Thursday that the council will vote.", [("2024-10-31", "on Thursday")]),
    ("en", "The talks are due to resume on the 5th.", [("2024-11-05", "on the 5th")]),
    ("en", "The summit will open on October 20.", [("2025-10-20", "on October 20")]),
    ("id", "Kedua menteri akan bertemu pada Kamis.", [("2024-11-07", "Kamis")]),
    ("id", "Kedua menteri bertemu Kamis depan.", [("2024-11-07", "Kamis")]),
    ("ms", "Kedua-dua menteri akan bertemu pada Khamis.", [("2024-11-07", "pada Khamis")]),
    ("vi", "Hai bên sẽ gặp nhau vào thứ Năm.", [("2024-11-07", "thứ Năm")]),
    ("vi", "Hai bên gặp nhau vào thứ Năm tới.", [("2024-11-07", "thứ Năm")]),
    ("ru", "Встреча состоится в четверг.", [("2024-11-07", "четверг")]),
    ("uk", "Зустріч відбудеться в четвер.", [("2024-11-07", "четвер")]),
    ("fr", "Le conseil votera jeudi prochain.", [("2024-11-07", "jeudi")]),
    ("es", "La reunión será el jueves.", [("2024-11-07", "el jueves")]),
    ("de", "Der Rat wird am Donnerstag abstimmen.", [("2024-11-07", "am Donnerstag")]),
    ("ko", "회담은 오는 5일 열린다.", [("2024-11-05", "5일")]),
    ("ko", "회담은 지난 1일 열렸다.", [("2024-11-01", "1일")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ANNOUNCED)
def test_announced_dates_lie_ahead(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(d["date"].isoformat(), d["text"]) for d in find_dates(text, language, PUBLISHED)]
    assert found == expected


# A month named without a day is a month mention (find_months), never a date.
MONTHS = [
    # language, publication, text, [(YYYY-MM, span text)]
    ("ko", "2024-09-07", "8월 수출이 늘었다고 정부가 밝혔다.", [("2024-08", "8월")]),
    ("ko", "2025-01-10", "2024년 12월 물가는 1.9% 올랐다.", [("2024-12", "2024년 12월")]),
    ("ko", "2024-09-07", "8월 15일 행사가 열렸다.", []),  # a full date
    ("en", "2025-04-17", "Sales have fallen since March; in October 2024 they peaked.",
     [("2025-03", "March"), ("2024-10", "October 2024")]),
    ("en", "2025-04-17", "Officials may meet again in May.", [("2025-05", "May")]),
    ("vi", "2025-10-30", "Riêng tháng Mười, xuất khẩu tăng; tháng 3 năm 2024 thì giảm.",
     [("2025-10", "tháng Mười"), ("2024-03", "tháng 3 năm 2024")]),
    ("vi", "2025-10-30", "Xuất khẩu 10 tháng đầu năm tăng mạnh.", []),  # ten months, a period
    ("ru", "2025-03-27", "В феврале отток вырос, а в декабре снизился.", [("2025-02", "феврале"), ("2024-12", "декабре")]),
    ("uk", "2025-09-03", "У липні інфляція сповільнилася.", [("2025-07", "липні")]),
    ("ms", "2025-07-01", "Projek itu siap sebelum Disember.", [("2025-12", "Disember")]),
    ("de", "2025-04-10", "Im März sank die Zahl, am 3. März stieg sie.", [("2025-03", "März")]),
    ("fr", "2025-09-16", "Airbus a livré 61 avions en août et 50 le 3 septembre.", [("2025-08", "août")]),
    ("es", "2025-01-09", "La producción cayó en noviembre.", [("2024-11", "noviembre")]),
    ("id", "2025-03-05", "Impor berlangsung hingga akhir April.", [("2025-04", "April")]),
]


@pytest.mark.parametrize(("language", "published", "text", "expected"), MONTHS)
def test_months_alone(language: str, published: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_months(text, language, published)
    assert [(m["month"], m["text"]) for m in found] == expected
    assert all(text[m["start"] : m["end"]] == m["text"] for m in found)
    month_spans = {(m["start"], m["end"]) for m in found}
    assert not month_spans & {(d["start"], d["end"]) for d in find_dates(text, language, published)}


MONTH_YEARS = [
    # publication, month, expected (year, month)
    ("2025-07-01", 12, (2025, 12)),  # five months ahead: the coming December
    ("2024-09-07", 8, (2024, 8)),
    ("2025-01-09", 11, (2024, 11)),  # two months back across the new year
    ("2025-11-20", 1, (2026, 1)),  # two months ahead across the new year
    ("2025-03-05", 10, (2024, 10)),  # seven months ahead is too far: last October
]


@pytest.mark.parametrize(("published", "month", "expected"), MONTH_YEARS)
def test_month_of(published: str, month: int, expected: tuple[int, int]) -> None:
    assert month_of(dt.date.fromisoformat(published), month) == expected


def test_months_need_a_year_or_a_publication_date() -> None:
    text = "In October 2024 and in March the index fell."
    assert [m["month"] for m in find_months(text, "en", None)] == ["2024-10"]


# Publication dates as scrapers give them (compare.ingest can read these when dateparser fails).
FULL_DATES = [
    ("vi", "29 Tháng năm 2016", "2016-05-29"),  # Vietnamese month words: tháng năm = May
    ("vi", "Thứ tư, 25 Tháng năm 2016, 09:24 GMT+7", "2016-05-25"),
    ("vi", "1 Tháng Mười Hai 2016", "2016-12-01"),
    ("vi", "Thứ sáu, 20/05/2016 - 06:33", "2016-05-20"),
    ("ru", "2 ноября 2024 года, 14:05", "2024-11-02"),
    ("fr", "Publié le 3 mars 2025 à 8h15", "2025-03-03"),
    ("vi", "Tháng năm", None),  # no day, no year
    ("id", "31 Oktober", None),  # no year
    ("vi", "Phát hiện thi thể nam thanh niên", None),  # a title where the date should be
]


@pytest.mark.parametrize(("language", "raw", "expected"), FULL_DATES)
def test_read_full_date(language: str, raw: str, expected: str | None) -> None:
    found = read_full_date(raw, language)
    assert (found.isoformat() if found else None) == expected
