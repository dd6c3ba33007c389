"""Agency citations, a row per language and case (synthetic sentences written for crosswire)."""

from __future__ import annotations

import pytest

from compare.citations import find_citations
from compare.sentences import split_sentences


def cite(text: str, language: str) -> list[tuple[str, str]]:
    found = find_citations(text, language, split_sentences(text, language))
    for c in found:
        assert text[c["start"] : c["end"]] == c["cue"]
    return [(c["agency"], c["cue"]) for c in found]


CITES = [
    # language, text, agency, cue
    ("en", "WASHINGTON (Reuters) - The Treasury said on Monday it would act.", "Reuters", "(Reuters) -"),
    ("en", "The figure is higher, according to a Reuters report published late on Friday.",
     "Reuters", "according to a Reuters report"),
    ("en", "The minister told Reuters on Tuesday that talks would resume.", "Reuters", "told Reuters"),
    ("en", "Yonhap reported that the launch took place before dawn.", "Yonhap", "Yonhap reported"),
    ("en", "The Associated Press said the ship left port.", "AP", "Associated Press said"),
    ("en", "The statement was carried by the Korean Central News Agency.", "KCNA",
     "Korean Central News Agency"),
    ("id", "Pasukan itu tiba di perbatasan, Reuters melaporkan kemarin.", "Reuters", "Reuters melaporkan"),
    ("id", "Bantuan baru akan segera dikirim, menurut AFP.", "AFP", "menurut AFP"),
    ("id", "Rusia akan menang, menurut kantor berita TASS.", "TASS", "menurut kantor berita TASS"),
    ("id", "Pernyataan itu disiarkan oleh Kantor Berita Pusat Korea (KCNA) pada Jumat.", "KCNA",
     "disiarkan oleh Kantor Berita Pusat Korea"),
    ("id", "Harga beras naik tajam, kata kantor berita Prancis pada Senin.", "AFP", "kata kantor berita Prancis"),
    ("ms", "Kerajaan akan mengumumkan pakej baharu, menurut Bernama.", "Bernama", "menurut Bernama"),
    ("ms", "Dua kapal ditahan, lapor Reuters.", "Reuters", "lapor Reuters"),
    ("vi", "Theo Reuters, hai bên đã đạt được thỏa thuận.", "Reuters", "Theo Reuters"),
    ("vi", "Thông tấn xã Trung ương Triều Tiên đưa tin vụ phóng diễn ra sáng nay.", "KCNA",
     "Thông tấn xã Trung ương Triều Tiên đưa tin"),
    ("vi", "Hội nghị sẽ diễn ra vào tuần tới, TTXVN cho biết.", "VNA", "TTXVN cho biết"),
    ("ru", "По данным ТАСС, переговоры продолжатся в пятницу.", "TASS", "По данным ТАСС"),
    ("ru", "Об этом сообщил Интерфаксу источник в министерстве.", "Interfax", "сообщил Интерфаксу"),
    ("ru", "Как передает РИА Новости, встреча завершилась.", "RIA Novosti", "передает РИА Новости"),
    ("uk", "Як повідомляє Укрінформ, засідання відбудеться у вівторок.", "Ukrinform", "повідомляє Укрінформ"),
    ("uk", "За даними УНІАН, обстріл тривав дві години.", "UNIAN", "За даними УНІАН"),
    ("fr", "Selon l'AFP, le navire a quitté le port dimanche.", "AFP", "Selon l'AFP"),
    ("fr", "Le ministre a déclaré à Reuters que rien n'était décidé.", "Reuters", "a déclaré à Reuters"),
    ("es", "Según EFE, el acuerdo se firmará el lunes.", "EFE", "Según EFE"),
    ("es", "La agencia Xinhua informó de fuertes lluvias en el sur.", "Xinhua", "Xinhua informó"),
    ("de", "Laut dpa wurde die Sitzung vertagt.", "dpa", "Laut dpa"),
    ("de", "Das berichtete die Nachrichtenagentur Reuters am Abend.", "Reuters", "Reuters"),
    ("ko", "조선중앙통신은 3일 보도했다.", "KCNA", "조선중앙통신은 3일 보도했다"),
    ("ko", "연합뉴스에 따르면 회의는 내일 열린다.", "Yonhap", "연합뉴스에 따르면"),
]


@pytest.mark.parametrize(("language", "text", "agency", "cue"), CITES)
def test_citation_found_with_cue(language: str, text: str, agency: str, cue: str) -> None:
    assert (agency, cue) in cite(text, language)


NON_CITATIONS = [
    ("en", "She spoke at the Reuters Institute about trust in news."),
    ("en", "The AP Stylebook now accepts the singular they."),
    ("en", "He took an ap course and read about a tassel and a hat."),
    ("en", "The crowd chanted during the rally in Tassajara."),
    ("en", "Former mayor Michael Bloomberg endorsed the candidate."),
    ("id", "Kedua negara sepakat, antara lain, untuk membuka perbatasan."),
    ("ru", "Пассажиры тассовались у входа."),
    ("de", "Die Apotheke in der Apfelstraße ist geschlossen."),
    ("vi", "Ông ấy cho biết trời sẽ mưa."),
    ("ko", "그는 회의가 내일 열린다고 말했다."),
    ("ms", "Kerajaan akan menghentikan pengeluaran permit AP bagi kereta import."),
    ("vi", "Hãng hàng không VNA đã thay máy bay khác."),
]


@pytest.mark.parametrize(("language", "text"), NON_CITATIONS)
def test_look_alikes_are_not_citations(language: str, text: str) -> None:
    assert cite(text, language) == []


def test_one_citation_per_agency_and_sentence() -> None:
    text = "Dalam pernyataan Kantor Berita Pusat Korea (KCNA), Pyongyang membantah laporan itu."
    assert [a for a, _ in cite(text, "id")] == ["KCNA"]


def test_citation_records_its_sentence() -> None:
    text = "Pertama, cuaca buruk. Kedua, menurut AFP, jalan ditutup."
    found = find_citations(text, "id", split_sentences(text, "id"))
    assert [(c["agency"], c["sentence"]) for c in found] == [("AFP", 1)]


def test_users_add_their_own_agency(tmp_path, monkeypatch) -> None:
    """A CSV of the same name in CROSSWIRE_DATA_DIR adds rows to the registry."""
    from compare import citations, lexicon

    (tmp_path / "agencies.csv").write_text(
        "agency,language,alias,kind,case_sensitive,open_end\n"
        "Harbour Wire,*,Harbour Wire,wire,0,0\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("CROSSWIRE_DATA_DIR", str(tmp_path))
    lexicon.load_table.cache_clear()
    citations.matcher.cache_clear()
    try:
        assert ("Harbour Wire", "according to Harbour Wire") in cite(
            "The port reopened, according to Harbour Wire.", "en"
        )
    finally:
        monkeypatch.delenv("CROSSWIRE_DATA_DIR")
        lexicon.load_table.cache_clear()
        citations.matcher.cache_clear()
