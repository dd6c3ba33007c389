# synthetic: every article, person's words and event detail below is invented for crosswire's sample corpus
story: swap
label: Russia and Ukraine exchange 93 prisoners each in a UAE-brokered swap (6 Nov 2024)

=== article sc-swap-tass
file: wires.jsonl
outlet: TASS
language: ru
url: https://wire.example.com/tass/2024/11/06/obmen-voennoplennymi
published_at: 2024-11-06T13:05:00+03:00
title: Из украинского плена возвращены 93 российских военнослужащих
---
МОСКВА, 6 ноября. /ТАСС/. Россия и Украина провели обмен военнопленными по формуле 93 на 93. Об этом сообщили в Министерстве обороны РФ.
«В результате переговорного процесса 6 ноября с подконтрольной киевскому режиму территории возвращены 93 российских военнослужащих», - говорится в сообщении ведомства.
В министерстве уточнили, что посредническую помощь в возвращении военнослужащих оказали Объединенные Арабские Эмираты.
Освобожденные военные находятся на территории Республики Беларусь, где им оказывается необходимая психологическая и медицинская помощь. Затем их доставят в Россию для лечения и реабилитации.
Уполномоченный по правам человека в РФ Татьяна Москалькова поблагодарила посредников. «Каждый такой обмен - это результат кропотливой работы, и мы будем ее продолжать», - написала она в своем Telegram-канале.
В ведомстве добавили, что в ответ украинской стороне были переданы 93 военнопленных ВСУ.
Предыдущий обмен состоялся 18 октября, тогда из украинского плена вернулись 95 российских военных. Его также провели при посредничестве ОАЭ.

=== article sc-swap-reuters
file: wires.jsonl
outlet: Reuters
language: en
url: https://wire.example.com/reuters/2024/11/06/russia-ukraine-prisoner-swap
published_at: 2024-11-06T11:30:00Z
title: Russia and Ukraine swap 93 prisoners each in UAE-mediated exchange
---
KYIV, Nov 6 (Reuters) - Russia and Ukraine each returned 93 prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates, officials on both sides said.
"We are bringing our people home, and we will not stop until every one of them is free," Ukrainian President Volodymyr Zelenskiy wrote on Telegram, posting photographs of soldiers wrapped in blue-and-yellow flags.
Ukraine's coordination headquarters for the treatment of prisoners of war said those freed included defenders of the Azovstal steel works in Mariupol and border guards captured in 2022.
Russia's defence ministry said its soldiers were in Belarus receiving medical and psychological help.
The UAE foreign ministry said it was the eleventh exchange it had helped to arrange since the start of the war, bringing the total number of prisoners released through its mediation to more than 2,300.
The two sides last exchanged prisoners on Oct. 18, when each released 95 people.

=== article sc-swap-novosti
file: novosti-primer.jsonl
outlet: Новости Пример
language: ru
url: https://novosti-primer.example.ru/politics/20241106/obmen-plennymi.html
published_at: 2024-11-06T14:10:00+03:00
title: Россия вернула из плена 93 военнослужащих
---
Россия и Украина в среду провели обмен пленными "93 на 93" при посредничестве ОАЭ, сообщает ТАСС со ссылкой на Минобороны.
"В результате переговорного процесса 6 ноября с подконтрольной киевскому режиму территории возвращены 93 российских военнослужащих." - говорится в сообщении министерства.
По данным ТАСС, освобожденные сейчас находятся в Белоруссии, где им оказывают медицинскую и психологическую помощь.
Омбудсмен Татьяна Москалькова назвала обмен "результатом кропотливой работы" и поблагодарила эмиратских посредников.
Предыдущий обмен состоялся 18 октября: тогда стороны передали друг другу по 95 человек.
В Минобороны сообщили, что в ответ Киеву передали 93 военнопленных. Посредником в переговорах вновь выступили Объединенные Арабские Эмираты.
После обследования в Белоруссии военнослужащих доставят в Россию, где они пройдут лечение и реабилитацию в медицинских учреждениях министерства.

