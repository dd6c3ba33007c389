"""Discrepancy findings: every kind, planted in one small story per language, and nothing else.

All text is synthetic, written for these tests: fictional ministers, fictional outlets; the
agency article stands for a wire copy that the relays below quote, cut, alter or copy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from compare import discrepancies, pipeline, store
from compare.align import Alignment, align_frame
from compare.align_text import normalise
from compare.discrepancies import COLUMNS, find
from compare.lexicon import load_table
from compare.settings import Settings


@dataclass(frozen=True)
class Lang:
    quote: str
    altered: str  # the negation dropped
    truncated: str
    punctuated: str
    unsupported: str  # a quote the agency never carried
    copied: str  # a sentence of the agency's copy
    claim_supported: str
    claim_unsupported: str
    date_sentence: str  # with {date}
    dates: tuple[str, str]
    subject: str
    wire_lead: str
    relay_lead: str
    credit: str
    said: str  # quote sentence: {q} quote, {s} speaker
    interview: str  # quote sentence credited to AFP
    speaker: str
    other_speaker: str


LANGS = {
    "en": Lang(
        quote="We will not send more troops to the border before the talks in Geneva are over",
        altered="We will send more troops to the border before the talks in Geneva are over",
        truncated="We will not send more troops to the border",
        punctuated="We will not send more troops to the border, before the talks in Geneva are over.",
        unsupported="The situation on the border is calm and nobody should panic",
        copied="Officials expect the Geneva talks to last at least three more days, according to two diplomats "
        "briefed on the schedule.",
        claim_supported="According to Reuters, officials expect the Geneva talks to last at least three more days.",
        claim_unsupported="Reuters reported that the army had already moved two brigades north of the river.",
        date_sentence="The two delegations first met on {date} in Geneva to discuss a prisoner exchange.",
        dates=("31 October", "1 November"),
        subject="North Korean troops sent to Kursk",
        wire_lead="GENEVA (Reuters) - The defence ministry said on Thursday it had no plans to move extra units north.",
        relay_lead="Talks on the border crisis continued in Switzerland this week.",
        credit="Reuters reported the plans on Thursday.",
        said="“{q},” {s} said.",
        interview="{s} said in an interview with AFP: “{q}”.",
        speaker="Defence Minister Anna Berg",
        other_speaker="Foreign Minister Paul Okafor",
    ),
    "id": Lang(
        quote="Kami tidak akan mengirim pasukan tambahan ke perbatasan sebelum perundingan di Jenewa selesai",
        altered="Kami akan mengirim pasukan tambahan ke perbatasan sebelum perundingan di Jenewa selesai",
        truncated="Kami tidak akan mengirim pasukan tambahan ke perbatasan",
        punctuated="Kami tidak akan mengirim pasukan tambahan ke perbatasan, sebelum perundingan di Jenewa selesai.",
        unsupported="Situasi di perbatasan tenang dan tidak ada yang perlu panik",
        copied="Para pejabat memperkirakan perundingan di Jenewa akan berlangsung setidaknya tiga hari lagi, "
        "menurut dua diplomat yang mengetahui jadwalnya.",
        claim_supported="Menurut Reuters, para pejabat memperkirakan perundingan di Jenewa berlangsung setidaknya "
        "tiga hari lagi.",
        claim_unsupported="Reuters melaporkan bahwa tentara telah memindahkan dua brigade ke utara sungai.",
        date_sentence="Kedua delegasi pertama kali bertemu pada {date} di Jenewa untuk membahas pertukaran tahanan.",
        dates=("31 Oktober", "1 November"),
        subject="tentara Korea Utara yang dikirim ke Kursk",
        wire_lead="JENEWA (Reuters) - Kementerian pertahanan pada Kamis mengatakan tidak berencana memindahkan "
        "unit tambahan ke utara.",
        relay_lead="Perundingan soal krisis perbatasan berlanjut di Swiss pekan ini.",
        credit="Reuters melaporkan rencana itu pada Kamis.",
        said='"{q}," kata {s}.',
        interview='{s} mengatakan dalam wawancara dengan AFP: "{q}".',
        speaker="Menteri Pertahanan Anna Berg",
        other_speaker="Menteri Luar Negeri Paul Okafor",
    ),
    "ru": Lang(
        quote="Мы не будем отправлять дополнительные войска к границе до окончания переговоров в Женеве",
        altered="Мы будем отправлять дополнительные войска к границе до окончания переговоров в Женеве",
        truncated="Мы не будем отправлять дополнительные войска к границе",
        punctuated="Мы не будем отправлять дополнительные войска к границе, до окончания переговоров в Женеве.",
        unsupported="Обстановка на границе спокойная, и никому не нужно паниковать",
        copied="Чиновники ожидают, что переговоры в Женеве продлятся ещё как минимум три дня, сообщили два "
        "дипломата, знакомые с графиком.",
        claim_supported="По данным Reuters, чиновники ожидают, что переговоры в Женеве продлятся ещё как минимум "
        "три дня.",
        claim_unsupported="Как сообщает Reuters, армия уже перебросила две бригады к северу от реки.",
        date_sentence="Делегации впервые встретились {date} в Женеве, чтобы обсудить обмен пленными.",
        dates=("31 октября", "1 ноября"),
        subject="военных КНДР, направленных в Курскую область",
        wire_lead="ЖЕНЕВА (Reuters) - Министерство обороны в четверг заявило, что не планирует перебрасывать "
        "дополнительные подразделения на север.",
        relay_lead="Переговоры о пограничном кризисе продолжились на этой неделе в Швейцарии.",
        credit="Об этих планах в четверг сообщило агентство Reuters.",
        said="«{q}», — сказал {s}.",
        interview="{s} в интервью AFP сказал: «{q}».",
        speaker="министр обороны Анна Берг",
        other_speaker="министр иностранных дел Пол Окафор",
    ),
    "vi": Lang(
        quote="Chúng tôi sẽ không điều thêm quân tới biên giới trước khi các cuộc đàm phán ở Geneva kết thúc",
        altered="Chúng tôi sẽ điều thêm quân tới biên giới trước khi các cuộc đàm phán ở Geneva kết thúc",
        truncated="Chúng tôi sẽ không điều thêm quân tới biên giới",
        punctuated="Chúng tôi sẽ không điều thêm quân tới biên giới, trước khi các cuộc đàm phán ở Geneva kết thúc.",
        unsupported="Tình hình ở biên giới vẫn yên ổn và không ai cần phải hoảng sợ",
        copied="Các quan chức dự kiến cuộc đàm phán tại Geneva sẽ kéo dài thêm ít nhất ba ngày nữa, theo hai nhà "
        "ngoại giao nắm được lịch trình.",
        claim_supported="Theo Reuters, các quan chức dự kiến cuộc đàm phán tại Geneva sẽ kéo dài thêm ít nhất ba "
        "ngày nữa.",
        claim_unsupported="Reuters đưa tin quân đội đã điều hai lữ đoàn lên phía bắc con sông.",
        date_sentence="Hai phái đoàn gặp nhau lần đầu vào ngày {date} tại Geneva để thảo luận về việc trao đổi tù "
        "nhân.",
        dates=("31/10", "1/11"),
        subject="binh sĩ Triều Tiên được đưa tới Kursk",
        wire_lead="GENEVA (Reuters) - Bộ Quốc phòng hôm thứ Năm cho biết không có kế hoạch điều thêm đơn vị lên "
        "phía bắc.",
        relay_lead="Các cuộc đàm phán về khủng hoảng biên giới tiếp tục tại Thụy Sĩ trong tuần này.",
        credit="Reuters đưa tin về kế hoạch này hôm thứ Năm.",
        said="“{q}”, {s} nói.",
        interview="{s} nói trong cuộc phỏng vấn với AFP: “{q}”.",
        speaker="Bộ trưởng Quốc phòng Anna Berg",
        other_speaker="Bộ trưởng Ngoại giao Paul Okafor",
    ),
}

# (kind, article whose version is faulty, article it is compared with)
PLANTED = [
    ("altered_quote", "r_alter", "wire"),
    ("number_conflict", "r_alter", "wire"),
    ("truncated_quote", "r_trunc", "wire"),
    ("speaker_conflict", "r_speaker", "wire"),
    ("agency_conflict", "r_agency", "wire"),
    ("unsupported_attribution", "r_unsupported", "wire"),
    ("uncredited_copy", "r_copy", "wire"),
    ("date_conflict", "r_date", "wire"),
]


@dataclass
class Story:
    articles: pd.DataFrame
    quotes: pd.DataFrame
    figures: pd.DataFrame
    claims: pd.DataFrame
    citations: pd.DataFrame
    dates: pd.DataFrame


def build_story(language: str) -> Story:
    lang = LANGS[language]
    said = lang.said.format
    quotes = {  # article -> (quote, speaker, agency, the sentence holding it)
        "wire": (lang.quote, lang.speaker, None, said(q=lang.quote, s=lang.speaker)),
        "r_alter": (lang.altered, lang.speaker, "Reuters", said(q=lang.altered, s=lang.speaker)),
        "r_trunc": (lang.truncated, lang.speaker, "Reuters", said(q=lang.truncated, s=lang.speaker)),
        "r_punct": (lang.punctuated, lang.speaker, "Reuters", said(q=lang.punctuated, s=lang.speaker)),
        "r_speaker": (lang.quote, lang.other_speaker, "Reuters", said(q=lang.quote, s=lang.other_speaker)),
        "r_agency": (lang.quote, lang.speaker, "AFP", lang.interview.format(q=lang.quote, s=lang.speaker)),
        "r_unsupported": (lang.unsupported, lang.speaker, "Reuters", said(q=lang.unsupported, s=lang.speaker)),
    }
    date_a, date_b = (lang.date_sentence.format(date=d) for d in lang.dates)
    texts = {
        "wire": " ".join([lang.wire_lead, quotes["wire"][3], lang.copied, date_a]),
        "r_copy": " ".join([lang.relay_lead, lang.copied]),
        "r_credited_copy": " ".join([lang.relay_lead, lang.claim_supported, lang.copied]),
        "r_date": " ".join([lang.relay_lead, lang.credit, date_b]),
    }
    for article, (_, _, _, sentence) in quotes.items():
        if article != "wire":
            texts[article] = " ".join([lang.relay_lead, sentence] + ([lang.claim_unsupported]
                                                                    if article == "r_unsupported" else []))  # fmt: skip
    order = list(texts)
    articles = pd.DataFrame({
        "article_id": order,
        "outlet": ["Reuters" if a == "wire" else f"Outlet {a.removeprefix('r_').title()}" for a in order],
        "language": language,
        "published_at": [pd.Timestamp("2024-11-01 08:00") + pd.Timedelta(hours=i) for i in range(len(order))],
        "agency_of_article": ["Reuters" if a == "wire" else None for a in order],
        "story_id": "s-test",
        "text": [texts[a] for a in order],
    })  # fmt: skip
    quote_rows = [
        {"quote_id": f"{a}:q", "article_id": a, "text": q, "speaker": s, "agency": ag, "story_id": "s-test",
         "sentence_index": 1, "start": texts[a].index(q), "end": texts[a].index(q) + len(q)}
        for a, (q, s, ag, _) in quotes.items()
    ]  # fmt: skip
    figures = pd.DataFrame([
        {"figure_id": f"{a}:f", "article_id": a, "value": v, "unit": "troops", "qualifier": qual,
         "subject": lang.subject, "text": t, "story_id": "s-test"}
        for a, v, qual, t in [("wire", 10_000, "approximately", "~10,000"), ("r_alter", 12_000, None, "12,000"),
                              ("r_trunc", 12_000, "at_most", "≤12,000")]
    ])  # fmt: skip
    claims = pd.DataFrame([
        {"claim_id": "r_unsupported:c", "article_id": "r_unsupported", "text": lang.claim_unsupported,
         "agency": "Reuters", "speaker": None, "story_id": "s-test"},
        {"claim_id": "r_credited_copy:c", "article_id": "r_credited_copy", "text": lang.claim_supported,
         "agency": "Reuters", "speaker": None, "story_id": "s-test"},
    ])  # fmt: skip
    credited = [a for a in order if a not in ("wire", "r_copy", "r_agency")]
    citations = pd.DataFrame({"article_id": credited + ["r_agency"], "agency": ["Reuters"] * len(credited) + ["AFP"]})
    dates = pd.DataFrame([
        {"article_id": a, "date": pd.Timestamp(d).date(), "text": w, "start": texts[a].index(w),
         "end": texts[a].index(w) + len(w)}
        for a, d, w in [("wire", "2024-10-31", lang.dates[0]), ("r_date", "2024-11-01", lang.dates[1])]
    ])  # fmt: skip
    return Story(articles, pd.DataFrame(quote_rows), figures, claims, citations, dates)


@cache
def findings(language: str) -> pd.DataFrame:
    story = build_story(language)
    alignment = align_frame(story.quotes, story.figures, story.articles, Settings())
    return find(alignment, story.quotes, story.figures, story.claims, story.citations, story.articles, Settings(),
                dates=story.dates)  # fmt: skip


@pytest.mark.parametrize("language", sorted(LANGS))
@pytest.mark.parametrize(("kind", "article", "reference"), PLANTED)
def test_planted_disagreement_is_found(language: str, kind: str, article: str, reference: str) -> None:
    found = findings(language)
    rows = found[(found["kind"] == kind) & (found["article_id"] == article)]
    assert len(rows) >= 1, found[["kind", "article_id", "explanation"]].to_string()
    row = rows.iloc[0]
    assert row["reference_article_id"] == reference
    assert row["severity"] in ("low", "medium", "high")
    assert "Reuters" in row["explanation"] and f"Outlet {article.removeprefix('r_').title()}" in row["explanation"]
    assert "severity_reason" in json.loads(row["evidence"])


@pytest.mark.parametrize("language", sorted(LANGS))
def test_faithful_relays_raise_nothing(language: str) -> None:
    found = findings(language)
    planted = {(kind, article) for kind, article, _ in PLANTED}
    extra = found[[(k, a) not in planted for k, a in zip(found["kind"], found["article_id"], strict=True)]]
    assert extra.empty, extra[["kind", "article_id", "explanation"]].to_string()
    assert not (found["article_id"] == "r_punct").any()
    assert not (found["article_id"] == "r_credited_copy").any()


@pytest.mark.parametrize("language", sorted(LANGS))
def test_both_unsupported_quote_and_claim_are_reported(language: str) -> None:
    found = findings(language)
    items = set(found.loc[found["kind"] == "unsupported_attribution", "item_id"])
    assert items == {"r_unsupported:q", "r_unsupported:c"}


@pytest.mark.parametrize(
    ("language", "kind", "severity"),
    [(lang, "altered_quote", "high") for lang in LANGS]  # a dropped negation
    + [(lang, "speaker_conflict", "high") for lang in LANGS]
    # under half cut and no negation, hedge or number in the cut part; vi loses exactly half its words
    + [(lang, "truncated_quote", "medium" if lang == "vi" else "low") for lang in LANGS],
)
def test_severity_follows_what_changed(language: str, kind: str, severity: str) -> None:
    found = findings(language)
    assert found.loc[found["kind"] == kind, "severity"].iloc[0] == severity


@pytest.mark.parametrize("language", sorted(LANGS))
def test_evidence_carries_the_diff_and_values(language: str) -> None:
    found = findings(language).set_index(["kind", "article_id"])
    altered = json.loads(found.loc[("altered_quote", "r_alter"), "evidence"])
    assert any(op == "-" for op, _ in altered["diff"])
    assert {c["kind"] for c in altered["meaning_changes"]} == {"negation"}
    number = json.loads(found.loc[("number_conflict", "r_alter"), "evidence"])
    assert (number["value"], number["reference_value"]) == (12_000, 10_000)
    cut = json.loads(found.loc[("truncated_quote", "r_trunc"), "evidence"])
    assert cut["cut"] == "end"


def test_rerun_gives_the_same_ids_and_columns() -> None:
    story = build_story("en")
    alignment = align_frame(story.quotes, story.figures, story.articles, Settings())
    args = (story.quotes, story.figures, story.claims, story.citations, story.articles, Settings())
    first, second = find(alignment, *args, dates=story.dates), find(alignment, *args, dates=story.dates)
    assert list(first.columns) == COLUMNS
    assert first["discrepancy_id"].is_unique
    assert first["discrepancy_id"].tolist() == second["discrepancy_id"].tolist()


def test_without_texts_the_text_based_checks_are_skipped() -> None:
    story = build_story("id")
    articles = story.articles.drop(columns=["text"])
    alignment = align_frame(story.quotes, story.figures, articles, Settings())
    found = find(alignment, story.quotes, story.figures, story.claims, story.citations, articles, Settings(),
                 dates=story.dates)  # fmt: skip
    assert not set(found["kind"]) & {"uncredited_copy", "date_conflict"}
    # A quote credited to Reuters and absent from Reuters' group is still unsupported.
    assert set(found.loc[found["kind"] == "unsupported_attribution", "item_id"]) == {"r_unsupported:q"}


def test_empty_story_gives_an_empty_frame() -> None:
    empty = pd.DataFrame()
    alignment = align_frame(empty, empty, pd.DataFrame(columns=["article_id"]), Settings())
    found = find(alignment, empty, empty, empty, empty, pd.DataFrame(columns=["article_id"]), Settings())
    assert found.empty and list(found.columns) == COLUMNS


CLAIMS = {
    "en": ("According to {a}, the contract is worth about 900 million dollars over three years.",),
    "id": ("Menurut {a}, nilai kontrak itu sekitar 900 juta dolar AS selama tiga tahun.",),
    "ru": ("По данным {a}, стоимость контракта составляет около 900 миллионов долларов за три года.",),
    "vi": ("Theo {a}, giá trị hợp đồng ước khoảng 900 triệu USD trong ba năm.",),
}


@pytest.mark.parametrize("language", sorted(CLAIMS))
def test_one_statement_credited_to_two_agencies(language: str) -> None:
    template = CLAIMS[language][0]
    articles = pd.DataFrame({
        "article_id": ["wire", "a", "b"], "outlet": ["Reuters", "Outlet A", "Outlet B"], "language": language,
        "published_at": pd.to_datetime(["2024-11-06 08:00", "2024-11-06 09:00", "2024-11-06 10:00"]),
        "agency_of_article": ["Reuters", None, None], "story_id": "s1",
    })  # fmt: skip
    claims = pd.DataFrame({
        "claim_id": ["a:c", "b:c"], "article_id": ["a", "b"], "agency": ["Reuters", "AFP"], "speaker": None,
        "text": [template.format(a="Reuters"), template.format(a="AFP")], "story_id": "s1",
    })  # fmt: skip
    empty = pd.DataFrame()
    alignment = align_frame(empty, empty, articles, Settings())
    found = find(alignment, empty, empty, claims, empty, articles, Settings())
    conflicts = found[found["kind"] == "agency_conflict"]
    assert len(conflicts) == 1
    # Reuters has its own copy in the story: the AFP credit is the one compared against it.
    assert conflicts.iloc[0]["article_id"] == "b" and conflicts.iloc[0]["reference_article_id"] == "a"


@pytest.mark.parametrize(
    ("language", "text", "word", "day"),
    [
        ("ru", "ЖЕНЕВА - Делегации встретились 1 ноября в Женеве.", "1 ноября", "2024-11-01"),
        ("id", "JENEWA - Delegasi bertemu pada 31 Oktober di Jenewa.", "31 Oktober", "2024-10-31"),
    ],
)
def test_an_event_dated_otherwise_across_languages(language: str, text: str, word: str, day: str) -> None:
    wire_text = "GENEVA (Reuters) - The delegations met on 30 October in Geneva, officials said."
    articles = pd.DataFrame({
        "article_id": ["wire", "r1", "r2"], "outlet": ["Reuters", "Relay One", "Relay Two"],
        "language": ["en", language, "en"], "agency_of_article": ["Reuters", None, None], "story_id": "s1",
        "published_at": pd.to_datetime(["2024-11-02", "2024-11-02", "2024-11-02"]),
        "text": [wire_text, text, wire_text.replace("GENEVA (Reuters) - ", "")],
    })  # fmt: skip
    start = text.index(word)
    dates = pd.DataFrame({
        "article_id": ["wire", "r1", "r2"],
        "date": pd.to_datetime(["2024-10-30", day, "2024-10-30"]).date,
        "text": ["30 October", word, "30 October"],
        "start": [wire_text.index("30 October"), start, wire_text.index("30 October") - len("GENEVA (Reuters) - ")],
        "end": [wire_text.index("30 October") + 10, start + len(word), wire_text.index("30 October") - 9],
    })  # fmt: skip
    empty = pd.DataFrame()
    found = find(align_frame(empty, empty, articles, Settings()), empty, empty, empty, empty, articles, Settings(),
                 dates=dates)  # fmt: skip
    dated = found[found["kind"] == "date_conflict"]
    assert dated["article_id"].tolist() == ["r1"]
    assert dated.iloc[0]["reference_article_id"] == "wire" and dated.iloc[0]["severity"] == "low"


# ---------------------------------------------------------------- the sample corpus, end to end

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "corpus"
# Kinds that have no direction when no agency copy settles it: either article may be the item.
SYMMETRIC = {"speaker_conflict", "date_conflict", "agency_conflict", "number_conflict"}


def _agency_of_outlet() -> dict[str, str]:
    return {r["alias"].casefold(): r["agency"] for r in load_table("agencies") if r.get("alias")}


@pytest.fixture(scope="module")
def sample_findings(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, dict[str, str], dict]:
    """Our findings on samples/corpus: ingest, extract and cluster by the pipeline, then align and find."""
    if not (SAMPLES / "expected.json").is_file():
        pytest.skip("samples/corpus is absent")
    db = tmp_path_factory.mktemp("samples") / "corpus.duckdb"
    pipeline.run([SAMPLES], db, None, Settings(), stages=("ingest", "extract", "cluster"))
    con = store.connect(db, read_only=True)
    try:
        articles = con.execute("SELECT a.*, sa.story_id FROM articles a JOIN story_articles sa USING (article_id)").df()
        tables = {
            t: con.execute(f"SELECT i.*, sa.story_id FROM {t} i JOIN story_articles sa USING (article_id)").df()
            for t in ("quotes", "figures", "claims", "citations", "dates")
        }
    finally:
        con.close()
    agencies = _agency_of_outlet()
    articles["agency_of_article"] = articles["outlet"].map(lambda o: agencies.get(o.casefold()) if isinstance(o, str)
                                                           else None)  # fmt: skip
    alignment = align_frame(tables["quotes"], tables["figures"], articles, Settings())
    found = find(alignment, tables["quotes"], tables["figures"], tables["claims"], tables["citations"], articles,
                 Settings(), dates=tables["dates"])  # fmt: skip
    names = {a: e if isinstance(e, str) else Path(str(f)).stem
             for a, e, f in zip(articles["article_id"], articles["external_id"], articles["source_file"], strict=True)}  # fmt: skip
    return found, names, json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


def _found_keys(found: pd.DataFrame, names: dict[str, str]) -> dict[tuple[str, str], list[str]]:
    keys: dict[tuple[str, str], list[str]] = {}
    for row in found.itertuples(index=False):
        keys.setdefault((row.kind, names[row.article_id]), []).append(row.discrepancy_id)
        if row.kind in SYMMETRIC and isinstance(row.reference_article_id, str):
            keys.setdefault((row.kind, names[row.reference_article_id]), []).append(row.discrepancy_id)
    return keys


def test_sample_corpus_planted_disagreements_are_found(sample_findings: tuple) -> None:
    found, names, expected = sample_findings
    keys = _found_keys(found, names)
    planted = [(p["kind"], p["article_id"]) for p in expected["discrepancies"]]
    hits = [p for p in planted if p in keys]
    same_language = [(p["kind"], p["article_id"]) for p in expected["discrepancies"] if not p.get("cross_language")]
    # Measured 39 of 42 (misses: 2 across languages with no shared name or number, 1 split by clustering).
    assert len(hits) >= 37, sorted(set(planted) - set(hits))
    assert len([p for p in same_language if p in keys]) >= len(same_language) - 2
    assert {k for k, _ in hits} == {p["kind"] for p in expected["discrepancies"]}  # every kind at least once


def test_sample_corpus_findings_are_mostly_planted(sample_findings: tuple) -> None:
    found, names, expected = sample_findings
    keys = _found_keys(found, names)
    planted = {(p["kind"], p["article_id"]) for p in expected["discrepancies"]}
    planted_ids = {i for key in planted & set(keys) for i in keys[key]}
    extra = found[~found["discrepancy_id"].isin(planted_ids)]
    # Measured 6 once clustering joined the Korean wire copies to their stories: two date conflicts
    # ("6일" against "11월 7일"/"четверг"), one agency conflict seen from the other article of a planted
    # pair, and three cross-language claims whose month or sum the Korean copy states in a form not yet
    # read ("8월" alone, "4억5천200만"). Reading those forms is the fix; this bound keeps the count from growing.
    assert len(extra) <= 6, extra[["kind", "article_id", "explanation"]].to_string()


def test_sample_corpus_faithful_quotes_are_not_flagged(sample_findings: tuple) -> None:
    found, names, expected = sample_findings
    faithful = {normalise(p["text"]) for p in expected["faithful"] if p["kind"] in ("verbatim", "punctuation_only")}
    wording = found[found["kind"].isin(["altered_quote", "truncated_quote"])]
    assert not [t for t in wording["text"] if normalise(t) in faithful]


@pytest.mark.parametrize(
    ("language", "subject"),
    [("en", "people killed by the storm"), ("id", "orang tewas akibat badai"), ("ru", "человек погибли из-за шторма"),
     ("vi", "người chết vì bão")],
)  # fmt: skip
def test_two_versions_within_a_loose_reference_still_conflict(language: str, subject: str) -> None:
    articles = pd.DataFrame({
        "article_id": ["wire", "a", "b"], "outlet": ["Reuters", "Outlet A", "Outlet B"], "language": language,
        "published_at": pd.to_datetime(["2024-11-06 08:00", "2024-11-06 09:00", "2024-11-06 10:00"]),
        "agency_of_article": ["Reuters", None, None], "story_id": "s1",
    })  # fmt: skip
    figures = pd.DataFrame({
        "figure_id": ["wire:f", "a:f", "b:f"], "article_id": ["wire", "a", "b"], "value": [14.0, 17.0, 14.0],
        "unit": "people", "qualifier": ["at_least", "at_least", None], "subject": subject,
        "text": ["at least 14", "at least 17", "14"], "story_id": "s1",
    })  # fmt: skip
    empty = pd.DataFrame()
    alignment = align_frame(empty, figures, articles, Settings())
    assert set(alignment.alignments["verdict"]) == {"reference", "value_agrees"}
    found = find(alignment, empty, figures, empty, empty, articles, Settings())
    assert found[["kind", "article_id", "reference_article_id"]].values.tolist() == [["number_conflict", "b", "a"]]


@pytest.mark.parametrize(
    ("language", "agreeing", "conflicting"),
    [("vi", "1,5 triệu tấn gạo", "1,2 triệu tấn gạo"), ("id", "1,5 juta ton beras", "1,2 juta ton beras"),
     ("ru", "1,5 млн тонн риса", "1,2 млн тонн риса")],
)  # fmt: skip
def test_a_cross_language_figure_conflict_is_also_shown_against_a_same_language_witness(
    language: str, agreeing: str, conflicting: str
) -> None:
    articles = pd.DataFrame({
        "article_id": ["wire", "a", "b"], "outlet": ["Reuters", "Outlet A", "Outlet B"],
        "language": ["en", language, language], "agency_of_article": ["Reuters", None, None], "story_id": "s1",
        "published_at": pd.to_datetime(["2024-11-06 08:00", "2024-11-06 09:00", "2024-11-06 10:00"]),
    })  # fmt: skip
    figures = pd.DataFrame({
        "figure_id": ["wire:f", "a:f", "b:f"], "article_id": ["wire", "a", "b"],
        "value": [1_500_000.0, 1_500_000.0, 1_200_000.0], "unit": "tonnes", "qualifier": None,
        "subject": ["rice", agreeing.split()[-1], conflicting.split()[-1]],
        "text": ["1.5 million tonnes of rice", agreeing, conflicting], "story_id": "s1",
    })  # fmt: skip
    empty = pd.DataFrame()
    alignment = align_frame(empty, figures, articles, Settings())
    found = find(alignment, empty, figures, empty, empty, articles, Settings())
    pairs = sorted(found[["kind", "article_id", "reference_article_id"]].values.tolist())
    assert pairs == [["number_conflict", "b", "a"], ["number_conflict", "b", "wire"]]
    same_language = found[found["reference_article_id"] == "a"].iloc[0]
    assert json.loads(same_language["evidence"])["cross_language"] is False


LEAD_DATES = {  # (language, text of the agreeing relay, its date words, text of the wrong one, its date words)
    "id": ("Kontrak ditandatangani pada Rabu (6/11) di Hanoi.", "6/11",
           "Kontrak ditandatangani pada Selasa (5/11) di Hanoi.", "5/11"),
    "ru": ("Обмен пленными состоялся в среду на границе.", "в среду",
           "Обмен пленными состоялся во вторник на границе.", "во вторник"),
    "vi": ("Hợp đồng được ký ngày 6/11 tại Hà Nội.", "ngày 6/11", "Hợp đồng được ký ngày 5/11 tại Hà Nội.", "ngày 5/11"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(LEAD_DATES))
def test_a_wrong_event_date_is_shown_against_the_agency_its_own_language_and_its_source(language: str) -> None:
    good, good_words, bad, bad_words = LEAD_DATES[language]
    wire = "HANOI (Reuters) - The contract was signed on Wednesday in Hanoi."
    articles = pd.DataFrame({
        "article_id": ["wire", "peer", "wrong", "relay"], "outlet": ["Reuters", "Peer", "Wrong", "Relay"],
        "language": ["en", language, language, "fr"], "agency_of_article": ["Reuters", None, None, None],
        "story_id": "s1", "text": [wire, good, bad, "Le contrat a été signé mardi à Hanoï."],
        "url": [None, "https://peer.example.com/a", None, None],
        "source_url": [None, None, None, "https://peer.example.com/a"],
        "published_at": pd.to_datetime(["2024-11-07 08:00", "2024-11-07 09:00", "2024-11-07 10:00", "2024-11-07 11:00"]),
    })  # fmt: skip
    texts = {"wire": (wire, "on Wednesday"), "peer": (good, good_words), "wrong": (bad, bad_words),
             "relay": (articles.at[3, "text"], "mardi")}  # fmt: skip
    dates = pd.DataFrame([
        {"article_id": a, "date": pd.Timestamp("2024-11-05" if a in ("wrong", "relay") else "2024-11-06").date(),
         "text": w, "start": t.index(w), "end": t.index(w) + len(w)}
        for a, (t, w) in texts.items()
    ])  # fmt: skip
    empty = pd.DataFrame()
    found = find(align_frame(empty, empty, articles, Settings()), empty, empty, empty, empty, articles, Settings(),
                 dates=dates)  # fmt: skip
    pairs = {(a, r) for a, r in found.loc[found["kind"] == "date_conflict",
                                          ["article_id", "reference_article_id"]].values.tolist()}  # fmt: skip
    # The agency's copy, then the earliest other article in the same language, then the declared source.
    assert pairs == {("wrong", "wire"), ("wrong", "peer"), ("relay", "wire"), ("relay", "peer")}


ACROSS = {  # language of the relay: (claim absent from the copy, claim the copy supports, claim with nothing to check)
    "id": ("Menurut TASS, pertukaran berikutnya dijadwalkan pada pertengahan Desember di perbatasan.",
           "Menurut TASS, pertukaran sebelumnya berlangsung pada Oktober di perbatasan.",
           "Menurut TASS, pertukaran itu dimediasi Uni Emirat Arab."),
    "en": ("The next exchange is planned for mid-December at the border, TASS reported.",
           "The previous exchange took place in October at the border, TASS reported.",
           "The exchange was mediated by the United Arab Emirates, TASS reported."),
    "vi": ("Theo TASS, đợt trao đổi tiếp theo dự kiến diễn ra vào giữa tháng Mười Hai tại biên giới.",
           "Theo TASS, đợt trao đổi trước diễn ra vào tháng Mười tại biên giới.",
           "Theo TASS, cuộc trao đổi do Các Tiểu vương quốc Ả Rập Thống nhất làm trung gian."),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(ACROSS))
def test_a_claim_across_languages_is_unsupported_when_its_month_is_absent_from_the_copy(language: str) -> None:
    absent, present, unanchored = ACROSS[language]
    copy = "Предыдущий обмен состоялся 18 октября, тогда из плена вернулись 95 военных."
    articles = pd.DataFrame({
        "article_id": ["tass", "relay"], "outlet": ["TASS", "Relay"], "language": ["ru", language],
        "agency_of_article": ["TASS", None], "story_id": "s1", "text": [copy, f"{absent} {present} {unanchored}"],
        "published_at": pd.to_datetime(["2024-11-06 10:00", "2024-11-06 15:00"]),
    })  # fmt: skip
    text = articles.at[1, "text"]
    claims = pd.DataFrame([
        {"claim_id": f"relay:{i}", "article_id": "relay", "agency": "TASS", "speaker": None, "text": c,
         "start": text.index(c), "end": text.index(c) + len(c), "story_id": "s1"}
        for i, c in enumerate((absent, present, unanchored))
    ])  # fmt: skip
    empty = pd.DataFrame()
    found = find(align_frame(empty, empty, articles, Settings()), empty, empty, claims, empty, articles, Settings())
    unsupported = found[found["kind"] == "unsupported_attribution"]
    assert unsupported["item_id"].tolist() == ["relay:0"]
    assert json.loads(unsupported.iloc[0]["evidence"])["absent_months"] == [12]
    assert unsupported.iloc[0]["reference_article_id"] == "tass" and unsupported.iloc[0]["severity"] == "low"


@pytest.mark.parametrize(
    ("language", "source_text", "words"),
    [("vi", "Rạng sáng ngày 6/11, bão Marlin đổ bộ vào miền Trung.", "ngày 6/11"),
     ("ru", "6 ноября тайфун Марлин обрушился на центральный Вьетнам.", "6 ноября")],
)  # fmt: skip
def test_a_relay_is_shown_against_its_source_whose_only_date_opens_its_text(
    language: str, source_text: str, words: str
) -> None:
    wire = "HANOI (Reuters) - Typhoon Marlin made landfall in central Vietnam on Wednesday."
    relay = "Topan Marlin menghantam Vietnam tengah pada Selasa (5/11) dini hari."
    articles = pd.DataFrame({
        "article_id": ["wire", "source", "relay"], "outlet": ["Reuters", "Source", "Relay"],
        "language": ["en", language, "id"], "agency_of_article": ["Reuters", None, None], "story_id": "s1",
        "text": [wire, source_text, relay], "url": [None, "https://source.example.com/a", None],
        "source_url": [None, None, "https://source.example.com/a"],
        "published_at": pd.to_datetime(["2024-11-06 08:00", "2024-11-06 09:00", "2024-11-06 18:00"]),
    })  # fmt: skip
    spans = {"wire": (wire, "on Wednesday", "2024-11-06"), "source": (source_text, words, "2024-11-06"),
             "relay": (relay, "5/11", "2024-11-05")}  # fmt: skip
    dates = pd.DataFrame([
        {"article_id": a, "date": pd.Timestamp(d).date(), "text": w, "start": t.index(w), "end": t.index(w) + len(w)}
        for a, (t, w, d) in spans.items()
    ])  # fmt: skip
    empty = pd.DataFrame()
    found = find(align_frame(empty, empty, articles, Settings()), empty, empty, empty, empty, articles, Settings(),
                 dates=dates)  # fmt: skip
    dated = found[found["kind"] == "date_conflict"]
    assert sorted(dated["reference_article_id"]) == ["source", "wire"]
    assert set(dated["article_id"]) == {"relay"}


MISREAD_SPEAKER = {  # language: (reference text naming the speaker a sentence before, its misread speaker,
    #                  relay text, relay's speaker, the quote)
    "ru": ("Уполномоченный по правам человека Татьяна Москалькова поблагодарила посредников. «{q}», - написала она.",
           "Уполномоченный", "«{q}», - написала Татьяна Москалькова.", "Татьяна Москалькова",
           "Каждый такой обмен - это результат кропотливой работы, и мы будем ее продолжать"),
    "en": ("Human rights commissioner Tatiana Moskalkova thanked the mediators. \"{q},\" she wrote.",
           "Commissioner", "\"{q},\" wrote Tatiana Moskalkova.", "Tatiana Moskalkova",
           "Every such exchange is the result of painstaking work, and we will continue it"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(MISREAD_SPEAKER))
@pytest.mark.parametrize("named_beside", [True, False])
def test_no_speaker_conflict_when_the_other_article_names_the_speaker_at_the_quote(
    language: str, named_beside: bool
) -> None:
    ref_template, misread, relay_template, speaker, words = MISREAD_SPEAKER[language]
    ref_text = ref_template.format(q=words)
    if not named_beside:  # the reference really names someone else
        ref_text = ref_text.replace("Москалькова", "Громова").replace("Moskalkova", "Gromova")
    relay_text = relay_template.format(q=words)
    articles = pd.DataFrame({
        "article_id": ["tass", "relay"], "outlet": ["TASS", "Relay"], "language": language,
        "agency_of_article": ["TASS", None], "story_id": "s1", "text": [ref_text, relay_text],
        "published_at": pd.to_datetime(["2024-11-06 10:00", "2024-11-06 15:00"]),
    })  # fmt: skip
    quotes = pd.DataFrame([
        {"quote_id": f"{a}:q", "article_id": a, "text": words, "speaker": s, "agency": None, "story_id": "s1",
         "sentence_index": 0, "start": t.index(words), "end": t.index(words) + len(words)}
        for a, t, s in (("tass", ref_text, misread), ("relay", relay_text, speaker))
    ])  # fmt: skip
    empty = pd.DataFrame()
    found = find(align_frame(quotes, empty, articles, Settings()), quotes, empty, empty, empty, articles, Settings())
    assert ("speaker_conflict" in set(found["kind"])) is (not named_beside)


LATER_DAY = {  # language: (a later article's lead, dated the next day, the sentence that also gives the story's day)
    "en": ("Talks between the two sides entered a second day in Kunming on Tuesday.", "on Tuesday", "On Monday, the envoy opened them.",
           "On Monday"),
    "id": ("Perundingan memasuki hari kedua di Kunming pada Selasa.", "pada Selasa",
           "Pada Senin, utusan itu membukanya.", "Pada Senin"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(LATER_DAY))
@pytest.mark.parametrize("also_tells_the_day", [True, False])
def test_a_later_article_giving_the_storys_day_too_is_not_a_date_conflict(
    language: str, also_tells_the_day: bool
) -> None:
    lead, lead_words, earlier, earlier_words = LATER_DAY[language]
    wire = "KUNMING (AFP) - The two sides opened ceasefire talks in Kunming on Monday, officials said."
    later = f"{lead} {earlier}" if also_tells_the_day else lead
    articles = pd.DataFrame({
        "article_id": ["wire", "later"], "outlet": ["AFP", "Later"], "language": ["en", language],
        "agency_of_article": ["AFP", None], "story_id": "s1", "text": [wire, later],
        "published_at": pd.to_datetime(["2024-11-04 15:00", "2024-11-05 18:00"]),
    })  # fmt: skip
    rows = [("wire", wire, "on Monday", "2024-11-04"), ("later", later, lead_words, "2024-11-05")]
    if also_tells_the_day:
        rows.append(("later", later, earlier_words, "2024-11-04"))
    dates = pd.DataFrame([
        {"article_id": a, "date": pd.Timestamp(d).date(), "text": w, "start": t.index(w), "end": t.index(w) + len(w)}
        for a, t, w, d in rows
    ])  # fmt: skip
    empty = pd.DataFrame()
    found = find(align_frame(empty, empty, articles, Settings()), empty, empty, empty, empty, articles, Settings(),
                 dates=dates)  # fmt: skip
    dated = found[found["kind"] == "date_conflict"]
    assert dated.empty is also_tells_the_day
    assert set(dated["severity"]) <= {"low"}


CREDITED_IN_SENTENCE = {  # language: (relay sentence crediting Yonhap with a wrong day, its date words)
    "fr": ("Le service de renseignement a affirmé lundi devant des députés, selon l'agence Yonhap.", "lundi"),
    "id": ("Badan intelijen mengatakan pada Senin di depan anggota parlemen, menurut kantor berita Yonhap.",
           "pada Senin"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(CREDITED_IN_SENTENCE))
@pytest.mark.parametrize("credited", [True, False])
def test_a_wrong_date_is_shown_against_the_agency_credited_in_its_sentence(language: str, credited: bool) -> None:
    relay, words = CREDITED_IN_SENTENCE[language]
    wire = "SEOUL (Reuters) - South Korea's spy agency told lawmakers on Tuesday that more troops had left."
    yonhap = "(서울=연합뉴스) 국가정보원이 5일 국회 정보위원회에 보고했다."
    articles = pd.DataFrame({
        "article_id": ["wire", "yonhap", "relay"], "outlet": ["Reuters", "Yonhap", "Relay"],
        "language": ["en", "ko", language], "agency_of_article": ["Reuters", "Yonhap", None], "story_id": "s1",
        "text": [wire, yonhap, relay],
        "published_at": pd.to_datetime(["2024-11-05 01:00", "2024-11-05 02:00", "2024-11-05 14:00"]),
    })  # fmt: skip
    spans = [("wire", wire, "on Tuesday", "2024-11-05"), ("yonhap", yonhap, "5일", "2024-11-05"),
             ("relay", relay, words, "2024-11-04")]  # fmt: skip
    dates = pd.DataFrame([
        {"article_id": a, "date": pd.Timestamp(d).date(), "text": w, "sentence_index": 0, "start": t.index(w),
         "end": t.index(w) + len(w)}
        for a, t, w, d in spans
    ])  # fmt: skip
    citations = pd.DataFrame([{"article_id": "relay", "agency": "Yonhap" if credited else "AFP", "cue": "Yonhap",
                               "sentence_index": 0, "start": 0, "end": 1, "story_id": "s1"}])  # fmt: skip
    empty = pd.DataFrame()
    found = find(align_frame(empty, empty, articles, Settings()), empty, empty, empty, citations, articles,
                 Settings(), dates=dates)  # fmt: skip
    references = set(found.loc[found["kind"] == "date_conflict", "reference_article_id"])
    assert references == ({"wire", "yonhap"} if credited else {"wire"})


CITED_ONLY = {  # language: (agency copy, a cited sentence it supports, a cited sentence it lacks)
    "ko": ("대변인은 위성이 일정한 기간 조종 및 시험을 거친 다음 정찰 임무에 투입될 것이라고 밝혔다.",
           "조선중앙통신은 위성이 일정한 기간 조종 및 시험을 거친 다음 정찰 임무에 투입될 것이라고 밝혔다.",
           "조선중앙통신은 또 이 위성이 주한미군 기지를 24시간 상시 촬영하게 될 것이라고 밝혔다."),
    "en": ("The spokesman said the satellite would start reconnaissance after a period of tests.",
           "KCNA said the satellite would start reconnaissance after a period of tests.",
           "KCNA also said the satellite would photograph US bases in the South around the clock."),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(CITED_ONLY))
def test_a_sentence_only_a_citation_credits_is_checked_like_a_claim(language: str) -> None:
    copy, supported, lacking = CITED_ONLY[language]
    relay = f"{supported} {lacking}"
    articles = pd.DataFrame({
        "article_id": ["kcna", "relay"], "outlet": ["KCNA", "Relay"], "language": language,
        "agency_of_article": ["KCNA", None], "story_id": "s1", "text": [copy, relay],
        "published_at": pd.to_datetime(["2024-11-07 02:00", "2024-11-07 09:00"]),
    })  # fmt: skip
    citations = pd.DataFrame([
        {"article_id": "relay", "agency": "KCNA", "cue": "KCNA", "sentence_index": i, "sentence": s,
         "start": relay.index(s), "end": relay.index(s) + 4, "story_id": "s1"}
        for i, s in enumerate((supported, lacking))
    ])  # fmt: skip
    empty = pd.DataFrame()
    found = find(align_frame(empty, empty, articles, Settings()), empty, empty, empty, citations, articles, Settings())
    unsupported = found[found["kind"] == "unsupported_attribution"]
    assert unsupported["text"].tolist() == [lacking]


def _story_copy(language: str, prefix: str) -> Story:
    """The planted story of a language under other ids: its own story, articles and items."""
    story = build_story(language)
    frames = []
    for frame in (story.articles, story.quotes, story.figures, story.claims, story.citations, story.dates):
        frame = frame.copy()
        for col in ("article_id", "quote_id", "figure_id", "claim_id"):
            if col in frame:
                frame[col] = prefix + frame[col]
        if "story_id" in frame:
            frame["story_id"] = f"s-{prefix}"
        frames.append(frame)
    return Story(*frames)


def _find_in(story: Story, alignment: Alignment) -> pd.DataFrame:
    return find(alignment, story.quotes, story.figures, story.claims, story.citations, story.articles, Settings(),
                dates=story.dates)  # fmt: skip


@pytest.mark.parametrize("languages", [("en", "id", "vi", "ru"), ("en", "en"), ("vi", "ru", "vi")])
def test_a_batch_of_stories_gives_what_each_story_gives_alone(languages: tuple[str, ...]) -> None:
    """Findings are computed per batch of stories (dicts and groups built once per batch): a story's
    findings must not depend on the other stories of its batch, even in the same language."""
    stories = [_story_copy(language, f"{language}{i}-") for i, language in enumerate(languages)]
    alignments = [align_frame(s.quotes, s.figures, s.articles, Settings()) for s in stories]
    alone = pd.concat([_find_in(s, a) for s, a in zip(stories, alignments, strict=True)], ignore_index=True)
    batch = Story(*(pd.concat([getattr(s, f) for s in stories], ignore_index=True) for f in Story.__dataclass_fields__))
    together = _find_in(batch, Alignment(pd.concat([a.groups for a in alignments], ignore_index=True),
                                         pd.concat([a.alignments for a in alignments], ignore_index=True)))  # fmt: skip
    assert len(set(alone["story_id"])) == len(languages) and len(alone) >= 8 * len(languages)
    key = ["story_id", "kind", "discrepancy_id"]
    pd.testing.assert_frame_equal(together.sort_values(key).reset_index(drop=True),
                                  alone.sort_values(key).reset_index(drop=True))  # fmt: skip


@pytest.mark.parametrize(
    ("change", "written"),
    [(0.25, "25%"), (0.01, "1%"), (0.002, "0.2%"), (0.0004, "0.04%")],
)
def test_a_small_difference_never_reads_zero_percent(change, written):
    assert discrepancies._percent(change) == written


def test_evidence_is_strict_json_when_a_value_is_missing():
    side = discrepancies.Side("q1", "a1", "Example Daily", "10,000 troops")
    row = discrepancies.finding("number_conflict", "high", "values differ", "s1", side, side, None, "x",
                                {"unit": float("nan"), "values": [1.0, float("nan")], "day": pd.NaT, "qualifier": pd.NA})

    def refuse(constant: str) -> None:
        raise ValueError(constant)

    evidence = json.loads(row["evidence"], parse_constant=refuse)
    assert evidence["unit"] is None and evidence["values"] == [1.0, None]
    assert evidence["day"] is None and evidence["qualifier"] is None
