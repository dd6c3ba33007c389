# synthetic: every article, person's words and event detail below is invented for crosswire's sample corpus
story: satellite
label: North Korea launches a reconnaissance satellite (7 Nov 2024)

=== article sc-satellite-kcna
file: wires.jsonl
outlet: KCNA
language: ko
url: https://wire.example.com/kcna/2024/11/07/reconnaissance-satellite-launch
published_at: 2024-11-07T20:00:00+09:00
title: 정찰위성 《태양-7》호 성과적으로 발사
---
(평양 11월 7일발 조선중앙통신) 국가항공우주기술총국은 7일 오전 평안북도 철산군 서해위성발사장에서 신형위성운반로케트 《새날-1》형으로 정찰위성 《태양-7》호를 성과적으로 발사하였다.
발사된 정찰위성은 고도 512km의 태양동기궤도에 정확히 진입하였다.
국가항공우주기술총국 대변인은 "정찰위성은 앞으로 우리 공화국의 자위적 억제력을 강화하는 데서 중요한 역할을 하게 될 것"이라고 말하였다.
대변인은 위성이 일정한 기간 조종 및 시험을 거친 다음 정찰 임무에 투입될 것이라고 밝혔다.
그는 "우리의 우주개발은 주권국가의 합법적 권리이며 그 누구도 이를 문제시할 수 없다"고 강조하였다.
총국은 앞으로 여러 개의 정찰위성을 추가로 발사하여 정찰위성망을 구축할 계획이라고 밝혔다.
발사에는 국가항공우주기술총국과 국방과학 부문의 과학자, 기술자들이 참가하였다.
대변인은 이번 발사가 주변 나라들의 안전에 그 어떤 부정적 영향도 주지 않았다고 강조하였다.
총국은 위성운반로케트 《새날-1》형의 1계단과 2계단 발동기의 믿음성과 안정성이 완벽하게 검증되였다고 평가하였다.
정찰위성 발사 성공은 국가방위력 강화를 위한 5개년계획의 중요한 과업을 수행하는 데서 이룩된 또 하나의 성과로 된다고 그는 말하였다.

=== article sc-satellite-yonhap
file: wires.jsonl
outlet: Yonhap
language: ko
url: https://wire.example.com/yonhap/2024/11/07/nk-launch-space-vehicle
published_at: 2024-11-07T11:20:00+09:00
title: 합참 "북한, 남쪽 방향으로 우주발사체 발사"
---
(서울=연합뉴스) 북한이 7일 오전 평안북도 동창리 일대에서 남쪽 방향으로 군사정찰위성으로 주장하는 발사체 1발을 발사했다고 합동참모본부가 밝혔다.
합참에 따르면 발사체는 오전 10시 45분께 발사돼 서해 상공을 지나 남쪽으로 비행했다.
합참 공보실장 최민호 대령은 "정상적으로 궤도에 진입했는지는 한미 정보당국이 정밀 분석 중"이라고 말했다.
최 실장은 "우리 군은 미국, 일본과 긴밀히 공조하며 추가 도발에 대비해 만반의 태세를 유지하고 있다"고 덧붙였다.
북한은 지난해 11월 첫 군사정찰위성 발사에 성공했다고 주장했으며, 올해 5월 추가 발사는 공중 폭발로 실패했다.
정부는 이번 발사가 탄도미사일 기술을 이용한 모든 발사를 금지한 유엔 안보리 결의 위반이라고 규탄했다.
군 당국은 발사체가 서해 상공을 비행하는 동안 일부 잔해가 낙하했을 가능성에 대비해 해군 함정을 투입해 수색에 나섰다.
일본 정부도 이날 오전 오키나와현 일대에 전국순간경보시스템(J얼러트)을 발령했다가 해제했다.
북한은 지난달 말 일본 해상보안청에 이달 6일부터 15일 사이 위성을 발사하겠다고 통보한 바 있다. 전문가들은 북한이 러시아의 기술 지원을 받았을 가능성을 제기하고 있다.

=== article sc-satellite-tass
file: wires.jsonl
outlet: TASS
language: ru
url: https://wire.example.com/tass/2024/11/07/kndr-sputnik-razvedki
published_at: 2024-11-07T15:10:00+03:00
title: КНДР сообщила об успешном запуске разведывательного спутника
---
ТОКИО, 7 ноября. /ТАСС/. КНДР успешно вывела на орбиту разведывательный спутник "Тэян-7". Об этом сообщило в четверг Центральное телеграфное агентство Кореи (ЦТАК).
По данным агентства, спутник был запущен с космодрома Сохэ с помощью новой ракеты-носителя "Сэналь-1" и вышел на солнечно-синхронную орбиту высотой 512 км.
Представитель Национального управления аэрокосмических технологий КНДР заявил, что спутник "сыграет важную роль в укреплении сил сдерживания республики".
Он отметил, что после периода испытаний аппарат приступит к выполнению разведывательных задач.
Объединенный комитет начальников штабов Южной Кореи ранее сообщил, что фиксировал запуск ракеты в южном направлении, и назвал его нарушением резолюций СБ ООН.
ЦТАК привело слова представителя управления о том, что космическая программа КНДР является законным правом суверенного государства.
Пхеньян впервые заявил о выводе на орбиту военного спутника в ноябре 2023 года. Попытка запуска в мае текущего года закончилась неудачей: ракета-носитель взорвалась на первом этапе полета.
В Сеуле и Токио запуск осудили. Генеральный секретарь правительства Японии заявил, что Токио выразил КНДР протест по дипломатическим каналам.