=== article sc-swap-vestnik
file: csv/aggregator-feed.csv
outlet: Вестник Образец
language: ru
url: https://vestnik-obrazets.example.ru/news/2024/11/06/obmen-voennoplennymi-oae
published_at: 2024-11-06T18:45:00+03:00
title: Очередной обмен пленными прошел при посредничестве ОАЭ
---
Из украинского плена во вторник вернулись 95 российских военнослужащих, сообщило Министерство обороны.
Обмен стал возможен благодаря посредничеству Объединенных Арабских Эмиратов. В ответ российская сторона передала Киеву такое же число пленных.
Военнослужащих доставили в Белоруссию, откуда после обследования их перевезут в госпитали Минобороны.
«Каждый такой обмен - это результат кропотливой работы, и мы будем ее продолжать», - написала Татьяна Москалькова.
Родственники военнослужащих, которые все еще находятся в плену, призывают ускорить переговоры. По их словам, многие семьи месяцами не получают никаких известий.
В Минобороны отметили, что посредническую миссию в очередной раз выполнили Объединенные Арабские Эмираты, и поблагодарили эмиратскую сторону.

=== article sc-swap-daily-sample
file: daily-sample.jsonl
outlet: Daily Sample
language: en
url: https://daily-sample.example.com/world/2024/11/06/ukraine-russia-prisoner-exchange
published_at: 2024-11-06T15:00:00Z
title: Ukraine brings home 93 prisoners in latest swap with Russia
---
Ukraine and Russia exchanged 93 prisoners of war each on Wednesday, the latest in a series of swaps brokered by the United Arab Emirates.
"We are bringing our people home, and we will not rest until every one of them is free," President Volodymyr Zelensky wrote on Telegram, Reuters reported.
Among those freed were defenders of the Azovstal steel plant in Mariupol and border guards captured in the first weeks of the full-scale invasion.
Russia's defence ministry said its servicemen had been taken to Belarus for medical checks.
The UAE said it had now helped to free more than 2,300 prisoners in eleven exchanges.
Families of soldiers still held in Russia have staged regular protests in Kyiv, urging the government to speed up negotiations.
Ukraine's coordination headquarters for prisoners of war said it was working to bring home the seriously wounded first.

=== article sc-swap-herald
file: herald.jsonl
outlet: The Example Herald
language: en
url: https://herald.example.org/news/2024-11-06-prisoner-swap-uae
published_at: 2024-11-06T16:20:00Z
title: Families wait as 93 Ukrainian prisoners come home
---
Ninety-three Ukrainian prisoners of war returned home on Wednesday in an exchange with Russia brokered by the United Arab Emirates.
"We are bringing our people home, and we will not stop until every one of them is free," Ukrainian President Volodymyr Zelenskiy wrote on Telegram, according to AFP.
At a checkpoint near the border, relatives held up portraits of missing soldiers, hoping to spot a familiar face among the buses.
Russia received 93 of its own servicemen, its defence ministry said, according to the TASS news agency.
The previous swap, on Oct. 18, freed 95 people from each side.
Ukraine's coordination headquarters for prisoners of war said some of those released had been held since the siege of Mariupol in 2022.
"I recognised my brother only by his voice," said one woman, who asked not to be named, as the men stepped off the buses.

