# synthetic: every article, person's words and event detail below is invented for crosswire's sample corpus
story: quake
label: Magnitude 6.2 earthquake in Central Sulawesi (4 Nov 2024)

=== article sc-quake-reuters
file: wires.jsonl
outlet: Reuters
language: en
url: https://wire.example.com/reuters/2024/11/04/indonesia-sulawesi-earthquake
published_at: 2024-11-04T15:20:00Z
title: Magnitude 6.2 quake kills at least 7 on Indonesia's Sulawesi
---
JAKARTA, Nov 4 (Reuters) - A magnitude 6.2 earthquake struck Indonesia's Central Sulawesi province on Monday evening, killing at least seven people and damaging hundreds of homes, the country's disaster agency said.
The quake hit at 9:40 p.m. local time (1340 GMT) at a depth of 10 km, about 25 km southeast of the town of Poso, the meteorology and geophysics agency BMKG said.
"There is no tsunami potential, but residents should stay away from damaged buildings because aftershocks may continue," Hendra Wibisono, head of the BMKG earthquake centre, told Reuters.
About 1,200 residents spent the night in tents and mosques, national disaster agency spokesman Agus Setiawan said, adding that 340 houses and two schools had been damaged.
He said rescuers were searching for a family believed to be buried under a collapsed house in Poso Pesisir district.
Indonesia sits on the Pacific "Ring of Fire" and is frequently hit by earthquakes. In 2018, a magnitude 7.5 quake and tsunami killed more than 4,000 people around the Central Sulawesi capital Palu.

=== article sc-quake-harian
file: harian-contoh.jsonl
outlet: Harian Contoh
language: id
url: https://harian-contoh.example.id/nasional/2024/11/04/gempa-m6-2-guncang-poso
published_at: 2024-11-04T23:05:00+07:00
title: Gempa M 6,2 guncang Poso, tujuh orang meninggal
---
Gempa bermagnitudo 6,2 mengguncang Kabupaten Poso, Sulawesi Tengah, Senin (4/11) malam. Sedikitnya tujuh orang meninggal dunia dan ratusan rumah rusak.
Menurut BMKG, gempa terjadi pukul 21.40 WITA dengan kedalaman 10 kilometer, sekitar 25 kilometer tenggara Poso.
"Tidak ada potensi tsunami, tetapi warga diminta menjauhi bangunan yang rusak karena gempa susulan masih mungkin terjadi," kata Kepala Pusat Gempa BMKG Hendra Wibisono kepada Reuters.
Juru bicara Badan Nasional Penanggulangan Bencana (BNPB) Agus Setiawan mengatakan sekitar 1.200 warga memilih bermalam di tenda dan masjid. Ia menyebut 340 rumah dan dua sekolah mengalami kerusakan.
Tim SAR gabungan masih mencari satu keluarga yang diduga tertimbun reruntuhan rumah di Kecamatan Poso Pesisir.
Warga Poso masih trauma dengan gempa dan tsunami Palu pada 2018 yang menewaskan lebih dari 4.000 orang.
Bupati Poso menetapkan status tanggap darurat selama 14 hari dan meminta warga di pesisir tetap tenang karena tidak ada ancaman tsunami.

=== article sc-quake-warta
file: warta-sampel.jsonl
outlet: Warta Sampel
language: id
url: https://warta-sampel.example.id/berita/gempa-poso-20241105
published_at: 2024-11-05T07:30:00+07:00
title: Gempa magnitudo 6,4 landa Poso, warga mengungsi ke masjid
---
Gempa bermagnitudo 6,4 mengguncang Poso, Sulawesi Tengah, Senin malam. Sedikitnya tujuh orang meninggal dunia, menurut BNPB.
Kepala Pusat Gempa BMKG Hendra Wibisono memastikan gempa tersebut tidak memicu gelombang laut. "Tidak ada potensi tsunami," kata Hendra kepada Reuters.
Sekitar 1.200 warga mengungsi ke tenda darurat dan masjid. Sebagian warga mengaku takut kembali ke rumah karena gempa susulan masih terasa hingga dini hari.
"Kami lari keluar rumah sambil menggendong anak-anak, dinding dapur langsung roboh," tutur Marlina, warga Desa Tangkura, Selasa pagi.
BNPB mencatat 340 rumah dan dua sekolah rusak. Pemerintah daerah menetapkan status tanggap darurat selama 14 hari.
BMKG mencatat sedikitnya 15 gempa susulan hingga Selasa pagi, sebagian besar bermagnitudo di bawah 4.
Bantuan logistik berupa tenda, selimut, dan makanan siap saji mulai dikirim dari Palu pada Selasa pagi.

=== article sc-quake-herald
file: herald.jsonl
outlet: The Example Herald
language: en
url: https://herald.example.org/news/2024-11-04-sulawesi-earthquake
published_at: 2024-11-04T18:00:00Z
title: Deadly quake rattles Indonesia's Sulawesi
---
At least seven people were killed when a magnitude 6.2 earthquake struck Indonesia's Central Sulawesi province on Monday night, officials said.
"There is no tsunami potential but residents should stay away from damaged buildings, because aftershocks may continue," Hendra Wibisono of the meteorology agency BMKG told Reuters.
About 1,200 people spent the night outdoors. "We are still searching for a family under the rubble in Poso Pesisir," disaster agency spokesman Agus Setiawan told AP.
The quake was centred about 25 km southeast of Poso at a shallow depth of 10 km.
Indonesia experiences frequent earthquakes because it sits on the Pacific Ring of Fire. A 2018 quake and tsunami in Palu killed more than 4,000 people.
Television footage showed cracked roads and a collapsed market hall in the town, while residents camped in open fields, fearing aftershocks.

