"""Agency citations, a row per language and case (synthetic sentences written for crosswire)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from compare.citations import find_citations
from compare.evaluation.eval_extract import checked_precision, load_verdicts, stable_sample
from compare.extract import extract_parts
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
    # the cases of issue 4 in the other languages that use them
    ("ms", "Dua kapal ditahan di Selat Melaka, Reuters melaporkan semalam.", "Reuters", "Reuters melaporkan"),
    ("ms", "Harga minyak akan terus naik, menurut AFP.", "AFP", "menurut AFP"),
    ("ms", "Rundingan akan disambung minggu depan, menurut agensi berita TASS.", "TASS",
     "menurut agensi berita TASS"),
    ("ms", "Kenyataan itu disiarkan oleh Agensi Berita Pusat Korea (KCNA) pada Jumaat.", "KCNA",
     "disiarkan oleh Agensi Berita Pusat Korea"),
    ("vi", "Hai bên đã đạt được thỏa thuận sơ bộ, theo Reuters.", "Reuters", "theo Reuters"),
    ("uk", "За даними ТАСС, переговори тривали три години.", "TASS", "За даними ТАСС"),
    ("id", "JAKARTA (Reuters) - Pemerintah akan menaikkan harga BBM pekan depan.", "Reuters", "(Reuters) -"),
    ("fr", "PARIS (AFP) - Le gouvernement a présenté son budget mercredi.", "AFP", "(AFP) -"),
    ("es", "MADRID (EFE) - El Gobierno aprobó el decreto este martes.", "EFE", "(EFE) -"),
    ("de", "BERLIN (dpa) - Die Regierung hat den Haushalt beschlossen.", "dpa", "(dpa) -"),
    ("vi", "Một quan chức giấu tên nói với Reuters rằng cuộc đàm phán đã thất bại.", "Reuters", "nói với Reuters"),
    ("id", "Seorang pejabat mengatakan kepada Reuters bahwa kapal itu telah berlabuh.", "Reuters", "kepada Reuters"),
    ("ms", "Seorang pegawai memberitahu kepada Reuters bahawa kapal itu telah berlabuh.", "Reuters",
     "kepada Reuters"),
    ("es", "El ministro dijo a Reuters que no habrá nuevos impuestos.", "Reuters", "dijo a Reuters"),
    ("de", "Der Minister sagte der Nachrichtenagentur Reuters am Dienstag, die Gespräche seien vertagt.",
     "Reuters", "sagte der Nachrichtenagentur Reuters"),
    ("ru", "Источник сказал Reuters, что переговоры отложены.", "Reuters", "сказал Reuters"),
    ("uk", "Про це розповів Reuters високопосадовець міністерства.", "Reuters", "розповів Reuters"),
    ("ko", "그는 로이터통신과의 인터뷰에서 회담이 연기됐다고 밝혔다.", "Reuters", "로이터통신과의 인터뷰에서"),
    ("vi", "Yonhap đưa tin vụ phóng diễn ra lúc rạng sáng.", "Yonhap", "Yonhap đưa tin"),
    ("id", "Yonhap melaporkan peluncuran itu terjadi sebelum fajar.", "Yonhap", "Yonhap melaporkan"),
    ("en", "Clinton leads by five points, according to a Reuters/Ipsos poll.", "Reuters", "according to a Reuters"),
    ("en", "A Harbor Ledger/Bloomberg Politics poll released Saturday found the race tied.", "Bloomberg",
     "Bloomberg"),
    # outlets Vietnamese papers cite (found in ViMs), and franchises that are other newsrooms
    ("vi", "Đài NHK đưa tin động đất mạnh 5,8 độ xảy ra ngoài khơi.", "NHK", "Đài NHK đưa tin"),
    ("vi", "Theo VOA, cuộc họp kéo dài ba giờ.", "VOA", "Theo VOA"),
    ("vi", "Theo báo VOV, mưa lớn gây ngập nhiều tuyến phố.", "VOV", "Theo báo VOV"),
    ("vi", "Theo RT, ba nghi phạm đã bị bắt giữ.", "RT", "Theo RT"),
    ("en", "Russia Today reported that the talks had stalled.", "RT", "Russia Today reported"),
    ("en", "At least 20 people were killed, the Syrian Arab News Agency said.", "SANA",
     "Syrian Arab News Agency said"),
    ("vi", "Nhóm này đã nhận trách nhiệm thông qua hãng tin Amaq.", "Amaq", "hãng tin Amaq"),
    ("vi", "Các nguồn tin nói với kênh NDTV rằng kho đạn vẫn đang cháy.", "NDTV", "nói với kênh NDTV"),
    ("vi", "Ông Javadi nói với hãng tin Mehr rằng sản lượng sẽ tăng.", "Mehr", "nói với hãng tin Mehr"),
    ("vi", "Vụ việc khiến chuyến bay bị hoãn hai giờ, CNN Turk cho hay.", "CNN Türk", "CNN Turk cho hay"),
    ("id", "Banjir merendam tiga kecamatan, CNN Indonesia melaporkan.", "CNN Indonesia", "CNN Indonesia melaporkan"),
    ("en", "The storm cut power to 40,000 homes, CNN Philippines reported.", "CNN Philippines",
     "CNN Philippines reported"),
    # a cue after the agency stops at a comma: what follows is the next clause's speaker
    ("vi", "Trả lời phỏng vấn trực tiếp kênh CNN, bà Lan cho hay dự án sẽ hoàn thành trong năm nay.", "CNN",
     "phỏng vấn trực tiếp kênh CNN"),
    ("en", "In an interview with CNN, Cruz said the plan would fail.", "CNN", "In an interview with CNN"),
    ("en", "Asked about the plan on CNN, the senator said it would fail.", "CNN", "CNN"),
    ("vi", "Một cư dân nói với kênh truyền hình YTN rằng ngôi nhà rung lên.", "YTN", "nói với kênh truyền hình YTN"),
    ("vi", "Theo kênh truyền hình Ikhbariya, ba vụ nổ xảy ra gần nhà ga.", "Al Ikhbariya",
     "Theo kênh truyền hình Ikhbariya"),
    ("vi", "Theo Thông tấn xã Trung ương Đài Loan, tâm chấn ở độ sâu 270 km.", "CNA Taiwan",
     "Theo Thông tấn xã Trung ương Đài Loan"),
    ("en", "Thousands were evacuated, the Press Trust of India reported.", "PTI", "Press Trust of India reported"),
    ("en", "The fire was brought under control by dawn, Sky News reported.", "Sky News", "Sky News reported"),
    # US networks
    ("en", "The talks will resume on Monday, NBC News reported.", "NBC News", "NBC News reported"),
    ("en", "The mayor told Fox News the pier would reopen.", "Fox News", "told Fox News"),
    ("vi", "Theo ABC News, ứng viên đã giành được 2.293 phiếu đại biểu.", "ABC News", "Theo ABC News"),
    # Vietnamese cue words seen in ViMs
    ("vi", "Số tiền được chuyển qua 23 công ty, Reuters dẫn hồ sơ tòa án cho biết.", "Reuters", "Reuters dẫn"),
    ("vi", "Bị cáo phải bồi thường 7 tỉ đồng, tin tức đăng tải trên TTXVN.", "VNA", "trên TTXVN"),
    ("vi", "Cơ quan an ninh xác nhận với BBC rằng thủ lĩnh đã thiệt mạng.", "BBC", "xác nhận với BBC"),
    ("vi", "Phóng viên BBC tại Brazil cho biết vụ việc gây phẫn nộ.", "BBC", "Phóng viên BBC tại Brazil cho biết"),
    ("vi", "Sau khi Reuters đăng tin về vụ việc, ngân hàng đã thắt chặt kiểm soát.", "Reuters", "Reuters đăng tin"),
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
    # "Reuters Institute" as a topic, in each language's own name for it
    ("vi", "Viện Nghiên cứu Báo chí Reuters vừa công bố báo cáo thường niên về tin tức số."),
    ("ru", "Институт Reuters опубликовал ежегодный доклад о цифровых новостях."),
    ("uk", "Інститут Reuters оприлюднив щорічну доповідь про цифрові новини."),
    ("de", "Das Reuters-Institut veröffentlichte seinen jährlichen Bericht über digitale Nachrichten."),
    ("fr", "L'Institut Reuters a publié son rapport annuel sur l'information numérique."),
    ("es", "El Instituto Reuters publicó su informe anual sobre noticias digitales."),
    ("ko", "로이터저널리즘연구소는 올해 디지털 뉴스 보고서를 발표했다."),
    ("id", "Reuters Institute merilis laporan tahunan tentang berita digital."),
    ("ms", "Reuters Institute menerbitkan laporan tahunan tentang berita digital."),
    # "AP Stylebook", "ap" as a word, "tass" inside a word
    ("id", "Redaksi kami kini mengikuti AP Stylebook untuk penulisan nama."),
    ("vi", "Nhiều tòa soạn dùng AP Stylebook làm cẩm nang biên tập."),
    ("de", "Die Redaktion richtet sich nach dem AP Stylebook."),
    ("fr", "La ville fut détruite en 79 ap. J.-C. par le Vésuve."),
    ("de", "Sie tranken zwei Tassen Kaffee am Bahnhof."),
    ("fr", "Il a bu une tasse de thé avant la réunion."),
    ("ru", "Тассовский корреспондент вошел в зал последним."),
    # letters of a new agency inside a term
    ("vi", "Bệnh nhân đã có kết quả xét nghiệm RT-PCR âm tính."),
    ("ru", "Тест RT-PCR дал отрицательный результат."),
    ("en", "The convoy left SANA'A at dawn."),
    # photo credits
    ("vi", "Cảnh sát phong tỏa hiện trường vụ nổ ở trung tâm thành phố (Ảnh: Reuters)."),
    ("vi", "Ảnh minh họa: AFP"),
    ("en", "Protesters gather outside the courthouse. Jim Urquhart / Reuters."),
    ("en", "Supporters cheer at the rally (FABRICE COFFRINI/AFP/Getty Images.)"),
    ("en", "Photo: AP"),
    ("en", "Traders watch the screens in New York. Bloomberg via Getty Images."),
    ("en", "The factory floor in Detroit. Bloomberg/Getty Images."),
    ("id", "Pekerja di pabrik baja di Cilegon. Bloomberg via Getty Images."),
    ("en", "The senator waves to supporters.\n\nCarlos Ortega/Reuters\n\nThe vote is on Tuesday."),
    ("id", "Petugas memeriksa lokasi kebakaran. (ANTARA FOTO/Budi Santoso)"),
    ("id", "Foto: Reuters"),
    ("ms", "Foto: Bernama"),
    ("ru", "Фото: ТАСС"),
    ("uk", "Фото: Укрінформ"),
    ("fr", "Photo : AFP"),
    ("es", "Foto: EFE"),
    ("de", "Foto: dpa"),
    ("ko", "(사진=연합뉴스)"),
    # the agency as an employer
    ("vi", "Tại hãng BBC, ông bắt đầu làm phim truyền hình."),
    ("vi", "Anh ấy từng làm việc cho Reuters ở Hà Nội trong mười năm."),
    ("en", "She worked for Reuters in Moscow for a decade before teaching."),
    ("en", "He joined the Associated Press in 1998."),
    ("id", "Ia pernah bekerja di kantor berita Antara selama sepuluh tahun."),
    ("ms", "Beliau pernah bekerja dengan Bernama sebelum bersara."),
    ("ru", "Он десять лет работал в ТАСС."),
    ("uk", "Вона працювала в Укрінформі до 2014 року."),
    ("fr", "Il a travaillé pour l'AFP à Beyrouth pendant dix ans."),
    ("es", "Trabajó en EFE durante veinte años."),
    ("de", "Sie arbeitete bei der dpa in Hamburg."),
    ("ko", "그는 과거 연합뉴스에서 근무했다."),
    ("en", "Dana Ortiz, a CNN contributor, spent a decade in the Senate."),
    ("en", "CNN President Mark Hale defended the network's debate rules."),
]


@pytest.mark.parametrize(("language", "text"), NON_CITATIONS)
def test_look_alikes_are_not_citations(language: str, text: str) -> None:
    assert cite(text, language) == []


ONLY_THESE = [
    # language, text, the (agency, cue) pairs found and nothing else
    ("vi", "(Ảnh: AFP) Theo AFP, đám cháy đã được khống chế.", [("AFP", "Theo AFP")]),
    ("en", "Photo: Reuters. The ship sank, according to Reuters.", [("Reuters", "according to Reuters")]),
    ("vi", "Ông Lâm, người từng làm việc cho Reuters, nói với AFP rằng ông sẽ ra tranh cử.",
     [("AFP", "nói với AFP")]),
    ("en", "Smith, who worked for Reuters until 2010, told the BBC he was leaving.", [("BBC", "told the BBC")]),
    ("vi", "Khi máy bay chuẩn bị cất cánh, CNN Turk cho hay, một mẩu giấy đã được phát hiện.",
     [("CNN Türk", "CNN Turk cho hay")]),
    ("id", "Menurut CNN Indonesia, banjir merendam tiga kecamatan.", [("CNN Indonesia", "Menurut CNN Indonesia")]),
    ("en", "SANA'A (Reuters) - Air strikes hit the port overnight.", [("Reuters", "(Reuters) -")]),
    ("en", "An aide told CNN President Ortiz would sign the bill on Friday.", [("CNN", "told CNN")]),
    ("en", "Ana Ruiz, a CNN contributor, said the bill would pass, according to Reuters.",
     [("Reuters", "according to Reuters")]),
    # a person who shares an agency's name: once named, the bare name is the person, cue words keep the agency
    ("en", "Michael Bloomberg may run as an independent. Bloomberg turned 74 on Sunday.", []),
    ("en", "Bloomberg weighs a run. Mr. Bloomberg has spent $10 million, according to Bloomberg News.",
     [("Bloomberg", "according to Bloomberg News")]),
    ("en", "Mike Bloomberg spoke in Ohio. Bloomberg estimates his fortune at $45 billion.",
     [("Bloomberg", "Bloomberg estimates")]),
    ("en", "Bloomberg estimates the fund lost $2 billion. Bloomberg reported the loss first.",
     [("Bloomberg", "Bloomberg estimates"), ("Bloomberg", "Bloomberg reported")]),
    ("vi", "Tỷ phú Michael Bloomberg cân nhắc tranh cử. Bloomberg từng ba lần làm thị trưởng New York.", []),
    ("vi", "Ông Michael Bloomberg chưa lên tiếng. Theo Bloomberg, quỹ đã lỗ 2 tỷ USD.",
     [("Bloomberg", "Theo Bloomberg")]),
    ("ko", "마이클 블룸버그 전 시장이 출마를 검토한다. 블룸버그는 올해 74세다.", []),
    ("ko", "마이클 블룸버그 전 시장이 출마를 검토한다. 블룸버그통신은 3일 이같이 보도했다.",
     [("Bloomberg", "블룸버그통신은 3일 이같이 보도했다")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ONLY_THESE)
def test_credits_and_franchises_leave_only_the_real_citations(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cite(text, language) == expected


SIGNOFFS = [
    # (synthetic) text, the citations: a wire's house sign-off credits it when its text does not
    ("The port reopened on Monday.\n\n(Reporting by Jane Doe; Additional reporting by Tom Reyes; "
     "Editing by Will Dunn.)",
     [("Reuters", "(Reporting by Jane Doe; Additional reporting by Tom Reyes; Editing by Will Dunn.)")]),
    ("HARBOURTON (Reuters) - The port reopened.\n\n(Reporting by Jane Doe; Editing by Will Dunn)",
     [("Reuters", "(Reuters) -")]),
    ("The port reopened, the mayor said (reporting by the harbour office; editing by volunteers).", []),
    ("Reporting by Jane Doe; Editing by Will Dunn", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNOFFS)
def test_a_wire_sign_off_credits_the_wire(text: str, expected: list[tuple[str, str]]) -> None:
    assert cite(text, "en") == expected


def test_a_sign_off_gives_the_quotes_its_wire() -> None:
    text = ('The port reopened on Monday.\n\n"We are back," said Tom Reyes.\n\n'
            "(Reporting by Jane Doe; Editing by Will Dunn.)")
    assert [(q["speaker"], q["agency"]) for q in extract_parts(text, "en", None).quotes] == [("Tom Reyes", "Reuters")]


def test_one_citation_per_agency_and_sentence() -> None:
    text = "Dalam pernyataan Kantor Berita Pusat Korea (KCNA), Pyongyang membantah laporan itu."
    assert [a for a, _ in cite(text, "id")] == ["KCNA"]


def test_citation_records_its_sentence() -> None:
    text = "Pertama, cuaca buruk. Kedua, menurut AFP, jalan ditutup."
    found = find_citations(text, "id", split_sentences(text, "id"))
    assert [(c["agency"], c["sentence"]) for c in found] == [("AFP", 1)]


USER_AGENCIES = (
    "agency,language,alias,kind,case_sensitive,open_end\n"
    "Harbour Wire,*,Harbour Wire,wire,0,0\n"
    "Harbour Wire,vi,Hãng tin Cảng,wire,0,0\n"
    "Harbour Wire,*,Harbour Wire Awards,not_citation,0,0\n"
)
# A user's cue file written before the kind column existed: three columns still load.
USER_CUES = "language,cue,position\nen,per,before\nvi,tiết lộ,after\n"
USER_CASES = [
    ("en", "The port reopened, according to Harbour Wire.", [("Harbour Wire", "according to Harbour Wire")]),
    ("en", "The port reopened on Monday, per Harbour Wire.", [("Harbour Wire", "per Harbour Wire")]),
    ("vi", "Hãng tin Cảng tiết lộ cảng sẽ mở cửa lại.", [("Harbour Wire", "Hãng tin Cảng tiết lộ")]),
    ("en", "She won the Harbour Wire Awards last year.", []),
    ("en", "The port reopened, according to Reuters.", [("Reuters", "according to Reuters")]),
]


@pytest.fixture
def user_data_dir(tmp_path, monkeypatch):
    """The user's own agencies.csv and citation_cues.csv in CROSSWIRE_DATA_DIR (as the README says)."""
    from compare import citations, lexicon

    (tmp_path / "agencies.csv").write_text(USER_AGENCIES, encoding="utf-8")
    (tmp_path / "citation_cues.csv").write_text(USER_CUES, encoding="utf-8")
    monkeypatch.setenv("CROSSWIRE_DATA_DIR", str(tmp_path))
    lexicon.load_table.cache_clear()
    citations.matcher.cache_clear()
    yield tmp_path
    monkeypatch.delenv("CROSSWIRE_DATA_DIR")
    lexicon.load_table.cache_clear()
    citations.matcher.cache_clear()


