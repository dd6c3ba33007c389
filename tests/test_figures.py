"""find_figures: values, units, qualifiers and what is not a figure, a row per language and case.

The sentences are synthetic, written for crosswire in the style of wire copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compare.evaluation import eval_languages as ev
from compare.figures import find_figures
from compare.lexicon import load_table
from compare.settings import LANGUAGES

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_f2e22d85aed30fff.txt"

Fig = tuple[float, str | None, str | None]  # value, unit, qualifier

FIGURES: list[tuple[str, str, list[Fig]]] = [
    (
        "en",
        "About 10,000 North Korean troops are now in Russia, officials said.",
        [(10_000, "troops", "approximately")],
    ),
    ("en", "The Pentagon announced a $425 million military aid package on Friday.", [(425e6, "USD", None)]),
    ("en", "More than 1.5 million people have fled the region.", [(1.5e6, "people", "more_than")]),
    ("en", "Up to 8,000 soldiers were moved to the border.", [(8000, "troops", "at_most")]),
    (
        "en",
        "Prices rose 3.2 percent and at least 300 civilians were evacuated.",
        [(3.2, "percent", None), (300, "people", "at_least")],
    ),
    ("en", "Two soldiers were wounded, the ministry said.", [(2, "troops", None)]),
    ("en", "The fund shrank by 2% after the bank sold $2bn of bonds.", [(2, "percent", None), (2e9, "USD", None)]),
    ("en", "Some 5,000-8,000 troops took part.", [(5000, "troops", "approximately"), (8000, "troops", None)]),
    ("id", "Sekitar 10.000 tentara Korea Utara berada di Rusia.", [(10_000, "troops", "approximately")]),
    ("id", "Washington akan memberikan paket bantuan senilai 425 juta dolar AS.", [(425e6, "USD", None)]),
    ("id", "Lebih dari 1,5 juta orang mengungsi dari wilayah itu.", [(1.5e6, "people", "more_than")]),
    ("id", "Hingga 8.000 tentara ditempatkan di Kursk.", [(8000, "troops", "at_most")]),
    ("id", "Pemerintah menyiapkan Rp 2,5 triliun untuk 3 juta warga.", [(2.5e12, "IDR", None), (3e6, "people", None)]),
    (
        "id",
        "Setidaknya 12 orang tewas, sementara inflasi naik 2,5 persen.",
        [(12, "people", "at_least"), (2.5, "percent", None)],
    ),
    ("id", "Sebanyak 10.000 orang tentara dikerahkan.", [(10_000, "troops", None)]),
    ("ms", "Kira-kira 10,000 askar Korea Utara berada di Rusia.", [(10_000, "troops", "approximately")]),
    ("ms", "Kerajaan memperuntukkan RM5 juta untuk program itu.", [(5e6, "MYR", None)]),
    ("ms", "Lebih daripada 1.5 juta orang terjejas akibat banjir.", [(1.5e6, "people", "more_than")]),
    (
        "ms",
        "Sekurang-kurangnya 300 penduduk dipindahkan, manakala inflasi 3.5 peratus.",
        [(300, "people", "at_least"), (3.5, "percent", None)],
    ),
    ("vi", "Khoảng 10.000 binh sĩ Triều Tiên đang có mặt tại Nga.", [(10_000, "troops", "approximately")]),
    ("vi", "Mỹ công bố gói viện trợ quân sự trị giá 425 triệu USD.", [(425e6, "USD", None)]),
    ("vi", "Hơn 3.000 người đã phải sơ tán.", [(3000, "people", "more_than")]),
    ("vi", "Lên tới 8.000 quân được triển khai tại Kursk.", [(8000, "troops", "at_most")]),
    ("vi", "Ba binh sĩ bị thương trong vụ tấn công.", [(3, "troops", None)]),
    ("ru", "Около 10 000 военных КНДР находятся в России.", [(10_000, "troops", "approximately")]),
    ("ru", "До 8 тысяч военнослужащих переброшены в Курскую область.", [(8000, "troops", "at_most")]),
    ("ru", "На программу выделено более 2,3 млрд рублей.", [(2.3e9, "RUB", "more_than")]),
    ("ru", "Не менее 300 человек были эвакуированы.", [(300, "people", "at_least")]),
    ("ru", "США выделят пакет помощи на 425 млн долларов.", [(425e6, "USD", None)]),
    ("uk", "Близько 10 000 військових КНДР перебувають у Росії.", [(10_000, "troops", "approximately")]),
    ("uk", "Уряд виділив понад 2,5 млрд гривень на відбудову.", [(2.5e9, "UAH", "more_than")]),
    ("uk", "Щонайменше 300 людей евакуювали з міста.", [(300, "people", "at_least")]),
    ("fr", "Environ 10 000 soldats nord-coréens se trouvent en Russie.", [(10_000, "troops", "approximately")]),
    ("fr", "Washington a annoncé une aide de 425 millions de dollars.", [(425e6, "USD", None)]),
    ("fr", "Plus de 1,5 million de personnes ont fui la région.", [(1.5e6, "people", "more_than")]),
    ("fr", "Jusqu'à 8 000 militaires ont été déployés.", [(8000, "troops", "at_most")]),
    ("fr", "Le budget atteint 3 milliards d'euros.", [(3e9, "EUR", None)]),
    ("es", "Alrededor de 10.000 soldados norcoreanos están en Rusia.", [(10_000, "troops", "approximately")]),
    ("es", "Washington anunció un paquete de 425 millones de dólares.", [(425e6, "USD", None)]),
    ("es", "Más de 1,5 millones de personas huyeron de la zona.", [(1.5e6, "people", "more_than")]),
    ("es", "Hasta 8.000 militares fueron desplegados.", [(8000, "troops", "at_most")]),
    ("de", "Etwa 10.000 nordkoreanische Soldaten sind in Russland.", [(10_000, "troops", "approximately")]),
    ("de", "Washington kündigte Hilfen im Wert von 425 Millionen Dollar an.", [(425e6, "USD", None)]),
    ("de", "Mehr als 1,5 Millionen Menschen sind geflohen.", [(1.5e6, "people", "more_than")]),
    ("de", "Bis zu 8.000 Soldaten wurden verlegt.", [(8000, "troops", "at_most")]),
    ("de", "Die Inflation stieg auf 2,5 Prozent.", [(2.5, "percent", None)]),
    ("ko", "북한군 약 1만 명이 러시아에 있다.", [(10_000, "troops", "approximately")]),
    ("ko", "미국은 4억2500만 달러 규모의 군사 지원을 발표했다.", [(4.25e8, "USD", None)]),
    ("ko", "주민 1만여 명이 대피했다.", [(10_000, "people", "more_than")]),
    ("ko", "최대 8천 명의 병력이 배치됐다.", [(8000, "troops", "at_most")]),
    ("ko", "5만 명 이상이 집회에 참가했다.", [(50_000, "people", "more_than")]),
    # ranges, ages, compound scales, counters narrowed by their subject, verbs of exceeding
    (
        "id",
        "Pertumbuhan ekonomi berada di kisaran 4,7 hingga 5,5 persen.",
        [(4.7, "percent", None), (5.5, "percent", None)],
    ),
    ("en", "Police detained a 29-year-old man and seized 2 kilograms of explosives.", [(2, "kg", None)]),
    ("ms", "Polis menahan Zulkifli Hamid, 41, kerana menipu RM8 juta.", [(8e6, "MYR", None)]),
    ("ko", "정부는 국방예산을 약 61조2천억 원으로 편성했다.", [(6.12e13, "KRW", "approximately")]),
    ("ko", "러시아군은 우크라이나 무인기 30여 대를 격추했다.", [(30, "drones", "more_than")]),
    ("fr", "Le pays a besoin d'au moins 10 systèmes de défense.", [(10, None, "at_least")]),
    ("es", "La economía crecerá por encima del 3 % este año.", [(3, "percent", "more_than")]),
    ("uk", "Загинули двоє людей, повідомила поліція.", [(2, "people", None)]),
    ("uk", "Україна отримала понад мільярд доларів від продажу облігацій.", [(1e9, "USD", "more_than")]),
    ("ru", "Бюджет получил 2 миллиарда рублей и ещё миллион долларов.", [(2e9, "RUB", None), (1e6, "USD", None)]),
    # currencies written by sign or name, people nouns after the number (gold error list, issue 4)
    ("ms", "Singapura akan membelanjakan S$1.5 bilion untuk sistem MRT.", [(1.5e9, "SGD", None)]),
    ("en", "The province will spend C$2 billion on new housing.", [(2e9, "CAD", None)]),
    ("es", "Suecia aprobó una ayuda de 1.500 millones de coronas.", [(1.5e9, "SEK", None)]),
    ("es", "El Gobierno peruano destinará 500 millones de soles a la reconstrucción.", [(5e8, "PEN", None)]),
    ("uk", "Бюджет зросте на 7,2% і становитиме 1,78 трлн юанів.", [(7.2, "percent", None), (1.78e12, "CNY", None)]),
    ("ms", "Seramai 1,250 anggota polis dikerahkan ke stadium itu.", [(1250, "people", None)]),
    ("ms", "Stadium itu mampu menampung kira-kira 80,000 penonton.", [(80_000, "people", "approximately")]),
    ("ms", "Lebih 2 juta pelancong China melawat Malaysia.", [(2e6, "people", "more_than")]),
    ("en", "About 4,000 villagers had fled their homes.", [(4000, "people", "approximately")]),
    ("de", "Der Konzern erwägt die Schließung von zwei Werken mit 4.000 Beschäftigten.", [(4000, "people", None)]),
    ("vi", "Cả năm có thể vượt mốc 470 tỷ USD.", [(4.7e11, "USD", "more_than")]),
    ("ru", "Товарооборот вырос более чем на 60%.", [(60, "percent", "more_than")]),
    ("uk", "Експорт зріс більш ніж на 12%.", [(12, "percent", "more_than")]),
    # "до" after a verb of change is "to", not "at most"; people implied by what befell them
    ("uk", "Інфляція сповільниться до 9% наприкінці року.", [(9, "percent", None)]),
    ("uk", "Бюджет збільшать на 7,2%, до 1,78 трлн юанів.", [(7.2, "percent", None), (1.78e12, "CNY", None)]),
    ("ru", "Инфляция замедлится до 6% к концу года.", [(6, "percent", None)]),
    (
        "ru",
        "До 8 тысяч военнослужащих прибыли, а ставка выросла до 21%.",
        [(8000, "troops", "at_most"), (21, "percent", None)],
    ),
    (
        "es",
        "Al menos 12 personas murieron y otras 30 resultaron heridas.",
        [(12, "people", "at_least"), (30, "people", None)],
    ),
    ("uk", "Загинули двоє людей, ще 17 отримали поранення.", [(2, "people", None), (17, "people", None)]),
    ("en", "Three people died and 14 were injured in the blast.", [(3, "people", None), (14, "people", None)]),
    ("id", "Sedikitnya 5 tewas dalam kecelakaan itu.", [(5, "people", "at_least")]),
    ("es", "En 2023 murieron 300 migrantes en el mar.", [(300, "people", None)]),  # a year implies nobody
    # an elliptic count in the thousands ending its clause counts what the count before it counted
    (
        "fr",
        "Près de deux millions de personnes ont manifesté jeudi. Le ministère en a compté 780 000.",
        [(2e6, "people", "approximately"), (780_000, "people", None)],
    ),
    (
        "es",
        "Más de 100.000 personas se manifestaron. La policía cifró la asistencia en cerca de 60.000.",
        [(100_000, "people", "more_than"), (60_000, "people", "approximately")],
    ),
    (
        "vi",
        "Ban tổ chức cho biết có khoảng 25.000 người, cảnh sát ước tính con số này chỉ khoảng 8.000.",
        [(25_000, "people", "approximately"), (8000, "people", "approximately")],
    ),
    (
        "en",
        "About 3,000 troops crossed the border; the town has 12,000 residents and a 1,500 budget line item.",
        [(3000, "troops", "approximately"), (12_000, "people", None), (1500, None, None)],
    ),
    (
        "en",
        "Some 3,000 troops crossed the border.\nThe ministry later cited 4,500.",
        [(3000, "troops", "approximately"), (4500, None, None)],
    ),
    (
        "de",
        "Rund 2.000 Soldaten wurden verlegt, dazu Material für 5 Millionen.",
        [(2000, "troops", "approximately"), (5e6, None, None)],
    ),
    # measures and currencies from the gold error list
    ("ru", "Добыча газа составила 120 млрд кубометров.", [(1.2e11, "m3", None)]),
    ("ko", "산불로 산림 3천 헥타르가 탔다.", [(3000, "ha", None)]),
    ("vi", "Gió giật mạnh 150 km/giờ.", [(150, "km/h", None)]),
    ("es", "Vientos de 120 kilómetros por hora.", [(120, "km/h", None)]),
    ("ms", "Pesawat itu terbang dengan kelajuan 900 km sejam.", [(900, "km/h", None)]),
    ("uk", "Швидкість вітру сягала 90 км/год.", [(90, "km/h", None)]),
    ("en", "The rain reached 300 mm in a day.", [(300, "mm", None)]),
    ("de", "Die Mauer ist 3 m hoch.", [(3, "m", None)]),
    ("es", "Una ola de 5 m arrasó la costa.", [(5, "m", None)]),
    ("ru", "Высота волны достигла 3 м.", [(3, "m", None)]),
    ("fr", "Ottawa versera C$ 3 milliards.", [(3e9, "CAD", None)]),
    ("ko", "관중이 5만 명을 넘어설 것으로 보인다.", [(50_000, "people", "more_than")]),
    ("ru", "Экспорт превысит 10 млрд долларов.", [(1e10, "USD", "more_than")]),
    ("id", "Ekspor melampaui 5 miliar dolar AS.", [(5e9, "USD", "more_than")]),
    # ranges opened by "between": both ends take the unit (and the scale) written after the second
    ("en", "Inflation will stay between 2 and 3 percent, the bank said.", [(2, "percent", None), (3, "percent", None)]),
    ("id", "Inflasi diperkirakan antara 2 dan 3 persen.", [(2, "percent", None), (3, "percent", None)]),
    ("de", "Zwischen 5 und 7 Prozent der Stimmen fehlten.", [(5, "percent", None), (7, "percent", None)]),
    ("fr", "Entre 2 000 et 3 000 manifestants ont défilé.", [(2000, "people", None), (3000, "people", None)]),
    ("de", "Der Schaden wird auf 80 bis 95 Millionen Euro geschätzt.", [(80e6, "EUR", None), (95e6, "EUR", None)]),
    # a conjunction without "between" joins two figures, not a range
    ("id", "Polisi menyita Rp 4,5 miliar dan 80.000 dolar Singapura.", [(4.5e9, "IDR", None), (80000, "SGD", None)]),
    # persons counted under many names
    ("en", "Police arrested 2 men and 5 women after the raid.", [(2, "people", None), (5, "people", None)]),
    ("id", "Tim SAR menemukan tiga korban dan 12 tersangka ditahan.", [(3, "people", None), (12, "people", None)]),
    ("ms", "Tiga lelaki ditahan bersama 500,000 tong minyak.", [(3, "people", None), (500_000, "barrels", None)]),
    ("vi", "Chiến dịch tiêm cho 2 triệu trẻ em.", [(2e6, "people", None)]),
    ("es", "Unos 300 bomberos atendieron a 40 menores.", [(300, "people", "approximately"), (40, "people", None)]),
    ("uk", "Понад триста тисяч осіб отримали допомогу.", [(300_000, "people", "more_than")]),
    ("uk", "Ворог атакував двома ракетами та 30 дронами.", [(2, "missiles", None), (30, "drones", None)]),
    ("ru", "Противник атаковал тремя ракетами и 20 беспилотниками.", [(3, "missiles", None), (20, "drones", None)]),
    # units and qualifiers
    ("uk", "Зібрано 3 млн т зерна.", [(3e6, "tonnes", None)]),
    ("vi", "Tổng dư nợ đạt 15 triệu tỷ đồng.", [(1.5e16, "VND", None)]),
    ("fr", "Le litre coûte 1,85 euro.", [(1.85, "EUR", None)]),
    ("fr", "Le taux a reculé de 0,3 point, après une baisse de 25 points de base.",
     [(0.3, "percentage_points", None), (25, None, None)]),
    ("ru", "Ущерб оценивается примерно в 50 млн рублей.", [(50e6, "RUB", "approximately")]),
    ("es", "La factura ronda los 70 euros.", [(70, "EUR", "approximately")]),
    # "hasta" after the size of a change is where it lands, not "up to"
    ("es", "La moneda se depreció un 0,8 % hasta 20,10 unidades.", [(0.8, "percent", None), (20.10, None, None)]),
    # a bare number counts what was counted before it: after a clause tail, or scaled like the count
    ("fr", "Quelque 1,2 million de personnes ont défilé, 250 000 selon la police.",
     [(1.2e6, "people", "approximately"), (250_000, "people", None)]),
    ("ru", "Пассажиропоток составил 2,1 млн человек, в июне ожидается рост до 2,4 млн.",
     [(2.1e6, "people", None), (2.4e6, "people", None)]),
    # an amount with a scale word in a sentence about money is in that currency
    ("fr", "Le plan coûte 12 milliards d'euros, dont 3,5 milliards pour la défense.", [(12e9, "EUR", None), (3.5e9, "EUR", None)]),
    ("fr", "Le pays compte 10 000 000 habitants.", [(1e7, "people", None)]),  # spaced groups, no telephone
    # Sino-Korean digits against a scale word count with a unit after them
    ("ko", "주최 측은 삼백만 명이 넘는 시민이 모였다고 밝혔다.", [(3e6, "people", "more_than")]),
    ("ko", "정부는 오천억 원을 투입한다.", [(5e11, "KRW", None)]),
    ("ko", "관중 300명이 넘게 모였다.", [(300, "people", "more_than")]),
    # round numbers as nouns are about that many; a number word before what befell people counts people
    ("fr", "Une vingtaine de morts et une centaine blessées, selon la préfecture.",
     [(20, "people", "approximately"), (100, "people", "approximately")]),
    ("es", "Una decena de heridos fueron atendidos.", [(10, "people", "approximately")]),
    ("ru", "Около десятка человек пострадали.", [(10, "people", "approximately")]),
    ("en", "Two were killed in the blast.", [(2, "people", None)]),
    # "another", "ще", "otros": more of what the count before counted
    ("en", "Ten people were killed and another 30 were taken to hospital.", [(10, "people", None), (30, "people", None)]),
    ("uk", "Житло втратили 1,2 млн людей, ще 400 тис. живуть в укриттях.", [(1.2e6, "people", None), (400_000, "people", None)]),
    ("es", "Al menos 5 soldados murieron y otros 12 fueron capturados.", [(5, "troops", "at_least"), (12, "troops", None)]),
    # what a bare count counts, named a few words before it in its clause
    ("en", "Officials said the death toll climbed to 63 overnight.", [(63, "people", None)]),
    ("ru", "Число погибших возросло до 19, сообщили спасатели.", [(19, "people", None)]),
    ("de", "Die Zahl der Opfer stieg auf 27.", [(27, "people", None)]),
    # a year before a described count stays a year; a scaled number before what it counts keeps no currency
    ("en", "In 2019 fellow nurses joined, and 2000 people marched.", [(2000, "people", None)]),
    ("en", "The plan gives $3 trillion in cuts but taxes 9 million low-income families.", [(3e12, "USD", None), (9e6, None, None)]),
    ("vi", "Ban đầu giá là 4,1 tỷ đồng, hai bên đồng ý mức 3,8 tỷ.", [(4.1e9, "VND", None), (3.8e9, "VND", None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), FIGURES)
def test_figures(language: str, text: str, expected: list[Fig]) -> None:
    found = [(f["value"], f["unit"], f["qualifier"]) for f in find_figures(text, language)]
    assert found == [(pytest.approx(v, rel=1e-9), u, q) for v, u, q in expected]


@pytest.mark.parametrize(("language", "text", "expected"), FIGURES)
def test_figure_spans_index_the_text(language: str, text: str, expected: list[Fig]) -> None:
    for fig in find_figures(text, language):
        assert text[fig["start"] : fig["end"]] == fig["text"]
        assert any(ch.isdigit() for ch in fig["text"]) or fig["text"].split()[0].isalpha()


NOT_FIGURES = [
    ("en", "In 2022, EgyptAir flight MS 804 crashed; the Su-35 and the G7 discussed COVID-19 on the 3rd day."),
    ("en", "Call 0812-3456-789 before 10:30 a.m. on 1/11."),
    ("en", "Several Boeing 737 jets landed and two of them left."),
    ("en", "The council let Resolution 2231 expire."),
    ("en", "1. The first point"),
    ("en", "12 p.m.: The senator spoke, as reported [3]."),
    ("id", "Sejak tahun 2022, pukul 10.30 WIB, untuk yang ke-3 kalinya, pada 31 Oktober."),
    ("id", "[iklan_2] Komentar (0)"),
    ("ms", "Pada tahun 2022, pukul 10 pagi, buat kali ke-3."),
    ("vi", "Năm 2024, lần thứ 3, ngày 1/11, lúc 10 giờ sáng."),
    ("vi", "Công an Q.2 cho biết bà ngụ thôn 1, xóm 21; máy bay số hiệu 447 rơi lúc 18 giờ 30."),
    ("ru", "В 2022 году 3-й батальон прибыл 2 ноября."),
    ("uk", "У 2022 році, 2 листопада, прибув 3-й батальйон."),
    ("fr", "Le 1er novembre, la 2e division est arrivée à 10 h."),
    ("es", "El 31 de octubre de 2024, a las 10 horas, llegó el número 5."),
    ("de", "Am 31. Oktober um 10 Uhr begann die 3. Sitzung."),
    ("ko", "2024년 10월 31일 오전 10시 3번째 회의가 열렸다."),
    ("ko", "올해 1~3분기 실적이 발표됐다."),
    ("vi", "Việt Nam thắng với tỷ số 2-1 trong trận chung kết."),
    ("en", "Unemployment among people aged 16 was discussed."),
    # an age after "de", the period a figure covers
    ("es", "«Estamos aquí por la democracia», dijo una estudiante de 22 años."),
    ("fr", "Un homme de 45 ans a été interpellé."),
    ("vi", "Kim ngạch xuất khẩu trong 11 tháng đã tăng mạnh."),
    ("en", "Exports grew strongly in the first 11 months."),
    ("es", "Las mujeres marcharon el 8M en Madrid."),  # "M" is no metre: the unit's case is exact
    # telephone numbers in groups
    ("fr", "Renseignements au 01 42 55 68 90 ou sur le site."),
    ("es", "Para más información, llame al 55 5100 2000."),
    ("de", "Die Hotline ist unter 0800 1234567 erreichbar."),
    ("en", "For details call +44 20 7946 0000."),
    ("ms", "Talian 07-123 4567 dibuka sepanjang hari."),
    # durations, ages given as a range, days and months named alone
    ("ko", "물가 상승률은 3년 2개월 만에 가장 낮았다."),
    ("en", "The suspects, aged 19 to 24, were held."),
    ("vi", "Trẻ em từ 2 đến 6 tuổi được tiêm miễn phí."),
    ("ko", "정부는 8월 이후 대책을 시행했다."),
    ("fr", "Le 12, la banque a relevé son taux."),
    ("vi", "Cuộc diễn tập bắt đầu từ ngày 4."),
    ("de", "Das Amt teilte es am 13. mit."),
    ("ko", "이천시 관계자는 오만한 태도를 비판했다."),  # a city and a word, not 2,000 and 50,000
    ("ko", "정찰위성 발사는 5개년계획의 과업이다."),
    ("fr", "La quarantaine imposée aux voyageurs est levée."),  # a quarantine, not about forty
]


@pytest.mark.parametrize(("language", "text"), NOT_FIGURES)
def test_not_figures(language: str, text: str) -> None:
    assert find_figures(text, language) == []


SUBJECTS = [
    ("id", "Sekitar 10.000 tentara Korea Utara berada di Rusia.", "tentara Korea Utara"),
    ("en", "The Pentagon announced a $425 million military aid package.", "military aid package"),
    ("en", "About 10,000 North Korean troops are in Russia.", "North Korean troops"),
    ("id", "paket bantuan militer baru senilai 425 juta dolar AS kepada Ukraina", "bantuan militer baru"),
    ("ko", "북한군 약 1만 명이 러시아에 있다.", "북한군"),
]


@pytest.mark.parametrize(("language", "text", "subject"), SUBJECTS)
def test_subject(language: str, text: str, subject: str) -> None:
    assert find_figures(text, language)[0]["subject"] == subject


def test_seed_article_figures() -> None:
    if not SEED.is_file():
        pytest.skip("the seed article is not here (../shared/seeds)")
    text = SEED.read_text(encoding="utf-8")
    figures = find_figures(text, "id")
    found = {(f["value"], f["unit"], f["qualifier"]) for f in figures}
    assert (10_000, "troops", "approximately") in found
    assert (8000, "troops", "at_most") in found
    assert (425_000_000, "USD", None) in found
    assert all(f["value"] != 2022 for f in figures)
    assert not any("2022" in f["text"] for f in figures)


MIXED = [
    ("id", "Pada 31 Oktober, sekitar 10.000 tentara tiba; kemarin (1/11) AS menjanjikan 425 juta dolar AS."),
    ("ru", "2 ноября около 10 000 военных прибыли, а вчера США выделили 425 млн долларов."),
    ("ko", "북한군 약 1만 명이 10월 31일 도착했고, 미국은 어제 4억2500만 달러를 약속했다."),
    ("en", "On Oct. 31 about 10,000 troops arrived; yesterday the U.S. pledged $425 million."),
]


@pytest.mark.parametrize(("language", "text"), MIXED)
def test_figures_and_dates_never_overlap(language: str, text: str) -> None:
    import datetime as dt

    from compare.dates import find_dates

    figures = find_figures(text, language)
    dates = find_dates(text, language, dt.date(2024, 11, 2))
    assert len(figures) == 2 and len(dates) >= 2
    spans = sorted((x["start"], x["end"]) for x in [*figures, *dates])
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    assert {f["value"] for f in figures} == {10_000, 425_000_000}


# ---------------------------------------------------------------- the held-out gold (tests/data/gold_unseen)

UNSEEN_DIR = Path(__file__).resolve().parent / "data" / "gold_unseen"
UNSEEN_KEYS = {"synthetic", "id", "language", "published_at", "text", "figures", "dates", "months"}
UNIT_CODES = {row["unit"] for row in load_table("units") if row["unit"]} | {None}
QUALIFIER_CODES = {row["qualifier"] for row in load_table("qualifiers")} | {None}


@pytest.mark.parametrize("language", LANGUAGES)
def test_unseen_gold_is_well_formed(language: str) -> None:
    records = ev.load_gold(language, UNSEEN_DIR)
    assert len(records) == 11  # 8 in the first batch, 3 written after the fixes
    assert sum(ev.FRESH_BATCH in record["id"] for record in records) == 3
    for record in records:
        assert set(record) == UNSEEN_KEYS and record["synthetic"] is True
        assert record["id"].startswith((f"{language}-u", f"{language}-v")) and record["language"] == language
        for figure in record["figures"]:
            assert isinstance(figure["value"], float)
            assert figure["unit"] in UNIT_CODES and figure["qualifier"] in QUALIFIER_CODES, figure
        for mention in record["dates"] + record["months"]:
            assert mention["text"] in record["text"], mention
        assert all(len(m["month"]) == 7 and m["month"][4] == "-" for m in record["months"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_unseen_gold_scored_against_itself_is_perfect(language: str) -> None:
    tally = ev.Tally()
    for record in ev.load_gold(language, UNSEEN_DIR):
        ev.score_figures(record, record, tally)
        ev.score_dates(record, record, tally)
        ev.score_months(record, record["months"], tally)
    figures = tally.unseen_figures()
    assert not tally.errors
    assert figures["figure_f1"] == figures["date_f1"] == figures["month_f1"] == 1.0
