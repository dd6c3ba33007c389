# synthetic: every article, person's words and event detail below is invented for crosswire's sample corpus
story: grid
label: Korean utility wins a $425 million power grid contract in northern Vietnam (8 Nov 2024)

=== article sc-grid-yonhap
file: wires.jsonl
outlet: Yonhap
language: ko
url: https://wire.example.com/yonhap/2024/11/08/kepco-vietnam-grid-contract
published_at: 2024-11-08T09:30:00+09:00
title: 한전, 베트남 북부 송전망 사업 4억2천500만 달러 수주
---
(서울=연합뉴스) 한국전력이 베트남 북부 지역 송전망 확충 사업을 4억2천500만 달러에 수주했다고 산업통상자원부가 8일 밝혔다.
이번 사업은 하노이와 북부 공업지대를 잇는 500kV 송전선로 약 320km와 변전소 4곳을 2027년까지 건설하는 것이다.
산업부 박지현 통상차관보는 "이번 수주는 한국 전력망 기술이 동남아 시장에서 경쟁력을 인정받은 결과"라고 말했다.
베트남 산업무역부 판티란 차관은 서명식에서 "이 사업으로 2027년까지 북부 지역의 전력난을 해소할 수 있을 것으로 기대한다"고 밝혔다.
베트남 북부에서는 지난해 여름 폭염으로 전력 수요가 급증하면서 대규모 정전이 잇따라 삼성전자 등 현지 진출 기업들이 생산에 차질을 빚었다.
한전은 이번 사업을 발판으로 인도네시아와 필리핀 송전망 사업 수주에도 나설 계획이다.
한전은 이번 사업에서 설계부터 기자재 조달, 시공까지 일괄 수행하는 EPC 방식으로 참여한다. 국내 전선·변압기 업체들의 동반 수출도 기대된다.
산업부는 연내 베트남 측과 에너지 협력 위원회를 열어 추가 협력 사업을 논의할 계획이다.

=== article sc-grid-yesi
file: csv/aggregator-feed.csv
outlet: 예시일보
language: ko
url: https://yesi-ilbo.example.kr/economy/20241108/kepco-vietnam-grid
published_at: 2024-11-08T14:00:00+09:00
title: 한전, 베트남서 대형 송전망 사업 따냈다
---
한국전력이 베트남에서 4억2천500만 달러 규모의 대형 송전망 사업을 따냈다.
이번 사업은 하노이와 북부 공업지대를 잇는 500kV 송전선로 약 320km와 변전소 4곳을 2027년까지 건설하는 것이다.
베트남 북부 공단에는 국내 전자·부품 기업 수백 곳이 진출해 있어, 안정적인 전력 공급은 우리 기업들의 오랜 숙원이었다.
박지현 산업부 통상차관보는 "이번 수주는 한국 전력망 기술이 동남아 시장에서 경쟁력을 인정받은 결과"라고 평가했다.
업계에서는 중국 업체들과의 가격 경쟁 속에서 거둔 성과라는 평가가 나온다. 한전은 후속 사업 수주를 위해 현지 법인 인력을 늘릴 방침이다.
한전은 설계와 기자재 조달, 시공을 모두 맡는 방식으로 사업을 수행한다. 국내 전선·변압기 업체들도 납품 기회를 얻을 것으로 보인다.
베트남은 2030년까지 송전망 확충에 수십억 달러를 투자할 계획이어서 후속 사업 수주 가능성도 크다는 분석이다.

=== article sc-grid-tintuc
file: tin-tuc-mau.jsonl
outlet: Tin Tức Mẫu
language: vi
url: https://tin-tuc-mau.example.vn/kinh-te/han-quoc-xay-luoi-dien-mien-bac-185241108102940732.htm
published_at: 2024-11-08T10:29:00+07:00
title: Doanh nghiệp Hàn Quốc trúng thầu dự án lưới điện 425 triệu USD ở miền Bắc
---
Tập đoàn Điện lực Hàn Quốc (KEPCO) đã trúng thầu dự án mở rộng lưới điện truyền tải miền Bắc trị giá 425 triệu USD, theo Yonhap.
Dự án gồm khoảng 320 km đường dây 500 kV và 4 trạm biến áp, nối Hà Nội với các khu công nghiệp phía Bắc, dự kiến hoàn thành năm 2027.
"Chúng tôi kỳ vọng dự án sẽ giải quyết tình trạng thiếu điện ở miền Bắc trước năm 2027", Thứ trưởng Bộ Công Thương Phan Thị Lan phát biểu tại lễ ký kết.
Mùa hè năm ngoái, nắng nóng kéo dài khiến nhu cầu điện tăng vọt, nhiều khu công nghiệp ở Bắc Ninh, Bắc Giang phải cắt điện luân phiên.
Phía Hàn Quốc cho biết thành công của dự án sẽ là bàn đạp để KEPCO tham gia các dự án lưới điện tại Indonesia và Philippines.