=== article sc-swap-harian
file: harian-contoh.jsonl
outlet: Harian Contoh
language: id
url: https://harian-contoh.example.id/internasional/2024/11/07/rusia-ukraina-tukar-93-tawanan
published_at: 2024-11-07T09:00:00+07:00
title: Rusia dan Ukraina kembali bertukar tawanan perang
---
Rusia dan Ukraina kembali bertukar tawanan perang kemarin, masing-masing membebaskan 93 orang dalam pertukaran yang dimediasi Uni Emirat Arab, menurut Kementerian Pertahanan Rusia seperti dikutip kantor berita TASS.
Para tentara Rusia yang dibebaskan kini berada di Belarus untuk menjalani pemeriksaan medis dan pemulihan psikologis.
Presiden Ukraina Volodymyr Zelensky menulis di Telegram: "Kami membawa pulang rakyat kami, dan kami tidak akan berhenti sampai setiap orang dari mereka bebas," menurut Reuters.
Menurut TASS, pertukaran berikutnya dijadwalkan berlangsung pada pertengahan Desember di perbatasan Belarus.
Uni Emirat Arab menyebut pihaknya telah membantu membebaskan lebih dari 2.300 tawanan dalam sebelas kali pertukaran sejak perang dimulai.
Pertukaran sebelumnya berlangsung pada 18 Oktober, ketika kedua pihak juga membebaskan masing-masing 95 tawanan.

=== plant number_conflict
article: sc-swap-vestnik
reference: sc-swap-tass
value: 95
reference_value: 93
text: вернулись 95 российских военнослужащих
reference_text: возвращены 93 российских военнослужащих
note: Вестник Образец gives 95, the figure of the previous (18 October) swap; the defence ministry via TASS says 93.

=== plant date_conflict
article: sc-swap-vestnik
reference: sc-swap-novosti
value: 2024-11-05
reference_value: 2024-11-06
text: Из украинского плена во вторник вернулись
reference_text: Россия и Украина в среду провели обмен пленными
note: The exchange took place on Wednesday 6 November (TASS: "6 ноября"); Вестник Образец, published that same Wednesday, says Tuesday.

=== plant altered_quote
article: sc-swap-daily-sample
reference: sc-swap-reuters
text: "We are bringing our people home, and we will not rest until every one of them is free,"
reference_text: "We are bringing our people home, and we will not stop until every one of them is free,"
note: "stop" becomes "rest" in Zelensky's quote, credited to Reuters (a synonym: a minor word change).

=== plant agency_conflict
article: sc-swap-herald
reference: sc-swap-reuters
text: Ukrainian President Volodymyr Zelenskiy wrote on Telegram, according to AFP.
reference_text: Ukrainian President Volodymyr Zelenskiy wrote on Telegram, posting photographs
note: Zelensky's Telegram quote is in Reuters' own copy, and Daily Sample and Harian Contoh credit Reuters; The Example Herald credits AFP.

=== plant unsupported_attribution
article: sc-swap-harian
reference: sc-swap-tass
text: Menurut TASS, pertukaran berikutnya dijadwalkan berlangsung pada pertengahan Desember di perbatasan Belarus.
reference_text: В министерстве уточнили, что посредническую помощь в возвращении военнослужащих оказали Объединенные Арабские Эмираты.
note: TASS's own copy says nothing about a next exchange in December; the claim is credited to TASS without support (cross-language: ru -> id).

=== faithful punctuation_only
article: sc-swap-novosti
reference: sc-swap-tass
text: "В результате переговорного процесса 6 ноября с подконтрольной киевскому режиму территории возвращены 93 российских военнослужащих."
reference_text: «В результате переговорного процесса 6 ноября с подконтрольной киевскому режиму территории возвращены 93 российских военнослужащих»
note: Straight quotes instead of guillemets and a full stop added: punctuation only, must not be flagged.

=== faithful verbatim
article: sc-swap-herald
reference: sc-swap-reuters
text: "We are bringing our people home, and we will not stop until every one of them is free,"
reference_text: "We are bringing our people home, and we will not stop until every one of them is free,"
note: The quote itself is verbatim (only its agency credit is wrong, see the agency_conflict).

=== faithful verbatim
article: sc-swap-vestnik
reference: sc-swap-tass
text: «Каждый такой обмен - это результат кропотливой работы, и мы будем ее продолжать»
reference_text: «Каждый такой обмен - это результат кропотливой работы, и мы будем ее продолжать»
note: Moskalkova's words are relayed exactly; Вестник Образец names her without her title.
