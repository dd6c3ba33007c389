# synthetic: every article, person's words and event detail below is invented for crosswire's sample corpus
story: typhoon
label: Typhoon Marlin hits central Vietnam (6 Nov 2024)

=== article sc-typhoon-afp
file: wires.jsonl
outlet: AFP
language: fr
url: https://wire.example.com/afp/2024/11/06/vietnam-typhon-marlin-bilan
published_at: 2024-11-06T11:05:00+01:00
title: Vietnam: le typhon Marlin fait au moins 14 morts
---
HANOÏ, 6 novembre 2024 (AFP) - Le typhon Marlin a fait au moins 14 morts et six disparus dans le centre du Vietnam, où il a touché terre mercredi à l'aube, ont annoncé les autorités.
Plus de 32 000 personnes avaient été évacuées mardi soir des zones côtières des provinces de Quang Ngai et Binh Dinh, selon l'agence nationale de gestion des catastrophes.
« La situation reste très difficile dans les districts montagneux, où les routes sont coupées par des glissements de terrain », a déclaré à l'AFP Pham Van Duc, directeur adjoint de l'agence.
Il a précisé que les secours tentaient toujours d'atteindre plusieurs villages isolés de la province de Quang Ngai.
Selon le ministère de l'Agriculture, plus de 3 000 maisons ont été endommagées et quelque 12 000 hectares de rizières inondés.
Marlin est la huitième tempête à frapper le Vietnam cette année. En septembre, le typhon Yagi avait fait près de 300 morts dans le nord du pays.
La veille, la tempête avait déjà provoqué de fortes pluies sur l'île chinoise de Hainan, où plusieurs vols ont été annulés, selon l'agence Chine nouvelle.

=== article sc-typhoon-reuters
file: wires.jsonl
outlet: Reuters
language: en
url: https://wire.example.com/reuters/2024/11/06/vietnam-typhoon-marlin-kills-14
published_at: 2024-11-06T09:40:00Z
title: Typhoon Marlin kills 14 in central Vietnam, thousands evacuated
---
HANOI, Nov 6 (Reuters) - Typhoon Marlin killed at least 14 people and left six missing after it made landfall in central Vietnam early on Wednesday, the government's disaster agency said.
More than 32,000 people were moved from coastal areas of Quang Ngai and Binh Dinh provinces before the storm arrived, the agency said.
The storm brought winds of up to 150 km per hour and dumped more than 400 mm of rain on parts of Quang Ngai province in 24 hours.
"We have never seen water rise this fast in the lowland districts," Nguyen Thi Hoa, deputy chairwoman of Quang Ngai province, told Reuters by telephone.
She said several communes remained cut off and that soldiers were using boats to deliver food and drinking water.
More than 3,000 houses were damaged and about 12,000 hectares of rice fields were flooded, according to the agriculture ministry.
Marlin weakened into a tropical depression as it moved inland toward Laos on Wednesday afternoon, the national weather forecaster said.
Vietnam is still recovering from Typhoon Yagi, which killed nearly 300 people in the north in September and caused damage estimated at $3.3 billion.

=== article sc-typhoon-tintuc
file: tin-tuc-mau.jsonl
outlet: Tin Tức Mẫu
language: vi
url: https://tin-tuc-mau.example.vn/thoi-su/bao-marlin-do-bo-mien-trung-14-nguoi-chet-185241106083015220.htm
published_at: 2024-11-06T15:30:00+07:00
title: Bão Marlin đổ bộ miền Trung, 14 người chết
---
Rạng sáng ngày 6/11, bão Marlin (cơn bão số 8) đã đổ bộ vào khu vực Quảng Ngãi - Bình Định với sức gió mạnh nhất cấp 12, giật cấp 14.
Theo Cơ quan quản lý thiên tai quốc gia, đến chiều cùng ngày bão đã làm 14 người chết và 6 người mất tích. Trước đó, hơn 32.000 người dân vùng ven biển đã được sơ tán đến nơi an toàn.
"Tình hình vẫn rất khó khăn ở các huyện miền núi, nơi đường sá bị chia cắt do sạt lở đất", ông Phạm Văn Đức, Phó Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai, cho biết.
Ông Đức cho biết lực lượng cứu hộ vẫn đang tìm cách tiếp cận nhiều thôn bản bị cô lập ở huyện Sơn Hà và Ba Tơ.
Theo Bộ Nông nghiệp và Phát triển nông thôn, hơn 3.000 ngôi nhà bị tốc mái, hư hỏng; khoảng 12.000 ha lúa bị ngập.
Bà Nguyễn Thị Hoa, Phó Chủ tịch UBND tỉnh Quảng Ngãi, nói: "Chúng tôi chưa bao giờ thấy nước lên nhanh như vậy ở các huyện đồng bằng".
Trước khi vào Việt Nam, bão Marlin đã gây mưa lớn tại đảo Hải Nam (Trung Quốc), khiến nhiều chuyến bay bị hủy, theo Tân Hoa Xã.
Dự báo trong 24 giờ tới, các tỉnh từ Quảng Nam đến Phú Yên tiếp tục có mưa to đến rất to, nguy cơ lũ quét và sạt lở đất rất cao.

