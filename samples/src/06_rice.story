# synthetic: every article, person's words and event detail below is invented for crosswire's sample corpus
story: rice
label: Indonesia agrees to buy 1.5 million tonnes of Vietnamese rice (6 Nov 2024)

=== article sc-rice-reuters
file: wires.jsonl
outlet: Reuters
language: en
url: https://wire.example.com/reuters/2024/11/06/indonesia-vietnam-rice-deal
published_at: 2024-11-06T07:50:00Z
title: Indonesia to buy 1.5 million T of Vietnamese rice in 2025 deal
---
HANOI, Nov 6 (Reuters) - Indonesia's state food procurement agency Bulog signed an agreement on Wednesday to buy 1.5 million tonnes of rice from Vietnam next year, in a deal that traders said was worth about $900 million.
Under the deal, Vietnamese exporters will ship the rice in monthly lots between January and June 2025, with prices set at the time of each shipment.
"This contract secures our buffer stock for the first half of next year," Bulog president director Andi Prasetyo told Reuters after the signing ceremony in Hanoi.
Vietnam's Deputy Minister of Industry and Trade Le Minh Tuan said the agreement showed "the trust Indonesian partners place in the quality of Vietnamese rice".
Indonesia, the world's fourth most populous country, has stepped up imports after a prolonged dry season cut its own harvest.
Traders in Ho Chi Minh City said the deal could lift Vietnamese export prices, which have fallen since India eased curbs on its own rice exports in September.
Vietnam exported 7.8 million tonnes of rice in the first ten months of 2024, up 10% from a year earlier, according to customs data.

=== article sc-rice-tintuc
file: tin-tuc-mau.jsonl
outlet: Tin Tức Mẫu
language: vi
url: https://tin-tuc-mau.example.vn/kinh-te/indonesia-mua-1-5-trieu-tan-gao-viet-185241106160230157.htm
published_at: 2024-11-06T16:02:00+07:00
title: Indonesia mua 1,5 triệu tấn gạo Việt Nam
---
Ngày 6/11, tại Hà Nội, Tổng công ty Hậu cần Indonesia (Bulog) đã ký thỏa thuận mua 1,5 triệu tấn gạo của Việt Nam trong năm 2025.
Theo Reuters, giá trị hợp đồng ước khoảng 900 triệu USD. Gạo sẽ được giao theo từng lô hằng tháng từ tháng 1 đến tháng 6/2025.
Phát biểu tại lễ ký, Thứ trưởng Bộ Công Thương Lê Minh Tuấn cho rằng thỏa thuận thể hiện "sự tin tưởng của các đối tác Indonesia đối với chất lượng gạo Việt Nam".
"Đây là tín hiệu tích cực cho nông dân đồng bằng sông Cửu Long trong vụ đông xuân sắp tới", ông Tuấn nói.
Tổng giám đốc Bulog Andi Prasetyo cho biết hợp đồng giúp Indonesia bảo đảm nguồn dự trữ gạo cho nửa đầu năm tới.
Theo số liệu của Tổng cục Hải quan, 10 tháng đầu năm 2024, Việt Nam xuất khẩu 7,8 triệu tấn gạo, tăng 10% so với cùng kỳ năm trước.

=== article sc-rice-baomau
file: bao-mau.jsonl
outlet: Báo Mẫu
language: vi
url: https://bao-mau.example.vn/indonesia-ky-hop-dong-mua-gao-viet-nam-20241106.html
published_at: 2024-11-06T18:40:00+07:00
title: Indonesia ký hợp đồng lớn mua gạo Việt Nam
---
Indonesia vừa ký thỏa thuận nhập khẩu 1,2 triệu tấn gạo Việt Nam trong nửa đầu năm 2025, một trong những hợp đồng lớn nhất của ngành lúa gạo năm nay.
Lễ ký diễn ra chiều 6/11 tại Hà Nội giữa Tổng công ty Hậu cần Indonesia (Bulog) và đại diện các doanh nghiệp xuất khẩu Việt Nam. Theo AFP, giá trị hợp đồng ước khoảng 900 triệu USD.
"Đây là tín hiệu tích cực cho nông dân đồng bằng sông Cửu Long trong vụ đông xuân sắp tới", Thứ trưởng Bộ Công Thương Lê Minh Tuấn nói.
Các thương nhân tại TP.HCM cho rằng hợp đồng có thể giúp giá gạo xuất khẩu phục hồi sau khi giảm mạnh từ tháng 9, khi Ấn Độ nới lỏng hạn chế xuất khẩu.
Giá lúa tại nhiều tỉnh miền Tây đã tăng 200-300 đồng/kg ngay trong ngày công bố thông tin.
Indonesia là một trong những thị trường nhập khẩu gạo lớn nhất của Việt Nam, sau Philippines.

