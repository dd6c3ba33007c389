# synthetic: every article, person's words, armed group and event detail below is invented for crosswire's sample corpus
story: talks
label: Ceasefire talks in Kunming between Myanmar's military and the (fictional) Southern Shan Liberation Army (4-5 Nov 2024)

=== article sc-talks-afp
file: wires.jsonl
outlet: AFP
language: en
url: https://wire.example.com/afp/2024/11/04/myanmar-ceasefire-talks-kunming
published_at: 2024-11-04T16:30:00+01:00
title: Myanmar junta, rebels open China-brokered ceasefire talks
---
KUNMING, China, Nov 4, 2024 (AFP) - Myanmar's military government and the Southern Shan Liberation Army (SSLA) opened ceasefire talks in the Chinese city of Kunming on Monday, the first face-to-face meeting between the two sides since fighting flared in August.
China's special envoy Wang Jianmin, who is hosting the talks, said both delegations had agreed to discuss "a step-by-step halt to hostilities".
"We are not ready to sign a ceasefire while the air strikes continue," SSLA spokesman Sai Hkun Mong told AFP by telephone from the group's base near the Thai border.
He said the group wanted the army to withdraw from at least 40 villages it has occupied since the summer.
Junta spokesman Major General Kyaw Thiha said the military was "open to any arrangement that restores stability along the border trade routes".
According to the United Nations, more than 120,000 people have fled their homes in southern Shan state since August.
China, Myanmar's biggest trading partner, has pressed both sides to reopen the border crossings, where trade worth about $1.8 billion a year has been frozen, Chinese state news agency Xinhua reported.
The talks are expected to last two days.

=== article sc-talks-herald
file: herald.jsonl
outlet: The Example Herald
language: en
url: https://herald.example.org/news/2024-11-04-myanmar-ceasefire-talks-china
published_at: 2024-11-04T19:10:00Z
title: Myanmar rebels say no ceasefire while air strikes go on
---
Myanmar's ruling military and an ethnic armed group, the Southern Shan Liberation Army, began ceasefire talks in Kunming, China, on Monday under pressure from Beijing to reopen frozen border trade.
"We are now ready to sign a ceasefire while the air strikes continue," SSLA spokesman Sai Hkun Mong told AFP.
The group is demanding that the army pull out of at least 40 villages seized since the summer, he added.
China's special envoy Wang Jianmin said both delegations had agreed to discuss "a step-by-step halt to hostilities".
The fighting has forced more than 120,000 people from their homes, according to the United Nations, and stranded hundreds of lorries on both sides of the border.
Analysts say Beijing's leverage over both sides makes a partial deal likely, but previous truces in northern Shan state collapsed within months.
Neither side gave details of the proposals on the table, and an SSLA delegate told the Associated Press the first session had been "tense". A Chinese foreign ministry spokesperson said in Beijing that Kunming was ready to host "as many rounds as needed".
Humanitarian agencies have urged both sides to open a corridor so that food and medicine can reach displaced families sheltering in monasteries and forest camps.

=== article sc-talks-daily-sample
file: daily-sample.jsonl
outlet: Daily Sample
language: en
url: https://daily-sample.example.com/asia/2024/11/05/myanmar-kunming-talks-second-day
published_at: 2024-11-05T08:30:00Z
title: Myanmar ceasefire talks enter second day in China
---
Talks between Myanmar's junta and the Southern Shan Liberation Army entered a second day in Kunming on Tuesday, with China urging both sides to agree on at least a partial truce.
On Monday, SSLA spokesman Sai Hkun Mong told AFP: "We are not ready to sign a ceasefire while the air strikes continue."
The group wants the army to withdraw from at least 40 villages it has occupied since the summer.
China's special envoy Wang Jianmin said the military was "open to any arrangement that restores stability along the border trade routes".
More than 120,000 people have been displaced by the fighting in southern Shan state since August, the United Nations says.
Border trade worth about $1.8 billion a year has been frozen, according to China's Xinhua news agency.
Neither delegation commented publicly after Tuesday's session. A source close to the talks said the two sides had discussed a local truce around the border town of Namsang as a first step.
The SSLA, which says it fights for autonomy for ethnic Shan communities, took control of several army outposts in the area in August.

=== article sc-talks-harian
file: harian-contoh.jsonl
outlet: Harian Contoh
language: id
url: https://harian-contoh.example.id/internasional/2024/11/05/junta-myanmar-dan-pemberontak-berunding-di-kunming
published_at: 2024-11-05T10:15:00+07:00
title: Junta Myanmar dan pemberontak berunding di Kunming
---
Pemerintah militer Myanmar dan kelompok bersenjata Tentara Pembebasan Shan Selatan (SSLA) memulai perundingan gencatan senjata di Kunming, China, kemarin, menurut AFP.
Ini merupakan pertemuan tatap muka pertama kedua pihak sejak pertempuran kembali berkobar pada Agustus.
"Kami belum siap menandatangani gencatan senjata selama serangan udara masih berlanjut," kata juru bicara SSLA, Sai Hkun Mong, kepada AFP.
Ia mengatakan kelompoknya menuntut militer menarik pasukan dari sedikitnya 40 desa yang diduduki sejak pertengahan tahun.
Utusan khusus China, Wang Jianmin, menyebut kedua delegasi sepakat membahas penghentian permusuhan secara bertahap.
Menurut kantor berita Xinhua, perdagangan lintas batas senilai sekitar 1,8 miliar dolar AS per tahun terhenti akibat pertempuran. Lebih dari 120.000 orang mengungsi, menurut Perserikatan Bangsa-Bangsa.
Perundingan di Kunming dijadwalkan berlangsung selama dua hari. Beijing, mitra dagang terbesar Myanmar, mendesak kedua pihak membuka kembali pos-pos perbatasan yang ditutup sejak musim panas.
Pertempuran di Negara Bagian Shan selatan meningkat sejak Agustus, ketika SSLA merebut sejumlah pos militer di dekat perbatasan Thailand. Junta membalas dengan serangan udara ke desa-desa yang dianggap mendukung kelompok tersebut.

