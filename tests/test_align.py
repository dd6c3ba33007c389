"""Quote and figure alignment: verdicts, groups, references, cross-language links, figures.

All text here is synthetic, written for these tests (fictional people and outlets).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from compare.align import align_frame, figures_agree, latin_key, speaker_tokens, speakers_compatible
from compare.align_text import compare_pair, tokens_of
from compare.settings import Settings

# ---------------------------------------------------------------- one pair, one verdict

REF = {
    "en": "We will not send more troops to the border before the talks in Geneva are over",
    "id": "Kami tidak akan mengirim pasukan tambahan ke perbatasan sebelum perundingan di Jenewa selesai",
    "ru": "Мы не будем отправлять дополнительные войска к границе до окончания переговоров в Женеве",
    "vi": "Chúng tôi sẽ không điều thêm quân tới biên giới trước khi các cuộc đàm phán ở Geneva kết thúc",
}

VERDICTS = [
    # language, variant, verdict, cut
    ("en", REF["en"], "verbatim", None),
    ("en", "“We will not send more troops to the border – before the talks in Geneva are over.”", "punctuation", None),
    ("en", "We will not send more troops to the boarder before the talks in Geneva are over", "punctuation", None),
    ("en", "We will not send any more troops to the border before the talks in Geneva are over", "minor_edit", None),
    ("en", "We will send more troops to the border before the talks in Geneva are over", "words_changed", None),
    ("en", "We will not send more troops to the border", "truncated", "end"),
    ("en", "We will not send more troops to the border before the talks in Geneva are over, whatever Moscow says",
     "extended", None),
    ("id", "kami tidak akan mengirim pasukan tambahan ke perbatasan, sebelum perundingan di Jenewa selesai.",
     "punctuation", None),
    ("id", "Kami akan mengirim pasukan tambahan ke perbatasan sebelum perundingan di Jenewa selesai", "words_changed",
     None),
    ("id", "mengirim pasukan tambahan ke perbatasan sebelum perundingan di Jenewa selesai", "truncated", "start"),
    ("ru", "«Мы не будем отправлять дополнительные войска к границе до окончания переговоров в Женеве»",
     "punctuation", None),
    ("ru", "Мы не будем отправлять войска к границе до окончания переговоров в Женеве", "minor_edit", None),
    ("ru", "Мы не будем отправлять дополнительные войска... в Женеве", "truncated", "middle"),
    ("ru", "Мы будем отправлять дополнительные войска к границе до окончания переговоров в Женеве", "words_changed",
     None),
    ("vi", "Chúng tôi sẽ điều thêm quân tới biên giới trước khi các cuộc đàm phán ở Geneva kết thúc", "words_changed",
     None),
    ("vi", "“Chúng tôi sẽ không điều thêm quân tới biên giới”", "truncated", "end"),
    ("vi", "Chúng tôi sẽ không điều thêm quân tới biên giới, trước khi các cuộc đàm phán ở Geneva kết thúc.",
     "punctuation", None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "variant", "verdict", "cut"), VERDICTS)
def test_verdict_of_a_variant(language: str, variant: str, verdict: str, cut: str | None) -> None:
    result = compare_pair(REF[language], variant, language, 0.9)
    assert result.verdict == verdict, result.diff
    assert result.cut == cut


MEANING = [
    # language, reference, variant, kind of the meaning-bearing change
    ("en", REF["en"], "We will send more troops to the border before the talks in Geneva are over", "negation"),
    ("id", REF["id"], "Kami mungkin tidak akan mengirim pasukan tambahan ke perbatasan sebelum perundingan di Jenewa selesai",
     "hedge"),
    ("ru", "Около 10 000 военных уже находятся в регионе", "Около 12 000 военных уже находятся в регионе", "number"),
    ("vi", REF["vi"], "Chúng tôi sẽ điều thêm quân tới biên giới trước khi các cuộc đàm phán ở Geneva kết thúc",
     "negation"),
    ("en", "Minister Berg told Okafor the offer stands", "Minister Berg told Ivanova the offer stands", "name"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "reference", "variant", "kind"), MEANING)
def test_meaning_bearing_changes_are_named(language: str, reference: str, variant: str, kind: str) -> None:
    result = compare_pair(reference, variant, language, 0.9)
    assert result.verdict == "words_changed"
    assert kind in {c["kind"] for c in result.meaning_changes}


@pytest.mark.parametrize(
    ("language", "reference", "variant"),
    [
        ("en", "about 10,000 troops", "about 10 000 troops"),
        ("id", "sekitar 10.000 tentara", "sekitar 10 000 tentara"),
        ("ru", "ещё 10 000 военных прибыли", "еще 10 000 военных прибыли"),
        (
            "en",
            "In 2012, 43 percent of the money came from small donors",
            "In 2012 43 percent of the money came from small donors",
        ),
    ],
)
def test_number_formats_and_letter_variants_are_not_word_changes(language: str, reference: str, variant: str) -> None:
    assert compare_pair(reference, variant, language, 0.9).verdict == "punctuation"


def test_word_diff_marks_what_changed() -> None:
    result = compare_pair(
        REF["en"], "We will send more troops to the border before the talks in Geneva are over", "en", 0.9
    )
    assert ["-", "not"] in result.diff
    assert [op for op, _ in result.diff] == ["=", "-", "="]


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("Volodymyr Zelensky", "Zelensky", True),
        ("Зеленский", "Volodymyr Zelenskiy", True),
        ("Presiden Zelensky", "Владимир Зеленский", True),
        ("Choe Son Hui", "Menteri Luar Negeri Choe Son-hui", True),
        ("Anna Berg", "Paul Okafor", False),
        (None, "Paul Okafor", True),
        ("Bộ trưởng Nguyễn Văn An", "Nguyen Van An", True),
        ("представитель Кремля", "Дмитрий Песков", True),  # a description names no one to compare
        ("the Republican nominee", "Paul Okafor", True),
        ("министр обороны Анна Берг", "Пол Окафор", False),  # a role before the name still names her
    ],
)
def test_speaker_compatibility(a: str | None, b: str | None, compatible: bool) -> None:
    assert speakers_compatible(speaker_tokens(a), speaker_tokens(b)) is compatible


def test_latin_key_folds_scripts_and_diacritics() -> None:
    assert latin_key("Зеленский") == "zelenskiy"
    assert latin_key("Nguyễn") == "nguyen"


# ---------------------------------------------------------------- frames


def articles_frame(rows: list[tuple[str, str, str, str | None, str]]) -> pd.DataFrame:
    """rows: (article_id, outlet, language, agency_of_article, published_at)."""
    return pd.DataFrame(
        [
            {"article_id": a, "outlet": o, "language": lang, "agency_of_article": ag, "published_at": pd.Timestamp(t)}
            for a, o, lang, ag, t in rows
        ]  # fmt: skip
    )


def quotes_frame(rows: list[tuple[str, str, str | None, str | None, str]]) -> pd.DataFrame:
    """rows: (article_id, text, speaker, agency, story_id); quote_id = article_id:position."""
    return pd.DataFrame(
        [
            {
                "quote_id": f"{a}:{i}",
                "article_id": a,
                "text": t,
                "speaker": sp,
                "agency": ag,
                "story_id": st,
                "sentence_index": i,
                "start": i * 100,
                "end": i * 100 + len(t),
            }
            for i, (a, t, sp, ag, st) in enumerate(rows)
        ]  # fmt: skip
    )


def by_item(alignment_frame: pd.DataFrame) -> pd.DataFrame:
    return alignment_frame.set_index("item_id")


OTHER_QUOTE = {
    "en": "The economy ministry will publish its new budget forecast next week",
    "id": "Kementerian ekonomi akan menerbitkan proyeksi anggaran baru pekan depan",
    "ru": "Министерство экономики опубликует новый прогноз бюджета на следующей неделе",
    "vi": "Bộ Kinh tế sẽ công bố dự báo ngân sách mới vào tuần tới",
}
SPEAKER = {"en": "Anna Berg", "id": "Anna Berg", "ru": "Анна Берг", "vi": "Anna Berg"}


@pytest.mark.parametrize("language", ["en", "id", "ru", "vi"])
def test_variants_group_around_the_agency_copy(language: str) -> None:
    altered = compare_variants(language)
    articles = articles_frame([
        ("wire", "Reuters", language, "Reuters", "2024-11-01 08:00"),
        ("r1", "Daily Sample", language, None, "2024-11-01 07:00"),
        ("r2", "Harian Contoh", language, None, "2024-11-01 10:00"),
        ("r3", "Tin Tuc Mau", language, None, "2024-11-01 11:00"),
    ])  # fmt: skip
    quotes = quotes_frame([
        ("r1", altered["negation"], SPEAKER[language], "Reuters", "s1"),
        ("r2", altered["truncated"], SPEAKER[language], "Reuters", "s1"),
        ("wire", REF[language], SPEAKER[language], None, "s1"),
        ("r3", REF[language], None, "Reuters", "s1"),
        ("r3", OTHER_QUOTE[language], SPEAKER[language], "Reuters", "s1"),
    ])  # fmt: skip
    result = align_frame(quotes, pd.DataFrame(), articles, Settings())
    al = by_item(result.alignments)
    main_group = al.loc["wire:2", "group_id"]
    assert set(al.index[al["group_id"] == main_group]) == {"r1:0", "r2:1", "wire:2", "r3:3"}
    assert al.loc["r3:4", "group_id"] != main_group
    assert al.loc["wire:2", "verdict"] == "reference"
    assert al.loc["r1:0", "verdict"] == "words_changed"
    assert al.loc["r2:1", "verdict"] == "truncated"
    assert al.loc["r3:3", "verdict"] == "verbatim"
    assert (al.loc[["r1:0", "r2:1", "r3:3"], "reference_id"] == "wire:2").all()
    group = result.groups.set_index("group_id").loc[main_group]
    assert group["reference_id"] == "wire:2" and group["n_variants"] == 4


def compare_variants(language: str) -> dict[str, str]:
    verdicts = {v: variant for lang, variant, v, _ in VERDICTS if lang == language}
    return {"negation": verdicts["words_changed"], "truncated": verdicts["truncated"]}


def test_without_an_agency_copy_the_most_common_version_is_the_reference() -> None:
    articles = articles_frame([
        ("a", "Daily Sample", "en", None, "2024-11-01 09:00"),
        ("b", "Morning Example", "en", None, "2024-11-01 08:00"),
        ("c", "Evening Example", "en", None, "2024-11-01 10:00"),
    ])  # fmt: skip
    changed = "We will send more troops to the border before the talks in Geneva are over"
    quotes = quotes_frame([("b", changed, None, None, "s1"), ("a", REF["en"], None, None, "s1"),
                           ("c", "“" + REF["en"] + ".”", None, None, "s1")])  # fmt: skip
    al = by_item(align_frame(quotes, pd.DataFrame(), articles, Settings()).alignments)
    # 'a' and 'c' read the same once punctuation is set aside: two against one; 'a' is earlier.
    assert al.loc["a:1", "verdict"] == "reference"
    assert al.loc["c:2", "verdict"] == "punctuation"
    assert al.loc["b:0", "verdict"] == "words_changed"


def test_speakers_keep_similar_quotes_apart_unless_the_words_are_the_same() -> None:
    articles = articles_frame([("a", "Daily Sample", "en", None, "2024-11-01"), ("b", "Other Daily", "en", None,
                                                                                  "2024-11-01")])  # fmt: skip
    quotes = quotes_frame([
        ("a", "We are ready to resume grain exports through the southern ports next month", "Anna Berg", None, "s1"),
        ("b", "We are ready to resume fuel imports through the northern ports next year", "Paul Okafor", None, "s1"),
        ("a", "There is no ceasefire and there will be none until the shelling stops", "Anna Berg", None, "s1"),
        ("b", "There is no ceasefire and there will be none until the shelling stops", "Paul Okafor", None, "s1"),
    ])  # fmt: skip
    al = by_item(align_frame(quotes, pd.DataFrame(), articles, Settings()).alignments)
    assert al.loc["a:0", "group_id"] != al.loc["b:1", "group_id"]
    assert al.loc["a:2", "group_id"] == al.loc["b:3", "group_id"]  # kept together: a speaker conflict


def test_identical_quotes_in_two_stories_never_share_a_group() -> None:
    articles = articles_frame([("a", "Daily Sample", "en", None, "2024-11-01"), ("b", "Other Daily", "en", None,
                                                                                  "2024-11-01")])  # fmt: skip
    quotes = quotes_frame([("a", REF["en"], None, None, "s1"), ("b", REF["en"], None, None, "s2")])
    al = align_frame(quotes, pd.DataFrame(), articles, Settings()).alignments
    assert al["group_id"].nunique() == 2 and set(al["verdict"]) == {"reference"}


CROSS = [
    # (language, quote, speaker) pairs linked through speaker + number + name
    ("en", "We counted 10,500 soldiers near Kursk and Pyongyang sent them", "Volodymyr Zelensky"),
    ("ru", "Мы насчитали 10 500 военных под Курском, их прислал Пхеньян", "Владимир Зеленский"),
    ("id", "Kami menghitung 10.500 tentara di dekat Kursk dan Pyongyang yang mengirim mereka", "Presiden Zelensky"),
    ("vi", "Chúng tôi đếm được 10.500 binh sĩ gần Kursk và Bình Nhưỡng đã gửi họ tới", "Tổng thống Zelensky"),
]


def test_quotes_in_other_languages_link_as_cross_language() -> None:
    articles = articles_frame([(f"a-{lang}", f"Outlet {lang}", lang, "Reuters" if lang == "en" else None,
                                "2024-11-01") for lang, _, _ in CROSS])  # fmt: skip
    rows = [(f"a-{lang}", text, speaker, None, "s1") for lang, text, speaker in CROSS]
    rows.append(("a-ru", "Переговоры продолжатся в понедельник в Женеве", "Владимир Зеленский", None, "s1"))
    result = align_frame(quotes_frame(rows), pd.DataFrame(), articles, Settings())
    al = by_item(result.alignments)
    linked = ["a-en:0", "a-ru:1", "a-id:2", "a-vi:3"]
    assert al.loc[linked, "group_id"].nunique() == 1
    assert al.loc["a-en:0", "verdict"] == "reference"
    others = al.loc[linked[1:]]
    assert (others["verdict"] == "cross_language").all() and others["cross_language"].all()
    assert (others["similarity"] < 1.0).all() and others["diff"].isna().all()
    assert al.loc["a-ru:4", "group_id"] != al.loc["a-ru:1", "group_id"]


def test_group_ids_are_stable_whatever_the_row_order() -> None:
    articles = articles_frame([("wire", "Reuters", "en", "Reuters", "2024-11-01"), ("r1", "Daily Sample", "en", None,
                                                                                    "2024-11-02")])  # fmt: skip
    quotes = quotes_frame([("wire", REF["en"], "Anna Berg", None, "s1"), ("r1", REF["en"] + " soon", "Berg", None, "s1"),
                           ("r1", OTHER_QUOTE["en"], "Anna Berg", None, "s1")])  # fmt: skip
    first = align_frame(quotes, pd.DataFrame(), articles, Settings())
    again = align_frame(quotes.iloc[::-1].reset_index(drop=True), pd.DataFrame(), articles, Settings())
    cols = ["item_id", "group_id", "reference_id", "verdict"]
    assert (
        first.alignments[cols].sort_values("item_id").values.tolist()
        == again.alignments[cols].sort_values("item_id").values.tolist()
    )
    assert all(json.loads(d) for d in first.alignments["diff"].dropna())


# ---------------------------------------------------------------- figures


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ((10_000, None), (12_000, None), False),
        ((10_000, "approximately"), (12_000, "at_most"), True),
        ((10_000, "approximately"), (12_000, None), False),
        ((10_000, None), (10_100, None), True),
        ((3_000, "more_than"), (3_500, None), True),
        ((3_000, "more_than"), (2_000, None), False),
        ((8_000, "at_most"), (10_000, None), False),
        ((425e6, None), (425e6, "approximately"), True),
    ],
)
def test_qualified_values_agree_when_their_ranges_meet(a: tuple, b: tuple, agree: bool) -> None:
    assert figures_agree(a, b, Settings().figure_tolerance) is agree


def figures_frame(rows: list[tuple[str, float, str, str | None, str, str]]) -> pd.DataFrame:
    """rows: (article_id, value, unit, qualifier, subject, text), all in story s1."""
    return pd.DataFrame(
        [
            {
                "figure_id": f"{a}:{i}",
                "article_id": a,
                "value": v,
                "unit": u,
                "qualifier": q,
                "subject": s,
                "text": t,
                "story_id": "s1",
                "sentence_index": i,
                "start": i,
                "end": i + len(t),
            }
            for i, (a, v, u, q, s, t) in enumerate(rows)
        ]  # fmt: skip
    )


@pytest.mark.parametrize(
    ("language", "subject", "other_subject"),
    [
        ("en", "North Korean troops deployed in Kursk", "troops killed in the fighting"),
        ("id", "tentara Korea Utara dikerahkan di Kursk", "korban tewas dalam pertempuran"),
        ("ru", "военных КНДР переброшены в Курскую область", "погибших в ходе боёв"),
        ("vi", "binh sĩ Triều Tiên được triển khai ở Kursk", "người thiệt mạng trong giao tranh"),
    ],
)
def test_figures_of_one_measure_are_compared(language: str, subject: str, other_subject: str) -> None:
    articles = articles_frame([("wire", "Reuters", language, "Reuters", "2024-11-01"),
                               ("r1", "Daily Sample", language, None, "2024-11-02"),
                               ("r2", "Other Daily", language, None, "2024-11-02")])  # fmt: skip
    figures = figures_frame([
        ("wire", 10_000, "troops", "approximately", subject, "about 10,000"),
        ("r1", 12_000, "troops", None, subject, "12,000"),
        ("r2", 12_000, "troops", "at_most", subject, "up to 12,000"),
        ("r2", 300, "troops", None, other_subject, "300"),
        ("r1", 5, "percent", None, subject, "5%"),
    ])  # fmt: skip
    al = by_item(align_frame(pd.DataFrame(), figures, articles, Settings()).alignments)
    assert al.loc["wire:0", "verdict"] == "reference"
    assert al.loc["r1:1", "verdict"] == "value_conflict"
    assert al.loc["r2:2", "verdict"] == "value_agrees"
    assert al.loc["r2:3", "group_id"] != al.loc["wire:0", "group_id"]
    assert al.loc["r1:4", "group_id"] != al.loc["wire:0", "group_id"]


def test_figures_link_across_languages_only_when_unambiguous() -> None:
    articles = articles_frame([("a", "Reuters", "en", "Reuters", "2024-11-01"), ("b", "Harian Contoh", "id", None,
                                                                                  "2024-11-02")])  # fmt: skip
    figures = figures_frame([("a", 10_000, "troops", None, "North Korean troops", "10,000"),
                             ("b", 12_000, "troops", None, "tentara Korea Utara", "12.000")])  # fmt: skip
    al = by_item(align_frame(pd.DataFrame(), figures, articles, Settings()).alignments)
    assert al.loc["a:0", "group_id"] == al.loc["b:1", "group_id"]
    assert al.loc["b:1", "verdict"] == "value_conflict" and bool(al.loc["b:1", "cross_language"])


def test_empty_inputs_give_empty_frames_with_the_table_columns() -> None:
    result = align_frame(pd.DataFrame(), pd.DataFrame(), pd.DataFrame(columns=["article_id"]), Settings())
    assert result.groups.empty and result.alignments.empty
    assert {"group_id", "reference_id", "n_variants"} <= set(result.groups.columns)
    assert {"item_id", "verdict", "diff", "cross_language"} <= set(result.alignments.columns)


def test_tokens_drop_punctuation_and_join_digit_groups() -> None:
    assert tokens_of("“Sekitar 10.000 tentara,” katanya.") == ["sekitar", "10000", "tentara", "katanya"]


@pytest.mark.parametrize(
    ("language", "reference", "variant", "before", "after"),
    [
        ("en", "inflation will stay between 1.5 and 3.5 percent", "inflation will stay between 1.7 and 3.5 percent",
         "1.5", "1.7"),
        ("id", "inflasi tetap di kisaran 1,5 hingga 3,5 persen", "inflasi tetap di kisaran 1,7 hingga 3,5 persen",
         "1.5", "1.7"),
        ("ru", "инфляция останется в пределах 1,5–3,5 процента", "инфляция останется в пределах 1,7–3,5 процента",
         "1.5", "1.7"),
    ],
)  # fmt: skip
def test_decimals_stay_whole_numbers_in_diffs(language: str, reference: str, variant: str, before: str,
                                             after: str) -> None:  # fmt: skip
    result = compare_pair(reference, variant, language, 0.9)
    assert ["-", before] in result.diff and ["+", after] in result.diff
    assert {("number", before, "removed"), ("number", after, "added")} <= {
        (c["kind"], c["word"], c["change"]) for c in result.meaning_changes
    }


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ((6.2, None), (6.4, None), False),  # magnitude: the digit both give differs
        ((5.75, None), (5.5, None), False),
        ((425e6, None), (425.3e6, None), True),  # 425.3 million rounds to 425 million
        ((1.5e6, None), (1.52e6, None), True),
        ((1_234, None), (1_240, None), False),
        ((6.2, "approximately"), (6.4, None), True),  # "about 6.2" admits 6.4
    ],
)
def test_plain_values_disagree_when_a_digit_both_give_differs(a: tuple, b: tuple, agree: bool) -> None:
    assert figures_agree(a, b, Settings().figure_tolerance) is agree


@pytest.mark.parametrize(
    ("language", "unit", "rows"),
    [
        ("id", "percent", [("a", 5.75, "suku bunga acuan sebesar 25 basis poin dalam rapat dewan gubernur", "5,75 persen"),
                ("a", 6.0, "ekonom memprediksi bertahan di level", "6,00 persen"),
                ("b", 5.5, "Bank Indonesia memangkas suku bunga acuan pada Kamis", "5,50 persen"),
                ("b", 1.1, "Indeks Harga Saham Gabungan justru naik", "1,1 persen")]),
        ("en", "percent", [("a", 5.75, "policy rate lowered by 25 basis points at the board meeting", "5.75%"),
                ("a", 6.0, "most economists expected it to hold at", "6.00%"),
                ("b", 5.5, "Bank Indonesia unexpectedly cut its policy rate on Thursday", "5.50%"),
                ("b", 1.1, "while the main stock index rose", "1.1%")]),
        ("en", "", [("a", 12.0, "policy rate lowered by 25 basis points at the board meeting", "12"),
                ("a", 30.0, "most economists expected it to hold at", "30"),
                ("b", 10.0, "Bank Indonesia unexpectedly cut its policy rate on Thursday", "10"),
                ("b", 1.0, "while the main stock index rose", "1")]),
    ],
)  # fmt: skip
def test_each_others_best_figures_in_two_articles_are_one_measure(language: str, unit: str, rows: list[tuple]) -> None:
    """The policy rate of two articles, told in words too different to join on their own (a subject score
    under the threshold): each is the other's closest figure, so they are one measure; bare counts
    (no unit) do not pair so loosely."""
    articles = pd.DataFrame({
        "article_id": ["a", "b"], "outlet": ["Outlet A", "Outlet B"], "language": language,
        "published_at": pd.to_datetime(["2024-11-07 10:00", "2024-11-07 11:00"]), "agency_of_article": None,
        "story_id": "s1",
    })  # fmt: skip
    figures = figures_frame([(a, v, unit, None, subject, text) for a, v, subject, text in rows])
    verdicts = align_frame(pd.DataFrame(), figures, articles, Settings()).alignments.set_index("item_id")
    conflicts = verdicts[verdicts["verdict"] == "value_conflict"]
    if not unit:
        assert conflicts.empty
        return
    assert [(r.article_id, r.reference_article_id) for r in conflicts.itertuples()] == [("b", "a")]
    assert figures.set_index("figure_id").loc[conflicts.index[0], "value"] == 5.5


ANOTHER_DAY = {  # language: (this swap's sentence in the wire, the previous swap's, the relay's sentence)
    "en": ("Russia and Ukraine each returned 93 prisoners of war on Wednesday, officials said.",
           "The two sides last exchanged prisoners on 18 October, when each released 95 prisoners of war.",
           "The two sides exchanged prisoners on Wednesday, when each released 95 prisoners of war."),
    "ru": ("В среду из плена вернулись 93 российских военнослужащих, сообщили в министерстве.",
           "Предыдущий обмен состоялся 18 октября, тогда из плена вернулись 95 российских военнослужащих.",
           "Обмен состоялся во вторник, тогда из плена вернулись 95 российских военнослужащих."),
    "id": ("Rusia dan Ukraina membebaskan 93 tawanan perang pada Rabu, kata pejabat.",
           "Pertukaran sebelumnya berlangsung pada 18 Oktober, ketika kedua pihak membebaskan 95 tawanan perang.",
           "Pertukaran berlangsung pada Rabu, ketika kedua pihak membebaskan 95 tawanan perang."),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(ANOTHER_DAY))
def test_a_figure_of_another_day_is_not_the_measure_it_equals(language: str) -> None:
    """The relay's 95 is this swap's number misreported, not the previous swap's 95 (dated 18 October),
    though its words are closer to the previous swap's sentence."""
    now, before, relay = ANOTHER_DAY[language]
    wire = f"{now} {before}"
    articles = pd.DataFrame({
        "article_id": ["wire", "relay"], "outlet": ["TASS", "Relay"], "language": language,
        "published_at": pd.to_datetime(["2024-11-06 10:00", "2024-11-06 15:00"]),
        "agency_of_article": ["TASS", None], "story_id": "s1", "text": [wire, relay],
    })  # fmt: skip
    spans = [("wire", 93.0, wire, "93"), ("wire", 95.0, wire, "95"), ("relay", 95.0, relay, "95")]
    figures = pd.DataFrame([
        {"figure_id": f"{a}:{t.index(n)}", "article_id": a, "value": v, "unit": "people", "qualifier": None,
         "subject": "", "text": n, "story_id": "s1", "start": t.index(n), "end": t.index(n) + len(n)}
        for a, v, t, n in spans
    ])  # fmt: skip
    verdicts = align_frame(pd.DataFrame(), figures, articles, Settings()).alignments.set_index("item_id")
    relay_row = verdicts.loc[f"relay:{relay.index('95')}"]
    assert relay_row["verdict"] == "value_conflict" and relay_row["reference_id"] == f"wire:{wire.index('93')}"


@pytest.mark.parametrize(
    ("unit_a", "unit_b", "linked"),
    [("people", "troops", True), ("troops", "people", True), ("people", "drones", False)],
)
def test_troops_and_people_are_one_family_of_counts(unit_a: str, unit_b: str, linked: bool) -> None:
    """Yonhap's "약 1만 명" (people) and a relay's "12.000 tentara" (troops) report one measure."""
    articles = pd.DataFrame({
        "article_id": ["wire", "relay"], "outlet": ["Yonhap", "Relay"], "language": ["ko", "id"],
        "published_at": pd.to_datetime(["2024-11-05 01:00", "2024-11-05 13:00"]),
        "agency_of_article": ["Yonhap", None], "story_id": "s1",
    })  # fmt: skip
    figures = figures_frame([("wire", 10_000.0, unit_a, "approximately", "북한 병력 추가 파병", "약 1만 명"),
                             ("relay", 12_000.0, unit_b, None, "tentara Korea Utara tambahan", "12.000 tentara")])
    verdicts = align_frame(pd.DataFrame(), figures, articles, Settings()).alignments.set_index("article_id")
    assert (verdicts.at["relay", "verdict"] == "value_conflict") is linked