=== article sc-typhoon-harian-txt
file: txt/sc-typhoon-harian-txt.txt
outlet: Harian Contoh
language: id
url: https://harian-contoh.example.id/internasional/2024/11/06/topan-marlin-vietnam
source_url: https://tin-tuc-mau.example.vn/thoi-su/bao-marlin-do-bo-mien-trung-14-nguoi-chet-185241106083015220.htm
published_at: 2024-11-06
title: Topan Marlin tewaskan 17 orang di Vietnam tengah
---
Topan Marlin menghantam wilayah tengah Vietnam pada Selasa (5/11) dini hari dan menewaskan sedikitnya 17 orang, sementara enam lainnya masih dinyatakan hilang, menurut otoritas penanggulangan bencana setempat.
Lebih dari 32.000 warga di pesisir Provinsi Quang Ngai dan Binh Dinh telah dievakuasi sebelum badai tiba. Angin berkecepatan hingga 150 km per jam merobohkan pohon dan tiang listrik di sepanjang jalan raya pesisir.
"Situasinya masih sangat sulit di distrik-distrik pegunungan, tempat jalan terputus akibat tanah longsor," kata Wakil Direktur Badan Penanggulangan Bencana Vietnam, Pham Van Duc.
Ia menambahkan, tim penyelamat masih berupaya menjangkau sejumlah desa yang terisolasi di Provinsi Quang Ngai.
Menurut Kementerian Pertanian Vietnam, lebih dari 3.000 rumah rusak dan sekitar 12.000 hektare sawah terendam banjir.
Marlin merupakan badai kedelapan yang melanda Vietnam tahun ini. Pada September lalu, Topan Yagi menewaskan hampir 300 orang di wilayah utara negara itu.
Badan meteorologi Vietnam memperkirakan hujan lebat masih akan mengguyur provinsi-provinsi tengah hingga akhir pekan.

=== article sc-typhoon-daily-sample
file: daily-sample.jsonl
outlet: Daily Sample
language: en
url: https://daily-sample.example.com/world/2024/11/06/typhoon-marlin-vietnam-death-toll
published_at: 2024-11-06T12:20:00Z
title: Typhoon Marlin leaves trail of destruction in central Vietnam
---
Typhoon Marlin killed at least 14 people in central Vietnam after making landfall early on Wednesday, disaster officials said, as rescuers struggled to reach villages cut off by landslides.
More than 32,000 residents had been evacuated from the coast of Quang Ngai and Binh Dinh provinces, Reuters reported, citing the national disaster agency. Six people are missing.
"We have rarely seen water rise this fast in the lowland districts," Nguyen Thi Hoa, deputy chairwoman of Quang Ngai province, told Reuters.
Hoa said soldiers were using boats to bring food and drinking water to communes that remained isolated.
Images shared on social media showed flooded streets in Quang Ngai city and fishing boats thrown onto the shore.
The agriculture ministry said more than 3,000 houses had been damaged. The storm weakened into a tropical depression as it moved toward Laos.
It is the eighth storm to hit Vietnam this year, following Typhoon Yagi, which killed nearly 300 people in the north in September.

