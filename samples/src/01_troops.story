# synthetic: every article, person's words and event detail below is invented for crosswire's sample corpus
story: troops
label: Seoul says North Korea sent more troops to Russia (5 Nov 2024)

=== article sc-troops-yonhap
file: wires.jsonl
outlet: Yonhap
language: ko
url: https://wire.example.com/yonhap/2024/11/05/nk-additional-troops-russia
published_at: 2024-11-05T10:12:00+09:00
title: 국정원 "북한, 러시아에 병력 약 1만 명 추가 파병"
---
(서울=연합뉴스) 북한이 러시아에 약 1만 명의 병력을 추가로 파병한 것으로 파악됐다고 국가정보원이 5일 밝혔다.
국회 정보위원회 소속 한동수 의원은 이날 비공개 보고를 마친 뒤 기자들과 만나 "북한군 일부가 이미 쿠르스크 전선에 투입돼 러시아군과 함께 작전을 수행하고 있다"고 전했다.
국정원은 추가 파병 병력이 지난달 말 블라디보스토크를 거쳐 이동했으며, 이 가운데 약 3천 명이 쿠르스크 지역에 배치된 것으로 보고 있다.
한 의원은 "정부는 북한군의 전투 참여가 확인되는 대로 단계적 대응 방안을 검토할 것"이라고 덧붙였다.
국정원은 또 북한이 파병의 대가로 러시아로부터 방공 체계와 정찰위성 관련 기술을 지원받을 가능성이 있다고 평가했다.
그는 "북한이 받게 될 대가가 무엇인지 면밀히 추적하고 있다"고 말했다.
한편 러시아 크렘린궁은 관련 보도에 대해 확인을 거부했으며, 북한은 조선중앙통신을 통해 외무성 부상 담화를 내고 파병설 자체를 "날조"라고 주장했다.
국정원은 북한군이 러시아 현지에서 드론 운용과 포병 사격 등 실전 훈련을 받고 있으며, 일부 병력은 러시아군 군복을 지급받아 신분을 위장하고 있다고 보고했다.
정부는 6일 국가안보실 주재로 관계부처 회의를 열고 대응 방안을 논의할 예정이다.

=== article sc-troops-kcna
file: wires.jsonl
outlet: KCNA
language: ko
url: https://wire.example.com/kcna/2024/11/05/vice-minister-statement
published_at: 2024-11-05T07:00:00+09:00
title: 조선 외무성 부상 담화 발표
---
(평양 11월 5일발 조선중앙통신) 조선민주주의인민공화국 외무성 리광남 부상은 5일 담화를 발표하여 적대세력들의 《파병설》 류포를 규탄하였다.
담화는 "우리 공화국은 국제법이 허용하는 범위에서 행동하고 있으며 그 누구에게도 해명할 의무가 없다"고 강조하였다.
담화는 남조선 정보기관이 날마다 새로운 《수자》를 내놓으며 여론을 오도하고 있다고 지적하였다.
리광남 부상은 "남조선 정보기관의 날조된 수자놀음은 조선반도 정세를 긴장시키려는 불순한 목적에서 나온 것"이라고 밝혔다.
그는 "로씨야와의 친선협조관계는 두 나라 인민의 리익에 부합되는 정정당당한 것"이라고 말하였다.
담화는 미국과 그 추종세력들이 우크라이나에 무기를 계속 들이밀면서 다른 나라들의 정상적인 협력을 문제시하는 것은 이중기준의 전형이라고 주장하였다.
담화는 조선반도와 지역의 평화와 안정을 수호하기 위한 우리 공화국의 원칙적 립장에는 변함이 없다고 밝혔다.
리광남 부상은 남조선 당국이 외세와 야합하여 벌려놓고 있는 각종 합동군사연습이야말로 지역 정세를 악화시키는 근원이라고 지적하였다.
그는 적대세력들이 근거 없는 여론을 계속 류포시킨다면 그에 상응한 대응조치를 취할 것이라고 경고하였다.

