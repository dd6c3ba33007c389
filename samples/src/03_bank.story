# synthetic: every article, person's words and event detail below is invented for crosswire's sample corpus
story: bank
label: Bank Indonesia cuts its policy rate to 5.75% (7 Nov 2024)

=== article sc-bank-reuters
file: wires.jsonl
outlet: Reuters
language: en
url: https://wire.example.com/reuters/2024/11/07/indonesia-central-bank-cuts-rate
published_at: 2024-11-07T08:25:00Z
title: Indonesia's central bank unexpectedly cuts rate to 5.75%, cites easing inflation
---
JAKARTA, Nov 7 (Reuters) - Bank Indonesia unexpectedly cut its benchmark interest rate by 25 basis points to 5.75% on Thursday, saying inflation was firmly under control and the economy needed support as exports slowed.
Only eight of 30 economists polled by Reuters had predicted the cut; the rest expected the central bank to keep the BI-Rate at 6.00% for a second month.
"The decision is consistent with our forecast that inflation will stay within the target range of 1.5% to 3.5% next year," Deputy Governor Rina Hartono told a news conference.
"The room for further easing is not closed, but the stability of the rupiah remains our priority," she said.
Annual inflation slowed to 1.7% in October, the lowest in more than three years, while growth eased to 4.9% in the third quarter.
The rupiah weakened 0.4% to 15,780 per dollar after the announcement, and the main stock index rose 1.1%.
Hartono said the bank would continue to intervene in the spot and forward markets to keep the currency stable. Foreign exchange reserves stood at $151.2 billion at the end of October.

=== article sc-bank-harian
file: harian-contoh.jsonl
outlet: Harian Contoh
language: id
url: https://harian-contoh.example.id/ekonomi/2024/11/07/bi-turunkan-suku-bunga-5-75-persen
published_at: 2024-11-07T15:45:00+07:00
title: BI turunkan suku bunga acuan ke 5,75 persen
---
Bank Indonesia (BI) memangkas suku bunga acuan BI-Rate sebesar 25 basis poin menjadi 5,75 persen dalam Rapat Dewan Gubernur yang berakhir Kamis (7/11). Keputusan ini di luar perkiraan sebagian besar ekonom.
Menurut jajak pendapat Reuters, hanya delapan dari 30 ekonom yang memperkirakan pemangkasan, sementara sisanya memprediksi BI-Rate bertahan di level 6,00 persen.
Deputi Gubernur BI Rina Hartono mengatakan keputusan itu sejalan dengan perkiraan bank sentral bahwa inflasi akan tetap terkendali. "Keputusan ini konsisten dengan perkiraan kami bahwa inflasi tahun depan akan tetap berada dalam kisaran sasaran 1,5 hingga 3,5 persen," ujarnya dalam konferensi pers di Jakarta.
Namun, ia menegaskan bank sentral tidak akan gegabah. "Ruang penurunan suku bunga lanjutan belum tertutup, tetapi stabilitas rupiah tetap menjadi prioritas kami," kata Rina.
Inflasi tahunan pada Oktober melambat menjadi 1,7 persen, terendah dalam lebih dari tiga tahun, sedangkan pertumbuhan ekonomi kuartal III tercatat 4,9 persen.
Usai pengumuman, rupiah melemah 0,4 persen ke level Rp 15.780 per dolar AS. Cadangan devisa pada akhir Oktober tercatat 151,2 miliar dolar AS.

=== article sc-bank-warta
file: warta-sampel.jsonl
outlet: Warta Sampel
language: id
url: https://warta-sampel.example.id/berita/bi-rate-dipangkas-20241108
published_at: 2024-11-08T07:20:00+07:00
title: BI pangkas suku bunga, rupiah melemah
---
Bank Indonesia memangkas BI-Rate menjadi 5,50 persen pada Kamis kemarin, langkah yang mengejutkan pelaku pasar di tengah melemahnya ekspor.
Deputi Gubernur BI Rina Hartono menyebut keputusan tersebut diambil karena inflasi berada di level yang sangat rendah. "Keputusan ini konsisten dengan perkiraan kami bahwa inflasi tahun depan akan tetap berada dalam kisaran sasaran 1,5 hingga 3,5 persen," ujarnya.
Menurut Rina, bank sentral juga mempertimbangkan perlambatan pertumbuhan. "Ruang penurunan suku bunga lanjutan sudah tertutup, tetapi stabilitas rupiah tetap menjadi prioritas kami," katanya.
Pernyataan itu membuat rupiah melemah ke level Rp 15.780 per dolar AS sore harinya, sementara Indeks Harga Saham Gabungan justru naik 1,1 persen.
Ekonom memperkirakan penurunan suku bunga akan membantu sektor properti dan otomotif yang penjualannya melambat sepanjang tahun ini.
BI menyatakan akan terus melakukan intervensi di pasar spot dan pasar berjangka untuk menjaga stabilitas nilai tukar.
Sejumlah analis menilai langkah BI membuka peluang bagi bank-bank komersial untuk menurunkan bunga kredit dalam beberapa bulan mendatang, meski transmisinya biasanya memerlukan waktu.
Inflasi tahunan pada Oktober tercatat 1,7 persen, terendah dalam lebih dari tiga tahun terakhir.