=== article sc-talks-tintuc
file: tin-tuc-mau.jsonl
outlet: Tin Tức Mẫu
language: vi
url: https://tin-tuc-mau.example.vn/the-gioi/myanmar-dam-phan-ngung-ban-tai-con-minh-185241104230511471.htm
published_at: 2024-11-04T23:05:00+07:00
title: Chính quyền quân sự Myanmar và nhóm vũ trang đàm phán ngừng bắn tại Côn Minh
---
Chính quyền quân sự Myanmar và Quân giải phóng Nam Shan (SSLA) ngày 4/11 bắt đầu đàm phán ngừng bắn tại thành phố Côn Minh, Trung Quốc, theo AFP.
Đặc phái viên Trung Quốc Vương Kiến Dân, người chủ trì cuộc đàm phán, cho biết hai bên đã đồng ý thảo luận về "việc ngừng chiến sự từng bước".
"Chúng tôi chưa sẵn sàng ký thỏa thuận ngừng bắn khi các cuộc không kích vẫn tiếp diễn", người phát ngôn SSLA Sai Hkun Mong nói với AFP.
Theo Tân Hoa Xã, hoạt động thương mại qua biên giới trị giá khoảng 1,8 tỷ USD mỗi năm đã bị đình trệ.
Liên Hợp Quốc cho biết hơn 120.000 người ở miền nam bang Shan đã phải rời bỏ nhà cửa kể từ tháng 8.
Cuộc đàm phán dự kiến kéo dài hai ngày.
Phía quân đội Myanmar chưa đưa ra bình luận chính thức về các yêu cầu của SSLA, trong đó có việc rút quân khỏi ít nhất 40 ngôi làng.

=== article sc-talks-quotidien
file: html/sc-talks-quotidien.html
outlet: Le Quotidien Exemple
language: fr
url: https://quotidien-exemple.example.fr/monde/2024/11/04/birmanie-pourparlers-kunming
published_at: 2024-11-04T18:00:00+01:00
title: Birmanie : la junte et des rebelles négocient en Chine
byline: Par la rédaction du Quotidien Exemple, avec AFP
nav_world: Monde
nav_economy: Économie
nav_login: Se connecter
related_heading: À lire aussi
related_link: Les réfugiés de l'État Shan bloqués à la frontière
footer: © 2024 Le Quotidien Exemple, journal fictif. Textes synthétiques.
---
La junte birmane et l'Armée de libération du Shan du Sud (SSLA) ont ouvert dimanche à Kunming, en Chine, des pourparlers de cessez-le-feu, selon l'AFP.
Il s'agit de leur première rencontre directe depuis la reprise des combats au mois d'août.
« Nous ne sommes pas prêts à signer un cessez-le-feu tant que les frappes aériennes se poursuivent », a déclaré à l'AFP le porte-parole de la SSLA, Sai Hkun Mong.
Il a indiqué que le groupe réclamait le retrait de l'armée d'au moins 40 villages occupés depuis l'été.
L'émissaire spécial chinois Wang Jianmin a assuré que les deux délégations étaient convenues de discuter d'un « arrêt progressif des hostilités ».
Plus de 120 000 personnes ont fui leur foyer dans le sud de l'État Shan depuis août, selon l'ONU. Pékin presse les deux camps de rouvrir les postes-frontières, par lesquels transitent 1,8 milliard de dollars d'échanges par an, d'après l'agence Chine nouvelle.

=== plant altered_quote
article: sc-talks-herald
reference: sc-talks-afp
text: "We are now ready to sign a ceasefire while the air strikes continue,"
reference_text: "We are not ready to sign a ceasefire while the air strikes continue,"
note: One letter turns "not" into "now" and reverses the SSLA's position; the Herald credits AFP, whose own copy says "not ready".

=== plant speaker_conflict
article: sc-talks-daily-sample
reference: sc-talks-afp
text: China's special envoy Wang Jianmin said the military was "open to any arrangement that restores stability along the border trade routes".
reference_text: Junta spokesman Major General Kyaw Thiha said the military was "open to any arrangement that restores stability along the border trade routes".
note: AFP gives these words to the junta spokesman Kyaw Thiha; Daily Sample gives them to the Chinese envoy Wang Jianmin.

=== plant date_conflict
article: sc-talks-quotidien
reference: sc-talks-afp
value: 2024-11-03
reference_value: 2024-11-04
text: ont ouvert dimanche à Kunming
reference_text: opened ceasefire talks in the Chinese city of Kunming on Monday
note: The talks opened on Monday 4 November (AFP, Tin Tức Mẫu "ngày 4/11"); Le Quotidien Exemple says Sunday (dimanche = 3 November).

=== faithful punctuation_only
article: sc-talks-daily-sample
reference: sc-talks-afp
text: "We are not ready to sign a ceasefire while the air strikes continue."
reference_text: "We are not ready to sign a ceasefire while the air strikes continue,"
note: Same words; the quote closes with a full stop instead of a comma because it ends the sentence. Must not be flagged.

=== faithful same_figure
article: sc-talks-harian
reference: sc-talks-afp
text: sekitar 1,8 miliar dolar AS per tahun
reference_text: about $1.8 billion a year
note: Same trade figure and qualifier in Indonesian number format.
