"""Direct quotes and speakers, a row per language and case (synthetic text written for crosswire)."""

from __future__ import annotations

import pytest

from compare.extract import extract_parts


def quotes(text: str, language: str) -> list[dict]:
    found = extract_parts(text, language, None).quotes
    for q in found:
        assert text[q["start"] : q["end"]] == q["text"]
    return found


MARKS = [
    # language, text, the quote inside the marks
    ("en", 'He said "we will not stop now" and left.', "we will not stop now"),
    ("en", "She said “the talks are over” on Friday.", "the talks are over"),
    ("de", "Er sagte: „Wir bleiben hier.“ Dann ging er.", "Wir bleiben hier."),
    ("de", "Sie sagte: »Das ist vorbei.« Danach schwieg sie.", "Das ist vorbei."),
    ("ru", "Он заявил: «Мы не отступим». Потом ушел.", "Мы не отступим"),
    ("uk", "Він сказав: «Ми готові до переговорів». Потім пішов.", "Ми готові до переговорів"),
    ("fr", "Il a déclaré : « Nous resterons ici. » Puis il est parti.", "Nous resterons ici."),
    ("fr", "Elle répète ‹ jamais plus › devant la foule.", "jamais plus"),
    ("es", "El ministro dijo: «No habrá recortes». Luego se fue.", "No habrá recortes"),
    ("ko", "그는 「우리는 준비됐다」라고 말했다.", "우리는 준비됐다"),
    ("ko", "그는 『협상은 끝났다』라고 밝혔다.", "협상은 끝났다"),
    ("vi", "Ông nói: “Chúng tôi sẽ tiếp tục đàm phán.” Sau đó ông rời đi.",
     "Chúng tôi sẽ tiếp tục đàm phán."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MARKS)
def test_quote_marks(language: str, text: str, expected: str) -> None:
    assert [q["text"] for q in quotes(text, language)] == [expected]


def test_unbalanced_mark_does_not_swallow_the_article() -> None:
    text = (
        'The mayor called it "a disgrace and left the hall.\n\n'
        'Later the council met. "We will rebuild," said Anna Berg.\n\n'
        "The vote is on Monday."
    )
    found = quotes(text, "en")
    assert [q["text"] for q in found] == ["We will rebuild,"]
    assert found[0]["speaker"] == "Anna Berg"


def test_quote_running_over_paragraphs_is_one_quote() -> None:
    text = (
        'Mayor Anna Berg said: "The bridge will reopen in May.\n\n'
        '"The repairs cost less than we feared."\n\n'
        "Traffic was light."
    )
    found = quotes(text, "en")
    assert len(found) == 1
    assert found[0]["text"].startswith("The bridge") and found[0]["text"].endswith("feared.")
    assert found[0]["speaker"] == "Anna Berg"


SPEAKERS = [
    # language, text, speaker, role
    ("en", '"We are ready to talk," said Antony Blinken.', "Antony Blinken", None),
    ("en", '"We are ready to talk," Secretary of State Antony Blinken said on Monday.',
     "Antony Blinken", "Secretary of State"),
    ("en", 'Senator Jane Holt told reporters: "The bill is dead."', "Jane Holt", "Senator"),
    ("en", 'According to Mark Levin, "the deal will hold."', "Mark Levin", None),
    ("en", '"We lost the county," said Democratic pollster Geoff Garin.', "Geoff Garin", "Democratic pollster"),
    ("en", '"We lost the county," said pollster Geoff Garin.', "Geoff Garin", "pollster"),
    ("en", 'Sen. Kelly Ayotte Monday said: "The vote is close."', "Kelly Ayotte", "Sen."),
    ("en", '"The port will always be ours," an angry Lena Marsh retaliated.', "Lena Marsh", None),
    ("en", '"The border is calm," said Major General Tun Aung.', "Tun Aung", "Major General"),
    ("en", 'Senate Minority Leader Ann Ruiz (D-Nev.), in particular, called the plan a "con job" on Monday.',
     "Ann Ruiz", "Senate Minority Leader"),
    ("en", '"Promise you will stay," Mara Quill sings to the crowd.', "Mara Quill", None),
    ("id", '"Kami siap berunding," kata Kim Jong-gyu.', "Kim Jong-gyu", None),
    ("id", 'Namun, Kim Jong-gyu menambahkan: "Kami tidak terlibat langsung."', "Kim Jong-gyu", None),
    ("id", 'Menteri Luar Negeri Korea Utara Choe Son-hui mengatakan "dukungan kami tidak berubah".',
     "Choe Son-hui", "Menteri Luar Negeri Korea Utara"),
    ("ms", '"Kerajaan akan membantu semua mangsa," kata Perdana Menteri Anwar Ibrahim.',
     "Anwar Ibrahim", "Perdana Menteri"),
    ("vi", "“Chúng tôi sẽ hợp tác chặt chẽ”, ông Nguyễn Văn Hải nói.", "Nguyễn Văn Hải", "ông"),
    ("vi", "Bộ trưởng Ngoại giao Lê Minh Tâm nhấn mạnh: “Hòa bình là ưu tiên.”", "Lê Minh Tâm",
     "Bộ trưởng Ngoại giao"),
    ("ru", "«Мы не планируем новых шагов», — заявил Дмитрий Песков.", "Дмитрий Песков", None),
    ("ru", "Пресс-секретарь президента Дмитрий Песков заявил: «Решение не принято».",
     "Дмитрий Песков", "Пресс-секретарь президента"),
    ("uk", "«Ми готові до діалогу», — сказав Андрій Коваль.", "Андрій Коваль", None),
    ("fr", "« Nous resterons vigilants », a déclaré Jean Morel.", "Jean Morel", None),
    ("fr", "Selon Claire Dubois, « rien n'est encore décidé ».", "Claire Dubois", None),
    ("es", "«No habrá recortes», dijo Lucía Ortega.", "Lucía Ortega", None),
    ("es", "Según Pablo Ruiz, «la cifra es provisional».", "Pablo Ruiz", None),
    # the one spoken to between the verb and the speaker
    ("es", "«Nunca vi algo así», dijo a la AP Marta Gil.", "Marta Gil", None),
    ("es", "«Vamos a crecer», dijo a Bloomberg el director de la minera Andes Sur, Tomás Vera.",
     "Tomás Vera", "el director de la minera Andes Sur"),
    ("fr", "« Nous ferons appel », a indiqué à l'AFP son avocate, Marie Laval.", "Marie Laval", "son avocate"),
    # a ministry is no name: the description stays whole
    ("es", "«Ya veremos», dijo el ministro de Economía.", "el ministro de Economía", None),
    ("en", '"We will see," said the minister of Finance.', "the minister of Finance", None),
    ("de", "„Wir bleiben standhaft“, sagte Außenministerin Karin Vogt.", "Karin Vogt", "Außenministerin"),
    ("de", "Jonas Weber sagte: „Die Brücke ist sicher.“", "Jonas Weber", None),
    ("ko", "최선희 외무상은 “우리는 러시아를 지지한다”고 말했다.", "최선희", "외무상"),
    # a cited agency opening the name is part of the role: the person is the full name after it
    ("en", '"His answers were excellent," said CNN host Chris Dale.', "Chris Dale", "CNN host"),
    ("en", '"His answers were excellent," CNN’s Dana Chin said.', "Dana Chin", "CNN’s"),
    ("ru", "«Мы готовы», — сказал корреспондент ТАСС Иван Петров.", "Иван Петров", "корреспондент ТАСС"),
    ("id", '"Kami siap," kata wartawan Antara Budi Santoso.', "Budi Santoso", "wartawan Antara"),
    ("fr", "« Nous sommes prêts », a déclaré le journaliste de l’AFP Jean Morel.", "Jean Morel",
     "le journaliste de l’AFP"),
    # a lone name, role words and a full name after the verb: the full name speaks, the lone name
    # says whose role it is
    ("en", '"We will wait," said Reyes aide Ann Berg.', "Ann Berg", "Reyes aide"),
    ("ru", "«Решение пока не принято», — заявил представитель Белого дома Джон Картер.", "Джон Картер",
     "представитель Белого дома"),
    ("uk", "«Рішення ще не ухвалене», — заявив речник Офісу президента Андрій Коваль.", "Андрій Коваль",
     "речник Офісу президента"),
    # a name linked to the one before it: the person before "of" speaks, a body speaks whole
    ("en", '"We will come together," Republican Rep. Tom Reyes of New Hampshire said.', "Tom Reyes",
     "Republican Rep."),
    ("en", '"The tests show no yield," Ann Berg of the Dayton Center for Nonproliferation Studies said.',
     "Ann Berg", None),
    ("en", '"We expect growth," the Federal Reserve Bank of Port Vale said.', "Federal Reserve Bank of Port Vale",
     None),
    ("en", '"We will act," the Department of Harbor Security said.', "Department of Harbor Security", None),
    ("en", '"We are ready," Deputy Secretary of State Tom Nides said.', "Tom Nides", "Deputy Secretary of State"),
    # the name with its particle right before the quote, after a clause that describes the speaker
    ("ko", '시위에 참가한 대학생 한나 슈미트는 "정부는 약속을 지켜야 한다"고 말했다.', "한나 슈미트", "대학생"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "role"), SPEAKERS)
def test_speaker_and_role(language: str, text: str, speaker: str, role: str | None) -> None:
    found = quotes(text, language)
    assert len(found) == 1
    assert (found[0]["speaker"], found[0]["speaker_role"]) == (speaker, role)


CARRY_OVER = [
    # language, text; the last quote's speaker is the named one before it
    ("en", 'Anna Berg spoke first. "The port is open," she said. He added: "Ships are moving."',
     "Anna Berg"),
    ("en", 'Mayor Tom Reyes opened the session.\n\n"We start today," he said.', "Tom Reyes"),
    ("id", 'Presiden Joko Susilo meninjau lokasi banjir.\n\nIa mengatakan: "Bantuan sudah dikirim."',
     "Joko Susilo"),
    ("ms", 'Menteri Azlan Hamid melawat kawasan itu. "Kami akan membina semula," katanya.',
     "Azlan Hamid"),
    ("vi", "Ông Trần Quốc Bảo phát biểu tại hội nghị.\n\nÔng nói: “Chúng tôi đã sẵn sàng.”",
     "Trần Quốc Bảo"),
    ("ru", "Дмитрий Песков выступил перед журналистами.\n\nОн добавил: «Сроки не определены».",
     "Дмитрий Песков"),
    ("uk", "Андрій Коваль виступив у Києві.\n\nВін додав: «Ми продовжимо роботу».", "Андрій Коваль"),
    ("fr", "Jean Morel a visité le port. « Tout est prêt », a-t-il ajouté.", "Jean Morel"),
    ("es", "Lucía Ortega visitó la zona.\n\nElla dijo: «Vamos a reconstruir».", "Lucía Ortega"),
    ("de", "Jonas Weber besuchte die Stadt.\n\nEr sagte: „Wir helfen sofort.“", "Jonas Weber"),
    ("ko", "최선희 외무상은 모스크바를 방문했다.\n\n그는 “협력은 계속된다”고 말했다.", "최선희"),
    ("es", "Pablo Serrano dijo que la empresa crecerá. «Vamos a seguir creciendo», añadió.", "Pablo Serrano"),
    ("en", 'Mrs. Anna Berg opened the session. Mr. Tom Reyes spoke next. "We agree," she said.',
     "Anna Berg"),
    ("vi", "Bà Lê Thu Hà đến thăm. Ông Trần Quốc Bảo phát biểu. “Chúng tôi đồng ý”, bà nói.", "Lê Thu Hà"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), CARRY_OVER)
def test_pronoun_resolves_to_last_named_speaker(language: str, text: str, speaker: str) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


SURNAMES = [
    ("id", "Menteri Luar Negeri Korea Utara Choe Son-hui mencatat dukungan itu. "
     'Choe menekankan bahwa negaranya "selalu mendukung Rusia".', "Choe Son-hui"),
    ("en", 'Senator Jane Holt spoke on Monday. "No deal," Holt said.', "Jane Holt"),
    ("ru", "Дмитрий Песков выступил в Москве. «Решения нет», — заявил Песков.", "Дмитрий Песков"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), SURNAMES)
def test_surname_resolves_to_full_name(language: str, text: str, speaker: str) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


NO_SPEAKER = [
    ("en", 'The crowd chanted "no more delays" outside the hall.'),
    ("id", 'Spanduk bertuliskan "hentikan perang" terlihat di jalan.'),
    ("ru", "На плакате было написано «нет войне»."),
    ("en", '"We had no role in it," a ministry spokesman said.'),
    ("fr", "« Rien n'est décidé », a indiqué une source diplomatique."),
]


@pytest.mark.parametrize(("language", "text"), NO_SPEAKER)
def test_quote_without_attribution_has_no_speaker(language: str, text: str) -> None:
    found = quotes(text, language)
    assert len(found) == 1 and found[0]["speaker"] is None


def test_described_source_is_kept_as_role_not_speaker() -> None:
    found = quotes('"We had no role in it," a ministry spokesman said.', "en")
    assert (found[0]["speaker"], found[0]["speaker_role"]) == (None, "a ministry spokesman")


AGENCY = [
    ("id", 'Choe menegaskan Korea Utara "akan selalu mendukung Rusia", menurut kantor berita TASS.',
     "TASS"),
    ("en", 'Pyongyang denied it, KCNA reported.\n\n"We had no role," the ministry said.', None),
    ("en", 'In a statement carried by KCNA, Kim Yo-jong said: "We had no role."', "KCNA"),
    ("vi", "Theo Reuters, ông Lee nói: “Chúng tôi sẽ đáp trả.”", "Reuters"),
    ("en", '"We will rebuild," said Anna Berg. Damage reached $2 million, according to Reuters.', None),
    ("en", 'LONDON (Reuters) - Talks resumed.\n\n"We are close," said Anna Berg.', "Reuters"),
    ("ru", "«Мы ценим поддержку», — сказал Сергей Лавров. Лавров добавил, что торговля выросла, "
     "передает ТАСС.", "TASS"),
]


@pytest.mark.parametrize(("language", "text", "agency"), AGENCY)
def test_agency_a_quote_came_through(language: str, text: str, agency: str | None) -> None:
    assert quotes(text, language)[-1]["agency"] == agency


HOSTILE = [
    # name, text: no quadratic corner may hide in marks, paragraphs or citations
    ("stray openers", "«" * 20000),
    ("mixed marks", "“ « „ \" ‹ 「 " * 5000),
    ("one long paragraph", 'Reuters reported that Tom Reyes said "the port reopened." ' * 4000),
    ("many paragraphs", '"Yes," he said.\n' * 10000),
]


@pytest.mark.parametrize(("name", "text"), HOSTILE)
def test_hostile_text_is_linear_and_sane(name: str, text: str) -> None:
    import time

    started = time.process_time()
    found = quotes(text, "en")
    assert time.process_time() - started < 10, name
    assert all("\n" not in q["text"] for q in found)


FOLLOW_UP = [
    # language, text, speaker of the last quote (synthetic cases from the PolNeAR error analysis)
    # the name right before the colon that opens the quote
    ("en", 'The result does not surprise pollster Dana Whitfield: "Turnout decided it."', "Dana Whitfield"),
    ("fr", "Le ton est resté ferme chez la ministre Claire Dubois : « Rien ne change. »", "Claire Dubois"),
    ("es", "La respuesta llegó de la alcaldesa Lucía Ortega: «Vamos a reconstruir».", "Lucía Ortega"),
    # a capitalised word is no verb of saying: "the United States needs" names no speaker
    ("en", 'Anna Berg said the United States needs "a clear and lasting plan" now.', "Anna Berg"),
    # "saying X was ..." opens what was said: X is not the speaker of the next "he said"
    ("en", 'Tom Reyes repeated the plan, saying Anna Berg was committed to it. "We will win," he said.',
     "Tom Reyes"),
    # a verb of saying opening the sentence is no name
    ("en", "Tom Reyes spoke at the hall. Asked whether he would run again for the council seat he lost "
     'last spring, Reyes demurred. "Not this year," he said.', "Tom Reyes"),
    # a sentence adverb is no name: the appositive speaker after it is
    ("en", 'However, Anna Berg, the port director, said the ships "will sail on Monday."', "Anna Berg"),
    # "X and said": the conjunction means X is not the subject of the verb
    ("en", 'Tom Reyes recalled the flood in Port Vale and said "the town will never forget it."', "Tom Reyes"),
    ("de", "Jonas Weber erinnerte an die Flut in Bad Ems und sagte: „Die Stadt vergisst das nie.“", "Jonas Weber"),
    # Korean: a foreign given name of five syllables, a place and a title after the name
    ("ko", '알렉산드라 보그단 리비우 시장 대행은 "복구 작업을 서두르겠다"고 밝혔다.', "알렉산드라 보그단"),
    ("ko", '소피 마르탱 EU 집행위원은 "협상은 계속된다"고 말했다.', "소피 마르탱"),
    # "said the X needs ..." reports what was said; only the inverted '", said the X.' names a speaker
    ("en", 'Tom Reyes spoke in Port Vale. "We are ready," he said. He said the city council needs '
     '"a clear and lasting plan."', "Tom Reyes"),
    ("es", "Pablo Ruiz visitó el puerto. «Estamos listos», dijo. Dijo el alcalde que la ciudad necesita "
     "«un plan claro».", "Pablo Ruiz"),
    # a name that is also a common word, capitalised mid-sentence elsewhere in the article
    ("en", "The columnist George Will spoke first, and many will remember it.\n\nMary Lane agreed with him."
     '\n\nWill urged the party to change.\n\n"The party has lost its way."', "George Will"),
    # a paragraph closing on a colon announces the quote that opens the next one
    ("en", "When the governor died, President Tom Reyes released the following statement:\n\n"
     '"We mourn a friend of this state. He served with courage."\n\nThe funeral is on Monday.', "Tom Reyes"),
    ("fr", "Après la tempête, la ministre Claire Dubois a publié ce message :\n\n"
     "« Nous reconstruirons chaque maison. »\n\nLes travaux commencent lundi.", "Claire Dubois"),
    # a place mentioned after the speaker is not who "she" stands for
    ("en", 'Anna Berg spoke on Monday. The storm hit South Carolina hard overnight. "We are ready," she said.',
     "Anna Berg"),
    ("en", 'Tom Reyes visited the site. The rain soaked North Dakota again today. "We rebuild," he said.',
     "Tom Reyes"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), FOLLOW_UP)
def test_follow_up_speaker_cases(language: str, text: str, speaker: str) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


ANTECEDENTS = [
    # language, text, speaker of the last quote (session 2 rules, synthetic cases shaped like the
    # PolNeAR train errors)
    # a name, a role word in lower case and a full name: the subject is the one the role belongs to
    ("en", 'Tom Reyes has won three states. As for the Berg campaign, its staff is nervous. On Monday night, '
     'Berg campaign manager Paul Dorn released a memo.\n\nIn it, he says Berg has "a lead that cannot be closed."',
     "Paul Dorn"),
    # the subject of the sentence just before a pronoun, set off by an aside, is who the pronoun means
    ("en", 'Tom Reyes spoke first: "The port is ready."\n\nAnd Paul Dorn, for all his doubts, seems to '
     'agree. "We can do it," he said.', "Paul Dorn"),
    ("id", 'Tom Reyes berbicara lebih dulu: "Pelabuhan siap."\n\nDan Paul Dorn, meski ragu, tampak '
     'setuju. "Kita bisa," katanya.', "Paul Dorn"),
    ("ru", "Иван Петров выступил первым: «Порт готов».\n\nИ Олег Сидоров, несмотря на сомнения, "
     "согласился. «Мы справимся», — сказал он.", "Олег Сидоров"),
    ("fr", "Jean Morel a parlé le premier : « Le port est prêt. »\n\nEt Paul Dorn, malgré ses doutes, "
     "semble d'accord. « Nous y arriverons », a-t-il dit.", "Paul Dorn"),
    ("es", "Pablo Ruiz habló primero: «El puerto está listo».\n\nY Tomás Vera, pese a sus dudas, "
     "parece de acuerdo. «Lo lograremos», dijo.", "Tomás Vera"),
    ("de", "Jonas Weber sprach zuerst: „Der Hafen ist bereit.“\n\nUnd Paul Dorn, trotz seiner Zweifel, "
     "stimmt zu. „Wir schaffen das“, sagte er.", "Paul Dorn"),
    # "In towns like Port Vale, he said": the name before the comma is not the one speaking
    ("en", 'Tom Reyes toured the coast. For towns like Port Vale, he said, the storm was "the worst in '
     'decades."', "Tom Reyes"),
    ("id", 'Joko Susilo meninjau pantai. Untuk kota seperti Port Vale, ia mengatakan, badai itu '
     '"yang terburuk dalam puluhan tahun."', "Joko Susilo"),
    ("ru", "Иван Петров осмотрел побережье. Для таких городов, как Сочи, он сказал, шторм стал "
     "«худшим за десятилетия».", "Иван Петров"),
    # a possessive before a verb of saying is a noun phrase ("Dana Whitfield's claims"), not a speaker
    ("en", "Anna Berg spoke first. Tom Reyes answered Dana Whitfield's claims on Monday. "
     '"We are ready," he said.', "Tom Reyes"),
    ("en", "Tom Reyes's office said in a statement that the port would reopen: "
     '"Ships will sail on Monday."', "Tom Reyes"),
    # what someone said is no described speaker: "said the world lost a voice that said"
    ("en", 'Rev. Tom Reyes said the town lost a voice that said "love is stronger than fear."', "Tom Reyes"),
    ("es", "El alcalde Pablo Ruiz dijo que la ciudad perdió una voz que dijo «el amor vence al miedo».",
     "Pablo Ruiz"),
    # a thing that says is no speaker: "issued a statement saying"
    ("en", 'Mayor Anna Berg issued a statement saying the plan "has no place in this city."', "Anna Berg"),
    # a lone surname opening the sentence takes the full name the article gave before
    ("en", 'Ted Marlow and Jill Parr came to the hall.\n\nMarlow thanked them for "stepping up when '
     'it counted."', "Ted Marlow"),
    ("id", 'Joko Susilo dan Rina Wati datang ke aula.\n\nSusilo berterima kasih atas "bantuan yang '
     'datang tepat waktu."', "Joko Susilo"),
    ("fr", "Jean Morel et Claire Dubois sont venus à la mairie.\n\nMorel les a remerciés pour « leur "
     "aide au bon moment ».", "Jean Morel"),
    ("de", "Jonas Weber und Lena Vogt kamen ins Rathaus.\n\nWeber dankte ihnen für „die Hilfe zur "
     "rechten Zeit“.", "Jonas Weber"),
    ("en", 'Jill Parr and Ted Marlow spoke.\n\nMarlow: "We will rebuild the pier."', "Ted Marlow"),
    # a place after a function word closes an opening phrase: it is no speaker with an aside
    ("en", 'Ted Marlow toured the state.\n\nHere in Port Vale, Marlow stepped up his attacks, saying, '
     '"We have to fix the roads."', "Ted Marlow"),
    ("fr", "Jean Morel a visité la région.\n\nÀ Port-Vale, Morel a durci le ton, en disant : « Il faut "
     "réparer les routes. »", "Jean Morel"),
    ("es", "Pablo Ruiz recorrió la región.\n\nEn Port Vale, Ruiz endureció su discurso, diciendo: «Hay que "
     "arreglar las carreteras».", "Pablo Ruiz"),
    ("id", 'Joko Susilo mengunjungi daerah itu.\n\nDi Port Vale, Susilo mempertegas kritiknya, dengan '
     'mengatakan, "Kita harus memperbaiki jalan."', "Joko Susilo"),
    # "Like X, Y ...": the comparison opens the sentence, Y is its subject
    ("en", 'Ted Marlow spoke first.\n\nLike Marlow, Jill Parr also rejected the plan, arguing that there is '
     '"no money for it" this year.', "Jill Parr"),
    # an aside never runs past the end of a sentence: the place before it is no speaker
    ("vi", "Năm người thiệt mạng tại quận Cầu Giấy, Hà Nội, sáng qua, theo AFP. Đại tá Nguyễn Văn Minh, "
     "Phó Giám đốc Công an thành phố, cho biết đã cứu 32 người. “Nguyên nhân là chập điện,” ông nói.",
     "Nguyễn Văn Minh"),
    ("en", "Five people died in Port Vale, Ohio, on Monday, police said. Chief Dana Cole, who leads the "
     'force, said the fire "spread in minutes."', "Dana Cole"),
    # a conjunction or preposition is never the one word between a name and its verb
    ("en", 'Jill Parr, 69, told the radio station Monday when asked about the vote: "We will see."\n\n'
     '"People are tired," she said.', "Jill Parr"),
    ("en", 'Press aide Jill Parr criticized Ted Marlow for accusing the mayor. "Nice try," she said.',
     "Jill Parr"),
    ("fr", "La porte-parole Claire Dubois a critiqué Jean Morel pour avoir accusé le maire. « Bien essayé », "
     "a-t-elle dit.", "Claire Dubois"),
    ("id", 'Juru bicara Rina Wati mengkritik Joko Susilo karena menuduh wali kota. "Bukan begitu," katanya.',
     "Rina Wati"),
    # a subject with an aside, and a full name opening the sentence before any later apposition
    ("en", 'Jill Parr spoke first.\n\nTed Marlow, 33, opened up about his decision.\n\n"He has no '
     'experience at all," he said.', "Ted Marlow"),
    ("en", 'Jill Parr spoke first.\n\nTed Marlow took his daughter, Anna, there on Sunday.\n\n'
     'He said: "She asked me where he is."', "Ted Marlow"),
    # right after a quote, the one named after a verb of asking is the one asking
    ("en", 'The vote is close.\n\n"Why would anyone give up a vote?" asked Sen. Jill Parr of Ohio, who '
     'wants a review.', "Jill Parr"),
    ("es", "La votación está reñida.\n\n«¿Por qué renunciar a un voto?», preguntó la senadora Lucía Ortega.",
     "Lucía Ortega"),
    ("ru", "Голосование будет трудным.\n\n«Зачем отказываться от голоса?» — спросил сенатор Иван Петров.",
     "Иван Петров"),
    # a telling participle after a quote names the one spoken to, not the speaker
    ("en", 'The Parr Foundation did not want to address "that person," telling Fox News that it is '
     'focused on "ending gun violence."', "Parr Foundation"),
    # a short parenthesis between the name and the colon that opens the quote
    ("en", 'Rep. Trey Marlow (R-S.C.): "Who told you that figure?"', "Trey Marlow"),
    # a thing named by a verb ("a class called") is no described speaker
    ("en", 'Ted Marlow spoke.\n\nLater on Sunday, Marlow shared a syllabus for a class called "Perception" '
     'on his page, writing "Here is the class you claim never existed."', "Ted Marlow"),
    # an adverb may sit between the asides and the verb
    ("en", 'Historians agree (Ted Marlow, who coined the word, once said, "It happened many times").',
     "Ted Marlow"),
    ("fr", "Les historiens sont d'accord. Jean Morel, qui a inventé le mot, a souvent dit : « Cela s'est "
     "produit souvent ».", "Jean Morel"),
    # a participle of shouting before the colon that opens the quote
    ("en", 'At the rally, some supporters pushed a protester, with Ted Marlow reportedly yelling: "Get him '
     'out of here!"', "Ted Marlow"),
    # a capitalised possessive opening a sentence is no name
    ("en", 'His office put out a statement saying the city "cannot vet every request."', None),
    ("de", "Seine Sprecherin veröffentlichte eine Erklärung, die Stadt „kann nicht jeden Antrag prüfen“.",
     None),
    # "said X must ...": X opens what was said, it is not the speaker
    ("en", 'Ted Marlow, 61, the former envoy, spoke. A diplomat for years, he said Mexico must answer the '
     'claims. The plan is "a welcome step," he said.', "Ted Marlow"),
    ("id", 'Joko Susilo, mantan duta besar, berbicara. Ia mengatakan Indonesia harus menjawab tuduhan itu. '
     'Rencana itu "langkah yang baik," katanya.', "Joko Susilo"),
    # a sentence whose only attribution is a pronoun still names the person it stands for
    ("en", 'Majority Leader Ted Marlow, R-Ohio, revealed this last fall when he boasted of the inquiry. '
     '"Everybody thought she was unbeatable, right?" he told reporters.', "Ted Marlow"),
    ("fr", "Le ministre Jean Morel l'a révélé l'an dernier quand il s'est vanté de l'enquête. « Tout le "
     "monde la croyait imbattable », a-t-il dit.", "Jean Morel"),
    # a name set off after an organisation is the subject, not the organisation
    ("ms", 'Presiden Persatuan Pelanggan, Rina Wati, menyambut baik langkah itu. "Kami sudah lama menunggu '
     'keputusan ini," katanya.', "Rina Wati"),
    # "- and stressed the ...": a verb joined by a conjunction after a quote does not invert
    ("en", 'After the meeting, Ted Marlow boasted of his team - "the best in the state" - and stressed '
     "the state's importance to his plans.", "Ted Marlow"),
    # a month opening the sentence is no name
    ("en", 'In early October, the party\'s state director, Mike Rubino, reached out to the firm, writing: '
     '"We want to use this now."', "Mike Rubino"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), ANTECEDENTS)
def test_antecedent_cases(language: str, text: str, speaker: str | None) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


SESSION3 = [
    # language, text, speaker of the last quote (session 3 rules, synthetic)
    # a pronoun after a source described with a proper word means that source, the last to speak
    ("en", 'Mayor Tom Reyes opened the meeting. "The talks will resume," said the Norwegian envoy. '
     '"We expect progress," he added.', "the Norwegian envoy"),
    ("fr", "Le maire Paul Girard a ouvert la séance. « Les discussions reprendront », a déclaré le porte-parole "
     "du Gouvernement. « Nous attendons des progrès », a-t-il ajouté.", "le porte-parole du Gouvernement"),
    ("es", "El alcalde Pablo Ruiz abrió la sesión. «Las conversaciones seguirán», dijo el portavoz del Gobierno. "
     "«Esperamos avances», añadió.", "el portavoz del Gobierno"),
    # what follows "said that" is what was said: a description there names no one
    ("en", 'Tom Reyes responded that the Florida review site too often claims errors. "We check every number," '
     'he said.', "Tom Reyes"),
    ("es", "Pablo Ruiz respondió que la revista Nueva Era casi nunca afirma cosas ciertas. «Revisamos cada cifra», "
     "dijo.", "Pablo Ruiz"),
    ("fr", "Paul Girard a répondu que le magazine Nouvelle Ère bien souvent affirme des choses fausses. « Nous vérifions "
     "chaque chiffre », a-t-il dit.", "Paul Girard"),
]


NOT_NAMES = [
    # language, text, speaker of the last quote (synthetic): glued initials open a name; a dateline's
    # place, a heading in capitals and a word opening a clause are no names
    ("en", "“This is a sad day,” said Rep. G.K. Moss (D-N.C.), head of the caucus.", "G.K. Moss"),
    ("en", "WASHINGTON ― The pier will reopen in May, port officials said on Friday.\n“We are ready for the "
     "crowds,” they said.", None),
    ("en", "PORT HAS REOPENED\n\nThe pier reopened on Friday.\n“We are ready,” Mayor Tom Reyes said.", "Tom Reyes"),
    ("en", "PIER REOPENS FOR GOOD\n\n“We are ready,” the statement read.", None),
    ("en", "Once the pier reopened, the crowds came back.\n“We are ready,” she said.", None),
    # an article and a number are no source: "the 35 states" is no one stating
    ("en", "Tom Reyes thanked the crowd. And he vowed to “take our fight” to the 35 states that vote next week.",
     "Tom Reyes"),
    # a state written after its town is part of the place: "in Dayton, Ohio, said" names the one before it
    ("en", 'Ann Berg, at a town hall in Dayton, Ohio, said the mill would "stay open for good."', "Ann Berg"),
    ("en", "Tom Reyes spent Monday attacking Ann Berg.\n\nSpeaking at a diner in Keene, New Hampshire, Reyes went "
     "after Berg, calling her “a quitter.”\n\nHe says, “She has no plan for the mill.”", "Tom Reyes"),
    # a preposition opening the sentence is no name: the subject comes after the opening phrase
    ("en", 'With Democratic leaders worried about the turnout in Port Vale, Mayor Tom Reyes is rolling out a '
     'new message: "It is about me."', "Tom Reyes"),
    ("en", 'Among Republican voters in Dayton, Ann Berg has one message: "The mill stays open."', "Ann Berg"),
]


DESCRIBED_AGAIN = [
    # language, text, speaker of the last quote (synthetic): a speaker described by a role word is the
    # person last named with it ("the minister" after "Finance Minister Tom Reyes"), also where no
    # article opens the description; an adverb or the one spoken to may stand between verb and speaker
    ("en", "Finance Minister Tom Reyes presented the budget on Monday. Defence spending will rise. "
     "“We will not raise taxes,” the minister said.", "Tom Reyes"),
    ("ru", "Дефицит бюджета составит 2,5 трлн руб., сообщил министр финансов Игорь Рябов. Расходы на оборону "
     "вырастут. «Мы не планируем повышать НДС», — подчеркнул министр.", "Игорь Рябов"),
    ("uk", "Понад 20 тис. військових пройшли підготовку, повідомив агентству Reuters міністр оборони Джон Сміт. "
     "«Ми продовжимо навчання», — сказав він.", "Джон Сміт"),
    ("es", "El Gobierno destinará 500 millones a la reconstrucción, anunció este miércoles el primer ministro, "
     "Gustavo Ramos. «Nadie quedará desamparado», aseguró.", "Gustavo Ramos"),
    ("id", "Kereta cepat mengangkut 21.000 penumpang pada hari Minggu, kata Direktur Andi Prasetyo. "
     '"Kami menambah 12 perjalanan," ujarnya.', "Andi Prasetyo"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), DESCRIBED_AGAIN)
def test_described_speaker_is_the_person_named_before(language: str, text: str, speaker: str) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


@pytest.mark.parametrize(("language", "text", "speaker"), NOT_NAMES)
def test_words_that_are_no_names(language: str, text: str, speaker: str | None) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


@pytest.mark.parametrize(("language", "text", "speaker"), SESSION3)
def test_session3_speaker_cases(language: str, text: str, speaker: str) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


EPIGRAPHS = [
    # language, text, speaker, role: a dash after the closing mark, then a name closing the line
    ("en", "“Be the change you wish to see.” ― Mara Lindqvist\n\nThe talk went on.", "Mara Lindqvist", None),
    ("en", '"We will not give up." — Anna Berg, mayor of Port Vale\n\nThe vote is Monday.', "Anna Berg",
     "mayor of Port Vale"),
    ("id", '"Kami siap." — Joko Susilo, Menteri Pertahanan\n\nBerita lain.', "Joko Susilo", "Menteri Pertahanan"),
    ("ms", '"Kami akan membantu." — Azlan Hamid\n\nBerita lain.', "Azlan Hamid", None),
    ("vi", "“Hòa bình là ưu tiên.” — Lê Minh Tâm, Bộ trưởng Ngoại giao\n\nTin khác.", "Lê Minh Tâm",
     "Bộ trưởng Ngoại giao"),
    ("ru", "«Мы не отступим». — Иван Петров\n\nДалее.", "Иван Петров", None),
    ("uk", "«Ми готові». — Андрій Коваль\n\nДалі.", "Андрій Коваль", None),
    ("fr", "« Rien n'est perdu. » — Jean Morel, maire de Lyon\n\nLa suite.", "Jean Morel", "maire de Lyon"),
    ("es", "«Vamos a reconstruir». — Lucía Ortega, alcaldesa de Vigo\n\nMás.", "Lucía Ortega",
     "alcaldesa de Vigo"),
    ("de", "„Wir helfen sofort.“ — Jonas Weber, Bürgermeister\n\nMehr.", "Jonas Weber", "Bürgermeister"),
    ("ko", "“협력은 계속된다.” ― 최선희\n\n다음 기사.", "최선희", None),
    # a fact-check's line of a dash and a name under the quote's paragraph
    ("en", 'The rivals clashed on taxes.\n\n"Taxes are too high for the middle class."\n\n- Anna Berg.\n\nMore.',
     "Anna Berg", None),
    ("id", 'Debat soal pajak.\n\n"Pajak terlalu tinggi bagi warga."\n\n- Joko Susilo.\n\nBerita lain.', "Joko Susilo",
     None),
    ("ru", "Спор о налогах.\n\n«Налоги слишком высоки для среднего класса».\n\n— Иван Петров.\n\nДалее.",
     "Иван Петров", None),
    ("fr", "Débat sur les impôts.\n\n« Les impôts sont trop lourds pour les classes moyennes. »\n\n— Jean Morel.\n\n"
     "La suite.", "Jean Morel", None),
    ("es", "Debate sobre impuestos.\n\n«Los impuestos son demasiado altos para la clase media».\n\n— Lucía Ortega."
     "\n\nMás.", "Lucía Ortega", None),
    ("de", "Streit um Steuern.\n\n„Die Steuern sind für die Mittelschicht zu hoch.“\n\n— Jonas Weber.\n\nMehr.",
     "Jonas Weber", None),
]


@pytest.mark.parametrize(("language", "text", "speaker", "role"), EPIGRAPHS)
def test_epigraph_dash_names_the_speaker(language: str, text: str, speaker: str, role: str | None) -> None:
    found = quotes(text, language)
    assert (found[0]["speaker"], found[0]["speaker_role"]) == (speaker, role)


NOT_EPIGRAPHS = [
    # a dash after a quote that opens a sentence going on is no signature
    ("en", 'The mayor wrote "we rebuild" - Port Vale is ready for the season.'),
    ("fr", "Le maire a écrit « nous reconstruisons » - Port Vale est prêt pour la saison."),
    # a list item under a quote's paragraph names no one
    ("en", 'The council voted.\n\n"We rebuild the pier first."\n\n- New taxes on shops are planned.'),
]


@pytest.mark.parametrize(("language", "text"), NOT_EPIGRAPHS)
def test_dash_inside_a_sentence_names_no_one(language: str, text: str) -> None:
    assert all(q["speaker"] is None for q in quotes(text, language))


GROUPS = [
    # language, text, speaker, role: a named organisation or group that speaks is the speaker; an
    # anonymous person (indefinite article, "officials") is no speaker, the words kept as the role
    ("en", '"We have the resources," Police said.', "Police", None),
    # ... also when the article writes the word in lower case elsewhere
    ("en", 'Police say they have "enough officers for the game," though the police chief stayed away.',
     "Police", None),
    ("en", '"We will block the bill," Republicans said.', "Republicans", None),
    ("en", '"The strikes must stop," the Security Council said.', "Security Council", None),
    ("en", '"We will win," Clinton\'s campaign said.', "Clinton", None),
    ("en", '"We are close," officials said.', None, None),
    ("en", '"We are close," said a source at the IMF.', None, "a source at the IMF"),
    ("id", '"Pertumbuhan akan melambat," kata IMF.', "IMF", None),
    ("ms", '"Pertumbuhan akan perlahan," kata IMF.', "IMF", None),
    ("vi", "“Tăng trưởng sẽ chậm lại”, IMF cho biết.", "IMF", None),
    ("ru", "«Рост замедлится», — заявил Кремль.", "Кремль", None),
    ("uk", "«Зростання сповільниться», — заявив МВФ.", "МВФ", None),
    ("fr", "« La croissance va ralentir », a déclaré le FMI.", "FMI", None),
    ("fr", "« Nous n'avons aucun rôle », a déclaré un porte-parole.", None, "un porte-parole"),
    ("es", "«El crecimiento se frenará», dijo el FMI.", "FMI", None),
    ("es", "«No tuvimos ningún papel», dijo un portavoz.", None, "un portavoz"),
    ("de", "„Das Wachstum wird sich verlangsamen“, sagte der IWF.", "IWF", None),
    ("de", "„Wir hatten keine Rolle“, sagte ein Sprecher.", None, "ein Sprecher"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "role"), GROUPS)
def test_named_groups_speak_anonymous_people_do_not(
    language: str, text: str, speaker: str | None, role: str | None
) -> None:
    found = quotes(text, language)
    assert (found[0]["speaker"], found[0]["speaker_role"]) == (speaker, role)


JOINED_CLAUSE = [
    # language, text: a clause joined after the quote ("and X vowed") is not the quote's attribution
    ("en", 'Ted Marlow said he would make the desert "glow in the dark," and Jill Parr vowed to do more.',
     "Ted Marlow"),
    ("id", 'Joko Susilo mengatakan kota itu "akan bangkit lagi," dan Rina Wati menegaskan dukungannya.',
     "Joko Susilo"),
    ("fr", "Jean Morel a déclaré que la ville allait « renaître bientôt », et Claire Dubois a affirmé son soutien.",
     "Jean Morel"),
    ("es", "Pablo Ruiz dijo que la ciudad va a «renacer pronto», y Lucía Ortega afirmó su apoyo.", "Pablo Ruiz"),
    ("de", "Jonas Weber sagte, die Stadt werde „bald wieder aufblühen“, und Lena Vogt betonte ihre Hilfe.",
     "Jonas Weber"),
    ("ru", "Иван Петров заявил, что город «скоро возродится», а Олег Сидоров подчеркнул поддержку.",
     "Иван Петров"),
    # a clause opened by "when" after the quote is someone else's too
    ("en", 'The ad ends with Ted Marlow saying at the debate, "That makes me smart," when Jill Parr blasted him.',
     "Ted Marlow"),
    # an attribution after the quote that opens the next quote is that quote's, when one introduced this one
    ("en", 'Tom Reyes took the stage. He said, "We will rebuild the pier" - at which point Ann Berg shouted '
     '"Build it now!"', "Tom Reyes"),
    ("es", "Pablo Ruiz dijo: «Reconstruiremos el puerto» – entonces Lucía Ortega dijo «¡Ya!»", "Pablo Ruiz"),
    ("id", 'Joko Susilo berkata, "Kami akan membangun pelabuhan" - lalu Rina Wati berkata "Sekarang juga!"',
     "Joko Susilo"),
    ("de", "Jonas Weber sagte: „Wir bauen den Hafen wieder auf“ – da sagte Lena Vogt „Sofort!“", "Jonas Weber"),
    ("ru", "Иван Петров заявил: «Мы восстановим порт» – тогда Олег Сидоров заявил «Немедленно!»", "Иван Петров"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), JOINED_CLAUSE)
def test_clause_joined_after_the_quote_is_someone_else(language: str, text: str, speaker: str) -> None:
    assert quotes(text, language)[0]["speaker"] == speaker


STANDING_ALONE = [
    # language, text: a quote standing alone after a sentence about someone who spoke before is theirs
    ("en", 'Tom Reyes spoke to reporters. "The port is ready," Reyes said.\n\nLater the rain came.\n\n'
     "Reyes is upbeat about the season.\n\n\"We will reopen in May.\"", "Tom Reyes"),
    ("fr", "Jean Morel a parlé aux journalistes. « Le port est prêt », a déclaré Morel.\n\nPuis la pluie est "
     "venue.\n\nMorel reste optimiste pour la saison.\n\n« Nous rouvrirons en mai. »", "Jean Morel"),
    ("es", "Pablo Ruiz habló con la prensa. «El puerto está listo», dijo Ruiz.\n\nLuego llegó la lluvia.\n\n"
     "Ruiz sigue optimista sobre la temporada.\n\n«Reabriremos en mayo».", "Pablo Ruiz"),
    ("id", 'Joko Susilo berbicara kepada wartawan. "Pelabuhan siap," kata Susilo.\n\nLalu hujan turun.\n\n'
     'Susilo tetap optimistis soal musim ini.\n\n"Kami akan buka lagi pada Mei."', "Joko Susilo"),
    # ... or after a sentence of its paragraph whose subject is a person named in full, even a new one
    # and even after a show's title ('On "Port Talk," Rep. Tom Reyes ...')
    ("en", 'Ann Berg spoke first. "The port is ready," Berg said.\n\nOn "Port Talk," Rep. Tom Reyes (D-Ohio), who '
     'lost the primary to Berg, named the mill as the reason to vote. "The young people are tired of waiting."',
     "Tom Reyes"),
    ("es", "Lucía Ortega habló primero. «El puerto está listo», dijo Ortega.\n\nEl diputado Pablo Ruiz señaló la "
     "fábrica como la razón para votar. «Los jóvenes están cansados de esperar».", "Pablo Ruiz"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), STANDING_ALONE)
def test_quote_standing_alone_after_a_sentence_about_a_speaker(language: str, text: str, speaker: str) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


NEXT_SENTENCE = [
    # language, text: a quote opening the sentence after a quote's sentence goes on with its speaker,
    # not with a verb of an aside between them ("a group called Port Vale First")
    ("en", '"They are advertising against me," Anna Berg said, referring to a super PAC called Port Vale First. '
     '"So they think I will win."', "Anna Berg"),
    ("es", "«Hacen campaña contra mí», dijo Lucía Ortega, mientras Vigo Primero afirmó lo contrario. "
     "«Así que creen que ganaré».", "Lucía Ortega"),
    ("id", '"Mereka berkampanye melawan saya," kata Rina Wati, merujuk kelompok yang Port Vale Bersatu '
     'sebut lawan. "Jadi mereka kira saya menang."', "Rina Wati"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), NEXT_SENTENCE)
def test_quote_opening_the_next_sentence_goes_on(language: str, text: str, speaker: str) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


AROUND_THE_NAME = [
    # language, text, speaker, role: what may stand around a name and still leave it the speaker
    # a date or an age opening the role words
    ("en", '"The rules do not hold," said 9/11 widow Tara Lund.', "Tara Lund", "9/11 widow"),
    ("en", '"We need the port back," said 44-year-old fisherman Ben Ortiz.', "Ben Ortiz", "44-year-old fisherman"),
    # a nickname in quotes inside the name, a relative and an apposition before it
    ("en", 'Mayor Ann Lane opened the fair. "This is a big year for our town!" Lane\'s niece, state '
     'Del. Mara "Kit" Olsen (D-Port Vale), shouted to the crowd.', 'Mara "Kit" Olsen', "Del."),
    # a participle set off by a comma speaks for the sentence's subject, not for a person inside it
    ("en", 'Mara Olsen spoke at noon. Olsen was defensive when asked about a builder who said he was '
     'never paid, saying, "Maybe he did not do a good job."', "Mara Olsen", None),
    # a country calling names speaks; the next sentence's attribution is not the quote's when the
    # quote's own sentence has a subject
    ("en", 'Norland branded its neighbour an "outlaw nation in the region." Vestia insisted that talks '
     '"must resume."', "Vestia", None),
    ("en", 'Norland branded its neighbour an "outlaw nation in the region." Vestia insisted that talks '
     'resume.', "Norland", None),
    # verbs of judging name the one judging: "accuses", "dismissed ... as", "referred to ... as"
    ("en", 'Ann Berg accuses the mayor of "leading from behind" and Tom Reyes says he is "losing the port."',
     "Tom Reyes", None),
    ("en", 'Tom Reyes spoke next. Ann Berg accuses the mayor of "leading from behind" and Reyes says he is '
     'right.', "Ann Berg", None),
    ("en", 'Speaking on Monday, Ann Berg referred to Tom Reyes as "a bright, charismatic leader."', "Ann Berg", None),
    ("en", 'Ann Berg dismissed the council as part of the "Port Vale cartel."', "Ann Berg", None),
    # a dateline with its agency credit is a place, not a speaker; "saying that" speaks for the subject
    ("en", 'Dayton (AFP) – Mayor Ann Berg has taken a swipe at her rival\'s plan, saying that “bombastic '
     'promises” do more harm than good.', "Ann Berg", "Mayor"),
    # a participle ("noting", "adding") opens no description of the speaker, and a description holds
    # no "that" clause
    ("en", 'But Sen. Ann Berg (D-Ohio), noting the size of Reyes\'s following, said, "He has a long email list."',
     "Ann Berg", "Sen."),
    ("en", 'Tom Reyes argued in a column for The Port Vale Herald that delegates currently pledged to Berg may '
     'reconsider.\n\n"A win in Dayton would change the race," he wrote.', "Tom Reyes", None),
    # a group speaking is no antecedent of "he"
    ("en", 'Tom Reyes lost the vote. Delegates questioned how the delegates could trust him. "The day that was '
     'broken was the day this became personal," he said.', "Tom Reyes", None),
    # a hyphen makes no verb of saying: "so-called", "Lane-branded"
    ("en", 'Ann Lane spoke first. Lane-branded steaks and the so-called "Port Vale plan" were on the '
     'table.', None, None),
]


@pytest.mark.parametrize(("language", "text", "speaker", "role"), AROUND_THE_NAME)
def test_what_stands_around_a_name(language: str, text: str, speaker: str, role: str | None) -> None:
    last = quotes(text, language)[-1]
    assert (last["speaker"], last["speaker_role"]) == (speaker, role)


BODIES = [
    # language, text, speaker of the last quote (synthetic): "it" stands for a body named shortly
    # before it (an acronym, a name ending with a body's word, a cited agency, a person's campaign,
    # "the" before a body's noun), never for a person; with no body, for no one
    ("en", 'Although the IMF did not single out the senator\'s plans, it referenced "political tensions in '
     'rich economies."', "IMF"),
    ("en", 'The campaign of Tom Reyes is defending his remarks. It is denouncing what it calls "a coordinated '
     'attack."', "Tom Reyes"),
    ("en", 'Ann Berg\'s campaign answered on Monday. In the case of the mill, it said, "the workers come first."',
     "Ann Berg"),
    # "the email" is the body named before it; "The Reyes campaign" speaks for Tom Reyes
    ("en", 'Tom Reyes trails in the polls. The Reyes campaign sent an email on Tuesday. "Friend, the race is '
     'close," the email read. It said the mayor backs "a failed plan."', "Tom Reyes"),
    # a body announcing a paragraph ("endorsed ...:") is near through it
    ("en", 'The Dayton Herald endorsed Ann Berg on Sunday:\n\nShe knows the budget well. She has served two '
     'terms.\n\nMeanwhile, it attacked Tom Reyes, saying he "has offended veterans."', "Dayton Herald"),
    ("en", 'Attacks rose in May, according to the SITE Intelligence Group. It said supporters were "celebrating '
     'the attack."', "SITE Intelligence Group"),
    ("en", 'The Post reported that Tom Reyes met the donors. It added, "the visit comes as the race tightens."',
     "Post"),
    # no body: not a person ("she"), not one after a preposition, a dateline's place or a time zone
    ("en", '"We will win," Ann Berg said. She lifted a sign above the crowd.\n\n"Still with Berg," it read.', None),
    ("en", '"We will win," Ann Berg said. She has served two terms in the Senate.\n\n"We need a new plan," it '
     'said.', None),
    ("en", 'FARGO, N.D. — "We are ready," Ann Berg said.\n\n"We did it," it said.', None),
    ("en", '"Call me," Tom Reyes wrote at 7:19 p.m. EST.\n\n"We are on the way," it said.', None),
    # a roman numeral and a common noun in capitals are no bodies; a party keeps its whole name
    ("en", '"We won," Ann Berg said. She spoke about World War II on TV.\n\n"It is over," it said.', None),
    ("en", 'The Democratic Party met on Monday. "We are united," it said.', "Democratic Party"),
    # "it" after a verb of saying is what was said; "it was reported" names no one
    ("en", 'Tom Reyes spoke on Monday. The Labor Department said it added "200,000 jobs" in May.',
     "Labor Department"),
    ("en", 'The IMF met on Monday. It was reported that the fund sees "rising risks."', None),
    # "she" still means the person
    ("en", 'The IMF cut its forecast. Ann Berg, its chief economist, spoke on Monday. "Growth is slowing," '
     'she said.', "Ann Berg"),
    # the neuter pronoun of Russian and Ukrainian is a body's, never a name nor a person
    ("ru", '«Мы готовы к переговорам», — заявил министр Игорь Рябов.\n\nМинистерство обороны опубликовало '
     'заявление. Оно считает, что «учения прошли успешно».', None),
    ("uk", '«Ми готові до переговорів», — заявив міністр Джон Сміт.\n\nМіністерство оборони оприлюднило '
     'заяву. Воно вважає, що «навчання пройшли успішно».', None),
    # "they" stands for a body opening its sentence or the one before, with no person after it
    ("en", '"We lost the vote," Tom Reyes said. The DNC backed Ann Berg. The committee, long a critic of the '
     'mayor, writes that the plan failed. "The mill deserved better," they conclude.', "DNC"),
    ("en", '"We lost the vote," Tom Reyes said. The Berg campaign is tying the bill to him. They are saying his '
     'vote "was a signal."', "Berg"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), BODIES)
def test_it_stands_for_a_body(language: str, text: str, speaker: str | None) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker


PRONOUN_ANTECEDENTS = [
    # language, text, speaker of the last quote (session 5: the antecedent of "he"/"she"; synthetic)
    # a person introduced at the end of a sentence by an apposition giving their role is the one
    # the next "he said" means, not the sentence's subject
    ("en", 'While Tom Reyes drew crowds of volunteers, that has not happened for the mayor, which worries '
     'Paul Dorn, president of the Harbor Valley Business Council.\n\n"Nobody is knocking on doors," he said.',
     "Paul Dorn"),
    ("fr", "Si Jean Morel attire les foules, ce n'est pas le cas du maire, ce qui inquiète Paul Girard, "
     "président du conseil économique de la vallée.\n\n« Personne ne frappe aux portes », a-t-il dit.",
     "Paul Girard"),
    ("es", "Mientras Pablo Ruiz atrae multitudes, no ocurre lo mismo con el alcalde, lo que preocupa a "
     "Tomás Vera, presidente del consejo económico del valle.\n\n«Nadie toca puertas», dijo.", "Tomás Vera"),
    # ... but a clause after the comma gives no role ("played by Reyes")
    ("en", 'Tom Reyes stars in the show. As its writer, Reyes gives many lines to the harbor master Paul Dorn, '
     'played by Reyes.\n\n"I am not as quick," he said.', "Tom Reyes"),
    # a name inside what a closing pronoun reports is not the one saying it
    ("en", 'Paul Dorn, a retired teacher in Port Vale, said he would not vote this year. Also, Tom Reyes '
     'is no reformer, he said. "He never was."', "Paul Dorn"),
    # ... nor anyone a later pronoun stands for; "said he" after a comma closes nothing
    ("en", '"We will win," Tom Reyes said on Sunday.\n\n"The vote is close," Paul Dorn told reporters on '
     'Monday.\n\nTom Reyes would never win the port vote, he said.\n\n"Nobody trusts him," he added.', "Paul Dorn"),
    ("en", 'Sen. Paul Dorn (R-Ohio), one of the few authors still in office, said he remembers the vote. "We '
     'waited too long," he said.', "Paul Dorn"),
    # "questioned Reyes's logic", "suggested Reyes went too far": whose logic, who went; not who spoke
    ("en", '"The plan is late," Tom Reyes said.\n\nPaul Dorn, a top adviser to then-Mayor Mark W. Hale, also '
     'questioned Reyes\'s logic.\n\n"It is hard to see the link," he said.', "Paul Dorn"),
    ("en", '"The plan is late," Tom Reyes said.\n\nHarbor Council member Paul Dorn argued that the plan was '
     'sound, but suggested Reyes went too far.\n\n"The port can wait," he said.', "Paul Dorn"),
    # a sentence led by a pronoun goes on with the person of the sentence before it, whatever
    # names it mentions ("He urged the Harbor Council ...")
    ("en", '"The plan is late," Tom Reyes said.\n\nPaul Dorn, 35, came to the rally in a red cap. He had '
     'protested at a Port Vale meeting and joined the campaign.\n\n"I met a lot of good people," he said.',
     "Paul Dorn"),
    ("en", '"The plan is late," Tom Reyes said.\n\nPaul Dorn came to the rally in a red cap. He urged the '
     'Harbor Council to open its doors to newcomers.\n\n"We are staying in this race," he said.', "Paul Dorn"),
    ("fr", "« Le plan est en retard », a dit Tom Reyes.\n\nPaul Dorn est venu au meeting en casquette rouge. "
     "Il a exhorté le Conseil du Port à ouvrir ses portes.\n\n« Nous restons dans la course », a-t-il dit.",
     "Paul Dorn"),
    ("es", "«El plan va con retraso», dijo Tom Reyes.\n\nPablo Ruiz llegó al mitin con una gorra roja. Él pidió "
     "al Consejo del Puerto abrir sus puertas.\n\n«Seguimos en la carrera», dijo él.", "Pablo Ruiz"),
    ("de", "„Der Plan ist verspätet“, sagte Tom Reyes.\n\nPaul Dorn kam mit roter Mütze zur Kundgebung. Er "
     "forderte den Hafenrat auf, seine Türen zu öffnen.\n\n„Wir bleiben im Rennen“, sagte er.", "Paul Dorn"),
    ("id", '"Rencana itu terlambat," kata Tom Reyes.\n\nJoko Susilo datang ke kampanye dengan topi merah. Ia '
     'mendesak Dewan Pelabuhan membuka pintunya.\n\n"Kami tetap dalam perlombaan," katanya.', "Joko Susilo"),
    # a lone surname given in full before names the person of its sentence
    ("en", 'Paul Dorn and Tom Reyes met on Monday. "It is not ready," Dorn said. "The port is ready," Reyes '
     'said. The moderators wanted to move on, but Dorn was not having it. "You see, everybody, this is the '
     'problem," he said.', "Paul Dorn"),
    # a heading in title case gives no full name for later surnames
    ("en", 'Paul Dorn Is Now Calling The Port Plan A Fraud\n\nThe council met on Monday. "It is a fraud," '
     'Dorn said.', "Dorn"),
    # "Rep. X (R-Ohio) was ..., he said": the sentence's subject comes before the closing pronoun
    ("en", 'Some voters back the mayor. Rep. Paul Dorn (R-Ohio) was for Tom Reyes while he was running, he '
     'said on Monday.\n\n"Reyes is my next choice," he said.', "Paul Dorn"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), PRONOUN_ANTECEDENTS)
def test_pronoun_antecedents(language: str, text: str, speaker: str) -> None:
    assert quotes(text, language)[-1]["speaker"] == speaker