=== article sc-rice-harian
file: harian-contoh.jsonl
outlet: Harian Contoh
language: id
url: https://harian-contoh.example.id/ekonomi/2024/11/06/bulog-teken-impor-beras-vietnam
published_at: 2024-11-06T20:10:00+07:00
title: Bulog teken kontrak impor 1,5 juta ton beras Vietnam
---
Perum Bulog menandatangani kesepakatan pembelian 1,5 juta ton beras dari Vietnam untuk kebutuhan tahun depan, Rabu (6/11), di Hanoi.
Nilai kontrak tersebut diperkirakan sekitar 900 juta dolar AS, menurut para pedagang yang dikutip Reuters.
"Kontrak ini mengamankan cadangan beras pemerintah untuk semester pertama tahun depan," kata Direktur Utama Bulog Andi Prasetyo kepada Reuters seusai penandatanganan.
Beras akan dikirim secara bertahap setiap bulan mulai Januari hingga Juni 2025, dengan harga yang ditetapkan saat setiap pengiriman.
Pemerintah memutuskan menambah impor setelah musim kemarau panjang menurunkan produksi padi di sejumlah sentra produksi di Jawa dan Sulawesi.
Sejumlah kelompok petani mengkritik keputusan tersebut dan meminta pemerintah memprioritaskan penyerapan gabah dalam negeri.
Badan Pangan Nasional sebelumnya memperkirakan produksi beras nasional tahun ini turun sekitar dua persen dibanding tahun lalu akibat El Nino.
Bulog menyebut stok beras di gudangnya saat ini cukup untuk kebutuhan sekitar tiga bulan, termasuk untuk program bantuan pangan dan operasi pasar.

=== article sc-rice-warta
file: warta-sampel.jsonl
outlet: Warta Sampel
language: id
url: https://warta-sampel.example.id/berita/bulog-impor-beras-vietnam-20241107
published_at: 2024-11-07T08:00:00+07:00
title: Impor beras Vietnam 1,5 juta ton, petani minta gabah lokal diserap
---
Bulog resmi mengikat kontrak pembelian 1,5 juta ton beras Vietnam, Selasa (5/11), untuk memperkuat cadangan beras pemerintah pada paruh pertama 2025.
"Kontrak ini mengamankan cadangan beras pemerintah untuk semester pertama tahun depan," kata Direktur Utama Bulog Andi Prasetyo kepada Reuters.
Kontrak senilai sekitar 900 juta dolar AS itu merupakan salah satu pembelian beras terbesar Indonesia dalam beberapa tahun terakhir.
Ketua sebuah asosiasi petani padi di Karawang, Slamet Riyadi, menilai impor itu datang pada waktu yang kurang tepat. "Panen gadu kami belum terserap semuanya, tetapi pemerintah sudah membeli dari luar," ujarnya kemarin.
Bulog menyatakan impor diperlukan karena stok di gudang menipis setelah penyaluran bantuan pangan sepanjang tahun.
Ia berharap pemerintah menaikkan harga pembelian gabah di tingkat petani agar petani tidak merugi ketika beras impor masuk ke pasar.
Menurut data Badan Pusat Statistik, Vietnam dan Thailand merupakan dua pemasok beras terbesar bagi Indonesia dalam lima tahun terakhir.