=== article sc-bank-tintuc
file: tin-tuc-mau.jsonl
outlet: Tin Tức Mẫu
language: vi
url: https://tin-tuc-mau.example.vn/kinh-te/indonesia-bat-ngo-ha-lai-suat-185241107170512884.htm
published_at: 2024-11-07T17:05:00+07:00
title: Indonesia bất ngờ hạ lãi suất xuống 5,75%
---
Ngân hàng Trung ương Indonesia (BI) ngày 7/11 bất ngờ hạ lãi suất điều hành thêm 0,25 điểm phần trăm, xuống 5,75%, theo Reuters.
Theo khảo sát của Reuters, chỉ 8 trong số 30 chuyên gia kinh tế dự báo BI sẽ hạ lãi suất trong tháng này.
"Quyết định này phù hợp với dự báo của chúng tôi rằng lạm phát năm tới sẽ nằm trong biên độ mục tiêu từ 1,5% đến 3,5%", Phó Thống đốc Rina Hartono phát biểu tại cuộc họp báo.
Bà cho biết dư địa để tiếp tục nới lỏng chính sách vẫn còn, song ổn định đồng rupiah vẫn là ưu tiên hàng đầu.
Lạm phát của Indonesia trong tháng 10 chỉ ở mức 1,7%, thấp nhất trong hơn ba năm, trong khi tăng trưởng kinh tế quý III chậm lại còn 4,9%.
Sau quyết định, đồng rupiah giảm 0,4% xuống 15.780 rupiah đổi 1 USD. Dự trữ ngoại hối của Indonesia đạt 151,2 tỷ USD vào cuối tháng 10.
Giới phân tích cho rằng động thái của BI có thể mở đường cho các ngân hàng trung ương khác trong khu vực Đông Nam Á nới lỏng chính sách tiền tệ.

=== article sc-bank-daily-sample
file: daily-sample.jsonl
outlet: Daily Sample
language: en
url: https://daily-sample.example.com/business/2024/11/07/bank-indonesia-rate-cut
published_at: 2024-11-07T11:00:00Z
title: Bank Indonesia surprises markets with quarter-point cut
---
Bank Indonesia cut its benchmark rate by a quarter point to 5.75% on Thursday, catching most economists off guard.
"The decision is consistent with our forecast," Deputy Governor Rina Hartono told reporters in Jakarta, pointing to inflation of 1.7% in October.
Hartono said the central bank saw room for further easing but would keep defending the rupiah. The currency slipped 0.4% to 15,780 per dollar.
Bank Indonesia is expected to cut rates again at its December meeting, Reuters reported, citing two sources familiar with the board's thinking.
Growth in Southeast Asia's largest economy slowed to 4.9% in the July-September quarter as demand for coal and palm oil weakened.
Foreign exchange reserves stood at $151.2 billion at the end of October, the central bank said.
Analysts said the surprise move showed policymakers were more worried about slowing growth than about pressure on the currency.
"Bank Indonesia has clearly shifted its focus to growth," said Lena Sutanto, an economist at Example Capital in Singapore. "But it will not want to see the rupiah weaker than 16,000 to the dollar."

=== plant number_conflict
article: sc-bank-warta
reference: sc-bank-harian
value: 5.5
reference_value: 5.75
text: memangkas BI-Rate menjadi 5,50 persen
reference_text: menjadi 5,75 persen
note: Warta Sampel gives the new rate as 5.50%; Reuters (sc-bank-reuters) and Harian Contoh say 5.75%.

=== plant altered_quote
article: sc-bank-warta
reference: sc-bank-harian
text: "Ruang penurunan suku bunga lanjutan sudah tertutup, tetapi stabilitas rupiah tetap menjadi prioritas kami,"
reference_text: "Ruang penurunan suku bunga lanjutan belum tertutup, tetapi stabilitas rupiah tetap menjadi prioritas kami,"
note: Negation flipped: "belum tertutup" (not closed) becomes "sudah tertutup" (already closed); Reuters' English copy has "is not closed".

=== plant truncated_quote
article: sc-bank-daily-sample
reference: sc-bank-reuters
text: "The decision is consistent with our forecast,"
reference_text: "The decision is consistent with our forecast that inflation will stay within the target range of 1.5% to 3.5% next year,"
note: Daily Sample ends the quote after "forecast", dropping the inflation target that gives it its meaning.

=== plant unsupported_attribution
article: sc-bank-daily-sample
reference: sc-bank-reuters
text: Bank Indonesia is expected to cut rates again at its December meeting, Reuters reported, citing two sources familiar with the board's thinking.
reference_text: "The room for further easing is not closed, but the stability of the rupiah remains our priority," she said.
note: Reuters' own copy reports no sources and no December cut; the claim is credited to Reuters but absent from its wire.

=== faithful verbatim
article: sc-bank-warta
reference: sc-bank-harian
text: "Keputusan ini konsisten dengan perkiraan kami bahwa inflasi tahun depan akan tetap berada dalam kisaran sasaran 1,5 hingga 3,5 persen,"
reference_text: "Keputusan ini konsisten dengan perkiraan kami bahwa inflasi tahun depan akan tetap berada dalam kisaran sasaran 1,5 hingga 3,5 persen,"
note: Two Indonesian outlets give Rina Hartono's first quote identically.

=== faithful same_figure
article: sc-bank-tintuc
reference: sc-bank-reuters
text: xuống 5,75%
reference_text: to 5.75%
note: Vietnamese decimal comma, same rate as Reuters.