=== article sc-troops-tass
file: wires.jsonl
outlet: TASS
language: ru
url: https://wire.example.com/tass/2024/11/05/peskov-korea-reports
published_at: 2024-11-05T12:40:00+03:00
title: Песков отказался комментировать данные южнокорейской разведки
---
МОСКВА, 5 ноября. /ТАСС/. Кремль не намерен комментировать сообщения южнокорейской разведки о направлении в Россию северокорейских военных. Об этом заявил журналистам пресс-секретарь президента РФ Дмитрий Песков.
«Мы не комментируем утверждения спецслужб третьих стран, тем более основанные на слухах», - сказал он.
Песков напомнил, что Россия и КНДР в июне подписали договор о всеобъемлющем стратегическом партнерстве. «Наше сотрудничество с Пхеньяном развивается в полном соответствии с международным правом и ни против кого не направлено», - подчеркнул представитель Кремля.
На вопрос, обсуждалась ли эта тема в ходе недавних контактов с южнокорейской стороной, Песков ответил, что таких контактов «на высоком уровне не было».
Ранее агентство Рёнхап со ссылкой на Национальную службу разведки Республики Корея сообщило, что КНДР направила в Россию еще около 10 тыс. военных. Пхеньян эти сведения опроверг.
Пресс-секретарь также отметил, что Москва внимательно следит за заявлениями Сеула о возможных поставках оружия Киеву. По его словам, такие шаги «нанесли бы серьезный ущерб» российско-южнокорейским отношениям.
Договор о всеобъемлющем стратегическом партнерстве, подписанный в Пхеньяне в июне, предусматривает оказание взаимной помощи в случае агрессии против одной из сторон. Документ был ратифицирован Государственной думой в октябре.

=== article sc-troops-daily-sample
file: daily-sample.jsonl
outlet: Daily Sample
language: en
url: https://daily-sample.example.com/world/2024/11/05/north-korea-sends-more-troops-russia-seoul
published_at: 2024-11-05T11:15:00Z
title: North Korea sends thousands more troops to Russia, Seoul's spy agency says
---
SEOUL - North Korea has sent about 10,000 more troops to Russia, South Korea's National Intelligence Service told lawmakers on Tuesday, according to Yonhap news agency.
Han Dong-su, a member of parliament's intelligence committee, said after the closed-door briefing that "some North Korean units have already been sent to the Kursk front and are carrying out operations alongside Russian forces."
The spy agency believes about 3,000 of the new arrivals have been deployed in the Kursk region, where Ukrainian forces have held a pocket of Russian territory since August, Yonhap reported.
Han said the government would consider "a step-by-step response" once North Korean participation in combat was confirmed. He did not say what such a response might include.
The Kremlin declined to confirm the reports. "We do not comment on claims by the intelligence services of third countries, especially those based on rumours," Kremlin spokesman Dmitry Peskov told reporters, according to TASS.
North Korea's Vice Foreign Minister Ri Kwang-nam said in a statement carried by the state news agency KCNA that Pyongyang "acts within the limits allowed by international law and is not obliged to explain itself to anyone."
He accused Seoul's intelligence service of playing a "fabricated numbers game" meant to raise tension on the Korean peninsula.
The intelligence agency also told lawmakers Pyongyang could receive air-defence systems and reconnaissance satellite technology from Moscow in return for the deployment.

=== article sc-troops-harian
file: harian-contoh.jsonl
outlet: Harian Contoh
language: id
url: https://harian-contoh.example.id/internasional/2024/11/05/korut-kirim-10000-tentara-tambahan-ke-rusia
published_at: 2024-11-05T19:20:00+07:00
title: Korea Selatan: Korut kirim sekitar 10.000 tentara tambahan ke Rusia
---
Korea Utara telah mengirim sekitar 10.000 tentara tambahan ke Rusia, kata Badan Intelijen Nasional (NIS) Korea Selatan kepada anggota parlemen hari ini, seperti dilaporkan kantor berita Yonhap.
Anggota Komite Intelijen parlemen, Han Dong-su, mengatakan sebagian unit Korea Utara sudah dikirim ke garis depan Kursk. "Sebagian pasukan Korea Utara sudah diterjunkan ke front Kursk dan menjalankan operasi bersama tentara Rusia," ujarnya.
Menurut NIS, sekitar 3.000 dari tentara tambahan itu kini ditempatkan di wilayah Kursk. Pasukan tambahan tersebut diyakini bergerak melalui Vladivostok pada akhir Oktober.
Kremlin menolak berkomentar. "Kami tidak mengomentari klaim dinas intelijen negara ketiga, apalagi yang didasarkan pada rumor," kata juru bicara Kremlin Dmitry Peskov, menurut kantor berita TASS.
Sementara itu, dalam pernyataan yang disiarkan Kantor Berita Pusat Korea (KCNA), Wakil Menteri Luar Negeri Korea Utara Ri Kwang-nam menegaskan negaranya "bertindak dalam batas yang diizinkan hukum internasional dan tidak wajib menjelaskan apa pun kepada siapa pun".
Ia juga menuding intelijen Korea Selatan memainkan "permainan angka yang direkayasa" untuk memanaskan situasi di Semenanjung Korea.
NIS menilai Pyongyang kemungkinan akan menerima sistem pertahanan udara dan teknologi satelit pengintai dari Moskow sebagai imbalan atas pengiriman pasukan tersebut.