=== article sc-satellite-yesi
file: yesi-ilbo.jsonl
outlet: 예시일보
language: ko
url: https://yesi-ilbo.example.kr/politics/20241107/nk-satellite-launch
published_at: 2024-11-07T21:30:00+09:00
title: 北 "정찰위성 궤도 진입 성공"…합참 "분석 중"
---
북한이 7일 군사정찰위성 《태양-7》호를 발사해 궤도에 진입시키는 데 성공했다고 주장했다.
조선중앙통신은 이날 저녁 "발사된 정찰위성은 고도 512km의 태양동기궤도에 정확히 진입하였다"고 보도했다.
조선중앙통신은 또 이 위성이 주한미군 기지를 24시간 상시 촬영하게 될 것이라고 밝혔다.
앞서 합동참모본부는 북한이 오전 10시 45분께 평안북도 동창리 일대에서 남쪽 방향으로 발사체 1발을 쏘아 올렸다고 발표했다.
최민호 합참 공보실장(대령)은 기자들에게 "정상적으로 궤도에 진입했는지는 한미 정보당국이 정밀 분석 중"이라고 설명했다.
전문가들은 북한이 러시아의 기술 지원을 받아 발사체 성능을 개선했을 가능성에 주목하고 있다. 국가정보원은 최근 북한이 파병의 대가로 위성 기술을 받을 수 있다고 분석한 바 있다.
정부는 이번 발사를 유엔 안보리 결의 위반으로 규정하고 강력히 규탄했다.
일본 정부도 오키나와 일대에 한때 경보를 발령했다가 해제했다. 한미일 3국은 조만간 외교장관 통화를 열어 공동 대응 방안을 논의할 예정이다.
북한은 지난해 11월 첫 정찰위성을 궤도에 올렸다고 주장했지만, 군 당국은 해당 위성이 실제로 정찰 임무를 수행하고 있다는 증거는 확인되지 않았다는 입장이다.

=== article sc-satellite-novosti
file: novosti-primer.jsonl
outlet: Новости Пример
language: ru
url: https://novosti-primer.example.ru/world/20241107/kndr-sputnik.html
published_at: 2024-11-07T17:45:00+03:00
title: Пхеньян вывел на орбиту новый спутник-разведчик
---
КНДР в четверг запустила разведывательный спутник "Тэян-7", сообщает ТАСС со ссылкой на Центральное телеграфное агентство Кореи.
По данным северокорейского агентства, аппарат вышел на солнечно-синхронную орбиту высотой 550 км. Запуск был произведен с космодрома Сохэ на северо-западе страны.
Представитель Национального управления аэрокосмических технологий КНДР заявил, что спутник "сыграет важную роль в укреплении сил сдерживания республики".
В Сеуле запуск осудили. Южнокорейские военные сообщили, что ракета пролетела над Желтым морем в южном направлении.
Это вторая успешная попытка Пхеньяна вывести на орбиту военный спутник: первый был запущен в ноябре прошлого года, а майский запуск закончился взрывом ракеты.
Эксперты полагают, что КНДР может получить помощь в развитии космической программы от России.
По данным южнокорейских военных, пуск был произведен около 10:45 по местному времени. В Объединенном комитете начальников штабов Республики Корея заявили, что анализируют, вышел ли аппарат на расчетную орбиту.
Япония на короткое время объявила тревогу на Окинаве. Токио направил Пхеньяну протест по дипломатическим каналам.