=== article sc-rice-daily-sample
file: daily-sample.jsonl
outlet: Daily Sample
language: en
url: https://daily-sample.example.com/business/2024/11/06/vietnam-rice-exports-indonesia
published_at: 2024-11-06T13:15:00Z
title: Vietnam lands big rice order from Indonesia
---
Indonesia has agreed to buy 1.5 million tonnes of Vietnamese rice for delivery next year, a boost for Vietnamese farmers after months of falling prices.
Under the deal, Vietnamese exporters will ship the rice in monthly lots between January and June 2025, with prices set at the time of each shipment.
Indonesia's food procurement agency Bulog signed the agreement in Hanoi on Wednesday. Its head, Andi Prasetyo, said the contract "secures our buffer stock for the first half of next year".
Vietnam shipped 7.8 million tonnes of rice abroad in the first ten months of the year, customs figures show, with the Philippines and Indonesia its biggest buyers.
Prices for 5% broken rice in the Mekong Delta rose by about $10 a tonne on the news, two exporters in Can Tho said.
Vietnam's agriculture ministry has urged farmers in the delta not to expand planting too quickly in response to higher prices, warning of the risk of saltwater intrusion in the coming dry season.

=== plant number_conflict
article: sc-rice-baomau
reference: sc-rice-tintuc
value: 1200000
reference_value: 1500000
text: nhập khẩu 1,2 triệu tấn gạo Việt Nam
reference_text: mua 1,5 triệu tấn gạo
note: Báo Mẫu gives 1.2 million tonnes; Tin Tức Mẫu, Reuters and both Indonesian outlets say 1.5 million.

=== faithful same_speaker
article: sc-rice-baomau
reference: sc-rice-tintuc
text: "Đây là tín hiệu tích cực cho nông dân đồng bằng sông Cửu Long trong vụ đông xuân sắp tới", Thứ trưởng Bộ Công Thương Lê Minh Tuấn nói.
reference_text: "Đây là tín hiệu tích cực cho nông dân đồng bằng sông Cửu Long trong vụ đông xuân sắp tới", ông Tuấn nói.
note: Same words, same speaker: Tin Tức Mẫu names Le Minh Tuan in the previous sentence and then calls him "ông Tuấn"; Báo Mẫu gives his full title. Not a speaker conflict.

=== plant agency_conflict
article: sc-rice-baomau
reference: sc-rice-tintuc
text: Theo AFP, giá trị hợp đồng ước khoảng 900 triệu USD.
reference_text: Theo Reuters, giá trị hợp đồng ước khoảng 900 triệu USD.
note: The same claim about the contract's value; Tin Tức Mẫu credits Reuters (whose own copy sc-rice-reuters carries it: "worth about $900 million"), Báo Mẫu credits AFP.

=== plant uncredited_copy
article: sc-rice-daily-sample
reference: sc-rice-reuters
text: Under the deal, Vietnamese exporters will ship the rice in monthly lots between January and June 2025, with prices set at the time of each shipment.
reference_text: Under the deal, Vietnamese exporters will ship the rice in monthly lots between January and June 2025, with prices set at the time of each shipment.
note: Daily Sample copies Reuters' sentence word for word and never credits Reuters anywhere in the article.

=== plant truncated_quote
article: sc-rice-daily-sample
reference: sc-rice-reuters
text: the contract "secures our buffer stock for the first half of next year"
reference_text: "This contract secures our buffer stock for the first half of next year,"
note: Daily Sample keeps only the end of Andi Prasetyo's quote ("This contract" dropped and folded into the sentence). A partial quote, cut at the start.

=== plant date_conflict
article: sc-rice-warta
reference: sc-rice-harian
value: 2024-11-05
reference_value: 2024-11-06
text: Selasa (5/11)
reference_text: Rabu (6/11)
note: The contract was signed on Wednesday 6 November (Reuters, Tin Tức Mẫu "Ngày 6/11", Harian Contoh); Warta Sampel says Tuesday 5 November.

=== faithful verbatim
article: sc-rice-warta
reference: sc-rice-harian
text: "Kontrak ini mengamankan cadangan beras pemerintah untuk semester pertama tahun depan," kata Direktur Utama Bulog Andi Prasetyo kepada Reuters
reference_text: "Kontrak ini mengamankan cadangan beras pemerintah untuk semester pertama tahun depan," kata Direktur Utama Bulog Andi Prasetyo kepada Reuters
note: Two Indonesian outlets relay the Bulog chief's words to Reuters identically, same speaker and agency.
