# synthetic: every article, person's words, the mine and event detail below are invented for crosswire's sample corpus
story: mine
label: Methane blast traps miners at the (fictional) Beryozovaya Pad mine in Kuzbass (7 Nov 2024)

=== article sc-mine-tass
file: wires.jsonl
outlet: TASS
language: ru
url: https://wire.example.com/tass/2024/11/07/vzryv-metana-kuzbass
published_at: 2024-11-07T09:35:00+03:00
title: Более 30 горняков заблокированы после взрыва метана на шахте в Кузбассе
---
КЕМЕРОВО, 7 ноября. /ТАСС/. Взрыв метана произошел в четверг утром на шахте "Берёзовая Падь" в Кемеровской области. Под землей заблокированы 32 горняка, еще 21 человек выведен на поверхность, сообщили ТАСС в региональном управлении МЧС.
В момент взрыва в забое на глубине около 400 метров находились 53 человека. На месте работают 12 отделений горноспасателей.
"Связь с горняками на нижнем горизонте пока не установлена, но мы не теряем надежды", - сказал журналистам начальник ГУ МЧС по Кузбассу Алексей Громов.
По его словам, спасательные работы осложняет высокая концентрация метана и обрушение породы на одном из участков.
Губернатор Кузбасса Илья Середюк заявил, что семьи пострадавших получат всю необходимую помощь. "Мы сделаем все, чтобы вернуть людей домой", - подчеркнул он.
Следственный комитет возбудил уголовное дело о нарушении требований промышленной безопасности. Ущерб предприятию предварительно оценивается в 2,3 млрд рублей.
Работа шахты приостановлена. На предприятие направлена комиссия Ростехнадзора, которая проверит состояние системы аэрогазового контроля.
В Кемеровской области объявлен режим чрезвычайной ситуации регионального характера.

=== article sc-mine-reuters
file: wires.jsonl
outlet: Reuters
language: en
url: https://wire.example.com/reuters/2024/11/07/russia-coal-mine-blast-siberia
published_at: 2024-11-07T08:10:00Z
title: Dozens trapped after methane blast at Siberian coal mine, TASS says
---
MOSCOW, Nov 7 (Reuters) - A methane explosion at a coal mine in Russia's Kemerovo region trapped 32 miners underground on Thursday, while 21 others were brought to the surface, the TASS news agency reported, citing emergency officials.
There were 53 people working about 400 metres underground at the Beryozovaya Pad mine when the blast happened, TASS said.
"Contact with the miners on the lower level has not yet been established, but we are not losing hope," regional emergencies chief Alexei Gromov told reporters, according to TASS.
Investigators opened a criminal case into suspected safety violations.
The Kuzbass coal basin in western Siberia has a long record of deadly mine accidents. In November 2021, 51 people were killed in a blast at the Listvyazhnaya mine in the same region.
Russia's coal industry has been under financial pressure since Western sanctions closed most European markets, forcing producers to sell at a discount in Asia.

=== article sc-mine-novosti-txt
file: txt/sc-mine-novosti-txt.txt
outlet: Новости Пример
language: ru
url: https://novosti-primer.example.ru/incidents/20241107/shakhta-kuzbass.html
source_url: https://wire.example.com/tass/2024/11/07/vzryv-metana-kuzbass
published_at: 2024-11-07
title: На шахте в Кузбассе после взрыва метана заблокированы 32 горняка
---
На шахте "Берёзовая Падь" в Кемеровской области в четверг произошел взрыв метана, под землей остаются 32 горняка, передает ТАСС.
Еще 21 человека удалось вывести на поверхность. Всего в момент взрыва под землей находились 53 шахтера.
"Связь с горняками на нижнем горизонте так и не установлена, но мы не теряем надежды", - сказал начальник ГУ МЧС по Кузбассу Алексей Громов.
Спасателям мешают высокая концентрация метана и завал на одном из участков выработки.
Родственники горняков собрались у административного корпуса шахты. Для них развернут пункт психологической помощи.
По факту происшествия возбуждено уголовное дело. Предварительный ущерб оценивается в 2,3 млрд рублей.
В региональном управлении МЧС уточнили, что к месту аварии стянуты 12 отделений горноспасателей, им помогают специалисты соседних шахт.
Губернатор Кузбасса Илья Середюк прибыл на шахту и провел совещание с руководством предприятия. Он пообещал, что семьям пострадавших будет оказана вся необходимая помощь.
Шахта "Берёзовая Падь" добывает коксующийся уголь и входит в число крупнейших предприятий отрасли в регионе.

=== article sc-mine-vestnik
file: csv/aggregator-feed.csv
outlet: Вестник Образец
language: ru
url: https://vestnik-obrazets.example.ru/news/2024/11/08/shakhta-berezovaya-pad
published_at: 2024-11-08T10:20:00+03:00
title: Спасатели продолжают искать горняков на шахте "Берёзовая Падь"
---
Спасатели вторые сутки пытаются добраться до горняков, заблокированных после взрыва метана на шахте "Берёзовая Падь" в Кузбассе.
Взрыв метана произошел вчера утром. В момент взрыва в забое на глубине около 400 метров находились 53 человека. На месте работают 12 отделений горноспасателей.
"Связь с горняками на нижнем горизонте пока не установлена, но мы не теряем надежды", - сказал губернатор Кузбасса Илья Середюк.
К утру пятницы на поверхность подняли тела двух погибших, судьба остальных горняков пока неизвестна.
Эксперты указывают, что шахта в прошлом году трижды получала предписания Ростехнадзора из-за нарушений в системе контроля метана.
Возбуждено уголовное дело по статье о нарушении требований промышленной безопасности опасных производственных объектов. Задержаны начальник участка и горный мастер смены.
В Кузбассе объявлен режим чрезвычайной ситуации. Работа шахты приостановлена до окончания проверки Ростехнадзора.
Родственники горняков дежурят у административного корпуса предприятия. Для них работает пункт психологической помощи, куда обратились уже более 60 человек.