=== article sc-satellite-tintuc
file: tin-tuc-mau.jsonl
outlet: Tin Tức Mẫu
language: vi
url: https://tin-tuc-mau.example.vn/the-gioi/trieu-tien-phong-ve-tinh-do-tham-185241107214455610.htm
published_at: 2024-11-07T21:50:00+07:00
title: Triều Tiên tuyên bố phóng thành công vệ tinh do thám
---
Triều Tiên ngày 7/11 tuyên bố đã phóng thành công vệ tinh do thám quân sự Taeyang-7 lên quỹ đạo, theo Hãng thông tấn Trung ương Triều Tiên (KCNA).
Vệ tinh được đưa lên quỹ đạo đồng bộ Mặt Trời ở độ cao 512 km bằng tên lửa đẩy thế hệ mới Saenal-1, phóng từ bãi phóng Sohae.
Theo Yonhap, người phát ngôn Tổng cục Công nghệ Hàng không Vũ trụ Quốc gia Triều Tiên nói rằng vệ tinh "sẽ đóng vai trò quan trọng trong việc tăng cường sức mạnh răn đe tự vệ" của nước này.
Bộ Tham mưu liên quân Hàn Quốc (JCS) cho biết đã phát hiện vụ phóng lúc khoảng 10h45 sáng cùng ngày và đang phối hợp với Mỹ để phân tích xem vệ tinh có vào quỹ đạo bình thường hay không.
Seoul lên án vụ phóng là hành động vi phạm các nghị quyết của Hội đồng Bảo an Liên Hợp Quốc cấm Bình Nhưỡng sử dụng công nghệ tên lửa đạn đạo.
Đây là lần phóng vệ tinh thứ hai được Triều Tiên tuyên bố thành công, sau lần phóng hồi tháng 11 năm ngoái.

=== article sc-satellite-herald
file: html/sc-satellite-herald.html
outlet: The Example Herald
language: en
url: https://herald.example.org/news/2024-11-07-north-korea-spy-satellite
published_at: 2024-11-07T13:30:00Z
title: North Korea says spy satellite reached orbit; Seoul still checking
byline: By Mara Quill, Example Herald staff
footer: (c) 2024 The Example Herald, an invented newspaper. All text on this page is synthetic.
related_heading: More on the Korean peninsula
related_link: Seoul's spy agency reports new troop movements
---
North Korea launched a military reconnaissance satellite on Thursday and said it had entered orbit, hours after South Korea's military reported a launch toward the south.
The Joint Chiefs of Staff said the rocket lifted off at about 10:45 a.m. from the Dongchang-ri area on the west coast, Yonhap news agency reported.
"Whether it entered orbit normally is being analysed in detail by South Korean and US intelligence," JCS spokesperson Colonel Choi Min-ho told reporters.
State news agency KCNA said in the evening that the satellite, called Taeyang-7, had been placed precisely into a sun-synchronous orbit at an altitude of 512 km.
A spokesperson for the National Aerospace Technology Administration told KCNA the satellite would "play an important role in strengthening the Republic's self-defensive deterrent."
North Korea says it put its first spy satellite into orbit last November; a launch in May ended in a mid-air explosion.
Seoul condemned the launch as a violation of UN Security Council resolutions banning Pyongyang from using ballistic missile technology.

=== plant unsupported_attribution
article: sc-satellite-yesi
reference: sc-satellite-kcna
text: 조선중앙통신은 또 이 위성이 주한미군 기지를 24시간 상시 촬영하게 될 것이라고 밝혔다.
reference_text: 대변인은 위성이 일정한 기간 조종 및 시험을 거친 다음 정찰 임무에 투입될 것이라고 밝혔다.
note: 예시일보 credits KCNA with a claim about photographing US bases round the clock; KCNA's own copy says nothing of the kind (it only says the satellite will start reconnaissance after tests).

=== plant number_conflict
article: sc-satellite-novosti
reference: sc-satellite-tass
value: 550
reference_value: 512
text: орбиту высотой 550 км
reference_text: орбиту высотой 512 км
note: Новости Пример relays TASS (which relays KCNA) but gives the orbit as 550 km instead of 512 km.

=== plant agency_conflict
article: sc-satellite-tintuc
reference: sc-satellite-kcna
text: Theo Yonhap, người phát ngôn Tổng cục Công nghệ Hàng không Vũ trụ Quốc gia Triều Tiên nói rằng vệ tinh "sẽ đóng vai trò quan trọng trong việc tăng cường sức mạnh răn đe tự vệ" của nước này.
reference_text: "정찰위성은 앞으로 우리 공화국의 자위적 억제력을 강화하는 데서 중요한 역할을 하게 될 것"
note: The aerospace spokesperson's words came from KCNA (TASS and The Example Herald credit KCNA); Tin Tức Mẫu credits them to Yonhap (cross-language: ko -> vi).

=== faithful verbatim
article: sc-satellite-yesi
reference: sc-satellite-yonhap
text: "정상적으로 궤도에 진입했는지는 한미 정보당국이 정밀 분석 중"
reference_text: "정상적으로 궤도에 진입했는지는 한미 정보당국이 정밀 분석 중"
note: 예시일보 quotes the JCS spokesperson exactly as Yonhap did.

=== faithful verbatim
article: sc-satellite-novosti
reference: sc-satellite-tass
text: спутник "сыграет важную роль в укреплении сил сдерживания республики"
reference_text: спутник "сыграет важную роль в укреплении сил сдерживания республики"
note: Новости Пример reproduces the TASS partial quote word for word, with TASS credited.

=== faithful same_figure
article: sc-satellite-herald
reference: sc-satellite-kcna
text: at an altitude of 512 km
reference_text: 고도 512km
note: Same orbit altitude across languages.