=== article sc-troops-warta
file: warta-sampel.jsonl
outlet: Warta Sampel
language: id
url: https://warta-sampel.example.id/berita/intelijen-seoul-12000-tentara-korut-tiba-di-rusia-20241105
published_at: 2024-11-05T20:05:00+07:00
title: Intelijen Seoul sebut 12.000 tentara Korut tambahan tiba di Rusia
---
Sebanyak 12.000 tentara Korea Utara tambahan telah tiba di Rusia, menurut Badan Intelijen Nasional Korea Selatan yang memberikan keterangan tertutup kepada parlemen di Seoul, Selasa (5/11).
Kantor berita Yonhap melaporkan sekitar 3.000 di antaranya sudah ditempatkan di wilayah Kursk, tempat pasukan Ukraina menguasai sebagian wilayah Rusia sejak serangan mendadak pada Agustus.
Kremlin enggan menanggapi laporan itu. "Kami tidak mengomentari klaim dinas intelijen negara ketiga, apalagi yang didasarkan pada rumor," kata juru bicara Kremlin Dmitry Peskov kepada Reuters.
Pyongyang sendiri membantah. Dalam pernyataan yang dimuat KCNA, Wakil Menteri Luar Negeri Ri Kwang-nam mengatakan Korea Utara "bertindak dalam batas yang diizinkan hukum internasional".
Pejabat itu menambahkan bahwa hubungan persahabatan dengan Rusia sepenuhnya sah dan sesuai dengan kepentingan rakyat kedua negara.
Seoul sebelumnya memperingatkan bahwa pihaknya dapat mempertimbangkan pengiriman senjata secara langsung ke Ukraina jika keterlibatan tentara Korea Utara dalam pertempuran terbukti.
Amerika Serikat dan sekutunya di NATO menyebut pengerahan itu sebagai eskalasi berbahaya yang memperluas perang di Eropa ke kawasan Indo-Pasifik.

=== article sc-troops-novosti
file: novosti-primer.jsonl
outlet: Новости Пример
language: ru
url: https://novosti-primer.example.ru/world/20241105/seul-kndr-voennye.html
published_at: 2024-11-05T13:30:00+03:00
title: Сеул заявил о переброске в Россию еще 10 000 военных КНДР
---
КНДР направила в Россию еще около 10 000 военных, сообщило во вторник агентство Рёнхап со ссылкой на Национальную службу разведки Южной Кореи.
По данным южнокорейской разведки, около 3000 из них уже находятся в Курской области. Спецслужба также полагает, что Пхеньян может получить от Москвы системы ПВО и спутниковые технологии.
В Кремле отказались комментировать эти сведения. Пресс-секретарь президента Дмитрий Песков дал понять, что Москва не будет реагировать на сообщения южнокорейских спецслужб. «Мы не комментируем утверждения спецслужб третьих стран, тем более основанные на слухах», - сказал он журналистам, передает ТАСС.
Песков добавил, что «наше сотрудничество с Пхеньяном развивается в полном соответствии с международным правом».
Центральное телеграфное агентство Кореи (ЦТАК) опубликовало заявление заместителя министра иностранных дел КНДР Ли Гван Нама. «Наша республика действует в рамках, допускаемых международным правом, и никому не обязана давать объяснений», - говорится в документе.
Замминистра назвал данные южнокорейской разведки «сфабрикованной игрой в цифры».
В Сеуле ранее не исключили, что могут пересмотреть запрет на прямые поставки оружия Украине, если участие северокорейских военных в боях подтвердится.

=== article sc-troops-quotidien
file: quotidien-exemple.jsonl
outlet: Le Quotidien Exemple
language: fr
url: https://quotidien-exemple.example.fr/monde/2024/11/05/coree-du-nord-soldats-supplementaires-russie
published_at: 2024-11-05T15:00:00+01:00
title: La Corée du Nord aurait envoyé 10 000 soldats supplémentaires en Russie
---
La Corée du Nord a envoyé environ 10 000 soldats supplémentaires en Russie, a affirmé lundi le service de renseignement sud-coréen devant des parlementaires, selon l'agence Yonhap.
Quelque 3 000 d'entre eux seraient déjà déployés dans la région russe de Koursk, où les forces ukrainiennes tiennent une partie du territoire depuis le mois d'août.
Interrogé par la presse, le Kremlin s'est refusé à tout commentaire. « Nous ne commentons pas les affirmations des services de renseignement de pays tiers, d'autant plus lorsqu'elles reposent sur des rumeurs », a déclaré le porte-parole du Kremlin, Dmitri Peskov, cité par l'agence TASS.
« Notre coopération avec Pyongyang se développe en pleine conformité avec le droit international et n'est dirigée contre personne », a de son côté assuré le ministre russe des Affaires étrangères, Sergueï Lavrov.
Pyongyang dément. Dans une déclaration diffusée par l'agence officielle KCNA, le vice-ministre nord-coréen des Affaires étrangères Ri Kwang-nam affirme que son pays « agit dans les limites autorisées par le droit international et n'a de comptes à rendre à personne ».
Selon les renseignements sud-coréens, Pyongyang pourrait obtenir en échange des systèmes de défense antiaérienne et des technologies de satellites de reconnaissance.