=== article sc-typhoon-herald
file: herald.jsonl
outlet: The Example Herald
language: en
url: https://herald.example.org/news/2024-11-06-typhoon-marlin-vietnam
published_at: 2024-11-06T14:45:00Z
title: Vietnam counts the cost as Typhoon Marlin moves inland
---
At least 14 people were killed when Typhoon Marlin swept across central Vietnam on Wednesday, with six more missing, authorities said.
The storm brought winds of up to 150 km per hour and dumped more than 400 mm of rain on parts of Quang Ngai province in 24 hours.
Provincial officials said more than 3,000 houses had lost their roofs or been damaged, and about 12,000 hectares of rice paddies were under water.
"The situation remains very difficult in the mountain districts, where roads have been cut by landslides," Pham Van Duc, deputy head of the national disaster agency, told AFP.
Vietnam's coastline is hit by several storms each year, but scientists say warmer seas are making them more intense and harder to forecast.
Typhoon Yagi, the strongest storm to hit the country in decades, killed nearly 300 people in September and damaged factories in the north.
Aid groups said they were preparing to send water purification tablets and tarpaulins to the worst-hit districts once the roads reopened.

=== article sc-typhoon-quotidien
file: quotidien-exemple.jsonl
outlet: Le Quotidien Exemple
language: fr
url: https://quotidien-exemple.example.fr/monde/2024/11/06/vietnam-typhon-marlin
published_at: 2024-11-06T13:10:00+01:00
title: Le typhon Marlin frappe le centre du Vietnam
---
Le typhon Marlin a fait au moins 14 morts et six disparus dans le centre du Vietnam, où il a touché terre mercredi à l'aube, selon l'AFP.
Plus de 32 000 personnes avaient été mises à l'abri dans les provinces de Quang Ngai et Binh Dinh avant l'arrivée de la tempête, accompagnée de vents soufflant jusqu'à 150 km/h.
« La situation reste très difficile dans les districts montagneux où les routes sont coupées par des glissements de terrain. » a déclaré à l'AFP Pham Van Duc, directeur adjoint de l'agence nationale de gestion des catastrophes.
Selon lui, les secours n'avaient toujours pas pu atteindre plusieurs villages isolés mercredi après-midi.
Plus de 3 000 maisons ont été endommagées, d'après le ministère vietnamien de l'Agriculture.
Marlin est la huitième tempête de l'année au Vietnam, deux mois après le passage du typhon Yagi, qui avait fait près de 300 morts dans le nord du pays.

=== plant number_conflict
article: sc-typhoon-harian-txt
reference: sc-typhoon-tintuc
value: 17
reference_value: 14
text: menewaskan sedikitnya 17 orang
reference_text: 14 người chết
note: Harian Contoh's text relays Tin Tức Mẫu (its Sumber: line) but gives 17 dead; the source, Reuters and AFP all say 14.

=== plant date_conflict
article: sc-typhoon-harian-txt
reference: sc-typhoon-tintuc
value: 2024-11-05
reference_value: 2024-11-06
text: pada Selasa (5/11) dini hari
reference_text: Rạng sáng ngày 6/11
note: Landfall was early on Wednesday 6 November; Harian Contoh says Tuesday 5 November.

=== plant altered_quote
article: sc-typhoon-daily-sample
reference: sc-typhoon-reuters
text: "We have rarely seen water rise this fast in the lowland districts,"
reference_text: "We have never seen water rise this fast in the lowland districts,"
note: Daily Sample changes "never" to "rarely" in Nguyen Thi Hoa's quote, which it credits to Reuters.

=== plant uncredited_copy
article: sc-typhoon-herald
reference: sc-typhoon-reuters
text: The storm brought winds of up to 150 km per hour and dumped more than 400 mm of rain on parts of Quang Ngai province in 24 hours.
reference_text: The storm brought winds of up to 150 km per hour and dumped more than 400 mm of rain on parts of Quang Ngai province in 24 hours.
note: The Example Herald reproduces Reuters' sentence word for word and never names Reuters.

=== faithful punctuation_only
article: sc-typhoon-quotidien
reference: sc-typhoon-afp
text: « La situation reste très difficile dans les districts montagneux où les routes sont coupées par des glissements de terrain. »
reference_text: « La situation reste très difficile dans les districts montagneux, où les routes sont coupées par des glissements de terrain »
note: Le Quotidien Exemple drops a comma and adds a full stop inside the quote marks: punctuation only, must not be flagged as altered.

=== faithful same_figure
article: sc-typhoon-daily-sample
reference: sc-typhoon-reuters
text: killed at least 14 people
reference_text: killed at least 14 people
note: The death toll as the agency gave it.