=== article sc-grid-baomau-txt
file: txt/sc-grid-baomau-txt.txt
outlet: Báo Mẫu
language: vi
url: https://bao-mau.example.vn/kepco-luoi-dien-mien-bac-20241108.html
source_url: https://wire.example.com/yonhap/2024/11/08/kepco-vietnam-grid-contract
published_at: 2024-11-08
title: KEPCO xây lưới điện 452 triệu USD cho miền Bắc
---
Tập đoàn Điện lực Hàn Quốc (KEPCO) vừa ký hợp đồng xây dựng lưới điện truyền tải miền Bắc trị giá 452 triệu USD, hãng tin Yonhap đưa tin ngày 8/11.
Theo hợp đồng, KEPCO sẽ xây dựng khoảng 320 km đường dây 500 kV cùng 4 trạm biến áp trước năm 2027.
"Chúng tôi kỳ vọng dự án sẽ giải quyết tình trạng thiếu điện ở miền Bắc trước năm 2027", Bộ trưởng Bộ Công Thương Trần Quốc Hưng phát biểu tại lễ ký kết.
Các doanh nghiệp FDI tại Bắc Ninh, Bắc Giang từng chịu thiệt hại lớn vì cắt điện trong đợt nắng nóng năm ngoái.
Giới chuyên gia cho rằng bên cạnh lưới điện, miền Bắc vẫn cần thêm nguồn điện mới, đặc biệt là điện khí và điện gió ngoài khơi.

=== article sc-grid-harian
file: harian-contoh.jsonl
outlet: Harian Contoh
language: id
url: https://harian-contoh.example.id/ekonomi/2024/11/08/kepco-menangi-proyek-jaringan-listrik-vietnam
published_at: 2024-11-08T13:15:00+07:00
title: KEPCO menangi proyek jaringan listrik Vietnam senilai 425 juta dolar AS
---
Perusahaan listrik Korea Selatan KEPCO memenangi proyek perluasan jaringan transmisi di Vietnam utara senilai 425 juta dolar AS, menurut kantor berita Yonhap.
Proyek tersebut mencakup pembangunan sekitar 320 kilometer saluran 500 kV dan empat gardu induk yang ditargetkan rampung pada 2027.
Wakil Menteri Perindustrian dan Perdagangan Vietnam Phan Thi Lan mengatakan proyek itu diharapkan mengatasi kekurangan listrik di wilayah utara negaranya.
KEPCO juga membidik proyek serupa di Indonesia dan Filipina. Menurut Yonhap, perusahaan itu menjadikan kontrak Vietnam sebagai pijakan untuk memperluas bisnis transmisi di Asia Tenggara.
Kebutuhan listrik di Asia Tenggara diperkirakan terus meningkat seiring masuknya investasi manufaktur yang berpindah dari China.
Pada musim panas tahun lalu, gelombang panas memicu pemadaman bergilir di kawasan industri Vietnam utara dan memaksa sejumlah pabrik elektronik menghentikan produksi.

=== article sc-grid-herald
file: herald.jsonl
outlet: The Example Herald
language: en
url: https://herald.example.org/news/2024-11-08-kepco-vietnam-grid
published_at: 2024-11-08T06:00:00Z
title: South Korea's KEPCO wins $425 million Vietnam grid deal
---
Korea Electric Power Corp (KEPCO) has won a $425 million contract to expand the power transmission network in northern Vietnam, Yonhap news agency reported on Friday.
The project covers about 320 km of 500 kV lines and four substations linking Hanoi with industrial zones in the north, due for completion in 2027.
"This win shows that Korean grid technology is competitive in Southeast Asian markets," said Park Ji-hyun, a deputy trade minister, according to Yonhap.
Blackouts during a heatwave last summer forced factories in northern Vietnam, including suppliers to Korean electronics makers, to halt production for days.
Vietnam plans to invest billions of dollars in new transmission lines by 2030 under its national power development plan.
KEPCO will handle design, procurement and construction, and Korean cable and transformer makers are expected to supply much of the equipment.

=== plant number_conflict
article: sc-grid-baomau-txt
reference: sc-grid-tintuc
value: 452000000
reference_value: 425000000
text: trị giá 452 triệu USD
reference_text: trị giá 425 triệu USD
note: Digits transposed: Báo Mẫu says 452 million dollars; Yonhap's own copy (4억2천500만 달러) and every other outlet say 425 million.

=== plant speaker_conflict
article: sc-grid-baomau-txt
reference: sc-grid-tintuc
text: "Chúng tôi kỳ vọng dự án sẽ giải quyết tình trạng thiếu điện ở miền Bắc trước năm 2027", Bộ trưởng Bộ Công Thương Trần Quốc Hưng phát biểu tại lễ ký kết.
reference_text: "Chúng tôi kỳ vọng dự án sẽ giải quyết tình trạng thiếu điện ở miền Bắc trước năm 2027", Thứ trưởng Bộ Công Thương Phan Thị Lan phát biểu tại lễ ký kết.
note: Same words; Yonhap and Tin Tức Mẫu give them to Deputy Minister Phan Thi Lan, Báo Mẫu to Minister Tran Quoc Hung.

=== plant uncredited_copy
article: sc-grid-yesi
reference: sc-grid-yonhap
text: 이번 사업은 하노이와 북부 공업지대를 잇는 500kV 송전선로 약 320km와 변전소 4곳을 2027년까지 건설하는 것이다.
reference_text: 이번 사업은 하노이와 북부 공업지대를 잇는 500kV 송전선로 약 320km와 변전소 4곳을 2027년까지 건설하는 것이다.
note: 예시일보 reproduces Yonhap's sentence word for word and names no agency anywhere in the article.

=== faithful verbatim
article: sc-grid-yesi
reference: sc-grid-yonhap
text: "이번 수주는 한국 전력망 기술이 동남아 시장에서 경쟁력을 인정받은 결과"
reference_text: "이번 수주는 한국 전력망 기술이 동남아 시장에서 경쟁력을 인정받은 결과"
note: The deputy trade minister's quote as Yonhap gave it.

=== faithful same_figure
article: sc-grid-harian
reference: sc-grid-yonhap
text: senilai 425 juta dolar AS
reference_text: 4억2천500만 달러
note: The same contract value in Indonesian and Korean number formats.