=== article sc-quake-tintuc
file: tin-tuc-mau.jsonl
outlet: Tin Tức Mẫu
language: vi
url: https://tin-tuc-mau.example.vn/the-gioi/dong-dat-6-2-do-o-sulawesi-185241105071248301.htm
published_at: 2024-11-05T07:12:00+07:00
title: Động đất mạnh 6,2 độ ở Indonesia, ít nhất 7 người chết
---
Một trận động đất mạnh 6,2 độ đã xảy ra tại tỉnh Trung Sulawesi của Indonesia vào tối 5/11, khiến ít nhất 7 người thiệt mạng, theo Reuters.
Cơ quan Khí tượng, Khí hậu và Địa vật lý Indonesia (BMKG) cho biết tâm chấn nằm cách thị trấn Poso khoảng 25 km về phía đông nam, ở độ sâu 10 km.
"Không có nguy cơ sóng thần, nhưng người dân nên tránh xa các tòa nhà bị hư hại vì dư chấn có thể tiếp diễn", ông Hendra Wibisono, người đứng đầu trung tâm động đất của BMKG, nói với Reuters.
Khoảng 1.200 người dân đã phải qua đêm trong lều bạt và các nhà thờ Hồi giáo. Có 340 ngôi nhà và hai trường học bị hư hại.
Indonesia nằm trên "Vành đai lửa Thái Bình Dương" nên thường xuyên hứng chịu động đất và núi lửa phun trào.

=== article sc-quake-quotidien
file: quotidien-exemple.jsonl
outlet: Le Quotidien Exemple
language: fr
url: https://quotidien-exemple.example.fr/monde/2024/11/04/indonesie-seisme-sulawesi
published_at: 2024-11-04T20:30:00+01:00
title: Indonésie : un séisme de magnitude 6,2 fait au moins sept morts à Sulawesi
---
Un séisme de magnitude 6,2 a frappé lundi soir la province de Sulawesi central, en Indonésie, faisant au moins sept morts et endommageant des centaines d'habitations, selon l'agence nationale de gestion des catastrophes.
L'épicentre se situait à environ 25 km au sud-est de la ville de Poso, à une profondeur de 10 km.
« Il n'y a pas de risque de tsunami, mais les habitants doivent rester à l'écart des bâtiments endommagés, car des répliques peuvent se produire », a déclaré Hendra Wibisono, responsable du centre sismologique de l'agence BMKG, à l'agence Chine nouvelle.
Quelque 1 200 habitants ont passé la nuit sous des tentes ou dans des mosquées, a indiqué à l'agence Associated Press un porte-parole de l'agence de gestion des catastrophes, Agus Setiawan.
En 2018, un séisme de magnitude 7,5 suivi d'un tsunami avait fait plus de 4 000 morts dans la région de Palu, chef-lieu de la province.
Les autorités locales ont décrété l'état d'urgence pour 14 jours et acheminé des tentes et des vivres depuis Palu.

=== plant number_conflict
article: sc-quake-warta
reference: sc-quake-harian
value: 6.4
reference_value: 6.2
text: Gempa bermagnitudo 6,4
reference_text: Gempa bermagnitudo 6,2
note: Warta Sampel gives magnitude 6.4; BMKG via Reuters and every other outlet say 6.2.

=== plant truncated_quote
article: sc-quake-warta
reference: sc-quake-harian
text: "Tidak ada potensi tsunami,"
reference_text: "Tidak ada potensi tsunami, tetapi warga diminta menjauhi bangunan yang rusak karena gempa susulan masih mungkin terjadi,"
note: Warta Sampel keeps only the reassuring half of Hendra Wibisono's quote and drops the warning about aftershocks.

=== plant date_conflict
article: sc-quake-tintuc
reference: sc-quake-reuters
value: 2024-11-05
reference_value: 2024-11-04
text: vào tối 5/11
reference_text: on Monday evening
note: The quake struck on the evening of Monday 4 November (Reuters, Harian Contoh "Senin (4/11) malam"); Tin Tức Mẫu says the evening of 5 November.

=== plant agency_conflict
article: sc-quake-quotidien
reference: sc-quake-reuters
text: a déclaré Hendra Wibisono, responsable du centre sismologique de l'agence BMKG, à l'agence Chine nouvelle.
reference_text: Hendra Wibisono, head of the BMKG earthquake centre, told Reuters.
note: Hendra Wibisono spoke to Reuters (Reuters' own copy, Harian Contoh, the Herald, Tin Tức Mẫu); Le Quotidien Exemple says he spoke to Xinhua (Chine nouvelle). Cross-language: en -> fr.

=== faithful punctuation_only
article: sc-quake-herald
reference: sc-quake-reuters
text: "There is no tsunami potential but residents should stay away from damaged buildings, because aftershocks may continue,"
reference_text: "There is no tsunami potential, but residents should stay away from damaged buildings because aftershocks may continue,"
note: Only a comma moved: must not be flagged as altered.

=== faithful same_figure
article: sc-quake-harian
reference: sc-quake-reuters
text: Sedikitnya tujuh orang meninggal dunia
reference_text: killing at least seven people
note: Number word in Indonesian ("tujuh") for the same toll of seven.