=== plant number_conflict
article: sc-troops-warta
reference: sc-troops-yonhap
value: 12000
reference_value: 10000
text: Sebanyak 12.000 tentara Korea Utara tambahan
reference_text: 약 1만 명의 병력을 추가로 파병한
note: Yonhap's own copy says about 10,000 (약 1만 명); Warta Sampel gives 12,000 with no qualifier. Harian Contoh (same language) relays "sekitar 10.000 tentara".

=== plant agency_conflict
article: sc-troops-warta
reference: sc-troops-harian
text: "Kami tidak mengomentari klaim dinas intelijen negara ketiga, apalagi yang didasarkan pada rumor," kata juru bicara Kremlin Dmitry Peskov kepada Reuters.
reference_text: "Kami tidak mengomentari klaim dinas intelijen negara ketiga, apalagi yang didasarkan pada rumor," kata juru bicara Kremlin Dmitry Peskov, menurut kantor berita TASS.
note: Same Peskov quote, word for word; Harian Contoh credits TASS (whose own copy sc-troops-tass carries it), Warta Sampel credits Reuters.

=== plant truncated_quote
article: sc-troops-warta
reference: sc-troops-harian
text: "bertindak dalam batas yang diizinkan hukum internasional".
reference_text: "bertindak dalam batas yang diizinkan hukum internasional dan tidak wajib menjelaskan apa pun kepada siapa pun".
note: Warta Sampel cuts Ri Kwang-nam's quote after "hukum internasional", dropping "and is not obliged to explain itself to anyone".

=== plant date_conflict
article: sc-troops-quotidien
reference: sc-troops-yonhap
value: 2024-11-04
reference_value: 2024-11-05
text: a affirmé lundi le service de renseignement sud-coréen
reference_text: 국가정보원이 5일 밝혔다
note: The briefing was on Tuesday 5 November (Yonhap: "5일"; Daily Sample: "on Tuesday"); Le Quotidien Exemple says Monday (lundi = 4 November).

=== plant speaker_conflict
article: sc-troops-quotidien
reference: sc-troops-tass
text: « Notre coopération avec Pyongyang se développe en pleine conformité avec le droit international et n'est dirigée contre personne », a de son côté assuré le ministre russe des Affaires étrangères, Sergueï Lavrov.
reference_text: «Наше сотрудничество с Пхеньяном развивается в полном соответствии с международным правом и ни против кого не направлено», - подчеркнул представитель Кремля.
note: TASS's own copy gives these words to Kremlin spokesman Dmitry Peskov; Le Quotidien Exemple gives them to Foreign Minister Sergei Lavrov (cross-language: ru -> fr).

=== plant truncated_quote
article: sc-troops-novosti
reference: sc-troops-tass
text: «наше сотрудничество с Пхеньяном развивается в полном соответствии с международным правом»
reference_text: «Наше сотрудничество с Пхеньяном развивается в полном соответствии с международным правом и ни против кого не направлено»
note: Новости Пример ends Peskov's quote after "международным правом", dropping "и ни против кого не направлено" (and lowercases its first word to fit the sentence).

=== faithful verbatim
article: sc-troops-novosti
reference: sc-troops-tass
text: «Мы не комментируем утверждения спецслужб третьих стран, тем более основанные на слухах»
reference_text: «Мы не комментируем утверждения спецслужб третьих стран, тем более основанные на слухах»
note: Новости Пример relays Peskov's quote word for word and credits TASS; the speaker is named in the sentence before and carried over by a pronoun ("сказал он").

=== faithful same_figure
article: sc-troops-daily-sample
reference: sc-troops-yonhap
text: about 10,000 more troops
reference_text: 약 1만 명의 병력을
note: Same figure and qualifier across languages (about 10,000 = 약 1만); not a number conflict.