@pytest.mark.parametrize(("language", "text", "expected"), USER_CASES)
def test_users_add_their_own_agencies_and_cues(
    user_data_dir, language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cite(text, language) == expected


def test_without_the_user_folder_their_agency_is_unknown() -> None:
    assert cite("The port reopened, according to Harbour Wire.", "en") == []


# ---- the hand-checked ViMs verdicts and the sample the evaluation draws (compare.evaluation.eval_extract)

VERDICTS_FILE = Path(__file__).resolve().parents[1] / "eval" / "checks" / "vims_citations.csv"


def test_hand_verdicts_are_keyed_rows_without_article_text() -> None:
    verdict_rows = _verdict_rows(VERDICTS_FILE)
    keys = [(r["id"], r["agency"], r["cue"]) for r in verdict_rows]
    assert list(verdict_rows[0]) == ["id", "agency", "cue", "correct", "reason"]
    assert len(keys) == len(set(keys)) >= 100
    assert {r["correct"] for r in verdict_rows} <= {"0", "1"}
    assert all(r["id"].startswith("vims/") and r["reason"] for r in verdict_rows)
    assert max(len(r["cue"]) for r in verdict_rows) < 80  # cue words, never a sentence
    assert load_verdicts(VERDICTS_FILE) == {k: int(r["correct"]) for k, r in zip(keys, verdict_rows, strict=True)}


def _verdict_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def _synthetic_rows(n: int) -> list[dict]:
    return [{"id": f"vims/x/{i}", "agency": "AFP", "cue": "theo AFP", "sentence_index": i % 3} for i in range(n)]


@pytest.mark.parametrize(("size", "added"), [(100, 1), (100, 5), (10, 1)])
def test_sample_moves_at_most_by_the_citations_added(size: int, added: int) -> None:
    rows = _synthetic_rows(300)
    before = {r["id"] for r in stable_sample(rows, size)}
    after = {r["id"] for r in stable_sample(rows + [{**r, "id": r["id"] + "b"} for r in rows[:added]], size)}
    assert len(before) == len(after) == size
    assert len(before - after) <= added
    assert {r["id"] for r in stable_sample(list(reversed(rows)), size)} == before


@pytest.mark.parametrize(
    ("verdicts", "precision", "checked"),
    [
        ({("vims/x/0", "AFP", "theo AFP"): 1, ("vims/x/1", "AFP", "theo AFP"): 0}, 0.5, 2),
        ({("vims/x/0", "AFP", "theo AFP"): 1, ("vims/other", "AFP", "theo AFP"): 0}, 1.0, 1),
        ({}, 0.0, 0),
    ],
)
def test_precision_counts_only_checked_citations(verdicts: dict, precision: float, checked: int) -> None:
    assert checked_precision(_synthetic_rows(4), verdicts) == (precision, checked)


def test_users_add_their_own_agency(tmp_path, monkeypatch) -> None:
    """A CSV of the same name in CROSSWIRE_DATA_DIR adds rows to the registry (agencies only)."""
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


SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def test_vims_sample_is_checked_by_hand_and_precise() -> None:
    """Every citation of today's ViMs sample has a hand verdict, and nearly all are right."""
    if not (SHARED_EVAL / "vims" / "articles.jsonl").is_file():
        pytest.skip("no ../shared/eval/vims here")
    from compare.evaluation.eval_extract import vims_rows

    _, rows = vims_rows(SHARED_EVAL)
    sample = stable_sample(rows)
    precision, checked = checked_precision(sample, load_verdicts(VERDICTS_FILE))
    assert checked == len(sample) == 100
    assert precision >= 0.97