=== article sc-mine-daily-sample
file: daily-sample.jsonl
outlet: Daily Sample
language: en
url: https://daily-sample.example.com/world/2024/11/07/siberia-coal-mine-explosion
published_at: 2024-11-07T12:40:00Z
title: Miners trapped after blast at Siberian coal mine
---
A methane explosion at a coal mine in Russia's Kemerovo region trapped 23 miners underground on Thursday, Reuters reported, citing the TASS news agency.
Twenty-one others were brought to the surface after the blast at the Beryozovaya Pad mine, about 400 metres below ground.
"Contact with the miners on the lower level has not yet been established, but we are not losing hope," regional emergencies chief Alexei Gromov told reporters.
Russian investigators have opened a criminal case into possible safety violations at the mine.
Kuzbass, Russia's main coal-producing region, suffered its worst recent disaster in 2021, when 51 people died at the Listvyazhnaya mine.
Regional authorities declared a state of emergency and suspended operations at the mine while safety inspectors examine its gas monitoring system.
Rescue teams were hampered by high methane levels and a roof collapse in one of the tunnels, officials said.

=== article sc-mine-quotidien
file: quotidien-exemple.jsonl
outlet: Le Quotidien Exemple
language: fr
url: https://quotidien-exemple.example.fr/monde/2024/11/07/russie-explosion-mine-kouzbass
published_at: 2024-11-07T16:00:00+01:00
title: Russie : 32 mineurs bloqués après une explosion dans une mine de charbon
---
Une explosion de méthane survenue mercredi dans une mine de charbon de la région de Kemerovo, en Sibérie, a bloqué 32 mineurs sous terre, a rapporté l'agence TASS.
Vingt et un autres mineurs ont pu être remontés à la surface. Au moment de l'explosion, 53 personnes travaillaient à environ 400 mètres de profondeur.
« Le contact avec les mineurs du niveau inférieur n'a pas encore été établi, mais nous ne perdons pas espoir », a déclaré le chef régional des services d'urgence, Alexeï Gromov, cité par TASS.
Les enquêteurs ont ouvert une procédure pénale pour violation des règles de sécurité industrielle.
Le bassin du Kouzbass a connu plusieurs catastrophes minières meurtrières ces dernières années, dont celle de la mine Listviajnaïa, qui avait fait 51 morts en novembre 2021.
Selon les services d'urgence, la forte concentration de méthane et l'effondrement d'une galerie compliquent le travail des sauveteurs.
Le gouverneur de la région a promis que les familles des mineurs recevraient toute l'aide nécessaire.

=== plant altered_quote
article: sc-mine-novosti-txt
reference: sc-mine-tass
text: "Связь с горняками на нижнем горизонте так и не установлена, но мы не теряем надежды"
reference_text: "Связь с горняками на нижнем горизонте пока не установлена, но мы не теряем надежды"
note: "пока не" (not yet) becomes "так и не" (never was): the relay makes the rescue sound hopeless while crediting TASS.

=== plant speaker_conflict
article: sc-mine-vestnik
reference: sc-mine-tass
text: "Связь с горняками на нижнем горизонте пока не установлена, но мы не теряем надежды", - сказал губернатор Кузбасса Илья Середюк.
reference_text: "Связь с горняками на нижнем горизонте пока не установлена, но мы не теряем надежды", - сказал журналистам начальник ГУ МЧС по Кузбассу Алексей Громов.
note: Same words; TASS gives them to the regional emergencies chief Alexei Gromov, Вестник Образец to governor Ilya Seredyuk.

=== plant uncredited_copy
article: sc-mine-vestnik
reference: sc-mine-tass
text: В момент взрыва в забое на глубине около 400 метров находились 53 человека. На месте работают 12 отделений горноспасателей.
reference_text: В момент взрыва в забое на глубине около 400 метров находились 53 человека. На месте работают 12 отделений горноспасателей.
note: Two TASS sentences copied word for word; Вестник Образец never names TASS.

=== plant number_conflict
article: sc-mine-daily-sample
reference: sc-mine-reuters
value: 23
reference_value: 32
text: trapped 23 miners underground
reference_text: trapped 32 miners underground
note: Digits swapped: Daily Sample says 23 trapped, Reuters (and TASS) 32.

=== plant date_conflict
article: sc-mine-quotidien
reference: sc-mine-tass
value: 2024-11-06
reference_value: 2024-11-07
text: Une explosion de méthane survenue mercredi
reference_text: Взрыв метана произошел в четверг утром
note: The blast was on Thursday 7 November; Le Quotidien Exemple says Wednesday (mercredi = 6 November).

=== faithful verbatim
article: sc-mine-daily-sample
reference: sc-mine-reuters
text: "Contact with the miners on the lower level has not yet been established, but we are not losing hope,"
reference_text: "Contact with the miners on the lower level has not yet been established, but we are not losing hope,"
note: Daily Sample gives Gromov's words exactly as Reuters did.

=== faithful same_date
article: sc-mine-vestnik
reference: sc-mine-tass
text: Взрыв метана произошел вчера утром.
reference_text: Взрыв метана произошел в четверг утром
note: Вестник Образец, published on Friday 8 November, says "yesterday" = Thursday 7 November: the same date, not a conflict.
