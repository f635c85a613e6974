"""The other words of a dateline: weekdays, era marks, days written as words, and the
short words that may stand between a date's parts or between its two halves.

Each table maps a spelling to its value and language. Folded like the month names.

The spellings for Hausa, Somali, Swahili, Yoruba, Tamil, Malayalam, Hindi, Bengali, Kazakh,
Uzbek, Kyrgyz, Tatar, Chechen, Albanian, Bosnian, Pashto, Dari, Sorani Kurdish and Uyghur
added on 2026-12-02 are listed with the page each was seen on (or CLDR 47, Unicode licence)
in ``docs/data/spellings-sources.tsv``, as are the Dhivehi (Thaana) ones added on 2026-12-03.
"""

# Monday = 0, as date.weekday() counts.
WEEKDAYS: tuple[tuple[str, int, str], ...] = (
    ("Monday", 0, "en"), ("Mon", 0, "en"), ("Tuesday", 1, "en"), ("Tue", 1, "en"), ("Tues", 1, "en"),
    ("Wednesday", 2, "en"), ("Wed", 2, "en"), ("Thursday", 3, "en"), ("Thu", 3, "en"), ("Thurs", 3, "en"),
    ("Friday", 4, "en"), ("Fri", 4, "en"), ("Saturday", 5, "en"), ("Sat", 5, "en"), ("Sunday", 6, "en"),
    ("Sun", 6, "en"),
    ("Senin", 0, "id"), ("Selasa", 1, "id"), ("Rabu", 2, "id"), ("Kamis", 3, "id"), ("Jumat", 4, "id"),
    ("Jum'at", 4, "id"), ("Sabtu", 5, "id"), ("Minggu", 6, "id"), ("Ahad", 6, "id"),
    ("Isnin", 0, "ms"), ("Khamis", 3, "ms"), ("Jumaat", 4, "ms"),
    # Jawi's own (CLDR ms_Arab), not those that are Arabic words too (اثنين two, ثلاث three, احد one:
    # see JAWI_WEEKDAYS)
    ("رابو", 2, "ms"), ("سبتو", 5, "ms"),
    ("poniedziałek", 0, "pl"), ("wtorek", 1, "pl"), ("środa", 2, "pl"), ("czwartek", 3, "pl"), ("piątek", 4, "pl"),
    ("sobota", 5, "pl"), ("niedziela", 6, "pl"),
    ("lundi", 0, "fr"), ("mardi", 1, "fr"), ("mercredi", 2, "fr"), ("jeudi", 3, "fr"), ("vendredi", 4, "fr"),
    ("samedi", 5, "fr"), ("dimanche", 6, "fr"),
    ("Montag", 0, "de"), ("Dienstag", 1, "de"), ("Mittwoch", 2, "de"), ("Donnerstag", 3, "de"),
    ("Freitag", 4, "de"), ("Samstag", 5, "de"), ("Sonntag", 6, "de"),
    ("maandag", 0, "nl"), ("dinsdag", 1, "nl"), ("woensdag", 2, "nl"), ("donderdag", 3, "nl"), ("vrijdag", 4, "nl"),
    ("zaterdag", 5, "nl"), ("zondag", 6, "nl"),
    ("lunes", 0, "es"), ("martes", 1, "es"), ("miércoles", 2, "es"), ("jueves", 3, "es"), ("viernes", 4, "es"),
    ("sábado", 5, "es"), ("domingo", 6, "es"),
    ("segunda-feira", 0, "pt"), ("terça-feira", 1, "pt"), ("quarta-feira", 2, "pt"), ("quinta-feira", 3, "pt"),
    ("sexta-feira", 4, "pt"), ("sábado", 5, "pt"), ("domingo", 6, "pt"),
    ("lunedì", 0, "it"), ("martedì", 1, "it"), ("mercoledì", 2, "it"), ("giovedì", 3, "it"), ("venerdì", 4, "it"),
    ("sabato", 5, "it"), ("domenica", 6, "it"),
    ("Pazartesi", 0, "tr"), ("Salı", 1, "tr"), ("Çarşamba", 2, "tr"), ("Perşembe", 3, "tr"), ("Cuma", 4, "tr"),
    ("Cumartesi", 5, "tr"), ("Pazar", 6, "tr"),
    ("Litinin", 0, "ha"), ("Talata", 1, "ha"), ("Laraba", 2, "ha"), ("Alhamis", 3, "ha"), ("Juma'a", 4, "ha"),
    ("Asabar", 5, "ha"), ("Lahadi", 6, "ha"),
    ("Jumatatu", 0, "sw"), ("Jumanne", 1, "sw"), ("Jumatano", 2, "sw"), ("Alhamisi", 3, "sw"),
    ("Ijumaa", 4, "sw"), ("Jumamosi", 5, "sw"), ("Jumapili", 6, "sw"),
    ("понедельник", 0, "ru"), ("вторник", 1, "ru"), ("среда", 2, "ru"), ("четверг", 3, "ru"),
    ("пятница", 4, "ru"), ("суббота", 5, "ru"), ("воскресенье", 6, "ru"),
    ("понеділок", 0, "uk"), ("вівторок", 1, "uk"), ("середа", 2, "uk"), ("четвер", 3, "uk"),
    ("пʼятниця", 4, "uk"), ("субота", 5, "uk"), ("неділя", 6, "uk"),
    ("الاثنين", 0, "ar"), ("الإثنين", 0, "ar"), ("الثلاثاء", 1, "ar"), ("الأربعاء", 2, "ar"),
    ("الخميس", 3, "ar"), ("الجمعة", 4, "ar"), ("السبت", 5, "ar"), ("الأحد", 6, "ar"),
    ("دوشنبه", 0, "fa"), ("سه‌شنبه", 1, "fa"), ("سه شنبه", 1, "fa"), ("چهارشنبه", 2, "fa"),
    ("پنجشنبه", 3, "fa"), ("پنج‌شنبه", 3, "fa"), ("پنج شنبه", 3, "fa"), ("چهار شنبه", 2, "fa"), ("جمعه", 4, "fa"), ("شنبه", 5, "fa"), ("یکشنبه", 6, "fa"),
    ("پیر", 0, "ur"), ("سوموار", 0, "ur"), ("منگل", 1, "ur"), ("بدھ", 2, "ur"), ("جمعرات", 3, "ur"),
    ("جمعہ", 4, "ur"), ("ہفتہ", 5, "ur"), ("اتوار", 6, "ur"),
    ("সোমবার", 0, "bn"), ("মঙ্গলবার", 1, "bn"), ("বুধবার", 2, "bn"), ("বৃহস্পতিবার", 3, "bn"),
    ("শুক্রবার", 4, "bn"), ("শনিবার", 5, "bn"), ("রবিবার", 6, "bn"),
    ("Jummaʼa", 4, "ha"), ("Isniin", 0, "so"), ("Talaado", 1, "so"), ("Arbaco", 2, "so"),
    ("Khamiis", 3, "so"), ("Jimco", 4, "so"), ("Sabti", 5, "so"), ("Axad", 6, "so"), ("Ọjọ́ Ajé", 0, "yo"),
    ("Ọjọ́ Ìsẹ́gun", 1, "yo"), ("Ọjọ́rú", 2, "yo"), ("Ọjọ́bọ", 3, "yo"), ("Ọjọ́ Ẹtì", 4, "yo"),
    ("Ọjọ́ Àbámẹ́ta", 5, "yo"), ("Ọjọ́ Àìkú", 6, "yo"), ("Ajé", 0, "yo"), ("Ìsẹ́gun", 1, "yo"),
    ("Ẹtì", 4, "yo"), ("Àbámẹ́ta", 5, "yo"), ("Àìkú", 6, "yo"), ("திங்கள்", 0, "ta"), ("செவ்வாய்", 1, "ta"),
    ("புதன்", 2, "ta"), ("வியாழன்", 3, "ta"), ("வெள்ளி", 4, "ta"), ("சனி", 5, "ta"), ("ஞாயிறு", 6, "ta"),
    ("തിങ്കളാഴ്‌ച", 0, "ml"), ("ചൊവ്വാഴ്ച", 1, "ml"), ("ബുധനാഴ്‌ച", 2, "ml"), ("വ്യാഴാഴ്‌ച", 3, "ml"),
    ("വെള്ളിയാഴ്‌ച", 4, "ml"), ("ശനിയാഴ്‌ച", 5, "ml"), ("ഞായറാഴ്‌ച", 6, "ml"), ("सोमवार", 0, "hi"),
    ("मंगलवार", 1, "hi"), ("बुधवार", 2, "hi"), ("गुरुवार", 3, "hi"), ("शुक्रवार", 4, "hi"),
    ("शनिवार", 5, "hi"), ("रविवार", 6, "hi"), ("дүйсенбі", 0, "kk"), ("сейсенбі", 1, "kk"),
    ("сәрсенбі", 2, "kk"), ("бейсенбі", 3, "kk"), ("жұма", 4, "kk"), ("сенбі", 5, "kk"),
    ("bazar ertəsi", 0, "az"), ("çərşənbə axşamı", 1, "az"), ("çərşənbə", 2, "az"), ("cümə axşamı", 3, "az"),
    # (CLDR 42's; Sunday as "bazar günü", its day: "bazar" alone is a market, and a place's
    # name, "Cox's Bazar", "Bazar Ramadan": review 59)
    ("cümə", 4, "az"), ("şənbə", 5, "az"), ("bazar günü", 6, "az"),
    ("жексенбі", 6, "kk"), ("dushanba", 0, "uz"), ("seshanba", 1, "uz"), ("chorshanba", 2, "uz"),
    ("payshanba", 3, "uz"), ("juma", 4, "uz"), ("shanba", 5, "uz"), ("yakshanba", 6, "uz"),
    ("душанба", 0, "uz"), ("сешанба", 1, "uz"), ("чоршанба", 2, "uz"), ("пайшанба", 3, "uz"),
    ("жума", 4, "uz"), ("шанба", 5, "uz"), ("якшанба", 6, "uz"), ("дүйшөмбү", 0, "ky"), ("шейшемби", 1, "ky"),
    ("шаршемби", 2, "ky"), ("бейшемби", 3, "ky"), ("ишемби", 5, "ky"), ("жекшемби", 6, "ky"),
    ("дүшәмбе", 0, "tt"), ("сишәмбе", 1, "tt"), ("чәршәмбе", 2, "tt"), ("пәнҗешәмбе", 3, "tt"),
    ("җомга", 4, "tt"), ("шимбә", 5, "tt"), ("якшәмбе", 6, "tt"), ("оршот", 0, "ce"), ("шинара", 1, "ce"),
    ("кхаара", 2, "ce"), ("еара", 3, "ce"), ("пӀераска", 4, "ce"), ("шуот", 5, "ce"), ("кӀира", 6, "ce"),
    ("e hënë", 0, "sq"), ("e martë", 1, "sq"), ("e mërkurë", 2, "sq"), ("e enjte", 3, "sq"),
    ("e premte", 4, "sq"), ("e shtunë", 5, "sq"), ("e diel", 6, "sq"), ("ponedjeljak", 0, "bs"),
    ("utorak", 1, "bs"), ("srijeda", 2, "bs"), ("četvrtak", 3, "bs"), ("petak", 4, "bs"), ("subota", 5, "bs"),
    ("nedjelja", 6, "bs"), ("星期一", 0, "zh"), ("星期二", 1, "zh"), ("星期三", 2, "zh"), ("星期四", 3, "zh"),
    ("星期五", 4, "zh"), ("星期六", 5, "zh"), ("星期日", 6, "zh"), ("星期天", 6, "zh"),
    # Thai (CLDR 48), with and without "วัน" (day): "วันพฤหัสบดีที่ 23 มีนาคม" (Thursday the 23rd of March)
    ("วันจันทร์", 0, "th"), ("วันอังคาร", 1, "th"), ("วันพุธ", 2, "th"), ("วันพฤหัสบดี", 3, "th"),
    ("วันศุกร์", 4, "th"), ("วันเสาร์", 5, "th"), ("วันอาทิตย์", 6, "th"),
    # (not without "วัน": "ดวงจันทร์", the moon, and "ดวงอาทิตย์", the sun, hold them; a review) ("دونۍ", 0, "ps"), ("درېنۍ", 1, "ps"), ("څلرنۍ", 2, "ps"), ("پينځنۍ", 3, "ps"),
    ("اونۍ", 5, "ps"), ("يونۍ", 6, "ps"), ("دووشەممە", 0, "ckb"), ("سێشەممە", 1, "ckb"),
    ("چوارشەممە", 2, "ckb"), ("پێنجشەممە", 3, "ckb"), ("ھەینی", 4, "ckb"), ("شەممە", 5, "ckb"),
    ("یەکشەممە", 6, "ckb"), ("دۈشەنبە", 0, "ug"), ("سەيشەنبە", 1, "ug"), ("چارشەنبە", 2, "ug"),
    ("پەيشەنبە", 3, "ug"), ("جۈمە", 4, "ug"), ("شەنبە", 5, "ug"), ("يەكشەنبە", 6, "ug"), ("srijedu", 2, "bs"),
    ("Khamiista", 3, "so"), ("Arbaca", 2, "so"), ("Isniinta", 0, "so"), ("Axadda", 6, "so"),
    ("Ọjọ́ọ́rú", 2, "yo"), ("Ọjọ́ọ́bọ̀", 3, "yo"), ("புதன் கிழமை", 2, "ta"), ("வியாழக் கிழமை", 3, "ta"),
    ("செவ்வாய்க்கிழமை", 1, "ta"), ("வெள்ளிக்கிழமை", 4, "ta"), ("சனிக்கிழமை", 5, "ta"),
    ("ஞாயிற்றுக் கிழமை", 6, "ta"), ("রোববার", 6, "bn"), ("të premten", 4, "sq"), ("ditën e enjte", 3, "sq"),
    ("ditën e mërkurë", 2, "sq"), ("ditën e martë", 1, "sq"), ("ditën e diel", 6, "sq"),
    ("ditën e Hënë", 0, "sq"), ("subotu", 5, "bs"), ("nedjelju", 6, "bs"),
    ("e mart", 1, "sq"),  # "e martë" without its final ë: "13 prill (e mart) 2021"
    ("ހޯމަ", 0, "dv"), ("އަންގާރަ", 1, "dv"), ("ބުދަ", 2, "dv"), ("ބުރާސްފަތި", 3, "dv"), ("ހުކުރު", 4, "dv"),
    ("ހޮނިހިރު", 5, "dv"), ("އާދިއްތަ", 6, "dv"),
    ("জুমুয়াবার", 4, "bn"),  # Friday, the Muslim name: "(২১ এপ্রিল, জুমুয়াবার, ২০২৩)"
    # Turkmen ("anna", Friday, left out: a name as often)
    ("duşenbe", 0, "tk"), ("sişenbe", 1, "tk"), ("çarşenbe", 2, "tk"), ("penşenbe", 3, "tk"),
    ("şenbe", 5, "tk"), ("ýekşenbe", 6, "tk"),
    # Tajik and Amharic (CLDR, Unicode licence)
    ("душанбе", 0, "tg"), ("сешанбе", 1, "tg"), ("чоршанбе", 2, "tg"), ("панҷшанбе", 3, "tg"), ("ҷумъа", 4, "tg"),
    ("шанбе", 5, "tg"), ("якшанбе", 6, "tg"),
    ("ሰኞ", 0, "am"), ("ማክሰኞ", 1, "am"), ("ረቡዕ", 2, "am"), ("ሐሙስ", 3, "am"), ("ዓርብ", 4, "am"), ("ቅዳሜ", 5, "am"),
    ("እሑድ", 6, "am"),
    # Catalan, CLDR 49 (wide): "el dilluns 9 de Dhul Hiyyah" (UCIDCAT; ninth fresh set)
    ("dilluns", 0, "ca"), ("dimarts", 1, "ca"), ("dimecres", 2, "ca"), ("dijous", 3, "ca"),
    ("divendres", 4, "ca"), ("dissabte", 5, "ca"), ("diumenge", 6, "ca"),
)  # fmt: skip

# Jawi's weekdays that are Arabic words too: احد (Ahad, Sunday; "one", "someone"), اثنين
# (Isnin; "two"), ثلاث and سلاسا (Selasa; "three", "smoothly"), خميس (Khamis; a name). Weekdays
# only in Jawi text, where a letter of Jawi's own or a word of Malay's stands (JAWI_MARKS):
# "اثنين، ١ رمضان ١٤٤٦ه / ٢ مچ ٢٠٢٥" (trial 28: a wrong weekday passed unread). Sources in
# docs/data/spellings-sources.tsv.
JAWI_WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("احد", 6), ("اثنين", 0), ("ثلاث", 1), ("سلاسا", 1), ("خميس", 3),
)  # fmt: skip
# What makes a text Jawi: the letters Arabic and Persian lack (nga, ga, nya, va: ڠ ݢ ڽ ۏ; not
# pa ڤ, which Maghrebi Arabic writes for g), and words only Malay writes: "برساماءن"
# (coinciding with), Jawi's own weekdays; and "مچ" (March) between a day and a year only, a
# verb in Urdu and the wrist in Persian (review 62b; see tokens._jawi_march).
JAWI_LETTERS: str = "\u06a0\u0762\u06bd\u06cf"
JAWI_MARKS: tuple[str, ...] = ("برساماءن", "رابو", "سبتو")

# What may be glued to a weekday's name in Arabic script: Urdu's postpositions ("پیرکو", on
# Monday). A weekday before any other letters is the start of another word: "پیروزی" (victory),
# Kurdish "پیرۆز" (blessed), "الاحداث" (the events) are no "پیر" or "الاحد" (a review).
WEEKDAY_GLUED_AFTER: tuple[tuple[str, str], ...] = (
    ("کو", "ur"), ("سے", "ur"), ("تک", "ur"), ("کی", "ur"), ("کا", "ur"), ("کے", "ur"), ("میں", "ur"),
    ("ہے", "ur"), ("را", "fa"),
    ("شب", "fa"),  # "سه‌شنبه‌شب", Tuesday night (a second review: its weekday went unchecked)
)  # fmt: skip

# Era marks written after a year. "H" and "M" count only right after a number.
HIJRI_ERAS: tuple[tuple[str, str], ...] = (
    ("H", "und"), ("AH", "en"), ("A.H", "en"), ("Hijriah", "id"), ("Hijriyah", "id"), ("Hijrah", "ms"),
    ("Hijri", "en"), ("Hijra", "en"),
    # older English, after the year: "the date 1122 of the Hegira (equivalent 1710-11 AD)"
    ("Hegira", "en"), ("of the Hegira", "en"), ("of the Hijra", "en"), ("of the Hijrah", "en"), ("hajri", "en"), ("Hicri", "tr"), ("hicri-qəməri", "az"), ("Hijira", "ha"), ("n.H", "de"),
    ("n.d.H", "de"),  # "nach der Hidschra": "Radschab 1321 n.d.H. (2.10.1903)" (held-out set 33)
    ("Hidjra", "nl"), ("na de Hidjra", "nl"), ("Hidjri", "nl"),
    ("Hégira", "pt"), ("da Hégira", "pt"), ("de la Hégira", "es"), ("Hégira", "es"), ("Egira", "it"), ("dell'Egira", "it"), ("dall'Egira", "it"),
    ("hégire", "fr"), ("Hijriy", "uz"), ("l'hégire", "fr"), ("de l'hégire", "fr"), ("bayan Hijira", "ha"), ("г. х", "ru"), ("h. g.", "bs"), ("хиджры", "ru"), ("по хиджре", "ru"), ("за хіджрою", "uk"), ("хіджрою", "uk"),
    ("هـ", "ar"), ("ه", "ar"), ("الهجري", "ar"), ("الهجرية", "ar"), ("للهجرة", "ar"), ("هجرية", "ar"), ("ھ", "ur"), ("ق", "fa"), ("ه.ق", "fa"), ("هجري", "ar"), ("هجرية", "ar"),
    ("هجريا", "ar"), ("هجری", "fa"), ("هجری قمری", "fa"), ("قمری", "fa"), ("ہجری", "ur"), ("هجرى", "ar"),
    ("হিজরি", "bn"), ("হিজরী", "bn"), ("হিজরির", "bn"), ("হি", "bn"), ("हिजरी", "hi"), ("dalam kalender Hijriah", "id"),
    ("dalam kalender Hijriyah", "id"), ("in the Hijri calendar", "en"), ("in the Islamic calendar", "en"),
    ("in the Islamic lunar calendar", "en"),
    ("dalam kalender Hijriyah", "id"), ("in the Hijri calendar", "en"), ("Islamic year", "en"), ("ano islâmico", "pt"), ("ano islâmico de", "pt"),
    ("ഹിജറ", "ml"), ("ХЖ", "kk"), ("ھىجرىيە", "ug"), ("na hijirar Annabi", "ha"),
    ("bayan hijirar Annabi", "ha"), ("Hijiriyya", "ha"), ("bayan Hijrah", "ha"), ("hijriyada", "so"),
    ("na hijirar Annabi SAW", "ha"), ("bayan hijirar Annabi SAW", "ha"),
    ("sanadka Hijriga", "so"), ("ee sanadka Hijriga", "so"),
    ("Hijriga", "so"), ("Hijria Qamaria", "sw"), ("Hijiria", "sw"), ("Hijiriya", "sw"), ("Hijriya", "sw"),
    ("Hijiri", "sw"), ("Hijriyyah", "sw"), ("ஹிஜ்ரி", "ta"), ("ஹிஜ்ரீ", "ta"), ("ஹிஜிரி", "ta"),
    ("ഹിജ്റി", "ml"), ("एएच", "hi"), ("अल हिजरी", "hi"), ("हिजरी संवत", "hi"), ("হিঃ", "bn"),
    ("হিজরি সন", "bn"), ("Хижри", "kk"), ("Хижра", "kk"), ("хижри-қамари", "kk"), ("Һижра", "kk"),
    ("Һижри", "kk"), ("hijriy yil", "uz"), ("Hijriy-qamariy", "uz"), ("Ҳижрий", "uz"),
    ("хижрий", "ky"),  # "16-хижрий жылдын" (muftiyat.kg; stop 59)
    # the Afghan Islamic Emirate's statements date each calendar by its label: "06/05/1440 Hijri
    # Lunar / 22/10/1397 Hijri Solar 13/01/2019 Gregorian" (held-out set 28)
    ("Hijri Lunar", "en"), ("Lunar Hijri", "en"), ("Hijri Qamari", "en"),
    ("ҳижрий-қамарий", "uz"), ("ҳижрийда", "uz"), ("hijriyda", "uz"), ("Хиҗри", "tt"), ("Hixhri", "sq"), ("po Hidžri", "bs"), ("po hedžri", "bs"), ("hedžri", "bs"), ("Anno Hegiræ", "en"), ("Anno Hegirae", "en"),
    ("hidžretske godine", "bs"), ("hidžretska godina", "bs"), ("godina po Hidžri", "bs"), ("هیجری", "ckb"),
    ("کۆچی", "ckb"), ("کۆچیی", "ckb"), ("کووچی", "sdh"), ("ހިޖުރީ", "dv"), ("ހިޖުރީ ސަނަތުން", "dv"),
    ("према хиџретском календару", "sr"), ("хиџретском", "sr"), ("sipas kalendarit islam", "sq"),
    ("hicretin", "tr"),  # "hicretin 17. yılında" (in the 17th year of the Hijra)
    ("Hicri takvime göre", "tr"),  # "by the Hijri calendar", before the year: "Hicri takvime göre 1446 yılı"
    # Bosnian case forms: "1434. hidžretsku Novu godinu" (the 1434th Hijri New Year, accusative)
    ("hidžretsku godinu", "bs"), ("hidžretskoj godini", "bs"), ("hidžretska", "bs"), ("hidžretsku", "bs"),
    ("hidžretske", "bs"), ("hidžretskoj", "bs"),
    ("ヒジュラ暦", "ja"), ("イスラム暦", "ja"), ("イスラーム暦", "ja"),  # Japanese "the Hijra calendar", before the year: "ヒジュラ暦1430年"
    # Chinese "the Islamic calendar" (the Yi, the Hui, the Hijra calendar), before the year:
    # "伊历1442年9月1日"
    ("ฮิจเราะห์ศักราช", "th"), ("ฮ.ศ.", "th"),  # Thai "Hijri era": "รอมฎอน ฮิจเราะห์ศักราช 1444"
    # and "for the Hijri year", one word as Thai writes it: "เดือนรอมฎอน ประจำปีฮิจเราะห์ศักราช 1435"
    ("ประจำปีฮิจเราะห์ศักราช", "th"),
    ("伊历", "zh"), ("伊曆", "zh"), ("伊歷", "zh"), ("回歷", "zh"), ("伊斯蘭曆", "zh"), ("伊斯蘭教曆", "zh"), ("回历", "zh"), ("回曆", "zh"), ("伊斯兰历", "zh"), ("伊斯兰教历", "zh"), ("希吉来历", "zh"),
    ("qamariyaning", "uz"),  # "of the lunar (years)", before the year: "qamariyaning 1399/1400-y."
    # "the first day of the month of Ramadan in 1445 according to the Islamic calendar will
    # correspond to 12 March 2024" (Pressenza; fourteenth fresh set)
    ("according to the Islamic calendar", "en"), ("according to the Hijri calendar", "en"),
)  # fmt: skip

GREGORIAN_ERAS: tuple[tuple[str, str], ...] = (
    ("M", "id"), ("CE", "en"), ("C.E", "en"), ("AD", "en"), ("A.D", "en"), ("Masehi", "id"), ("Masihi", "ms"),
    ("Miladi", "tr"), ("Milodiy", "uz"), ("ء", "ur"), ("م", "ar"), ("ميلادي", "ar"), ("ميلادية", "ar"), ("ميلاديا", "ar"), ("للميلاد", "ar"), ("میلادی", "fa"),
    ("عیسوی", "ur"), ("n. Chr", "de"), ("n.Chr", "nl"),
    ("na Christus", "nl"), ("d.C", "pt"), ("d.C", "it"),
    ("de notre ère", "fr"),  # "1150 de l’Hégire, correspondant à 1737 de notre ère" (held-out set 33)
    ("ค.ศ.", "th"),  # Thai "Christian era"
    # Thai "Buddhist era", whose year is ours plus 543 ("23 มีนาคม พ.ศ. 2566", 23 March 2023): a
    # Gregorian date's era, its year turned to ours where units are made (datelines._read.tokens)
    ("พ.ศ.", "th"),
    ("公历", "zh"), ("公曆", "zh"), ("公元", "zh"), ("西历", "zh"), ("西曆", "zh"), ("西暦", "ja"),  # "公历2021年4月13日"
    ("BHAI", "ha"), ("Bayan haihuwar annab", "ha"), ("Sanannen Zamani", "ha"), ("Ciise Dabadii", "so"),
    ("Taariikhda Miilaadiga", "so"), ("BK", "sw"), ("Baada ya Kristo", "sw"), ("Lehin Kristi", "yo"),
    ("கி.பி.", "ta"), ("அன்னோ டோமினி", "ta"), ("എഡി", "ml"), ("എ ഡി", "ml"), ("സിഇ", "ml"), ("ആന്നോ ഡൊമിനി", "ml"),
    ("ईस्वी", "hi"), ("ईसवी सन", "hi"), ("খৃষ্টাব্দ", "bn"), ("খ্রিষ্টাব্দ", "bn"), ("খ্রীষ্টাব্দ", "bn"),
    ("біздің заманымыз", "kk"), ("mil.", "uz"), ("милодий", "uz"), ("эрамиз", "uz"), ("биздин заман", "ky"),
    ("милади", "tt"), ("безнең эра", "tt"), ("Ӏийса пайхамар вина дийнахь дуьйна", "ce"),
    ("вайн эрехь", "ce"), ("mbas Krishtit", "sq"), ("erës sonë", "sq"), ("nove ere", "bs"),

    ("له میلاد څخه وروسته", "ps"), ("عام پېر", "ps"), ("دوران مشترک", "fa"), ("زایینی", "ckb"), ("زاینی", "sdh"),
    ("مىلادىيە", "ug"), ("Miladiyya", "ha"), ("miladiya", "ha"), ("Miilaadiga", "so"), ("ইংরেজি", "bn"),
    ("খ্রিস্টাব্দ", "bn"), ("މީލާދީ", "dv"), ("މީލާދީ ސަނަތުން", "dv"),
    ("Գրիգորյան օրացույցով", "hy"),  # "by the Gregorian calendar", before the date
    ("খ্রিস্টাব্দ", "bn"), ("খ্রিস্টাব্দের", "bn"), ("މީލާދީ", "dv"), ("މީލާދީ ސަނަތުން", "dv"),
    ("খ্রি", "bn"),  # "খ্রিস্টাব্দ" cut short, glued to its date: "১৯/০৬/২০১৫খ্রি:"
    ("ইংরেজী", "bn"),  # "English" with a long ī, a date's label: "আজকের ইংরেজী তারিখ: ২৯ এপ্রিল, ২০২৫"
    ("ইং", "bn"),  # "ইংরেজি" cut short after a date: "তারিখ: ২৮ মে, ২০২৪ ইং", "১১/০১/২০২৪ ইং তারিখ থেকে"
    ("ঈসাব্দ", "bn"), ("ঈসায়ী", "bn"), ("ঈ", "bn"), ("খ্রিস্টাব্দে", "bn"),  # "of Jesus", the era as Qawmi madrasa boards print it: "১৪৪২ হিজরী/১৪২৭ বঙ্গাব্দ/২০২১ ঈসাব্দ"
    ("খ্রিঃ", "bn"),  # "খ্রিস্টাব্দ" cut short with the visarga as its stop: "২০ জানুয়ারি ২০২৬ খ্রিঃ"
)  # fmt: skip

# Gregorian eras written as initials that the reader need not read (it reads the year beside
# them) but that show extract a Gregorian half: "of our era" and "of the new era" cut short,
# "(1697 г. н. э.)", "(1697. n. e.)" (review 57). Not eras of the tables: their letters run
# together are words ("ne" in Hausa, Bosnian, French).
GREGORIAN_ERA_INITIALS_ONLY: tuple[tuple[str, str], ...] = (("н. э", "ru"), ("n. e", "bs"))

# The eras before the common era (CLDR's abbreviated era names, and the spelled-out forms
# beside them), read as a Gregorian half's era so that the checker can say no Hijri date
# falls then: "10 Muharram (10 October 680 BC)" is no dual date (a review, stop 45). Not
# Turkish "M.Ö.": its first word "M" (the Indonesian era) would begin a run of words the
# reader joins into a name ("1979 M ai" read as May, a soak run).
BEFORE_COMMON_ERAS: tuple[tuple[str, str], ...] = (
    ("BC", "en"), ("B.C", "en"), ("BCE", "en"), ("B.C.E", "en"), ("av. J.-C", "fr"), ("v. Chr", "de"),
    ("v.Chr", "de"), ("a.C", "es"), ("a. C", "es"), ("a.C", "it"), ("a.C", "pt"), ("MÖ", "tr"),
    ("ق.م", "ar"), ("قبل الميلاد", "ar"), ("до н. э", "ru"), ("до н.э", "ru"), ("پیش از میلاد", "fa"),
    ("قبل مسیح", "ur"), ("SM", "ms"), ("SM", "id"),
)  # fmt: skip
GREGORIAN_ERAS += BEFORE_COMMON_ERAS

# The Rumi calendar's era marks, after a western half's year: the Ottoman fiscal calendar of
# 1840-1925, whose years are the Julian ones less 584 ("19 Şubat 1331 Rumi", 3 March 1916;
# see datelines.calendars.rumi), read as a Gregorian half's era so that the checker reads
# the date as Rumi.
RUMI_ERAS: tuple[tuple[str, str], ...] = (
    ("Rumi", "tr"), ("Rûmî", "tr"), ("Rumî", "tr"), ("Rûmi", "tr"),
)  # fmt: skip
GREGORIAN_ERAS += RUMI_ERAS

# Marks of a western date of the Julian calendar, Old Style, after its year: the checker
# reads such a half as Julian ("6 July 1828 (old style)", "6 июля 1828 года по старому стилю":
# histories of Russia and British India; a review).
OLD_STYLE_ERAS: tuple[tuple[str, str], ...] = (
    ("O.S", "en"), ("Old Style", "en"), ("old style", "en"), ("по старому стилю", "ru"),
    ("ст. ст", "ru"), ("ст.ст", "ru"), ("старого стиля", "ru"), ("по ст. ст", "ru"),
    # a trial's historian: "O. S.", "OS", "(Julian)"; French "vieux style", "v. st.", "ancien
    # style"; German "a. St." (alten Stils); Latin "st. v." (stilo vetere)
    ("O. S", "en"), ("OS", "en"), ("Julian", "en"), ("vieux style", "fr"), ("v. st", "fr"),
    ("ancien style", "fr"), ("v. s", "fr"), ("a. St", "de"), ("alten Stils", "de"), ("st. v", "la"),
)  # fmt: skip
# Marks of a western date of the Gregorian calendar, New Style, in the same place: such a half
# is Gregorian whatever the check is told ("30 janvier 1829 n. st.", "(N.S.)", "по новому стилю").
NEW_STYLE_ERAS: tuple[tuple[str, str], ...] = (
    ("N.S", "en"), ("N. S", "en"), ("New Style", "en"), ("n. st", "fr"), ("nouveau style", "fr"),
    ("neuen Stils", "de"), ("n. St", "de"), ("st. n", "la"), ("по новому стилю", "ru"), ("н. ст", "ru"),
    ("нового стиля", "ru"),
)  # fmt: skip

# Days written as words: "1st", "first day of", غرة, فاتح, یکم … (value, language).
DAY_WORDS: tuple[tuple[str, int, str], ...] = (
    ("first", 1, "en"), ("premier", 1, "fr"), ("1er", 1, "fr"), ("premier jour", 1, "fr"),
    ("غرة", 1, "ar"), ("المتمم", 30, "ar"), ("المكمل", 30, "ar"), ("المكمل للثلاثين", 30, "ar"), ("the completion of", 30, "en"), ("تەواوکەری", 30, "ckb"), ("فاتح", 1, "ar"), ("مفتتح", 1, "ar"), ("غرهی", 1, "fa"), ("مستهل", 1, "ar"), ("أول", 1, "ar"), ("اول", 1, "fa"),
    ("یکم", 1, "fa"), ("پہلی", 1, "ur"), ("پہلا", 1, "ur"), ("دوسرا", 2, "ur"), ("دسویں", 10, "ur"), ("birinci", 1, "tr"), ("ilk", 1, "tr"),
    ("প্রথম", 1, "bn"), ("daya", 1, "ha"), ("pertama", 1, "id"), ("erste", 1, "de"), ("primero", 1, "es"),
    ("kwanza", 1, "sw"), ("mosi", 1, "sw"), ("mwezi mosi", 1, "sw"), ("parë", 1, "sq"), ("e parë", 1, "sq"), ("prvi", 1, "bs"),
    ("prva", 1, "bs"), ("prvog", 1, "bs"), ("prvom", 1, "bs"), ("prvim", 1, "bs"), ("первый", 1, "ru"), ("первым", 1, "ru"),
    ("первого", 1, "ru"), ("первое", 1, "ru"), ("первом", 1, "ru"), ("یەکەم", 1, "ckb"), ("یەکەمین", 1, "ckb"),
    ("لومړۍ", 1, "ps"), ("لومړی", 1, "ps"), ("kínní", 1, "yo"), ("ഒന്ന്", 1, "ml"), ("ഒന്നാം", 1, "ml"),
    ("പഹലാ", 1, "ml"), ("পহেলা", 1, "bn"), ("पहला", 1, "hi"), ("पहली", 1, "hi"), ("दसवें", 10, "hi"), ("نخستین", 1, "fa"),
    ("deveti", 9, "bs"), ("deseti", 10, "bs"), ("desetog", 10, "bs"), ("petnaesta", 15, "bs"),
    ("десятый", 10, "ru"), ("десятого", 10, "ru"), ("десятое", 10, "ru"), ("перший", 1, "uk"), ("десятий", 10, "uk"),
    ("tara", 9, "ha"), ("ranar farko", 1, "ha"), ("Ashirin da Tara", 29, "ha"), ("takwas", 8, "ha"),
    ("biyu", 2, "ha"), ("koowaad", 1, "so"), ("maalinta u horeysa", 1, "so"), ("maalinta ugu horeysa", 1, "so"), ("siku ya kwanza", 1, "sw"), ("kọkàndín-lọ́gbọ̀n", 29, "yo"),
    ("kejìlé-lógún", 22, "yo"), ("kẹtàlé-lógún", 23, "yo"), ("kẹrìnlé-lógún", 24, "yo"), ("àkọ́kọ́", 1, "yo"),
    ("முதல் நாள்", 1, "ta"), ("முதல் நாளாகும்", 1, "ta"), ("முதல் பிறை என்று", 1, "ta"), ("முதல் பிறை என", 1, "ta"), ("ആദ്യ ദിവസം", 1, "ml"), ("ആദ്യ ദിവസമായി", 1, "ml"), ("ആദ്യ ദിനം", 1, "ml"), ("മുപ്പത്", 30, "ml"), ("ഒമ്പത്", 9, "ml"),
    ("എട്ട്", 8, "ml"), ("ഏഴ്", 7, "ml"), ("പത്ത്", 10, "ml"), ("ഒന്നാം തീയതി", 1, "ml"), ("രണ്ട്", 2, "ml"),
    ("ഒമ്പതാം", 9, "ml"),  # "ninth": "ദുൽ ഹിജ്ജ മാസത്തിലെ ഒമ്പതാം ദിവസമായ അറഫാ ദിനം" (held-out set 36)
    # the third to the sixth (Malayalam numerals, Wikipedia): "ജൂൺ അഞ്ചാം തീയതി" (the fifth of
    # June; held-out set 39). Not the cardinals: "റമദാൻ ആറ് മാസം മുമ്പ്" is six months ago (review 67).
    ("മൂന്നാം", 3, "ml"), ("നാലാം", 4, "ml"), ("അഞ്ചാം", 5, "ml"), ("ആറാം", 6, "ml"),
    ("पहली तारीख़", 1, "hi"), ("бірінші күні", 1, "kk"), ("birinchi kuni", 1, "uz"),
    ("биринчи куни", 1, "uz"), ("ўнинчи санаси", 10, "uz"), ("биринчи күнү", 1, "ky"), ("биринчи", 1, "ky"), ("отузунчу күнү", 30, "ky"),
    ("отузунчу", 30, "ky"), ("لومړۍ ورځ", 1, "ps"), ("اولین روز", 1, "fa"),
    # Dhivehi: "the first day" (and "the first day is", "on the first day", "of the first day")
    ("ފުރަތަމަ ދުވަސް", 1, "dv"), ("ފުރަތަމަ ދުވަހަކީ", 1, "dv"), ("ފުރަތަމަ ދުވަހު", 1, "dv"),
    ("ފުރަތަމަ ދުވަހުގެ", 1, "dv"), ("އެއްވަނަ ދުވަސް", 1, "dv"), ("އެއްވަނަ ދުވަހަކީ", 1, "dv"),
    ("އެއް ވަނަ ދުވަސް", 1, "dv"), ("އެއް ވަނަ ދުވަހަކީ", 1, "dv"),
    # Kurmanji: "the completer of" the month, its 30th, as Sorani "تەواوکەری" ("tewawkerê meha Remezanê")
    ("tewawkerê", 30, "kmr"),
    # Dhivehi "the first day is", misspelt "އެއްވަން" for "އެއްވަނަ" on a page: "ރަމަޟާން މަހުގެ އެއްވަން ދުވަހަކީ"
    ("އެއްވަން ދުވަހަކީ", 1, "dv"), ("އެއްވަން ދުވަސް", 1, "dv"),
    ("առաջին օրը", 1, "hy"),  # Armenian: "Ռամադանի առաջին օրը" (the first day of Ramadan)
    ("аввали", 1, "tg"), ("аввал", 1, "tg"),  # Tajik "first": "рӯзи аввали моҳи Рамазон" (the first day of Ramadan)
    # Hindi "tenth", feminine as "तारीख" (date) wants, and as printed without its nasal sign:
    # "इस महीने की दसवी तारीख" (the tenth date of this month)
    ("दसवीं", 10, "hi"), ("दसवी", 10, "hi"),
    ("पहले दिन", 1, "hi"),  # "first day", oblique: "शव्वाल के पहले दिन" (on the first day of Shawwal)
    ("முதல் நாளாக", 1, "ta"),  # "as the first day": "ஜுல்ஹிஜ்ஜா மாதத்தின் முதல் நாளாக இருக்கும்" (will be)
    ("kowda", 1, "so"),  # Somali "the first" ("kow" with "-da"): "laga bilaabo kowda bisha Ramadaan"
    ("хьалхара", 1, "inh"), ("хьалхара", 1, "ce"),  # Ingush and Chechen "first": "хьалхара ди" (the first day)
    ("maalintii ugu horeysay", 1, "so"),  # "the very first day", past: "… Ramadaan oo maanta ay tahay maalintii ugu horeysay"
    ("یکم", 1, "ur"),  # Urdu writes Persian's "first" too: "یکم رمضان المبارک 1446 ہجری 2 مارچ 2025"
)  # fmt: skip

# Persian ordinal days: "دوازدهم ربیع‌الاول", "سیزدهم آبان", "بیست و یکم رمضان".
_FA_ORDINALS = (
    "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم", "سیزدهم",
    "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
)  # fmt: skip
DAY_WORDS += tuple((name, day, "fa") for day, name in enumerate(_FA_ORDINALS[1:], start=2))
DAY_WORDS += tuple((f"بیست و {name}", 20 + day, "fa") for day, name in enumerate(_FA_ORDINALS[:9], start=1))
DAY_WORDS += (("هیجدهم", 18, "fa"), ("سی ام", 30, "fa"), ("سی‌ام", 30, "fa"), ("سیام", 30, "fa"))
# and their "-ین" forms before the noun ("دهمین روز از ماه محرم", the tenth day of the month of
# Muharram), and "نخست" (first: "روز نخست ماه مبارک رمضان").
DAY_WORDS += tuple((f"{name}ین", day, "fa") for day, name in enumerate(_FA_ORDINALS, start=1))
DAY_WORDS += tuple((f"بیست و {name}ین", 20 + day, "fa") for day, name in enumerate(_FA_ORDINALS[:9], start=1))
DAY_WORDS += (("نخست", 1, "fa"), ("سی امین", 30, "fa"), ("سی‌امین", 30, "fa"))

# English ordinal words: "the tenth day of Dhu al-Hijjah", "the twenty-seventh of Rajab".
_EN_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
DAY_WORDS += tuple((name, day, "en") for day, name in enumerate(_EN_ORDINALS[1:], start=2))
DAY_WORDS += tuple((f"twenty {name}", 20 + day, "en") for day, name in enumerate(_EN_ORDINALS[:9], start=1))
DAY_WORDS += (("thirtieth", 30, "en"),)
# and the compound cardinals, as translations write the day ("on Thursday, twenty-three of
# Ramadan, 1362 AH, corresponding to twenty-three of September, 1943", a book's colophon;
# held-out set 30): days only before "of" (DAYS_BEFORE_OF), as they count things before a
# month's name ("the twenty-one Ramadan 1445 fasts": review 62); not the simple ones, which
# count many things before "of" too ("three of March's sessions")
_EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DAYS_BEFORE_OF: tuple[tuple[str, int, str], ...] = (
    *((f"twenty {name}", 20 + day, "en") for day, name in enumerate(_EN_UNITS, start=1)),
    ("thirty one", 31, "en"),
)
DAY_WORDS += DAYS_BEFORE_OF
DAY_WORDS += (("primer", 1, "es"), ("primera", 1, "es"))  # "el primer día del mes de Ramadán"
# Portuguese and Italian "first" ("o primeiro dia do mês do Ramadã", "il primo giorno di
# Shawwal"); not Italian "prima", which is "before" too
DAY_WORDS += (("primeiro", 1, "pt"), ("primeira", 1, "pt"), ("primo", 1, "it"))
# Dhivehi "the first day (as being)", the suffix glued on: "ރަމަޟާން މަހުގެ ފުރަތަމަ ދުވަސްކަމަށް"
# (raajje.mv; sixth fresh set)
DAY_WORDS += (("ފުރަތަމަ ދުވަސްކަމަށް", 1, "dv"), ("އެއްވަނަ ދުވަސްކަމަށް", 1, "dv"))
# Italian ordinals ("il decimo giorno del Muharram"); not "secondo", which is "according to" too
_IT_ORDINALS = (
    "primo", "secondo", "terzo", "quarto", "quinto", "sesto", "settimo", "ottavo", "nono", "decimo",
    "undicesimo", "dodicesimo", "tredicesimo", "quattordicesimo", "quindicesimo", "sedicesimo",
    "diciassettesimo", "diciottesimo", "diciannovesimo", "ventesimo", "ventunesimo", "ventiduesimo",
    "ventitreesimo", "ventiquattresimo", "venticinquesimo", "ventiseiesimo", "ventisettesimo",
    "ventottesimo", "ventinovesimo", "trentesimo",
)  # fmt: skip
DAY_WORDS += tuple((name, day, "it") for day, name in enumerate(_IT_ORDINALS, start=1) if day > 2)

# Japanese "the Nth day", in kanji numerals: "シャウワール月の第一日" (the first day of Shawwal).
_JA_DIGITS = ("", "一", "二", "三", "四", "五", "六", "七", "八", "九")
DAY_WORDS += tuple(
    (
        "第"
        + ("" if day < 10 else ("" if day < 20 else _JA_DIGITS[day // 10]) + "十")
        + _JA_DIGITS[day % 10]
        + "日",
        day,
        "ja",
    )
    for day in range(1, 31)
)

# Dutch ordinal words: "de eerste dag van de Ramadan", "de tiende dag van Moeharram".
_NL_ORDINALS = (
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
    "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende",
    "achttiende", "negentiende", "twintigste", "eenentwintigste", "tweeëntwintigste",
    "drieëntwintigste", "vierentwintigste", "vijfentwintigste", "zesentwintigste",
    "zevenentwintigste", "achtentwintigste", "negenentwintigste", "dertigste",
)  # fmt: skip
DAY_WORDS += tuple((name, day, "nl") for day, name in enumerate(_NL_ORDINALS, start=1))

# German ordinal words, with the endings they take after the article ("der erste Tag", "am
# zehnten Tag des Monats Muharram"): 1-30 as the grammar forms them. Not "erster", "zweiter",
# which follow "ein", "mein" ("mein zweiter Ramadan"), never a date's article.
_DE_ORDINALS = (
    "erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte",
    "elfte", "zwölfte", "dreizehnte", "vierzehnte", "fünfzehnte", "sechzehnte", "siebzehnte",
    "achtzehnte", "neunzehnte", "zwanzigste", "einundzwanzigste", "zweiundzwanzigste",
    "dreiundzwanzigste", "vierundzwanzigste", "fünfundzwanzigste", "sechsundzwanzigste",
    "siebenundzwanzigste", "achtundzwanzigste", "neunundzwanzigste", "dreißigste",
)  # fmt: skip
DAY_WORDS += tuple(
    (name + ending, day, "de")
    for day, name in enumerate(_DE_ORDINALS, start=1)
    for ending in ("", "n")
    if (name + ending, day) != ("erste", 1)  # already above
)

# Russian ordinal days, in the cases a day takes ("первый день", "тридцатым днем месяца
# Шаабан", "до десятого числа", "в первом"): 1-31 as the grammar forms them, a stem and its
# ending (-ый or, stressed, -ой; третий's own); the twenties and 31 with the tens word before.
_RU_STEMS = (
    "перв", "втор", "трет", "четвёрт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат",
    "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат",
    "девятнадцат", "двадцат", "",  # (no stem of its own for 21-29: see below)
    "", "", "", "", "", "", "", "", "тридцат",
)  # fmt: skip


def _ru_forms(stem: str) -> tuple[str, ...]:
    if stem == "трет":
        return ("третий", "третьего", "третьим", "третьем", "третье")
    nominative = stem + ("ой" if stem in ("втор", "шест", "седьм", "восьм") else "ый")
    return (nominative, stem + "ого", stem + "ым", stem + "ом", stem + "ое")


_RU_ORDINALS = tuple(
    (form, day) for day, stem in enumerate(_RU_STEMS, start=1) if stem for form in _ru_forms(stem)
) + tuple(
    (f"{tens} {form}", base + day)
    for tens, base, last in (("двадцать", 20, 9), ("тридцать", 30, 1))
    for day in range(1, last + 1)
    for form in _ru_forms(_RU_STEMS[day - 1])
)
_RU_SAID = frozenset(name for name, _, language in DAY_WORDS if language == "ru")
DAY_WORDS += tuple((name, day, "ru") for name, day in _RU_ORDINALS if name not in _RU_SAID)

# Turkish and Azerbaijani ordinal days: "Ramazan ayının on birinci günü", "Ramazan ayının iyirmi
# yeddinci günü" (the grammar of both languages: a tens word, then the unit's ordinal).
_TR_UNITS = (
    "birinci",
    "ikinci",
    "üçüncü",
    "dördüncü",
    "beşinci",
    "altıncı",
    "yedinci",
    "sekizinci",
    "dokuzuncu",
)
_AZ_UNITS = (
    "birinci",
    "ikinci",
    "üçüncü",
    "dördüncü",
    "beşinci",
    "altıncı",
    "yeddinci",
    "səkkizinci",
    "doqquzuncu",
)
for _language, _units, _ten, _twenty, _tens in (
    ("tr", _TR_UNITS, "onuncu", "yirminci", ("on", "yirmi")),
    ("az", _AZ_UNITS, "onuncu", "iyirminci", ("on", "iyirmi")),
):
    DAY_WORDS += tuple(
        (name, day, _language)
        for day, name in enumerate(_units, start=1)
        if (name, _language) != ("birinci", "tr")
    )
    DAY_WORDS += ((_ten, 10, _language), (_twenty, 20, _language), ("otuzuncu", 30, _language))
    DAY_WORDS += tuple(
        (f"{tens} {name}", 10 * step + day, _language)
        for step, tens in enumerate(_tens, start=1)
        for day, name in enumerate(_units, start=1)
    )

# Arabic ordinal days, as a Saudi court statement writes them: "التاسع والعشرين من شهر ذي الحجة".
_AR_UNITS = (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
)  # fmt: skip
_AR_TEENS = (
    "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر",
    "السابع عشر", "الثامن عشر", "التاسع عشر",
)  # fmt: skip
DAY_WORDS += tuple((name, day, "ar") for day, name in enumerate(_AR_UNITS[1:], start=2))
DAY_WORDS += tuple((name, day, "ar") for day, name in enumerate(_AR_TEENS, start=10))
DAY_WORDS += (
    ("العشرين", 20, "ar"), ("الثلاثين", 30, "ar"), ("الحادي والعشرين", 21, "ar"),
    ("الحادي والثلاثين", 31, "ar"),  # a Gregorian month's last day: "الموافق للحادي والثلاثين من مارس"
    # "the one and thirtieth", as the cardinal's form is written for the ordinal's: "يوم الخميس الموافق
    # الواحد والثلاثين من شهر أغسطس" (held-out set 25: read as the 30th, the "one" lost)
    ("الواحد والعشرين", 21, "ar"), ("الواحد والثلاثين", 31, "ar"),
)  # fmt: skip
DAY_WORDS += tuple((f"{name} والعشرين", 20 + day, "ar") for day, name in enumerate(_AR_UNITS[1:], start=2))
# The same as subjects (nominative "-ون" for the genitive "-ين"): "اليوم الثلاثاء التاسع والعشرون من
# رمضان" (today, Tuesday, the twenty-ninth of Ramadan).
DAY_WORDS += (
    ("العشرون", 20, "ar"), ("الثلاثون", 30, "ar"), ("الحادي والعشرون", 21, "ar"), ("الحادي والثلاثون", 31, "ar"),
)  # fmt: skip
DAY_WORDS += tuple((f"{name} والعشرون", 20 + day, "ar") for day, name in enumerate(_AR_UNITS[1:], start=2))

# The same without the article, in construct before the month, as colophons and chronicles
# write them: "يوم السبت خامس المحرم سنة 1371ه" (Saturday, the fifth of Muharram 1371; a book's
# colophon, held-out set 18), "في ثامن عشر ذي الحجة" (on the eighteenth of Dhu al-Hijja).
# Common words alone ("ثاني أكبر مدينة", the second city), so not day words: a day only
# straight before a Hijri month whose year the date gives (see datelines._read.halves).
_AR_CONSTRUCT = ("ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
CONSTRUCT_DAY_WORDS: tuple[tuple[str, int, str], ...] = (
    *((name, day, "ar") for day, name in enumerate(_AR_CONSTRUCT, start=2)),
    ("عاشر", 10, "ar"),
    ("حادي عشر", 11, "ar"),
    *((f"{name} عشر", 10 + day, "ar") for day, name in enumerate(_AR_CONSTRUCT, start=2)),
)

# Indonesian ordinal days, CLDR 47's spellout-ordinal (ke- and the cardinal): "hari kesepuluh
# Zulhijah" (the tenth day of Dhu al-Hijjah). "pertama" (1st) is above.
_ID_UNITS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
DAY_WORDS += tuple((f"ke{name}", day, "id") for day, name in enumerate(_ID_UNITS[1:], start=2))
DAY_WORDS += (
    ("kesepuluh", 10, "id"),
    ("kesebelas", 11, "id"),
    ("kedua puluh", 20, "id"),
    ("ketiga puluh", 30, "id"),
)
DAY_WORDS += tuple((f"ke{name} belas", 10 + day, "id") for day, name in enumerate(_ID_UNITS[1:], start=2))
DAY_WORDS += tuple((f"kedua puluh {name}", 20 + day, "id") for day, name in enumerate(_ID_UNITS, start=1))

# Uzbek ordinal days with the word for "day", Latin and Cyrillic (the ordinal suffix -(i)nchi on
# the cardinal, a tens word before the unit's ordinal): "Ramazon oyining oltinchi kuni" (the
# sixth day of Ramadan), "Шаъбон ойининг ўттизинчи куни" (the 30th of Sha'ban).
_UZ_ORDINALS = (
    ("birinchi", "ikkinchi", "uchinchi", "to‘rtinchi", "beshinchi", "oltinchi", "yettinchi", "sakkizinchi",
     "to‘qqizinchi"),
    ("биринчи", "иккинчи", "учинчи", "тўртинчи", "бешинчи", "олтинчи", "еттинчи", "саккизинчи", "тўққизинчи"),
)  # fmt: skip
for _uz_units, _uz_tens, _uz_day in (
    (_UZ_ORDINALS[0], ("o‘n", "yigirma", "o‘ninchi", "yigirmanchi", "o‘ttizinchi"), "kuni"),
    (_UZ_ORDINALS[1], ("ўн", "йигирма", "ўнинчи", "йигирманчи", "ўттизинчи"), "куни"),
):
    DAY_WORDS += tuple(
        (f"{name} {_uz_day}", day, "uz") for day, name in enumerate(_uz_units, start=1) if day > 1
    )
    DAY_WORDS += tuple(
        (f"{name} {_uz_day}", 10 * step, "uz") for step, name in enumerate(_uz_tens[2:], start=1)
    )
    DAY_WORDS += tuple(
        (f"{tens} {name} {_uz_day}", 10 * step + day, "uz")
        for step, tens in enumerate(_uz_tens[:2], start=1)
        for day, name in enumerate(_uz_units, start=1)
    )

# Swahili days said as "month" and a cardinal, as "mwezi mosi" above: "mwezi Tisa ya Dhulhijja"
# (the 9th of Dhu al-Hijjah), as "mwezi 9 Dhulhijja" in digits. A cardinal alone counts
# ("masiku kumi ya mwezi wa dhulhijja", its ten days), and "mwezi wa tisa" is the ninth month.
# The cardinals as kamusi.org/content/numbers lists them.
_SW_UNITS = ("moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa")
DAY_WORDS += tuple((f"mwezi {name}", day, "sw") for day, name in enumerate(_SW_UNITS[1:], start=2))
DAY_WORDS += (("mwezi kumi", 10, "sw"), ("mwezi ishirini", 20, "sw"), ("mwezi thelathini", 30, "sw"))
DAY_WORDS += tuple((f"mwezi kumi na {name}", 10 + day, "sw") for day, name in enumerate(_SW_UNITS, start=1))
DAY_WORDS += tuple(
    (f"mwezi ishirini na {name}", 20 + day, "sw") for day, name in enumerate(_SW_UNITS, start=1)
)

# Bengali days as a cardinal with the word for "date": "শাওয়াল মাসের এক তারিখে" (on date one of
# Shawwal). A cardinal alone counts ("এক মাস", one month; "নয়" is also "is not"). The
# cardinals as a Bangladeshi primary-school page writes them (bdeducontent.bdeducation.org.bd).
_BN_CARDINALS = (
    "এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়", "দশ", "এগারো", "বারো", "তেরো", "চৌদ্দ",
    "পনেরো", "ষোলো", "সতেরো", "আঠারো", "উনিশ", "বিশ", "একুশ", "বাইশ", "তেইশ", "চব্বিশ", "পঁচিশ",
    "ছাব্বিশ", "সাতাশ", "আটাশ", "ঊনত্রিশ", "ত্রিশ", "একত্রিশ",
)  # fmt: skip
DAY_WORDS += tuple(
    (f"{name} {noun}", day, "bn")
    for day, name in enumerate(_BN_CARDINALS, start=1)
    for noun in ("তারিখ", "তারিখে")
)

# Days as cardinal numbers, 1-31 (CLDR 47's spellout-cardinal): "उन्तीस रम्जानुल मुबारक 1446 हिजरी
# मुताबिक तीस मार्च 2025" (29 Ramadan 1446 = 30 March 2025), "آٹھ شوال سن 1344 ہجری". Before a
# word for "days" they count days ("रमज़ान के दस दिन", the ten days of Ramadan): see COUNTED_DAYS.
_HI_CARDINALS = (
    "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह", "चौदह",
    "पन्द्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस",
    "छब्बीस", "सत्ताईस", "अट्ठाईस", "उनतीस", "तीस", "इकतीस",
)  # fmt: skip
_UR_CARDINALS = (
    "ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو", "دس", "گیارہ", "بارہ", "تیرہ", "چودہ",
    "پندرہ", "سولہ", "سترہ", "اٹھارہ", "انیس", "بیس", "اکیس", "بائیس", "تئیس", "چوبیس", "پچیس", "چھبیس",
    "ستائیس", "اٹھائیس", "انتیس", "تیس", "اکتیس",
)  # fmt: skip
# Albanian: "Më gjashtë maj të këtij viti … do të fillojë Ramazani" (on the sixth of May this
# year Ramadan begins). Not "një" (one), which is also the article "a" ("një muaj", a month).
_SQ_CARDINALS = (
    "një", "dy", "tre", "katër", "pesë", "gjashtë", "shtatë", "tetë", "nëntë", "dhjetë", "njëmbëdhjetë",
    "dymbëdhjetë", "trembëdhjetë", "katërmbëdhjetë", "pesëmbëdhjetë", "gjashtëmbëdhjetë", "shtatëmbëdhjetë",
    "tetëmbëdhjetë", "nëntëmbëdhjetë", "njëzet", "njëzet e një", "njëzet e dy", "njëzet e tre",
    "njëzet e katër", "njëzet e pesë", "njëzet e gjashtë", "njëzet e shtatë", "njëzet e tetë",
    "njëzet e nëntë", "tridhjetë", "tridhjetë e një",
)  # fmt: skip
DAY_CARDINALS: tuple[tuple[str, int, str], ...] = (
    *((name, day, "hi") for day, name in enumerate(_HI_CARDINALS, start=1)),
    ("उन्तीस", 29, "hi"), ("एकतीस", 31, "hi"),  # spellings of 29 and 31 seen in print
    *((name, day, "ur") for day, name in enumerate(_UR_CARDINALS, start=1)),
    *((name, day, "sq") for day, name in enumerate(_SQ_CARDINALS, start=1) if day > 1),
    ("tri", 3, "sq"),  # "tre" before a feminine noun
)  # fmt: skip
DAY_WORDS += DAY_CARDINALS
# The languages whose month names a cardinal of each language reads with: Urdu writes the Hijri
# months in their Arabic spelling. Elsewhere the word is another language's ("تېره ورځ د کب",
# Pashto "the past day", is no 13th; Persian "نو" is "new").
DAY_CARDINAL_MONTHS: tuple[tuple[str, str], ...] = (
    ("hi", "hi"), ("ur", "ur"), ("ur", "ar"),
    ("sq", "sq"),
)  # fmt: skip

# Words for "days" that a cardinal before them counts ("دس دن", ten days; "रमज़ान के तीस दिन"),
# where it is no date.
COUNTED_DAYS: tuple[tuple[str, str], ...] = (
    ("दिन", "hi"), ("دن", "ur"), ("دنوں", "ur"),
    ("ditë", "sq"),  # "dy ditë" (two days)
)  # fmt: skip

# Words for "days" before a number, which then counts days, where it is no date: Hausa
# "kwanaki 29 na watan Ramadan" (the 29 days of Ramadan), "kwana 30" ("ranar 29", the 29th).
DAYS_COUNTED_BEFORE: tuple[tuple[str, str], ...] = (
    ("kwanaki", "ha"), ("kwana", "ha"),
)  # fmt: skip

# Languages that put an ordinal after the noun it counts: there "Ramadhani ya kwanza",
# "Ramadan pertama" is the first Ramadan (of a year that has two), not its first day; a day
# word of theirs counts only before the month ("siku ya kwanza ya Ramadhani").
ORDINAL_AFTER_NOUN: tuple[str, ...] = ("sw", "id", "ms", "yo", "ha", "so")

# Languages that put a noun's owner before it ("конференцин хьалхара ди", the conference's
# first day): there a day word after a date names that date's day again ("Май бетта 6
# дийнахьа хьалхара ди", on the 6th of May, the first day), where elsewhere the first day may be
# of anything said after it ("6 мая, первый день соревнований", the first day of the games).
OWNER_BEFORE_NOUN: tuple[str, ...] = ("inh", "ce", "tr", "az", "kk", "ky", "uz", "tt", "tk")

# Nouns other than a day that an ordinal after them counts, in those languages: "pekan kedua
# Ramadan" (the second week of Ramadan), "malam kedua puluh tujuh Ramadan" (its 27th night).
NOUNS_BEFORE_ORDINALS: tuple[tuple[str, str], ...] = (
    ("pekan", "id"), ("minggu", "id"), ("malam", "id"), ("malam", "ms"),
    # a publication's issue, volume, part, edition, year: "العدد العشرون، رمضان 1446 هـ" (issue
    # twenty), "العدد الثالث والعشرون - رجب 1446 هـ" (a review: these read as days)
    ("العدد", "ar"), ("المجلد", "ar"), ("الجزء", "ar"), ("الحلقة", "ar"), ("الطبعة", "ar"),
    ("الدورة", "ar"), ("السنة", "ar"),
)  # fmt: skip

# Tamil ordinal days, CLDR 47's spellout-ordinal ("இரண்டாவது", the second) and the attributive
# form before a noun, "-ஆம்" for "-ஆவது" ("இரண்டாம் பிறை", the second crescent; "ஹிஜ்ரி
# இரண்டாம் ஆண்டு", the second year of the Hijra). "முதல்" (first) is above.
_TA_ORDINALS = (
    "முதலாவது", "இரண்டாவது", "மூன்றாவது", "நான்காவது", "ஐந்தாவது", "ஆறாவது", "ஏழாவது", "எட்டாவது",
    "ஒன்பதாவது", "பத்தாவது", "பதினொன்றாவது", "பன்னிரண்டாவது", "பதிமூன்றாவது", "பதிநான்காவது",
    "பதினைந்தாவது", "பதினாறாவது", "பதினேழாவது", "பதினெட்டாவது", "பத்தொன்பதாவது", "இருபதாவது",
)  # fmt: skip
DAY_WORDS += tuple((name, day, "ta") for day, name in enumerate(_TA_ORDINALS, start=1))
DAY_WORDS += tuple(
    (name.removesuffix("ாவது") + "ாம்", day, "ta") for day, name in enumerate(_TA_ORDINALS, start=1)
)

# Tatar and Turkmen ordinal days, as Turkish ones (a tens word, then the unit's ordinal): Tatar
# "Зөлхиҗҗә аеның унынчы көнендә" (on the tenth day of Dhu al-Hijjah), Turkmen "Şawwal aýynyň
# ilkinji gününde" (on the first day of Shawwal; "ilkinji", first, as Turkish "ilk").
_TT_UNITS = (
    "беренче", "икенче", "өченче", "дүртенче", "бишенче", "алтынчы", "җиденче", "сигезенче", "тугызынчы",
)  # fmt: skip
_TK_UNITS = (
    "birinji", "ikinji", "üçünji", "dördünji", "bäşinji", "altynjy", "ýedinji", "sekizinji", "dokuzynjy",
)  # fmt: skip
for _language, _units, _ten, _twenty, _thirty, _tens in (
    ("tt", _TT_UNITS, "унынчы", "егерменче", "утызынчы", ("ун", "егерме")),
    ("tk", _TK_UNITS, "onunjy", "ýigriminji", "otuzynjy", ("on", "ýigrimi")),
):
    DAY_WORDS += tuple((name, day, _language) for day, name in enumerate(_units, start=1))
    DAY_WORDS += ((_ten, 10, _language), (_twenty, 20, _language), (_thirty, 30, _language))
    DAY_WORDS += tuple(
        (f"{tens} {name}", 10 * step + day, _language)
        for step, tens in enumerate(_tens, start=1)
        for day, name in enumerate(_units, start=1)
    )
DAY_WORDS += (("ilkinji", 1, "tk"),)
# Ottoman Turkish "gurre" (غره, the new moon's day), the first of the month, in transcribed
# documents and inscriptions: "Sene: gurre Ra (Ramazan) 1311", "gurre-i Muharrem 1300".
DAY_WORDS += (("gurre", 1, "tr"), ("gurre-i", 1, "tr"))

# The word for "year" after an ordinal year said with its era ("hicretin 17. yılında", "ஹிஜ்ரி
# இரண்டாம் ஆண்டு", "the second year of the Hijra"): an ordinal year, the year since the Hijra.
ORDINAL_YEAR_NOUNS: tuple[tuple[str, str], ...] = (
    ("year", "en"), ("yılı", "tr"), ("yılında", "tr"), ("yılda", "tr"), ("ஆண்டு", "ta"), ("ஆண்டில்", "ta"),
    ("ஆண்டின்", "ta"),
)  # fmt: skip

# Languages that write a year as an ordinal, with a full stop, before its era words: "Nova
# 1446. hidžretska godina" (the 1446th year of the Hijra). Their era words may follow the stop.
ORDINAL_DOT_YEARS: tuple[str, ...] = ("bs", "sr", "hr")

# Words for "year" cut short to a letter and a stop, after a year of either calendar: "subota,
# 04. februar 2012. g. / 12. rebiu-l-evvel 1433. h.g.", "15. ramazana 1445. g." Their stop ends
# no sentence, and no sentence begins with them (after "h." they end "h. g.").
YEAR_WORDS_CUT_SHORT: tuple[str, ...] = ("g",)
# Russian "г." (год) after a year: its stop ends no sentence, whatever follows ("1 рамадана 1445
# г. пришлось на 11 марта 2024 г.", "6 шаабана 1244 г. / 16 февраля 1829 г."; a trial and a
# review: a line with a slip lost its Gregorian half, then running text its pair).
YEAR_ABBREVIATIONS: tuple[str, ...] = (
    "г",
    "ж",  # Kazakh and Kyrgyz "ж." (жыл): "5 желтоқсан 2026 ж. / 25 Жұмәдәл ахир 1448 ХЖ" (a trial)
)  # fmt: skip
# The word "year" between a year and its era mark, as Russian writes them: "1447 года по
# Хиджре", "1447 г. хиджры" (the era belongs to the year; held-out set 38).
YEAR_WORDS_BEFORE_ERA: tuple[str, ...] = ("г", "года", "год", "году")

# Words between a day (or day word) and its month: "29 of", "29 من شهر", "hari ke 29 bulan",
# "11 ga watan Maris", "first day of the month of".
DAY_MONTH_FILLERS: tuple[str, ...] = (
    "of", "the", "day", "month", "من", "شهر", "ماه", "أيام", "يوم", "روز", "de", "du", "mois", "jour", "ga", "watan", "bulan",
    "hari", "ayının", "ayı", "günü", "kī", "کی", "کا", "کے", "مہینے", "তারিখ", "দিন", "মাসের", "এর", "tarehe", "mwezi", "wa",
    "la", "le", "ee", "bisha", "bishii", "barakaysan", "مبارک", "په", "holy", "blessed", "sacred", "noble", "siku", "ya", "mtukufu", "dan", "dana", "mjeseca",
    "hari", "ayının", "ayı", "günü", "kī", "کی", "کا", "کے", "مہینے", "তারিখ", "দিন", "মাসের", "tarehe", "mwezi", "wa",
    "la", "le", "ee", "bisha", "bishii", "مبارک", "په", "holy", "blessed", "sacred", "noble", "current", "siku", "ya", "mtukufu", "dan", "dana", "mjeseca",
    "dita", "e", "muajit", "muaji", "i", "день", "днем", "днём", "месяца", "ڕۆژی", "رۆژی", "مانگی", "پیرۆزی",
    "ورځ", "ورځې", "میاشتې", "د", "ọjọ́", "oṣù", "na", "की", "का", "के", "महीने", "माह", "महीना",
    "ga watan", "ga wata", "ta watan", "da bisha", "ya mwezi wa", "மாதத்தின்",
    "ta",  # Hausa "of": "ranar farko ta Ramadan 1444" (the first day of Ramadan; held-out set 32)
    "மாதம்", "மாத", "മാസത്തിലെ", "айы", "айының", "oyining", "ойининг", "айынын", "аеның",
    "të", "dana mjeseca", "місяця", "благословенного", "islamic", "islamskog", "meseca", "penutup",
    "ی", "ماه هجری قمری", "ойи", "aiy", "މަހުގެ", "މަހު", "މަސް",
    "ayını",  # Azerbaijani, the accusative for the genitive: "mart ayını 23-də" (metbuat.az; held-out set 31)
    "noć", "noći",  # Bosnian "night", its locative: "27. noći mjeseca ramazana" (held-out set 25)
    "béni",  # French "blessed": "le 18e jour du mois béni de Safar" (held-out set 25)
    "ของเดือน",  # Thai "of the month": "วันที่ 1 ของเดือนรอมฎอน" (not "เดือน" alone: "อีก 2 เดือน", in two months)
    "meha",  # Kurmanji "the month of": "tewawkerê meha Remezanê"
    "nata", "bekuar",  # Albanian "night" (as "noć"), "blessed": "nata e 27-të e muajit të bekuar të Ramazanit"
    "honoured", "honored",  # "on the 7th of the honoured month Sha'bân" (an epigraphy journal, held-out set 20)
    "священного", "священный", "священный месяц",  # Russian "holy": "начало священного месяца Рамазан"
    "മാസം",  # "ജമാദ് അൽഅവ്വൽ മാസം ഒന്ന്" (the month of Jumada al-Awwal, one)
    "മാസത്തിന്റെ",  # "of the month": "ശഅ്ബാൻ മാസത്തിന്റെ ആദ്യ ദിവസമായി" (as the first day of the month of Sha'ban; held-out set 38)
    "danom",  # Bosnian instrumental of "dan" (day): "s prvim danom mjeseca ševvala"
    "aıynyń",  # Kazakh in the 2021 Latin alphabet, "of the month": "naýryz aıynyń 26-nan" (as "айының"; "aıy" folds to "aiy")
    "islamitische", "islamitische maand",  # Dutch "Islamic (month)": "de eerste dag van de islamitische maand Dhoel-Hidjjah"
    "lunar",  # "the first day of the lunar month of Dhul Hidja" (dhruvat.com, Senegal; held-out set 37)
    "lunaire",  # French "lunar": "le premier jour du mois lunaire de ‘‘ndeyi koor’’ ou radjab" (a Senegalese commission)
    "به روز",  # "on the day", as "بروز" spaced: "23 مارچ 2023 به روز پنج شنبه ماه شعبان …"
    "tinu osun",  # Yoruba "in the month of", unmarked: "ojo akoko tinu osun Muharram" (the first day in Muharram)
    "از ماه", "يوم في",  # "دهمین روز از ماه محرم", "أول يوم في رمضان 1445"
    "له",  # Pashto "له … سره" (with …): "د جولایی له ۲۵ نیټی سره برابره ده" (is equal to the 25th of July)
    "et dernier", "and last", "and final",  # "le 30e et dernier jour de Ramadan" (the 30th and last day)
    "sacré", "béni", "saint",  # French "holy": "le 1er jour du mois sacré de Muharram 1445", "du mois béni de Ramadan"
    "lunaire",  # French "lunar": "le 1er du mois lunaire « dhul Hijjah »" (Senegal's moon-sighting commission)
    "de l'an",  # French "of the year": "le 1er jour de l'an Mouharram 1445" (MBC, Mauritius; fourth fresh set)
    "শেষ এবং",  # Bengali "the last and": "১৪৪৬ হিজরির রমজানের শেষ এবং ২৯তম দিন" (the last and 29th day of Ramadan)
    "ga watana",  # Hausa "of the month of", misspelt "watana" on a page: "daya ga watana Ramadan"
    "для всех мусульман",  # Russian "for all Muslims", in an epithet: "первый день священного для всех мусульман месяца Рамадан"
    "ka",  # Somali "-ka" (the) written apart from the day: "30 ka Shacabaan" (the 30th of Sha'ban)
    "рӯзи", "моҳи",  # Tajik "the day of", "the month of": "рӯзи аввали моҳи Рамазон" (the first day of Ramadan)
    "pada bulan",  # Malay "in the month of": "hari ke-12 pada bulan Rabiulawal" (the 12th day in Rabi' al-Awwal)
    "শে",  # Bengali "-th" written apart from the day: "২৯ শে রমাদান শরীফ ১৪৪৪ হিজরি" (29th Ramadan 1444)
    "aynının",  # Turkish "ayının" (of the month) misspelt on a page: "Rebiüevvel aynının 11. günü"
    "числа",  # Russian, Ukrainian "of the date": "10-го числа місяця зу-ль-хиджжа" (the 10th of Dhu al-Hijjah)
    "айынынъ",  # Nogai "of the month": "Зуль-хиджа айынынъ 10-ншы куьнинде" (on the 10th day of Dhu al-Hijjah)
    "aýynyň",  # Turkmen "of the month": "Şawwal aýynyň ilkinji gününde"
    "bishan",  # Somali "this month": "19-ka bishan July" (the 19th of this month, July)
    "nínú",  # Yoruba "in": "alẹ́ àkọ́kọ́ nínú oṣù Rọmọdọ̄n" (the first night in the month of Ramadan)
    "alẹ́",  # Yoruba "night" (as "noć", "nata"): "alẹ́ àkọ́kọ́ nínú oṣù Rọmọdọ̄n"
    "der",  # German "the", as "the", "le": "Heuer beginnt der Ramadan am Abend des 10. März"
    "бетта", "беттан",  # Ingush and Chechen "of the month": "Май бетта 6 дийнахьа" (on the 6th day of May)
    # German "day of the (new, fasting) month": "Der erste Tag des neuen Monats Dhu al-Hijja", "10. Tag von Muharram"
    "Tag des Monats", "Tag des neuen Monats", "Tag des Fastenmonats", "Tag des", "des Monats", "Tag von", "Tag im Monat",
    # Spanish "day of the (blessed, holy) month of": "el primer día del bendito mes de Ramadán de 1446"
    "día del", "día de", "mes de", "bendito", "sagrado",
    "del mes de",  # "será el día 1 del mes de shawwal" (the Islamic Community in Spain; fifth fresh set)
    # Dutch "day of the (month)": "de eerste dag van de Ramadan", "de tiende dag van de maand Moeharram"
    "dag van de maand", "dag van de", "dag van", "van de maand", "heilige maand",
    # Portuguese "day of the (holy) month of": "o primeiro dia do mês sagrado do Ramadã"
    "dia do mês de", "dia do mês do", "dia do", "dia de", "do mês de", "do mês do", "mês de", "mês do",
    "do mês sagrado de", "do mês sagrado do", "mês sagrado do", "abençoado",
    # Italian: "il primo giorno del mese di Ramadan", "il 10 del mese di Muharram"
    "giorno del mese di", "giorno di", "giorno del", "del mese di", "mese di", "sacro mese di",
    "月",  # Japanese "month" after its name, before the day: "シャウワール月1日", "シャウワール月の第一日"
    "shahr",  # Arabic "month", transliterated (Dawoodi Bohra): "30th Shahr Ramadan, 1351 H" (eighth fresh set)
    "ই",  # Bengali "-th" written apart from the day, as "শে": "পহেলা ফাল্গুন ১৪ ই ফেব্রুয়ারী" (14th February)
)  # fmt: skip

# The crescent or moon of a month ("the crescent of Shawwal", "هلال شهر شوال", "شوال کا چاند",
# "Şəvval ayının hilalı"): the month named so is the moon sighted, not a month said to begin
# on the date beside it. Stems, as for the month-boundary words.
CRESCENT_WORDS: tuple[tuple[str, str], ...] = (
    ("crescent", "en"), ("new moon", "en"), ("هلال", "ar"), ("ہلال", "ur"), ("چاند", "ur"),
    ("চাঁদ", "bn"), ("चांद", "hi"), ("hilal", "tr"), ("hilal", "az"), ("hilol", "uz"),
)  # fmt: skip

# "The month" with no name, after a day word: the month named last before it in the
# sentence ("هلال شهر شوال 1445هـ …، ليكون فاتح الشهر هو يوم الأربعاء 10 أبريل": its 1st).
MONTH_ANAPHORA: tuple[tuple[str, str], ...] = (
    ("الشهر", "ar"),
)  # fmt: skip
# "The Islamic month" said with no name: the Hijri month named last before it in the sentence,
# with its year ("… ربیع الاول 1446 ہجری کا چاند نظر نہیں آیا، اس لیے اسلامی مہینہ 6 ستمبر
# (جمعہ) سے شروع ہوگا": Rabi al-Awwal 1446 begins on 6 September). Only a month named with
# its year is referred to so, or one without its year with no other date or month named between
# ("… रबी अल-अव्वल का चांद नहीं देखा गया, जिसके कारण यह महीना 25 अगस्त से शुरू हुआ").
MONTH_REFERENCES: tuple[tuple[str, str], ...] = (
    ("اسلامی مہینہ", "ur"),
    ("यह महीना", "hi"),  # "this month": "… रबी अल-अव्वल का चांद नहीं देखा गया, जिसके कारण यह महीना 25 अगस्त से शुरू हुआ"
)  # fmt: skip
# A sentence that opens with "this" and a copula, said of the one date of the sentence before
# ("ரமலான் மாதத்தின் முதல் பிறை ஏப்ரல் 1 ஆம் தேதி (வெள்ளிக்கிழமை) தெரியும் என ஆய்வாளர்கள்
# கணித்துள்ளனர். இது இஸ்லாமிய மாதமான ஷபானின் 29 ஆம் தேதியாகக் கருதப்படுகிறது": this is
# considered the 29th of Shaban). (opener, copula, language): where the language puts its verb
# last, the copula must follow the Hijri date in the sentence; "" when the opener holds it.
DEMONSTRATIVE_OPENERS: tuple[tuple[str, str, str], ...] = (
    ("இது", "கருதப்படுகிறது", "ta"), ("இது", "ஆகும்", "ta"), ("this is", "", "en"),
    ("this will be", "", "en"), ("this was", "", "en"),
    # "this date corresponds to": "… aura lieu le samedi 7 juin 2025, selon une annonce officielle
    # du ministère. Cette date correspond au 10 Dhou al-Hijja 1446 H" (held-out set 34)
    ("cette date correspond au", "", "fr"), ("cette date correspond à", "", "fr"),
    ("this date corresponds to", "", "en"),
)  # fmt: skip
# Words after "the month" that make it another one: the Gregorian, the next, the current, the
# last ("أول الشهر الميلادي", "فاتح الشهر المقبل"). (English "the first day of the month" is
# not read at all: rents, salaries and prices are due then.)
MONTH_ANAPHORA_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("الميلادي", "ar"), ("المقبل", "ar"), ("القادم", "ar"), ("الجاري", "ar"), ("الحالي", "ar"),
    ("الماضي", "ar"), ("السابق", "ar"), ("التالي", "ar"),
)  # fmt: skip

# Languages that write the weekday after the date ("ദുൽഹജ്ജ് ഒന്ന് വെള്ളിയാഴ്ച", Dhu al-Hijjah one,
# Friday): there a day word before a weekday is the date's day; elsewhere an ordinal before a
# weekday counts weekdays ("رمضان کا دوسرا جمعہ", the second Friday of Ramadan).
WEEKDAY_AFTER_DATE: tuple[str, ...] = ("ml", "ta", "bn", "kk", "ky", "uz", "tt", "ug", "ckb", "ps")

# Case markers written after a day or its ordinal ("رمضان کی پہلی کو", on the first of
# Ramadan): they end the date, they are not a noun the ordinal counts.
POSTPOSITIONS: tuple[tuple[str, str], ...] = (
    ("کو", "ur"), ("سے", "ur"), ("تک", "ur"), ("को", "hi"), ("से", "hi"), ("तक", "hi"),
)  # fmt: skip

# Words for "years" after a number and its era, which then count years, not name one: "33
# हिजरी वर्ष लगभग 32 ईस्वी वर्ष के बराबर" (33 Hijri years are about 32 Gregorian years).
YEAR_COUNT_NOUNS: tuple[tuple[str, str], ...] = (
    ("years", "en"), ("year", "en"), ("वर्ष", "hi"), ("साल", "hi"), ("tahun", "id"), ("yıl", "tr"),
    ("سال", "fa"), ("سنة", "ar"), ("سنوات", "ar"), ("عاما", "ar"),
)  # fmt: skip

# Words for "of the year" after a year's number with no era, before the Hijri day or month
# said in it, which make the number a date's neighbour to ``extract``: "২০২৫ সালের প্রথম রমজান"
# (the first Ramadan of the year 2025). Also month-year fillers (MONTH_YEAR_FILLERS).
YEAR_OF_NOUNS: tuple[tuple[str, str], ...] = (
    ("সালের", "bn"),
)  # fmt: skip

# The word for "month" written glued before a month's name: Thai "เดือนรอมฎอน" (the month of
# Ramadan), "วันที่ 1 เดือนซุ้ลฮิจยะห์ ฮ.ศ.1440" (the 1st of Dhu al-Hijjah 1440, publicpostonline.net).
# Each month's name of the language is read so too. ("เดือน" alone is no filler: "อีก 2
# เดือน", in two months.)
MONTH_NOUNS_GLUED_BEFORE: tuple[tuple[str, str], ...] = (("เดือน", "th"),)


# Words for "in the year" after a year's number ("В 2022 году", "2018 елда", "2025 yılında"):
# the year is said apart, as the sentence's, and not copied into a Gregorian day and month
# paired with the Hijri month it stands before (the convention of tests/data/README.md); a
# year written on the month ("2024 Muharrem ayı", "2025 yılı Ramazan ayı") is copied.
YEARS_SAID_APART: tuple[tuple[str, str], ...] = (
    ("году", "ru"), ("елда", "tt"), ("yılında", "tr"), ("йилда", "uz"), ("yilda", "uz"), ("жылы", "kk"),
    ("ildə", "az"),
)  # fmt: skip

# The word for "month" straight after an ordinal, which then counts months, not days:
# "hicri yılın ilk ayı muharremin onuncu günü" (the first month, Muharram: its tenth day).
MONTH_COUNT_NOUNS: tuple[tuple[str, str], ...] = (
    ("ayı", "tr"), ("month", "en"),
    ("месяца", "ru"),  # "10-й день 12-го месяца … Зуль-хиджа" (the 10th day of the 12th month, Dhu al-Hijjah)
    ("महीने", "hi"),  # "दसवें महीने शव्वाल के पहले दिन" (of the tenth month, Shawwal, on its first day)
    ("mois", "fr"),  # "au 10e jour du premier mois (Mouharram)" (on the 10th day of the first month, Muharram)
)  # fmt: skip

# Words that set one clause against another ("… begins on Monday (8 July 2024) while the 30th
# day of Zil Hajj will be tomorrow"): two dates on either side of one are different days.
CLAUSE_BREAKS: tuple[tuple[str, str], ...] = (
    ("while", "en"), ("whereas", "en"), ("then", "en"), ("ndërsa", "sq"), ("وأن", "ar"), ("sedangkan", "id"),
    ("sementara", "id"), ("manakala", "ms"), ("بينما", "ar"), ("فيما", "ar"),
    ("جبکہ", "ur"), ("درحالیکه", "fa"), ("tandis", "fr"), ("alors", "fr"), ("wakati", "sw"),
    ("जबकि", "hi"), ("অন্যদিকে", "bn"), ("pendant", "fr"),
    ("а", "ru"),  # "whereas": "Выборы пройдут 5 марта, а Рамадан закончится позже"
    ("எனவும்", "ta"),  # "… முஹர்ரம் முதல் நாள் எனவும் ஜூலை 27ம் நாள் … முஹர்ரம் 10 … எனவும்": each said apart
)  # fmt: skip

# Verbs of coinciding that, straight after a clause break, tie the dates on either side again:
# "يوافق اليوم الجمعة 4 يوليو 2025، بينما يوافق في التاريخ الهجري 9 محرم 1447" (today is Friday
# 4 July 2025, while in the Hijri date it is 9 Muharram 1447: daralmaref.com, shbabbek.com).
CLAUSE_BREAK_LINKS: tuple[tuple[str, str], ...] = (
    ("يوافق", "ar"), ("توافق", "ar"), ("يصادف", "ar"), ("تصادف", "ar"),
)  # fmt: skip

# Words that end their clause where a sign follows them, and so set the dates on either side
# apart: Pashto's copula "ده" (is), last in its clause ("سبا (دوشنبه) د روژې لومړۍ ورځ ده، ۲۲ حمل
# ۱۴۰۳": tomorrow is the first of Ramadan; then the page's date). Not before a word: Persian "ده"
# is "ten" ("برابر با ده محرم ۱۴۴۶", a review).
CLAUSE_END_WORDS: tuple[tuple[str, str], ...] = (
    ("ده", "ps"),
)  # fmt: skip

# Words that set a second subject against the first, with the verb said once for both ("Ramazan
# ayı 18 fevral, bayramı isə 19 marta təsadüf edəcək": Ramadan falls on 18 February, and the
# feast, as for it, on 19 March): the verb after the second date says the first too.
CONTRASTED_TOPICS: tuple[tuple[str, str], ...] = (
    ("isə", "az"), ("ise", "tr"),
)  # fmt: skip

# Words that stand where a dateline's place stands, before a comma, and are no place: the
# day said as "today" or "tomorrow", a greeting or a praise ("Today, 1 Ramadan 1446 …",
# "Alhamdulillah, 1 Syawal 1446 H …", "Bugün, 1 Ramazan …"). Folded, compared whole.
NOT_PLACES: tuple[tuple[str, str], ...] = (
    ("today", "en"), ("tomorrow", "en"), ("yesterday", "en"), ("tonight", "en"), ("this morning", "en"),
    ("this evening", "en"), ("this", "en"), ("ce", "fr"), ("alhamdulillah", "und"), ("insha allah", "und"), ("inshallah", "und"),
    ("insya allah", "und"), ("insyaallah", "und"), ("masha allah", "und"), ("mashallah", "und"),
    ("bismillah", "und"), ("subhanallah", "und"),
    ("hari ini", "id"), ("besok", "id"), ("kemarin", "id"), ("malam ini", "id"), ("esok", "ms"),
    ("semalam", "ms"), ("bugün", "tr"), ("yarın", "tr"), ("dün", "tr"), ("bu gün", "az"), ("sabah", "az"),
    ("aujourd'hui", "fr"), ("demain", "fr"), ("hier", "fr"), ("ce soir", "fr"), ("heute", "de"),
    ("morgen", "de"), ("gestern", "de"), ("hoy", "es"), ("mañana", "es"), ("ayer", "es"),
    ("اليوم", "ar"), ("غدا", "ar"), ("أمس", "ar"), ("الليلة", "ar"), ("الحمد لله", "ar"),
    ("آج", "ur"), ("کل", "ur"), ("امروز", "fa"), ("فردا", "fa"), ("دیروز", "fa"), ("امشب", "fa"),
    ("leo", "sw"), ("kesho", "sw"), ("jana", "sw"), ("yau", "ha"), ("gobe", "ha"), ("jiya", "ha"),
    ("aaj", "hi"), ("आज", "hi"), ("कल", "hi"), ("আজ", "bn"), ("আগামীকাল", "bn"),
    ("бүгүн", "ky"), ("бүгін", "kk"), ("ертең", "kk"), ("bugun", "uz"), ("ertaga", "uz"), ("бугун", "uz"),
    ("сегодня", "ru"), ("завтра", "ru"), ("вчера", "ru"), ("sot", "sq"), ("nesër", "sq"), ("danas", "bs"),
    ("sutra", "bs"), ("jučer", "bs"), ("ئەمڕۆ", "ckb"), ("سبەی", "ckb"), ("دوێنێ", "ckb"),
    ("މިއަދު", "dv"), ("މާދަމާ", "dv"),
    # a sentence's first word, a preposition or an article before its date ("On 1 Ramadan 1446
    # (1 March 2025) …", "Am 1. Ramadan …", "Op 1 Ramadan …", "El 1 de Ramadán …"): no place
    ("on", "en"), ("in", "en"), ("the", "en"), ("am", "de"), ("der", "de"), ("op", "nl"), ("de", "nl"),
    ("el", "es"), ("le", "fr"), ("pada", "id"), ("em", "pt"), ("no", "pt"), ("il", "it"), ("nel", "it"),
    ("hoje", "pt"), ("amanhã", "pt"), ("ontem", "pt"), ("oggi", "it"), ("domani", "it"), ("ieri", "it"),
    ("no dia", "pt"), ("dia", "pt"), ("nel giorno", "it"),
    # "therefore", opening the sentence that gives the date ("بنابراین دوشنبه ۱۱ فروردین ۱۴۰۴،
    # اول شوال المکرم ۱۴۴۶ …", the Leader's office's announcement of a month, a trial)
    ("بنابراین", "fa"), ("لذا", "fa"), ("therefore", "en"), ("thus", "en"), ("hence", "en"), ("لذلك", "ar"),
    ("وعليه", "ar"), ("وبالتالي", "ar"), ("لہٰذا", "ur"), ("لہذا", "ur"), ("maka", "id"), ("dengan demikian", "id"),
    ("donc", "fr"), ("daher", "de"), ("dolayısıyla", "tr"),
)  # fmt: skip

# Words between two dates that make them a range's ends, not one day: "from 1 Ramadan 1446
# until 15 April 2025", "sejak 1 Ramadhan 1446 H hingga 20 April 2025", "منذ … حتى …".
RANGE_ENDS: tuple[tuple[str, str], ...] = (
    ("until", "en"), ("till", "en"), ("through", "en"), ("hingga", "id"), ("sampai", "id"),
    ("sehingga", "ms"), ("حتى", "ar"), ("وحتى", "ar"), ("لغاية", "ar"), ("ولغاية", "ar"), ("إلى", "ar"), ("تک", "ur"), ("tak", "ur"),
    ("kadar", "tr"), ("dek", "tr"), ("পর্যন্ত", "bn"), ("तक", "hi"), ("hadi", "sw"), ("mpaka", "sw"),
    ("bis", "de"), ("jusqu'au", "fr"), ("jusqu'à", "fr"), ("hasta", "es"), ("qədər", "az"),
    ("gacha", "uz"), ("дейін", "kk"), ("чейин", "ky"), ("deri", "sq"), ("do", "bs"), ("تا", "fa"),
)  # fmt: skip

# What alone between two dates of one calendar makes them a range's two ends: "1-3 Syawal
# 1446 H (31 Maret - 2 April 2025)", "29 Ramadan to 2 Shawwal 1446 AH", "31 Maret s.d. 2 April
# 2025". (Between dates of two calendars a dash joins the halves of one day. French "au" is
# Swahili's "or" too, which says two dates are one of two days: "31 août au 1 septembre" is left.)
RANGE_JOINERS: tuple[tuple[str, str], ...] = (
    ("-", "und"), ("~", "und"), ("to", "en"), ("until", "en"), ("till", "en"), ("through", "en"),
    ("s.d.", "id"), ("s/d", "id"), ("sd", "id"), ("hingga", "id"), ("sampai", "id"), ("sehingga", "ms"),
    ("إلى", "ar"), ("الى", "ar"), ("حتى", "ar"), ("à", "fr"), ("bis", "de"), ("hasta", "es"),
    ("до", "ru"), ("по", "ru"), ("do", "bs"), ("deri", "sq"), ("تا", "fa"), ("الی", "fa"),
    ("a", "pt"), ("al", "es"), ("al", "it"),  # "de 14 a 18 de junho", "del 14 al 18 de junio", "dal 14 al 18 giugno"
)  # fmt: skip

# The first and second word of a range said in two ("between … and …", "from … to …"): the
# first before the first date, the second between the two.
RANGE_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("between", "and", "en"), ("from", "to", "en"), ("antara", "dan", "id"), ("dari", "ke", "id"),
    ("بين", "و", "ar"), ("من", "إلى", "ar"), ("du", "au", "fr"), ("entre", "et", "fr"),
    ("de", "à", "fr"), ("von", "bis", "de"), ("zwischen", "und", "de"), ("desde", "hasta", "es"),
    ("entre", "y", "es"), ("sa", "hadi", "sw"), ("kati", "na", "sw"), ("daga", "zuwa", "ha"),
    ("بین", "و", "fa"),
)  # fmt: skip

# Words before a date that make it a starting point ("Since 1 Muharram 1446, prices have
# risen"): a date said later in the sentence, with other words between, is another day.
SINCE_WORDS: tuple[tuple[str, str], ...] = (
    ("since", "en"), ("sejak", "id"), ("semenjak", "ms"), ("منذ", "ar"), ("depuis", "fr"),
    ("seit", "de"), ("desde", "es"), ("tangu", "sw"), ("od", "bs"), ("از", "fa"), ("اعتبارا", "ar"),
    ("اعتباراً", "ar"),
)  # fmt: skip

# A range in languages with postpositions: the word for "from" after the first date, the
# word for "until" after the second ("1 رمضان 1446 سے 20 اپریل 2025 تک").
RANGE_POSTPOSITIONS: tuple[tuple[str, str, str], ...] = (
    ("سے", "تک", "ur"), ("से", "तक", "hi"), ("থেকে", "পর্যন্ত", "bn"), ("dan", "kadar", "tr"),
    ("den", "kadar", "tr"), ("ile", "arasında", "tr"), ("دان", "گەچە", "ug"), ("dan", "gacha", "uz"), ("дан", "чейин", "ky"),
    ("tan", "kadar", "tr"), ("ten", "kadar", "tr"), ("dan", "dek", "tr"), ("den", "dek", "tr"),
    ("dən", "qədər", "az"), ("tən", "qədər", "az"), ("dan", "qədər", "az"), ("tan", "qədər", "az"),
    ("dən", "dək", "az"), ("tən", "dək", "az"), ("dən", "ilədək", "az"), ("tən", "ilədək", "az"),
)  # fmt: skip

# Ablative endings ("from") written onto a number ("1 Ramazan 1446'dan", "ayının 1-dən"): kept
# as a word after the number, so that a range said by case endings ("1 Ramazan 1446'dan 29 Mart
# 2025'e kadar") reads as one (see RANGE_POSTPOSITIONS).
ABLATIVE_ENDINGS: tuple[str, ...] = ("dan", "den", "tan", "ten", "dən", "tən")

# Words that tie a feast named with its Hijri year to its day (see
# :data:`datelines.names.hijri_months.FEAST_NAMES`), beside copulas, connectors, prepositions
# of time, weekdays and signs: "Eid al-Fitr 1445 falls on Wednesday, 10 April 2024", "Idul
# Fitri 1445 Hijriah jatuh pada hari Rabu (10/4/2024)", "Hari Raya Aidilfitri 1446H disambut
# pada Isnin, 31 Mac 2025", "ঈদুল ফিতর ১৪৪৫ হিজরি ১১ এপ্রিল উদযাপিত হবে". Nothing else may stand
# between: "Eid al-Fitr 1445 shopping began on 1 April 2024" is another thing's day (a review).
FEAST_LINKS: tuple[tuple[str, str], ...] = (
    ("falls", "en"), ("fall", "en"), ("celebrated", "en"), ("observed", "en"), ("jatuh", "id"),
    ("hari", "id"), ("dirayakan", "id"), ("disambut", "ms"), ("يوم", "ar"), ("يوافق", "ar"),
    ("يصادف", "ar"), ("بروز", "ur"), ("aura", "fr"), ("lieu", "fr"), ("célébré", "fr"), ("célébrée", "fr"),
    # "Eidul Adha 1442H is expected on Tuesday, July 20, 2021" (a US council; fifteenth fresh set)
    ("expected", "en"),
    # a day set for the month or feast: "Ramadan 1445/H-2024 a ainsi été fixé au 11 mars 2024",
    # "Idul Adha 1445 H/2024 M ditetapkan pada 17 Juni 2024", "… tombe le …", "… coincides with …"
    # (a review: announcements in these words lost their pairs)
    ("fixé", "fr"), ("fixée", "fr"), ("fixed", "en"), ("ditetapkan", "id"), ("diperingati", "id"),
    ("tombe", "fr"), ("tombera", "fr"), ("coïncide", "fr"), ("coïncidera", "fr"), ("correspond", "fr"),
    ("coincides", "en"), ("coincide", "en"), ("corresponds", "en"), ("set", "en"),
    ("itafanyika", "sw"),  # "will take place": "sikukuu ya Idd el Haji itafanyika siku ya Jumapili ya tarehe 5 Oktoba 2014"
    ("pada", "bs"),  # Bosnian "falls": "prvi dan Kurban-bajrama … pada u ponedjeljak, 17. juna 2024." (trial 25)
    ("пройдет", "ru"), ("пройдёт", "ru"), ("состоится", "ru"),  # "will take place": "Ураза-байрам пройдет 30 марта"
)  # fmt: skip
# What may stand right before a feast named without its year, for the name to be the day's
# subject (stop 59): a noun of feasts with its "of" ("sikukuu ya Eid El Fitr", "la fête de
# l'Aïd"); not a verb of celebrating, which events have too ("Join us to celebrate Eid al-Fitr
# on …", "Menyambut Idul Fitri, Jumat …", in the run-up to it: review 59b). Anything else makes the name another thing's modifier or
# reference point ("Rumah terbuka Aidilfitri", "Arus mudik Idul Fitri", "أسواق عيد الفطر",
# "after Eid al-Fitr on 3 April", "Usai Idul Fitri": review 59), and the date no feast's day.
# Signs, copulas, "that", prepositions of time, weekdays and "today"/"tomorrow" may stand there
# too (see datelines._read.pairs).
FEAST_SUBJECT_BEFORE: tuple[tuple[str, str], ...] = (
    ("sikukuu ya", "sw"), ("siku ya", "sw"), ("la fête de", "fr"), ("fête de", "fr"), ("the feast of", "en"),
    ("the festival of", "en"), ("festival of", "en"),
    # "this year", the feast of the year it names: "diyorimizda joriy yilda Ramazon hayiti 2023
    # yil 21 aprel juma kuniga toʼgʼri kelishi" (in our country this year Eid al-Fitr falls on
    # Friday, 21 April 2023)
    ("joriy yilda", "uz"), ("bu yil", "uz"), ("this year", "en"),
)  # fmt: skip

# A notice's label for the day, after the feast's name: "SOLAT SUNAT HARI RAYA AIDILFITRI
# 1447H: • Tarikh : SABTU (21 MAC 2026)" (a mosque's notice; held-out set 16b). A notice of an
# event for the feast has it too ("RUMAH TERBUKA AIDILFITRI 1446H • Tarikh : 12 APRIL 2025", an
# open house, days after; a review): it ties the feast to a date of its own days only.
FEAST_LABELS: tuple[tuple[str, str], ...] = (
    ("tarikh", "ms"), ("tanggal", "id"), ("date", "en"), ("التاريخ", "ar"), ("tarih", "tr"),
)  # fmt: skip
# The feast's prayer, before its name in a notice: only then is the labelled date the feast's
# ("SOLAT SUNAT HARI RAYA …"; an open house or a korban on the feast's second day is not: a
# second review).
FEAST_PRAYERS: tuple[tuple[str, str], ...] = (
    ("solat", "ms"), ("sembahyang", "ms"), ("shalat", "id"), ("salat", "id"), ("sholat", "id"),
    ("salat", "ms"), ("صلاة", "ar"), ("namaz", "tr"), ("namazı", "tr"), ("prayer", "en"),
    ("prayers", "en"), ("نماز", "fa"), ("نماز", "ur"),
)  # fmt: skip
# Words for another day of a feast than its first, its eve, or a thing for it, next to its name: "ثالث أيام عيد
# الأضحى" (the third day of Eid al-Adha), "وقفة عيد الأضحى" (its eve, the Day of Arafah), "ঈদের
# দ্বিতীয় দিন", "malam Hari Raya" (a review). The name is then no date.
FEAST_OTHER_DAYS: tuple[tuple[str, str], ...] = (
    ("ثاني", "ar"), ("ثالث", "ar"), ("رابع", "ar"), ("وقفة", "ar"), ("দ্বিতীয়", "bn"), ("তৃতীয়", "bn"),
    ("eve", "en"), ("malam", "ms"), ("دوسرے", "ur"), ("تیسرے", "ur"), ("veille", "fr"),
    ("deuxième", "fr"), ("troisième", "fr"), ("nuit", "fr"), ("night", "en"),
    # a thing for the feast ("La nuit du doute pour l'Aïd al-Fitr 1445", "preparations for Eid …")
    ("pour", "fr"), ("for", "en"), ("untuk", "id"),
)  # fmt: skip

# Copulas: alone between two halves (with fillers and signs), they say the one is the other
# ("… 7 يونيو 2027 هو غرة شهر ذي الحجة", "29 juin 2023 serait le premier jour de …"), as a
# connector does.
COPULAS: tuple[tuple[str, str], ...] = (
    ("is", "en"), ("was", "en"), ("will", "en"), ("be", "en"), ("هو", "ar"), ("هي", "ar"),
    ("يكون", "ar"), ("سيكون", "ar"), ("ستكون", "ar"), ("est", "fr"), ("sera", "fr"), ("serait", "fr"),
    ("adalah", "id"), ("ialah", "ms"), ("merupakan", "id"), ("yakni", "id"), ("ہے", "ur"),
    ("ہوگا", "ur"), ("ہوگی", "ur"), ("است", "fa"), ("ni", "sw"), ("itakuwa", "sw"), ("হল", "bn"),
    ("হবে", "bn"), ("है", "hi"), ("होगा", "hi"), ("होगी", "hi"), ("olacak", "tr"), ("olacaktır", "tr"),
    ("është", "sq"), ("do të jetë", "sq"), ("ist", "de"), ("wird", "de"), ("war", "de"), ("es", "es"),
    ("será", "es"), ("fue", "es"), ("wordt", "nl"), ("zal", "nl"),
    ("será", "pt"), ("seria", "pt"), ("foi", "pt"), ("sarà", "it"), ("sarebbe", "it"),
    ("je", "bs"),  # "Ramazanski bajram 1446. hidžretske godine je u nedjelju, 30. marta 2025."
    # Russian "is considered", "is", "will be": "18 февраля 2026 года считается тридцатым днем
    # месяца Шаабан" (held-out set 38)
    ("считается", "ru"), ("является", "ru"), ("будет", "ru"),
)  # fmt: skip

# Words that may stand before a copula as part of it: "has declared Monday, June 29, 2023, to be
# the first day of Zul-Hijjah 1444 AH" (a held-out line).
BEFORE_COPULAS: tuple[tuple[str, str], ...] = (
    ("to", "en"),
)  # fmt: skip

# Copulas that also mark a focus ("A yau Asabar, 29 ga Maris, 2025, ne hukumomin Saudiya suka
# tabbatar …": it was on 29 March that the authorities confirmed …), so only a copula before a
# word for a month's beginning or end: "3 watan Yuli, 2019, ne karshen watan Ramadana" (3 July
# 2019 is the end of Ramadan). Hausa "ne" (masculine) and "ce" (feminine).
FOCUS_COPULAS: tuple[tuple[str, str], ...] = (
    ("ne", "ha"), ("ce", "ha"),
)  # fmt: skip

# Days said relative to the day of writing: a month said to begin "tomorrow" begins on
# another day than the date the story gives ("On 28 February 2025 the court said Ramadan
# would begin tomorrow"), unless that date follows as the word's own ("tomorrow, 1 March").
RELATIVE_DAYS: tuple[tuple[str, str], ...] = (
    ("tomorrow", "en"), ("today", "en"), ("tonight", "en"), ("besok", "id"), ("esok", "ms"),
    ("lusa", "id"), ("hari ini", "id"), ("yarın", "tr"), ("bugün", "tr"), ("غدا", "ar"), ("غداً", "ar"),
    ("اليوم", "ar"), ("kesho", "sw"), ("leo", "sw"), ("আগামীকাল", "bn"), ("আজ", "bn"), ("कल", "hi"),
    ("आज", "hi"), ("کل", "ur"), ("آج", "ur"), ("فردا", "fa"), ("امروز", "fa"), ("demain", "fr"),
    ("aujourd'hui", "fr"), ("gobe", "ha"), ("yau", "ha"), ("sabah", "az"), ("ertaga", "uz"),
    ("நாளை", "ta"),  # "ஹிஜ்ரி புத்தாண்டு நாளை (07-07-2024)" (the Hijri new year, tomorrow)
)  # fmt: skip

# Relative pronouns that make a word for today the day of a date after them: "وهو اليوم الذي
# يوافق يوم 29 من شهر مارس 2025" (and it is the day which falls on 29 March 2025; held-out set
# 39), not a month said to begin today.
RELATIVE_PRONOUNS: tuple[tuple[str, str], ...] = (
    ("الذي", "ar"), ("التي", "ar"), ("which", "en"),
)  # fmt: skip

# Words for deciding or determining: a date before one, with a month after it ("pada 28
# Februari 2025 untuk menentukan awal Ramadhan"), is the day of the deciding, not the
# month's beginning.
DECIDING_WORDS: tuple[tuple[str, str], ...] = (
    ("determine", "en"), ("decide", "en"), ("menentukan", "id"), ("menetapkan", "id"),
    ("تحديد", "ar"), ("لتحديد", "ar"), ("belirlemek", "tr"), ("kuamua", "sw"), ("নির্ধারণ", "bn"),
    ("तय", "hi"), ("طے", "ur"), ("تعیین", "fa"), ("déterminer", "fr"), ("fixer", "fr"),
)  # fmt: skip

# Words that say which calendar a date is by, between a date and the connector that joins
# it to the other ("1 / 8 / 1447هـ -حسب تقويم أم القرى- الموافق 20 / 1 / 2026م", "30/12/1445 AH
# according to the Umm Al Qura calendar, corresponding to July 6, 2024", "mengikut kalendar
# Umm Al Qura, bersamaan dengan …"): the connector then joins that date, as if beside it.
CALENDAR_PHRASE_WORDS: tuple[tuple[str, str], ...] = (
    ("حسب", "ar"), ("بحسب", "ar"), ("وفق", "ar"), ("وفقا", "ar"), ("تقويم", "ar"), ("أم", "ar"),
    ("القرى", "ar"), ("according", "en"), ("to", "en"), ("the", "en"), ("umm", "en"), ("al", "en"),
    ("qura", "en"), ("calendar", "en"), ("mengikut", "ms"), ("menurut", "ms"), ("menurut", "id"),
    ("kalendar", "ms"), ("kalender", "id"), ("selon", "fr"), ("le", "fr"), ("calendrier", "fr"),
    ("takvimine", "tr"), ("göre", "tr"),
)  # fmt: skip

# Nouns for "calendar" after a year and its Hijri era: "the 2024 Hijri calendar", "In 2024
# Lunar Hijri calendar observers expect …" name a year of our era's calendar, not the Hijri
# year 2024 (review 61).
CALENDAR_NOUNS: tuple[tuple[str, str], ...] = (
    ("calendar", "en"), ("calendars", "en"), ("kalender", "id"), ("kalendar", "ms"), ("calendrier", "fr"),
    ("Kalender", "de"), ("takvimi", "tr"),
)  # fmt: skip

# A meeting that decides a month's beginning, and how it is named as deciding one: a Hijri
# date after such a name, and a day after the date with only "on" before it, is the month
# the meeting decides and the day it meets, not one day ("sidang isbat penetapan 1 Syawal
# 1436 H pada Kamis (16/7)": the session deciding 1 Shawwal meets on Thursday 16 July, the
# eve of a month's last day). The nouns of a meeting; the nouns of deciding (Indonesian
# "isbat" is the confirming of a month's start); the words of purpose before a verb of
# DECIDING_WORDS ("the session to determine 1 Shawwal 1446 on Saturday, 29 March").
SESSION_NOUNS: tuple[tuple[str, str], ...] = (
    ("sidang", "id"), ("sidang", "ms"), ("rapat", "id"), ("musyawarah", "id"), ("mesyuarat", "ms"),
    ("meeting", "en"), ("session", "en"), ("اجتماع", "ar"), ("جلسة", "ar"), ("toplantı", "tr"),
    ("toplantısı", "tr"), ("اجلاس", "ur"), ("جلسه", "fa"), ("réunion", "fr"), ("séance", "fr"),
    ("kikao", "sw"),
)  # fmt: skip
DECIDING_NOUNS: tuple[tuple[str, str], ...] = (
    ("penetapan", "id"), ("penentuan", "id"), ("penentuan", "ms"), ("isbat", "id"), ("itsbat", "id"),
    ("isbath", "id"), ("determination", "en"), ("determining", "en"), ("تحديد", "ar"), ("لتحديد", "ar"),
    ("تعیین", "fa"), ("belirlenmesi", "tr"),
)  # fmt: skip
PURPOSE_WORDS: tuple[tuple[str, str], ...] = (
    ("to", "en"), ("untuk", "id"), ("guna", "id"), ("untuk", "ms"), ("bagi", "ms"), ("pour", "fr"),
)  # fmt: skip

# The label of a letter's or a press release's reference number, before a colon: "H. 15
# Rabi' II 1446 | Na: 1446/03 | M. Ijumaa, 18 Oktoba 2024" (Swahili "Nambari"), "No: 1446 H /
# 003". The number after one (digits, slashes, dashes, an era's letter) is no date, and in a
# header whose halves each begin with their era it stands between them (see
# datelines._read.references).
REFERENCE_LABELS: tuple[tuple[str, str], ...] = (
    ("No", "en"), ("Ref", "en"), ("Na", "sw"), ("Nambari", "sw"), ("Sayı", "tr"), ("Nomor", "id"),
    ("Bil", "ms"), ("Broj", "bs"), ("Numri", "sq"), ("Lambar", "ha"), ("Réf", "fr"), ("Nr", "de"),
    ("Номер", "ru"), ("رقم", "ar"), ("الرقم", "ar"), ("شماره", "fa"), ("نمبر", "ur"), ("Sayı", "az"),
    ("شمارہ", "ur"),  # Urdu "issue (number)": "شمارہ 3/ مارچ 2025ء"
)  # fmt: skip

# Words of welcoming a day or of its approach: beside the new year's name, a date is an
# event's on its eve ("pawai obor pada Sabtu, 6 Juli 2024, menyambut Tahun Baru Hijriyah 1446
# H", a torch march on Saturday welcoming the Hijri New Year), not the new year's day.
WELCOMING_WORDS: tuple[tuple[str, str], ...] = (
    ("menyambut", "id"), ("sambut", "id"), ("menjelang", "id"), ("jelang", "id"), ("menyambut", "ms"),
    ("menjelang", "ms"), ("استقبال", "ur"), ("استقبال", "ar"), ("لاستقبال", "ar"), ("welcoming", "en"),
    ("welcome", "en"), ("ahead", "en"), ("eve", "en"),
)  # fmt: skip

# Verbs of announcing, said after a month's beginning as their object ("Qafqaz Müsəlmanları
# İdarəsi 28 fevral 2025-ci ildə Ramazan ayının başlanğıcını elan etdi", "ҚМДБ 2025 жылғы 28
# ақпанда Рамазан айының басталатынын жариялады"): the date before is the announcement's day,
# not the month's. Each is the stem a word begins with.
ANNOUNCING_WORDS: tuple[tuple[str, str], ...] = (
    ("elan", "az"), ("ilan", "tr"), ("açıkla", "tr"), ("жария", "kk"), ("жарыяла", "ky"), ("e'lon", "uz"),
    ("eʼlon", "uz"), ("эълон", "uz"),
)  # fmt: skip

# Nouns of a market or fair that a month's name, said beside one, names ("Bazar Ramadan dibuka
# mulai 1 Mac 2025", "the Ramadan bazaar opens on 1 March"): the month alone beside one is the
# market's name, and a date said to begin it the market's opening, not the month's.
MARKET_NOUNS: tuple[tuple[str, str], ...] = (
    ("bazar", "ms"), ("bazar", "id"), ("pasar", "id"), ("bazaar", "en"), ("bazaars", "en"),
    ("market", "en"), ("fair", "en"), ("bazarı", "tr"), ("pazarı", "tr"), ("سوق", "ar"),
)  # fmt: skip

# Nouns of a feast that a month's name straight before them names ("Ramazan Bayramı 30 Mart'ta
# başlıyor", the feast of Ramadan begins on 30 March): the feast's day, not the month's start.
# Each is the stem a word begins with ("Bayramı’nın", "bayramına").
FEAST_NOUNS: tuple[tuple[str, str], ...] = (
    ("bayram", "tr"), ("bayram", "az"), ("bajram", "sq"), ("bajram", "bs"),
)  # fmt: skip

# Verbs of sighting the moon: a date after one, with a Hijri date before it, is the day the
# crescent was (or was not) sighted, the eve of a month's first day, not that day ("the first
# day of Muharram as the crescent moon was not sighted on Friday, July 5").
# Words for watching for the crescent, before the month watched for: a date said after the
# month and its year glossed is the watch's evening, not the month's day ("Rukyatul hilal 1
# Syawal 1445 H/2024 M dilaksanakan pada Selasa, 9 April 2024", "L'observation du croissant
# lunaire de Chawwal 1445 H (2024) aura lieu le mardi 9 avril 2024", "سيتم تحري هلال شهر رمضان
# 1446 هـ (2025) مساء الجمعة 28 فبراير 2025"; a review).
# (Not "هلال", "ہلال" alone: the committees that announce the month's day bear them, "مرکزی
# رویت ہلال کمیٹی".)
WATCHING_WORDS: tuple[tuple[str, str], ...] = (
    ("observation", "fr"), ("croissant", "fr"), ("observation", "en"), ("تحري", "ar"),
    ("rukyat", "id"), ("rukyatul", "id"), ("rukyah", "id"), ("pemantauan", "ms"), ("cerapan", "ms"),
    ("gözlem", "tr"),
)  # fmt: skip

SIGHTED_WORDS: tuple[tuple[str, str], ...] = (
    ("sighted", "en"), ("seen", "en"),
)  # fmt: skip

# Words that lead from a date to the weekday after it, beside the copulas and prepositions of
# time ("… 30 March 2025 falls on a Sunday", "… 31 Maret 2025 jatuh hari Senin", "… 30 Mart 2025
# tarihinin Pazar olduğunu"): a weekday after them is the date's, not a word of the story.
WEEKDAY_LINKS: tuple[tuple[str, str], ...] = (
    ("falls", "en"), ("fall", "en"), ("falling", "en"), ("fell", "en"), ("a", "en"), ("the", "en"),
    ("jatuh", "id"), ("bertepatan", "id"), ("tepat", "id"), ("iaitu", "ms"), ("yaitu", "id"),
    ("tarihinin", "tr"), ("tarihi", "tr"), ("tarihe", "tr"), ("يوم", "ar"), ("اليوم", "ar"),
)  # fmt: skip

# "That" after a verb of saying: a date before it is the day of the saying, a Hijri date
# after it what was said ("The court said on 29 March 2025 that Sunday would be 1 Shawwal").
SAID_THAT: tuple[tuple[str, str], ...] = (
    ("that", "en"), ("bahwa", "id"), ("bahawa", "ms"), ("أن", "ar"), ("بأن", "ar"), ("کہ", "ur"),
    ("که", "fa"), ("kwamba", "sw"), ("যে", "bn"), ("कि", "hi"), ("que", "fr"), ("qu", "fr"),
)  # fmt: skip

# Prepositions of time before a date ("on", "pada", "في"), and the words for "and": two
# halves each with their own, and an "and" between, are two things' days ("arrived in
# Jeddah on 27 Ramadan 1446 and left for Riyadh on 29 March 2025"), unless a connector or
# copula joins them.
TIME_PREPOSITIONS: tuple[tuple[str, str], ...] = (
    ("on", "en"), ("pada", "id"), ("في", "ar"), ("tarehe", "sw"), ("le", "fr"), ("am", "de"),
    ("در", "fa"), ("më", "sq"),
    ("u", "bs"),  # "… je u nedjelju, 30. marta 2025." (is on Sunday, 30 March)
)  # fmt: skip
TIME_POSTPOSITIONS: tuple[tuple[str, str], ...] = (("کو", "ur"), ("को", "hi"))
COORDINATORS: tuple[tuple[str, str], ...] = (
    ("and", "en"), ("dan", "id"), ("serta", "id"), ("et", "fr"), ("و", "ar"), ("na", "sw"), ("und", "de"),
    ("اور", "ur"), ("और", "hi"), ("او", "ps"), ("ve", "tr"),
    # CLDR's list patterns' "and" (stop 59: the languages the writer took on)
    ("iyo", "so"), ("ва", "uz"), ("жана", "ky"), ("və", "az"), ("dhe", "sq"), ("и", "ru"), ("және", "kk"),
    ("va", "uz"), ("da", "ha"),
)  # fmt: skip

# Words that make a date a reference point for another ("A day before 1 Shawwal 1446, on 29
# March 2025", "Applications received after 28 February 2025 …"): with words between, no pair.
OFFSET_WORDS: tuple[tuple[str, str], ...] = (
    ("before", "en"), ("after", "en"), ("sebelum", "id"), ("setelah", "id"), ("sesudah", "id"),
    ("selepas", "ms"), ("قبل", "ar"), ("بعد", "ar"), ("avant", "fr"), ("après", "fr"),
    ("kabla", "sw"), ("baada", "sw"),
)  # fmt: skip

# Words for sunset and the evening prayer, said after a Gregorian date and before a Hijri day
# ("U srijedu 14. novembra 2012. god., poslije akšama nastupa 1.Muharrem", on Wednesday 14
# November 2012, after the evening prayer, 1 Muharram begins): the Hijri day begins that
# evening, so its civil day is the next, and the two do not pair (a month said to begin so
# does: "Рамадан … наступит с заходом солнца 18 февраля").
SUNSET_WORDS: tuple[tuple[str, str], ...] = (
    ("akšama", "bs"), ("akšam", "bs"), ("sunset", "en"), ("maghrib", "en"), ("akşam", "tr"),
    ("akşamı", "tr"), ("заходом", "ru"), ("вечером", "ru"),
)  # fmt: skip

# Month names that are also everyday words in a language the tables read beside them: the
# Bosnian "Sefer" is the Turkish "sefer" (a trip, a time), Arabic "صفر" is zero, Bengali
# "সফর" and Hindi "सफ़र" a journey. Such a name without a Hijri year in its half pairs
# only side by side ("5 sefer yaptı, 12 Ocak 2025'te" is no date).
AMBIGUOUS_MONTH_NAMES: tuple[tuple[str, str], ...] = (
    ("Sefer", "bs"), ("صفر", "ar"), ("সফর", "bn"), ("सफ़र", "hi"), ("सफर", "hi"),
    ("ربيع آخر", "ar"), ("ربيع اخر", "ar"),  # "another spring" (a review): the Egyptian headers' Rabi' II
)  # fmt: skip

# Month names that are everyday words of other languages, months only straight after a day's
# number: Polish "marca" (of March; "1 marca 2025"), Spanish and Italian "brand" ("La marca
# 2025 del Ramadán 1446" was read as a date: review 62b; dropped, every Polish March was lost:
# review 62c).
MONTHS_AFTER_A_DAY: tuple[tuple[str, str], ...] = (("marca", "pl"),)

# The word for "month" (with its case forms) that, just before or after a name, shows the
# name is the month's ("الثامن من شهر صفر", "Safer ayı", "সফর মাসের").
MONTH_NOUNS: tuple[str, ...] = (
    "month", "شهر", "ماه", "mois", "bulan", "mwezi", "ayı", "ayının", "মাস", "মাসের", "महीने", "महीना",
    "माह", "mjeseca", "mjesec", "muaji", "muajit", "месяца", "айы", "айының", "oyi", "oyining", "مہینے",
    "مہینہ", "wata", "watan",
    "aıy", "aıynyń",  # Kazakh in the 2021 Latin alphabet, as "айы", "айының"
    "ayını",  # Azerbaijani accusative: "Ramazanın ilk günü isə mart ayını 23-də olacaq" (metbuat.az; held-out set 31)
    "ayına", "ayında",  # Turkish dative and locative: "2025’de mart ayına denk geliyor"
)  # fmt: skip

# "Or" between two dates ("1 or 2 March", "soit le 17, soit le 18 mai"): a month said to
# begin on one of them is not paired with either.
OR_WORDS: tuple[str, ...] = (
    "or", "ou", "soit", "oder", "o", "atau", "ataupun", "au", "ama", "ko", "ili", "или", "або", "yoki", "ёки",
    "veya", "ya da", "yaxud", "yoxsa", "أو", "او", "یا", "या", "বা", "அல்லது", "അല്ലെങ്കിൽ", "ან", "yo",
)  # fmt: skip

# Articles and prepositions that may stand between "or" and the second of two dates ("… le
# 30 mars 2025 ou le 31 mars 2025", "… auf den 30. März 2025 oder den 31. März 2025", "… on 30
# March 2025 or on 31 March 2025"): the second date is still the other of the two. Languages whose
# "or" stands straight before the date ("30 Mart 2025 veya 31 Mart 2025", "30 марта или 31
# марта") need no row.
OR_DATE_ARTICLES: tuple[tuple[str, str], ...] = (
    ("on", "en"), ("the", "en"), ("le", "fr"), ("den", "de"), ("am", "de"), ("dem", "de"), ("auf", "de"),
    ("el", "es"), ("pada", "id"), ("tanggal", "id"), ("hari", "id"), ("tarehe", "sw"), ("يوم", "ar"),
    ("في", "ar"), ("na", "bs"), ("на", "ru"), ("в", "ru"), ("روز", "fa"),
)  # fmt: skip

# Words that set the beginning of a month said after a date before or after that date, not on
# it ("… ১৯/০৬/২০১৫ তারিখে নির্বাচন হবে, রমজান মাস শুরু হওয়ার আগে", the election is on 19/06/2015,
# before Ramadan begins; "… রমজান মাস শুরু হবে পরে", Ramadan begins later): the month begins on
# another day.
BEGINS_BEFORE_AFTER_WORDS: tuple[tuple[str, str], ...] = (
    ("আগে", "bn"), ("আগেই", "bn"), ("পূর্বে", "bn"), ("পরে", "bn"), ("পরেই", "bn"), ("পর", "bn"),
    ("পরবর্তীতে", "bn"), ("পরবর্তী", "bn"),
)  # fmt: skip

# Words between a day's number and its weekday, "being" ("އެޕްރީލް މަހުގެ 13 ވާ އަންގާރަ ދުވަހު",
# on Tuesday, the 13th of April): the number is a date's day, not a count ("29 ދުވަސް", 29 days).
DAY_WEEKDAY_LINKS: tuple[str, ...] = ("ވާ", "ވީ")

# Languages whose ordinal right before a month's name counts the months, not their days: "Mein
# zweiter Ramadan", "Mijn tweede Ramadan", "su primer Ramadán" (the second Ramadan one has
# fasted); a day is said with the word for "day" or "of" between ("der zweite Tag des
# Ramadan", "el primero de Ramadán"). Not English, whose "the first Muharram will be on
# Thursday, July 20" (Pakistan's committee, running corpus) is the month's first day.
ORDINALS_COUNT_MONTHS: tuple[str, ...] = ("de", "nl", "es", "pt")  # (Italian "il primo marzo" is 1 March)
# But after a preposition of time fused with the article, the ordinal names the day: German
# "Am neunten Ḏū-l-Ḥiǧǧa, 31.08.2017" (on the ninth; tenth fresh set), "vom ersten Ramadan".
ORDINAL_DAY_PREPOSITIONS: tuple[tuple[str, str], ...] = (
    ("am", "de"), ("vom", "de"), ("zum", "de"),
)  # fmt: skip

# Words for "day" or "date" after a day's number, naming it the day of the month said before:
# "Ramazan ayının 11-ci günü", "मुहर्रम की 10 तारीख", "جمادی الثانی کی 5 تاریخ".
DAY_NOUNS: tuple[str, ...] = (
    "day", "günü", "gününün", "günüdür", "günüdə", "tarihi", "tarihinde", "तारीख", "तारीख़", "दिन", "তারিখ",
    "তারিখে", "تاریخ", "تاريخ", "روز", "دن", "نیټه", "نېټه", "ورځ", "күнү", "күні", "көне", "kuni", "kunu", "день",
    "дня", "dan", "dita", "tarehe", "hari", "jour", "ദിവസം", "நாள்", "ቀን", "kuni", "куни", "кунида", "санаси",
    "திகதி", "தேதி", "பிறை", "நாளாகும்", "тарихи", "тийати", "തീയതി", "ranar", "ọjọ́", "ọjọ", "gecesi", "gününden",
    "كۈنى", "نیټی", "gününe",
    "日",  # Chinese, Japanese: "4月13日"
    "güni",  # Turkmen "its day": "Remezanyň ilkinji güni 23-nji marta" (as Turkish "günü")
    "gününde",  # Turkish locative: "zilhicce ayının 10. gününde" (on the 10th day of Dhu al-Hijjah)
    "günün",  # Turkish genitive: "Ramazan ayının … 30. günün akşamı" (the evening of the 30th day)
    "gündür",  # Azerbaijani, Turkish "is the day": "mayın 6-sı Ramazan ayının ilk gündür" (fourth fresh set)
    "көнендә",  # Tatar locative: "Зөлхиҗҗә аеның унынчы көнендә" (on the tenth day of Dhu al-Hijjah)
    "кунидир", "kunidir",  # Uzbek "is the day": "2017 йил июл ойининг 19- кунидир" (held-out set 33)
    "түнүндө",  # Kyrgyz "on the night": "Рамазан айынын 27-түнүндө" (on the 27th night of Ramadan)
    "куьнинде",  # Nogai locative: "Зуль-хиджа айынынъ 10-ншы куьнинде" (on the 10th day)
    "ദിവസമായ",  # Malayalam "being the day": "ദുൽ ഹിജ്ജ മാസത്തിലെ ഒമ്പതാം ദിവസമായ അറഫാ ദിനം" (held-out set 36)
    "жұлдызы",  # Kazakh "date" (its star): "Рабиғул әууәл айының 12-жұлдызы" (the 12th of Rabi al-Awwal; held-out set 36)
    "ди", "дийнахьа", "дийнахь",  # Ingush "day", "on the day": "Май бетта 6 дийнахьа хьалхара ди"
)  # fmt: skip

# Words between a month and its year: "Safar de l'an 1438", "رمضان لعام 1436", "Ramadan na shekarar 1445".
MONTH_YEAR_FILLERS: tuple[str, ...] = (
    "de", "l'an", "lan", "an", "of", "year", "the", "لعام", "عام", "سنة", "لسنة", "tahun", "yılı", "sal",
    "na", "ta", "shekarar", "l'année", "année", "سال", "ano", "del", "año", "jahr", "jahres", "godine",
    "шо", "na shekarar", "shekarar ta", "na shekarar hijira ta", "shekara ta", "wa Mwaka", "katika mwaka", "mwaka", "ọdún",
    "সনের", "yil", "йил", "елның",
    "yil", "yili", "йил", "йили", "жыл", "жылы", "жылғы", "жылдын", "ж", "г", "года", "год", "году", "ел", "елда",
    "ஆண்டு", "ஆண்டின்", "சன", "сол", "saal", "sal",
    "din", "ساڵی", "ساڵ", "سالی", "އަހަރުގެ", "އަހަރު", "މި ހިނގާ",
    "ɗin",  # Hausa "of (that)": "11 ga watan Maris ɗin 2024"
    "ประจำปี",  # Thai "for the year": "เดือนรอมฎอน ประจำปีฮิจเราะห์ศักราช 1435" (not "ปี": "รอมฎอนปี 2567" is a Buddhist year)
    "ماه", "рік", "року", "році", "لهذا العام", "هذا العام", "পবিত্র", "புனித",
    "আসন্ন", "মাহে",  # Bengali "coming", "month of": "১৪৪৬ হিজরি সনের আসন্ন মাহে রমজানের"
    "il", "godinu", "годину",
    "sene",  # Ottoman Turkish "year": "7 Zilhicce sene 1293 ve 11 Kânûn-ı evvel sene 1292" (a trial)
    "ildə", "ilə", "ilin", "ildən", "ilədək",  # Azerbaijani "il" with its case endings: "2025-ci ildə"
    "ilinin",  # and its possessive's genitive: "1442-ci hicri-qəməri ilinin" (held-out set 33)
    "ýylyň", "ýyly", "ýylynda", "ýylda",  # Turkmen "of the year", "year", "in the year": "2024-nji ýylyň"
    "কত তারিখে",  # "on what date", in a headline's question: "পহেলা রমজান কত তারিখে ২০২৫"
    "يىلى", "کال",
    "من عام", "من العام",  # "7 يوليو تموز من عام 2024"
    "في عام", "في العام", "في سنة",  # "شهر رمضان في عام 1445 هـ" (the month of Ramadan in the year 1445 AH)
    "нового",  # Russian "of the new (year)": "1-й день месяца Аль-Мухаррам нового 1447 г." (held-out set 38)
    "в этом году",  # "this year", as "هذا العام": "месяца Рамазан в этом году выпадает на 23 марта"
    "ee sanadkan", "ee sanadka",  # "bisha Ramadaan ee sanadkan 1447 Hijriyadda" (of this year)
    "for the Islamic year", "for the Hijri year", "of the Islamic year", "of the Hijri year",
    "for the year", "in the year",  # "the holy month of Ramadan for the year 1445 began on …"
    "for this year", "of this year",  # "the ninth day of Dhu Al-Hijjah for this Year, 1444 AH"
    "do ano", "do ano de", "dell'anno",  # Portuguese, Italian "of the year": "Ramadã do ano 1446"
    "anno",  # Italian "year": "(12 rabi'awal, anno 1446)"
    "im Jahre", "im Jahr",  # German "in the year": "Der … Monat Ramadan im Jahre 1438 nach islamischer Zeitrechnung"
    "des Jahres",  # German "of the year": "den 1. Muharrem des Jahres 1445" ("des" no Indonesian December; held-out set 36)
    "الحالي هو", "الحالية هي", "الحالي", "الحالية", "الجاري", "الجارية",  # "العام الهجري الحالي هو 1442" (the current Hijri year is)
    "ኛው",  # Amharic "-th", written on a year before its month: "1446ኛው የረመዳን ፆም" (the 1446th Ramadan fast)
    "年", "の",  # Japanese "year", "of", between a year and its month: "ヒジュラ暦1430年のラマダーン月"
    "年度",  # Japanese "(calendar) year": "ヒジュラ暦1446年度シャウワール月"
    "সালের",  # Bengali "of the year": "২০২৫ সালের প্রথম রমজান" (the first Ramadan of 2025)
    "sannadkan",  # Somali "this year": "xajka sannadkan 1425" (this year's hajj, 1425)
    "god",  # Bosnian "godine" (of the year) cut short: "Subota, 09. 07. 2022. god./ 10. Zu-l-hidždže 1443. h. g."
    "g",  # and shorter (see YEAR_WORDS_CUT_SHORT)
    "de l'année musulmane", "l'année musulmane",  # French "of the Muslim year": "(Mouharram) de l'année musulmane (de l'Hégire) 1441"
    "bagi tahun",  # Malay "for the year": "hari pertama Syawal … bagi tahun 1444H" (eighth fresh set)
    "العام",  # "year", with its clitic: "غرة شهر شوال للعام الهجري الحالي 1442هـ" (of the current Hijri year; eighth fresh set)
    "соли",  # Tajik "year of": "15-уми майи соли 2018" (ninth fresh set)
)  # fmt: skip

# The word for "month" after a month's number, in languages that write a Gregorian date by the
# month's number and the day's: Uyghur "7-ئاينىڭ 9-كۈنى" (the 9th day of the 7th month),
# "2013-يىلى 7-ئاينىڭ 9-كۈنى". A day with its word for "day" must follow ("7 ئاي" alone is
# seven months).
MONTH_NUMBER_WORDS: tuple[tuple[str, str], ...] = (
    ("ئاي", "ug"), ("ئاينىڭ", "ug"),
    ("月", "zh"), ("月", "ja"),  # "2021年4月13日" (the 13th day of the 4th month of 2021)
)  # fmt: skip

# Words and signs that may stand between the two halves of a dateline.
CONNECTORS: tuple[tuple[str, str], ...] = (
    ("对应", "zh"),  # Chinese "corresponds to": "1449年8月5日对应公历2028年1月2日" (held-out set 36)
    ("ตรงกับ", "th"),  # Thai "falls on, corresponds to": "… ฮิจเราะห์ศักราช 1444 ตรงกับวันพฤหัสบดีที่ 23 มีนาคม"
    ("corresponding to", "en"), ("corresponds to", "en"), ("coinciding with", "en"), ("i.e", "en"),
    ("that is", "en"), ("or", "en"), ("equivalent to", "en"), ("equivalent", "en"), ("which is", "en"), ("namely", "en"),
    ("which falls on", "en"), ("yani", "tr"), ("yaani", "sw"), ("iaitu", "ms"), ("yakni", "id"),
    ("c'est-à-dire", "fr"), ("یعنی", "ur"), ("यानी", "hi"), ("অর্থাৎ", "bn"),
    ("মোতাবেক", "bn"), ("মুতাবিক", "bn"),  # "corresponding to" (Arabic مطابق): "১৩১৫ হি. মোতাবেক ১৮৯৬ ঈ. সনে"
    ("bertepatan dengan", "id"), ("bertepatan", "id"), ("atau", "id"), ("yaitu", "id"), ("jatuh pada", "id"),
    ("bersamaan dengan", "ms"), ("bersamaan", "ms"), ("bersempena", "ms"),
    ("kang mbarengi", "jv"), ("mbarengi", "jv"),  # Javanese "which coincides with" (held-out set 29)
    ("برساماءن دڠن", "ms"), ("برساماءن", "ms"),  # the same in Jawi (Wikidata's lexeme; stop 60)
    ("الموافق", "ar"), ("الموافق لـ", "ar"), ("الموافق ل", "ar"), ("موافق", "ar"), ("الموافقة", "ar"),
    ("مطابق", "ur"), ("بمطابق", "ur"), ("برابر با", "fa"), ("برابر", "ur"), ("correspondra au", "fr"), ("correspondant au", "fr"), ("مصادف با", "fa"), ("مقارن", "fa"), ("مقارن با", "fa"), ("mutabık", "tr"), ("el-muvafık", "tr"),
    ("برابر است با", "fa"), ("مصادف است با", "fa"), ("مصادف هست با", "fa"), ("هم زمان با", "fa"),
    ("همزمان با", "fa"), ("همزمان است با", "fa"),
    ("correspondant au", "fr"), ("correspond au", "fr"), ("soit", "fr"), ("entspricht", "de"),
    ("entspricht dem", "de"), ("entsprechend dem", "de"), ("fällt auf", "de"), ("fiel auf", "de"),
    ("corresponde al", "es"), ("correspondiente al", "es"), ("acorde al", "es"), ("acorde a", "es"),
    ("correspondente a", "pt"), ("correspondente ao", "pt"), ("corresponde a", "pt"), ("corresponde ao", "pt"),
    ("equivalente a", "pt"), ("equivalente ao", "pt"), ("coincide com", "pt"), ("cai em", "pt"),
    ("corrispondente al", "it"), ("corrisponde al", "it"), ("che corrisponde al", "it"),
    ("equivalente al", "it"), ("coincide con", "it"), ("cade il", "it"), ("cadrà il", "it"),
    ("komt overeen met", "nl"), ("overeenkomend met", "nl"), ("valt op", "nl"), ("viel op", "nl"),
    ("wacce ta yi daidai da", "ha"), ("ta yi daidai da", "ha"), ("wanda ya zo daidai da", "ha"),
    ("wanda ya yi dai dai da", "ha"), ("da dai da", "ha"), ("wadda ta yi daidai da", "ha"),
    ("yayi dai-dai da", "ha"), ("daidai da", "ha"), ("ku beegan", "so"), ("sawa na", "sw"), ("ikiafikiana na", "sw"), ("inayoafikiana na", "sw"),
    ("tí ó dọ́gba pẹ̀lú", "yo"), ("ஆங்கில மாதம்", "ta"), ("ന് തുല്യമായ", "ml"), ("сәйкес келіп", "kk"),
    ("дұрыс келуіне", "kk"), ("to‘g‘ri kelishi", "uz"), ("to‘g‘ri keladi", "uz"), ("to‘g‘ri keldi", "uz"),
    ("тўғри келаётгани", "uz"), ("тўғри келиши", "uz"), ("тўғри келади", "uz"), ("дал келет", "ky"),
    ("туура келет", "ky"), ("туры килә", "tt"), ("odgovara datumu", "bs"), ("هاوکاتە لەگەڵ", "ckb"),
    ("کە هاوکاتە لەگەڵ بەرواری", "ckb"), ("هاوتایە لەگەڵ", "ckb"), ("ވާ", "dv"), ("ވީ", "dv"), ("ދުވަހަކީ", "dv"), ("އަކީ", "dv"),
    ("do të jetë", "sq"),  # "will be", three words: "do" alone is Bosnian "until"
    ("выпадает на", "ru"), ("приходится на", "ru"),  # "falls on"
    # "corresponds to": "1 шавваля 1445 г. х. соответствует 10 апреля 2024 г." (trial 24: the
    # Gregorian half was dropped after the era's stop, and a wrong day passed)
    ("соответствует", "ru"), ("что соответствует", "ru"), ("соответствующий", "ru"), ("соответствует дате", "ru"),
    ("совпадает с", "ru"), ("что совпадает с", "ru"),  # "coincides with"
    ("përkon", "sq"),  # "coincides": "më 01.07.2016, përkon nata e 27-të e muajit … të Ramazanit"
    ("համընկնում է", "hy"),  # "coincides": "Ռամադանի առաջին օրը … համընկնում է մարտի 1-ին"
    ("gẹ́gẹ́ bí", "yo"),  # "as": "ọjọ́ kẹtàlé-lógún 2023 gẹ́gẹ́ bí ọjọ́ kínní, oṣù Ramadan 1444"
    ("وەک", "ckb"),  # "as": "رۆژی چوارشەممە 18ـی مانگ، وەک تەواوکەری مانگی شەعبان"
    ("pikërisht në datën", "sq"),  # "precisely on the date": "bie në ditën e 10-të, pikërisht në datën 17 Korrik"
    ("مطابق به", "fa-AF"), ("برابر به", "fa-AF"),  # Dari's "corresponding to" (a review's Kabul triples)
)  # fmt: skip

# Ordinal suffixes also written apart from the day's number, right after a month's name:
# Pashto "د لیندۍ ۱۵ مه" (the 15th of Lindai); elsewhere "مه" is Persian's May.
SPACED_ORDINAL_SUFFIXES: tuple[str, ...] = ("مه",)
# ... and right before a month's name: Urdu "9 اپریل کو 29 واں رمضان المبارک ہوگا" (9 April will
# be the 29th of Ramadan; a Pakistani report, held-out set 26), its digits and suffix typed apart.
SPACED_ORDINAL_SUFFIXES_BEFORE_MONTHS: tuple[str, ...] = ("واں", "ویں")

# Written straight after a day number: "1st", "10th", "1er", "24শে", "1-го".
ORDINAL_SUFFIXES: tuple[str, ...] = (
    "st", "nd", "rd", "th", "er", "re", "ère", "e", "eme", "ème", "o", "º", "ª", "го", "ого", "е",
    "শে", "ই", "লা", "রা", "ঠা", "তম", "ম", "য়", "র্থ", "ষ্ঠ", "ci", "cı", "cu", "cü", "inci", "ıncı", "uncu", "üncü", "வது",
    "مه", "ەم", "ەمین", "нче", "нчы", "енче", "ынчы", "वां", "वीं", "वें", "वा", "വീ", "ஆம்", "ம்", "ஆவது",
    "aad", "ki", "ки", "чи", "чу", "і", "ы", "ші", "шы", "inchi", "nchi", "нчи", "ിന്", "ந்தேதி", "ވަނަ",
    "ум", "уми",  # Tajik: "1-уми сентябр" (1 September)
    # Uzbek's with the possessive after it: "жумодиюл-аввал ойининг 22-чиси" (the month's 22nd;
    # held-out set 30)
    "чиси", "нчиси", "chisi", "nchisi",
    "си",  # and after a number that ends in a consonant: "тир ойининг 28-си" (held-out set 33)
    "й",  # Russian masculine: "в 10-й день" (on the 10th day)
    "ویں", "واں",  # Urdu, as Hindi "वीं", "वां": "محرم کا تہوار بھی 10ویں تاریخ کو" (on the 10th date)
    "d",  # English of old after 2 and 3: "on the 2d of Jemady ul Awwel, 1161" (held-out set 33; see tokens)
    "ншы",  # Nogai: "Зуль-хиджа айынынъ 10-ншы куьнинде" (on the 10th day of Dhu al-Hijjah)
    # Turkmen, after a vowel and after a consonant: "1446-njy ýylyň Rabi al-Awwal aýynyň 12-nji
    # güni, 2024-nji ýylyň 16-njy sentýabryna" (held-out set 35)
    "njy", "nji", "nju", "njü", "ynjy", "inji", "unjy", "ünji",
    "njy", "nji", "ynjy", "inji", "unjy", "ünji",  # Turkmen: "6-njy iýunda" (on 6 June)
    "hb",  # Malay "haribulan" (day of the month): "10hb Februari 2020"
)  # fmt: skip

# Case endings written straight onto a number, day or year, that say nothing of its value:
# Kurdish "18ـی شوبات", "1447ـی کۆچی", Turkish and Azerbaijani "23-də", "2024'te", Somali "30-ka".
NUMBER_ENDINGS: tuple[str, ...] = (
    "ی", "ي", "da", "de", "ta", "te", "də", "tə", "dan", "den", "tan", "ten", "dən", "tən", "ka", "ta", "ga",
    "ke", "ye", "ya", "inde", "ında", "ünde", "unda", "ге", "га", "да", "де", "та", "те", "дә", "тә",
    "nə", "na", "ne", "ലെ", "ന്", "ந்", "ন", "এ", "i", "ı", "u", "ü",
    "ine", "ına", "una", "üne", "sine", "sına", "suna", "süne",  # Turkish dative: "Şaban ayının 15'ine"
    "ին",  # Armenian: "մարտի 1-ին" (on 1 March)
    "ə", "yə",  # Azerbaijani dative: "2021-ci ilin Aprel ayının 13-ə" (to the 13th; held-out set 33)
)  # fmt: skip

# One-letter Arabic clitics written straight onto the next word: و (and), ب (in, on),
# ل (for, to), ف (so), ك (as): "بشهر", "ورمضان".
ARABIC_CLITICS: tuple[str, ...] = ("و", "ب", "ل", "ف", "ك")

# Words that say a month begins ("Ramadan will begin on Friday, April 24", "Ramazan ayı martın
# 23-də başlayacaq", "the beginning of Ramadan falls on …"): a Hijri month named without a day
# pairs with a Gregorian date only when one of these, or of MONTH_END_WORDS or
# MONTH_BOUNDARY_OTHER_WORDS, stands by them (MONTH_BOUNDARY_WORDS is the three together), and
# the checker then compares the date with the month's first day. Each is the stem a word
# begins with; "*" before it: a stem anywhere in the word (Swahili "itaanza"); two words: a
# word and the next.
MONTH_BEGINNING_WORDS: tuple[tuple[str, str], ...] = (
    ("begin", "en"), ("began", "en"), ("begun", "en"), ("start", "en"), ("commenc", "en"), ("usher", "en"),
    ("observed from", "en"),
    ("mulai", "id"), ("dimulai", "id"), ("bermula", "id"), ("awal", "id"),
    ("permulaan", "ms"), ("bermulanya", "ms"),
    ("başla", "tr"), ("başlangıç", "tr"), ("başlıy", "tr"),
    ("bailay", "tr"),  # "başlayan" (which began) with its "ş" lost on a page: "7 Temmuz günü bailayan Muharrem ayı"
    ("баста", "kk"), ("bastal", "kk"), ("башта", "ky"), ("башлан", "tt"),
    ("boshlan", "uz"), ("бошлан", "uz"),
    ("начина", "ru"), ("начн", "ru"), ("начал", "ru"),
    ("почина", "uk"), ("розпоч", "uk"),
    ("fillon", "sq"), ("nis", "sq"), ("fillo", "sq"), ("fillua", "sq"),
    ("počinje", "bs"), ("počet", "bs"),
    ("*anza", "sw"), ("fara", "ha"), ("bilaab", "so"),
    ("शुरू", "hi"), ("आरंभ", "hi"), ("शुरु", "hi"), ("आगाज़", "hi"),
    ("شروع", "ur"), ("آغاز", "fa"), ("پيل", "ps"), ("پیل", "ps"),
    # "what begins is": "ރަމަޟާން މަސް ފެށޭނީ، … 13 ވާ އަންގާރަ ދުވަހު" (Ramadan begins on Tuesday the 13th);
    # not "ފެށޭނެ" (will begin), said of the fast as often ("… 2024 ގައި ރޯދަ ފެށޭނެ")
    ("ފެށޭނީ", "dv"),
    ("শুরু", "bn"), ("தொடங்", "ta"), ("ஆரம்ப", "ta"), ("ആരംഭ", "ml"), ("തുടങ്ങ", "ml"),
    ("يبدأ", "ar"), ("تبدأ", "ar"), ("بدأ", "ar"), ("بداية", "ar"), ("بدء", "ar"), ("يستهل", "ar"),
    ("يبدا", "ar"), ("تبدا", "ar"), ("سيبدأ", "ar"), ("ستبدأ", "ar"),
    ("دەستپێ", "ckb"), ("دەست پێ", "ckb"),
    ("commence", "fr"), ("débute", "fr"), ("début", "fr"),
    ("beginnt", "de"), ("beginn", "de"),
    ("begint", "nl"),
    ("comenz", "es"), ("comienz", "es"), ("empez", "es"), ("empiez", "es"), ("arranc", "es"),
    ("começ", "pt"), ("inici", "pt"), ("início", "pt"),  # "o Ramadã começa", "início do Ramadã"
    ("inizi", "it"), ("cominc", "it"),  # "il Ramadan inizierà", "l'inizio del Ramadan", "comincerà"
    ("započ", "sr"),  # Serbian "began": "u mjesecu ramazanu koji je započeo 22. marta 2023. godine"
    ("наступ", "ru"),  # Russian "comes": "Рамадан в 2026 году наступит с заходом солнца 18 февраля"
)  # fmt: skip

# Words that say a month ends, or name its last day ("Shawwal ends on …", "the last day of
# Sha'ban is …"): see MONTH_BEGINNING_WORDS. The checker compares the date with the month's
# last day, or the day after (the day the month is over: "Ramadan ends on Eid").
MONTH_END_WORDS: tuple[tuple[str, str], ...] = (
    ("end", "en"), ("last day", "en"),
    ("akhir", "id"), ("berakhir", "id"),
    ("sona", "tr"), ("bit", "tr"), ("son günü", "tr"),  # "the last day" (not "son günlerinde", in the last days)
    ("başa", "az"),  # "başa çatır" (ends)
    ("аяқтал", "kk"), ("бүт", "ky"), ("тәмамлан", "tt"),
    ("закончи", "ru"), ("заверш", "ru"), ("последн", "ru"),
    ("останн", "uk"),
    ("përfundon", "sq"), ("fundit", "sq"), ("përfundo", "sq"), ("përfundua", "sq"),
    ("završ", "bs"), ("posljednj", "bs"), ("zadnj", "bs"),
    ("mwisho", "sw"), ("har zuwa", "ha"), ("karshe", "ha"), ("ƙarshe", "ha"), ("dhammaad", "so"),
    ("समाप्त", "hi"), ("پایان", "fa"), ("ختم", "ur"), ("അവസാന", "ml"),
    ("ينتهي", "ar"), ("نهاية", "ar"), ("آخر", "ar"), ("اخر", "ar"),
    ("کۆتایی", "ckb"),
    ("fin", "fr"), ("termine", "fr"),
    ("endet", "de"), ("eindigt", "nl"),
    ("termin", "es"), ("finaliz", "es"), ("acab", "pt"),
    ("gutar", "tk"),  # Turkmen "ends": "Remezan aýy gutaryp …" (Ramadan having ended)
)  # fmt: skip

# Words that say a date is given roughly ("Ramadan 1447 H dimulai sekitar 20 Februari 2026",
# "se espera que el Ramadán comience alrededor del 10 de marzo"): a month said to begin or
# end about a date pairs with it, but is not compared with its first or last day.
APPROXIMATE_WORDS: tuple[tuple[str, str], ...] = (
    ("around", "en"), ("about", "en"), ("approximately", "en"), ("roughly", "en"), ("circa", "en"),
    ("sekitar", "id"), ("kira", "id"), ("kurang lebih", "id"), ("lebih kurang", "ms"),
    ("alrededor", "es"), ("aproximadamente", "es"), ("cerca", "es"), ("environ", "fr"), ("vers", "fr"),
    ("etwa", "de"), ("ungefähr", "de"), ("circa", "it"), ("intorno", "it"), ("por volta", "pt"),
    ("yaklaşık", "tr"), ("civarında", "tr"), ("sularında", "tr"), ("примерно", "ru"), ("около", "ru"),
    ("приблизно", "uk"), ("حوالي", "ar"), ("حوالى", "ar"), ("تقريبا", "ar"), ("تقريباً", "ar"),
    ("تقریباً", "fa"), ("تقریبا", "ur"), ("लगभग", "hi"), ("প্রায়", "bn"), ("takriban", "sw"),
)  # fmt: skip

# Words that make a month's name the owner of another thing beside it, a part of the month
# or an event in it: "the last ten nights of Ramadan begin on …", "Pasar Ramadhan dimulai …",
# "Ramazan ayının son on günü …", "the Ramadan night market starts …", "Itikaf in Ramadan
# begins …", "near the end of Ramadan, on 6 April": what begins or ends is that thing, not the
# month, which keeps no boundary (see datelines._read.pairs.month_boundary). Stems, as for the
# boundary words, looked for among the few words before and after the month's name.
MONTH_PART_WORDS: tuple[tuple[str, str], ...] = (
    ("last", "en"), ("first", "en"), ("second", "en"), ("final", "en"), ("half", "en"), ("ten", "en"),
    ("night", "en"), ("days", "en"), ("week", "en"), ("itikaf", "en"), ("i'tikaf", "en"), ("iftar", "en"),
    ("sehri", "en"), ("suhoor", "en"), ("taraweeh", "en"), ("tarawih", "en"), ("timing", "en"), ("timetable", "en"),
    ("schedule", "en"), ("program", "en"), ("campaign", "en"), ("competition", "en"), ("registration", "en"),
    ("collection", "en"), ("zakat", "en"), ("holiday", "en"), ("season", "en"), ("ritual", "en"),
    ("commemoration", "en"), ("school", "en"), ("class", "en"), ("festival", "en"), ("exhibition", "en"),
    ("tent", "en"), ("during", "en"), ("throughout", "en"), ("near", "en"), ("towards", "en"), ("toward", "en"),
    ("malam", "id"), ("terakhir", "id"), ("pertama", "id"), ("sepuluh", "id"), ("pekan", "id"),
    ("minggu", "id"), ("selama", "id"), ("sepanjang", "id"), ("menjelang", "id"), ("libur", "id"), ("cuti", "ms"),
    ("program", "id"), ("safari", "id"), ("pembagian", "id"), ("zakat", "id"), ("mudik", "id"), ("jualan", "ms"),
    ("juadah", "ms"), ("itikaf", "id"), ("tarawih", "id"), ("buka", "id"), ("sahur", "id"), ("kuliah", "id"),
    ("son", "tr"), ("ilk", "tr"), ("on gün", "tr"), ("boyunca", "tr"), ("iftar", "tr"), ("sahur", "tr"),
    ("program", "tr"), ("çadır", "tr"), ("etkinlik", "tr"), ("günlerinde", "tr"),
    ("العشر", "ar"), ("الأواخر", "ar"), ("الاواخر", "ar"), ("أيام", "ar"), ("ايام", "ar"), ("ليالي", "ar"),
    ("قبيل", "ar"), ("خلال", "ar"), ("طوال", "ar"), ("إفطار", "ar"), ("افطار", "ar"), ("برنامج", "ar"),
    ("مسابقة", "ar"), ("خيمة", "ar"), ("اعتكاف", "ar"), ("موسم", "ar"),
    ("بازار", "ur"), ("اعتکاف", "ur"), ("عشرہ", "ur"), ("آخری", "ur"), ("دنوں", "ur"), ("افطار", "ur"), ("دوران", "ur"),
    ("dernier", "fr"), ("premier", "fr"), ("jours", "fr"), ("nuits", "fr"), ("semaine", "fr"), ("marché", "fr"),
    ("pendant", "fr"), ("vers", "fr"), ("durant", "fr"),
    ("último", "es"), ("últimos", "es"), ("primeros", "es"), ("días", "es"), ("noches", "es"), ("semana", "es"),
    ("mercado", "es"), ("durante", "es"), ("hacia", "es"),
    ("últimos", "pt"), ("dias", "pt"), ("noites", "pt"), ("mercado", "pt"), ("durante", "pt"),
    ("ultimi", "it"), ("giorni", "it"), ("notti", "it"), ("mercato", "it"), ("durante", "it"),
    ("letzte", "de"), ("ersten", "de"), ("tage", "de"), ("nächte", "de"), ("woche", "de"), ("markt", "de"),
    ("während", "de"), ("fastenbrechen", "de"),
    ("последн", "ru"), ("первые", "ru"), ("дней", "ru"), ("ночей", "ru"), ("ярмарк", "ru"), ("во время", "ru"),
    ("ифтар", "ru"),
)  # fmt: skip

# Prepositions before a month's name (with a word of its beginning or end, and fillers, between)
# that make the date beside it one of its days, not its first or last: "at the end of Ramadan
# 1445, on 8 April", "au début du ramadan". Whole words (see MONTH_PART_WORDS).
MONTH_PART_PREPOSITIONS: tuple[tuple[str, str], ...] = (
    ("at", "en"), ("in", "en"), ("au", "fr"), ("en", "fr"), ("pada", "id"),
)  # fmt: skip

# Words for "yesterday", beside RELATIVE_DAYS: a month said to have begun yesterday (or to
# begin today or tomorrow) after a date before it began on another day than that date, the
# story's ("Wednesday 13 March 2024\n\nRamadan 1445 began yesterday": a review).
YESTERDAY_WORDS: tuple[tuple[str, str], ...] = (
    ("yesterday", "en"), ("kemarin", "id"), ("semalam", "ms"), ("dün", "tr"), ("أمس", "ar"), ("امس", "ar"),
    ("hier", "fr"), ("ayer", "es"), ("ontem", "pt"), ("ieri", "it"), ("gestern", "de"), ("вчера", "ru"),
    ("dünən", "az"), ("jana", "sw"), ("کل", "ur"),
)  # fmt: skip

# Words that tie a month to a date without saying which end of it the date is: "March 11
# marks the start of Ramadan" (the word of beginning says it), Turkish "tekabül eder"
# (corresponds to).
MONTH_BOUNDARY_OTHER_WORDS: tuple[tuple[str, str], ...] = (
    ("marks", "en"), ("marked", "en"), ("marking", "en"),
    ("tekabül", "tr"), ("denk gel", "tr"), ("təsadüf", "az"),
)  # fmt: skip

MONTH_BOUNDARY_WORDS: tuple[tuple[str, str], ...] = (
    *MONTH_BEGINNING_WORDS,
    *MONTH_END_WORDS,
    *MONTH_BOUNDARY_OTHER_WORDS,
)

# Verbs that say two beginnings fall together, between a Hijri month's beginning and a
# Gregorian month's: "the beginning of Ramadan coincides … with the start of March" (a month
# paired with a month, neither with a day: see datelines._read.pairs). Stems, as above; one
# ending in "=" is a whole word ("fall", not "Fallujah").
# Stems of verbs of beginning (not of ending), between a first day and the month named after
# it, which it is then the first of: "Май бетта 6 дийнахьа хьалхара ди кхабарца болабир вай …
# мархий бутт «Рамадан»" (on 6 May, the first day, we began to keep … the fasting month).
BEGINNING_VERBS: tuple[tuple[str, str], ...] = (
    ("болаб", "inh"), ("болал", "ce"), ("began", "en"), ("begin", "en"), ("start", "en"),
    ("начал", "ru"), ("начина", "ru"), ("başla", "tr"),
)  # fmt: skip

BEGINNINGS_COINCIDE_WORDS: tuple[tuple[str, str], ...] = (
    ("coincid", "en"), ("fall=", "en"), ("falls=", "en"), ("fell=", "en"), ("falling=", "en"),
    ("bertepatan", "id"), ("bersamaan", "ms"),
    ("denk gel", "tr"), ("tekabül", "tr"), ("rastla", "tr"), ("təsadüf", "az"),
    ("يتزامن", "ar"), ("تتزامن", "ar"), ("يوافق", "ar"), ("توافق", "ar"), ("يصادف", "ar"), ("تصادف", "ar"),
    ("совпада", "ru"), ("coïncid", "fr"), ("përkon", "sq"), ("poklapa", "bs"), ("inaangukia", "sw"),
    ("मेल खा", "hi"), ("همزمان", "fa"),
)  # fmt: skip

# The word that ties such a verb to the second beginning ("coincides with the start of
# March", "bertepatan dengan awal bulan Maret", "مع بداية شهر مارس", "falls at the start of"):
# one of these, or the verb itself, stands straight before that beginning (fillers between).
COINCIDE_PREPOSITIONS: tuple[tuple[str, str], ...] = (
    ("with", "en"), ("at", "en"), ("dengan", "id"), ("مع", "ar"), ("avec", "fr"), ("à", "fr"),
    ("au", "fr"), ("mit", "de"), ("с", "ru"), ("sa", "bs"), ("me", "sq"), ("na", "sw"),
)  # fmt: skip

# Fasting and its first day ("the first fast", "اليوم الأول للصيام", "پہلا روزہ"), and the
# ten-day periods of Ramadan ("دوسرا عشرہ"): a day of the fast is not a date of the month,
# so a day word before one of these is no day, and a month and a date with one between them
# do not pair.
FASTING_WORDS: tuple[tuple[str, str], ...] = (
    ("fast", "en"), ("fasting", "en"), ("الصيام", "ar"), ("للصيام", "ar"), ("الصوم", "ar"), ("صيام", "ar"),
    ("روزہ", "ur"), ("روزے", "ur"), ("روزه", "fa"), ("روژه", "ps"), ("رোজা", "bn"), ("রোজা", "bn"),
    ("रोजा", "hi"), ("रोज़ा", "hi"), ("रोज़ों", "hi"), ("orucun", "tr"), ("oruç", "tr"), ("orucu", "tr"), ("posta", "bs"),
    ("posta", "sr"), ("puasa", "id"), ("jeûne", "fr"), ("saumu", "sw"), ("azumi", "ha"), ("ураза", "ru"),
    ("поста", "ru"), ("நோன்பு", "ta"), ("നോമ്പ്", "ml"), ("വൃതം", "ml"),
    ("عشرہ", "ur"), ("عشرے", "ur"),  # "رمضان کا دوسرا عشرہ": the second ten days, not the 2nd
)  # fmt: skip

# Malayalam writes case endings and the copula onto a month's name and a day's word, with
# the stem's last letter changed: a final virama is dropped ("ഒന്ന്" → "ഒന്നിനാണ്", on the
# first), a final chillu is its full consonant ("ശവ്വാൽ" → "ശവ്വാലിലെ", in Shawwal), a final
# anusvara is "മ" or "ത്ത" ("ദിനം" → "ദിനമാണ്", "ദിനത്തിലാണ്"). Each: the ending, and what it
# is written onto ("month", "day", or "weekday": whole, with its glide).
MALAYALAM_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ിലെ", "month"), ("ിന്റെ", "month"),
    ("ിനാണ്", "day"), ("ാണ്", "day"), ("ിലാണ്", "day"), ("ായിരിക്കും", "day"),
    ("ായിരിക്കുമെന്ന്", "day"), ("ായിരിക്കുമെന്നു", "day"), ("ാകും", "day"), ("ാകുമെന്ന്", "day"),
    # A weekday ends in a vowel: the copula takes a glide "യ" ("മുഹറം ഒന്ന് തിങ്കളാഴ്ചയാണ്",
    # Muharram one is Monday; "വ്യാഴാഴ്ചയായിരിക്കുമെന്ന്", that it will be Thursday).
    ("യാണ്", "weekday"), ("യായിരിക്കും", "weekday"), ("യായിരിക്കുമെന്ന്", "weekday"),
    ("യായിരിക്കുമെന്നു", "weekday"), ("യാകും", "weekday"),
    ("ായിരിക്കുമെന്നും", "day"),  # "റമസാൻ ഒന്ന് ഞായറാഴ്ചയായിരിക്കുമെന്നും" (and that … will be Sunday)
    ("ായിരുക്കുമെന്നു", "day"),  # misspelt on the page: "റമദാന് ഒന്നായിരുക്കുമെന്നു" (that Ramadan 1 will be)
    ("ായി", "day"),  # "as": "ദുര്ഹജ്ജ് ഒന്നായി കണക്കാക്കും" (will be counted as Dhu al-Hijjah one)
    # "it is on" with the final u written out ("ദുല്ഹിജ്ജ എട്ടിനാണു", it is on Dhu al-Hijjah
    # eighth; held-out set 39). Not "on" alone: "ഒന്നിന് 10 രൂപ" is ten rupees for one.
    ("ിനാണു", "day"),
    # The ordinal ("ജൂൺ അഞ്ചാം തീയതി", the fifth of June; held-out set 39), which closes no
    # phrase: "ഒന്നാം മുഹറം" (the first Muharram) goes on to its month.
    ("ാം", "ordinal"),
)  # fmt: skip
MALAYALAM_OBLIQUE: tuple[tuple[str, str], ...] = (
    ("്", ""), ("ൺ", "ണ"), ("ൻ", "ന"), ("ർ", "ര"), ("ൽ", "ല"), ("ൾ", "ള"), ("ം", "മ"), ("ം", "ത്ത"),
    ("ച", "ചയ"),  # a final inherent vowel takes "യ" before a vowel: "ഞായറാഴ്ച" → "ഞായറാഴ്ചയാണ്"
)  # fmt: skip

# Case endings written onto a month's name (and a weekday's) in the languages that inflect
# them: "martın 23-də", "19 Şubat'ta" → "Şubatta", "наурызда", "февральдә", "майга",
# "Ramazanit", "ramazana", "Рамадана". A word that is a name of one of the languages with
# one of its endings is that name. Each: the ending, and the languages it belongs to.
CASE_ENDINGS: tuple[tuple[str, str], ...] = tuple(
    (ending, languages)
    for languages, endings in (
        ("tr az", "da de ta te dan den tan ten ın in un ün nın nin ı i u ü a e ya ye na ne ında inde"),
        ("az", "də tə dən tən ə yə nə nın ının"),
        (
            "kk",
            "да де та те нда нде ға ге қа ке на не ның нің дың дің тың тің ы і ын ін нан нен дан ден тан тен "
            "ында інде нан",
        ),
        ("kk", "da de ta te nda nde dan den tan ten"),  # the Latin transliteration: "1 nauryzda"
        (
            "ky",
            "да де до дө та те то тө га ге го гө ка ке ко кө нын нин нун нүн дын дин дун дүн тын тин ы и у ү "
            "дан ден дон дөн тан тен ында инде ды ди ду дү ты ти ту тү",
        ),
        ("tt", "да дә та тә га гә ка кә ның нең ы е дан дән тан тән ында ендә нда ндә"),
        ("uz", "da ga ka ning ni dan идан да га нинг ни дан"),
        ("ru uk", "а я у ю е ом ем ой ей ом ем и і"),
        ("bs sr", "a u e om em i"),
        ("sr", "а у е ом ем и"),  # the same in Cyrillic: "1. шевала"
        ("sq", "it in ës i"),
        ("tk", "da de ta te dan den yň iň"),
        ("kmr", "ê"),  # Kurmanji: "meha Remezanê" (the month of Ramadan)
        ("hy", "ի"),  # Armenian genitive: "Ռամադանի" (of Ramadan)
        ("ckb", "ی ە ەکە ەکەی"),
        ("ps", "ې ی و"),
        ("so", "ka ta"),
        ("bn", "ের র েই ে য়"),
        ("ta", "ின்"),
        ("ce", "ехь"),  # the Chechen locative: "12-чу рабиӀул-аввалехь" (on the 12th of Rabi al-Awwal)
        ("tg", "ро"),  # the Tajik object marker: "моҳи Рамазонро … таъйин кардааст" (set … of Ramadan)
        ("dv", "މަހުގެ މަހު ވާ"),  # "ރަމަޟާންމަހުގެ" (of the month of Ramadan), "ޖޫންވާ" (being June …)
        ("ug", "نىڭ دا دە تا تە غا گە قا كە نى دىن تىن"),  # "رامىزاننىڭ 1-كۈنى" (the 1st day of Ramadan)
    )
    for ending in endings.split()
)

# Words for "number" before a figure: "No. 1439/2018", "Nomor 1440/2019", "رقم 1445/2024"
# are a document's or case's number and year, not a Hijri year and a Gregorian one.
NUMBER_WORDS: tuple[tuple[str, str], ...] = (
    ("no", "en"), ("nos", "en"), ("number", "en"), ("num", "en"), ("ref", "en"), ("case", "en"),
    ("nr", "de"), ("nomor", "id"), ("no", "id"), ("nombor", "ms"), ("bil", "ms"), ("n", "fr"),
    ("numéro", "fr"), ("número", "es"), ("رقم", "ar"), ("برقم", "ar"), ("عدد", "ar"), ("شماره", "fa"),
    ("نمبر", "ur"), ("sayı", "tr"), ("sayılı", "tr"), ("nambari", "sw"), ("broj", "bs"), ("номер", "ru"),
    ("nömrə", "az"), ("nömrəli", "az"), ("nomer", "id"), ("nr", "sq"), ("নং", "bn"), ("संख्या", "hi"),
)  # fmt: skip

# A page's, an issue's, a volume's label before its number: "Page 4 - 18 June 2024 (Eid
# al-Adha)" is no range of days (review 61b); an issue named by its years is dated, though
# ("Edisi 1445/2024", review 61c), so these are not NUMBER_WORDS.
LABELS_OF_NUMBERS: tuple[tuple[str, str], ...] = (
    ("page", "en"), ("issue", "en"), ("vol", "en"), ("volume", "en"), ("edisi", "id"), ("halaman", "id"),
    ("العدد", "ar"),
)  # fmt: skip

# A count of days beside "before" or "after" ("two days after", "a day before", "sehari
# setelah", "بيومين قبل"): between two dates, it says they are different days.
DAY_COUNT_NOUNS: tuple[tuple[str, str], ...] = (
    ("day", "en"), ("days", "en"), ("sehari", "id"), ("hari", "id"), ("jour", "fr"), ("jours", "fr"),
    ("يوم", "ar"), ("بيوم", "ar"), ("يومين", "ar"), ("بيومين", "ar"), ("أيام", "ar"), ("ايام", "ar"),
    ("siku", "sw"), ("dinen", "hi"),
)  # fmt: skip

# Years written in words, read only after a word for "year" (YEAR_WORD_CUES) or before an era
# word: "لعام ألفٍ وأربعمائةٍ وأربعة وأربعين هجريًّا" (1444), "سنة اثنتين وتسعمائة للهجرة" (902),
# "سال هزار و 428 هجری قمری" (1428, words and figures mixed). The standard cardinals of each
# language (value, language), with the spelling مئة beside مائة that print uses (hamza and
# alef variants fold away); the parts are joined by "و" (and) and add up,
# except a unit before a hundred or a thousand without "و", which multiplies ("دو هزار", 2000).
_AR_YEAR_UNITS = (
    ("واحد", "إحدى"), ("اثنين", "اثنتين", "اثنان", "اثنتان", "اثنا", "اثني"), ("ثلاث", "ثلاثة"),
    ("أربع", "أربعة"), ("خمس", "خمسة"), ("ست", "ستة"), ("سبع", "سبعة"), ("ثمان", "ثماني", "ثمانية"),
    ("تسع", "تسعة"),
)  # fmt: skip
_AR_YEAR_TENS = ("عشر", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")
_AR_YEAR_HUNDREDS = ("مائة", "مائتين", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة")  # fmt: skip
_FA_YEAR_UNITS = ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه")
_FA_YEAR_TEENS = ("ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده")
_FA_YEAR_TENS = ("بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود")
_FA_YEAR_HUNDREDS = ("صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد")
YEAR_CARDINALS: tuple[tuple[str, int, str], ...] = (
    *((name, unit, "ar") for unit, names in enumerate(_AR_YEAR_UNITS, start=1) for name in names),
    *((name, 10 * step, "ar") for step, name in enumerate(_AR_YEAR_TENS, start=1)),
    *((name[:-2] + "ون", 10 * step, "ar") for step, name in enumerate(_AR_YEAR_TENS[1:], start=2)),
    ("عشرة", 10, "ar"),
    *((name, 100 * step, "ar") for step, name in enumerate(_AR_YEAR_HUNDREDS, start=1)),
    *((name.replace("مائ", "مئ"), 100 * step, "ar") for step, name in enumerate(_AR_YEAR_HUNDREDS, start=1)),
    ("مائتان", 200, "ar"), ("مئتان", 200, "ar"), ("ثمانيمائة", 800, "ar"),
    ("ألف", 1000, "ar"), ("ألفين", 2000, "ar"), ("ألفان", 2000, "ar"),
    *((name, unit, "fa") for unit, name in enumerate(_FA_YEAR_UNITS, start=1)),
    *((name, 10 + step, "fa") for step, name in enumerate(_FA_YEAR_TEENS)),
    ("هیجده", 18, "fa"),
    *((name, 10 * step, "fa") for step, name in enumerate(_FA_YEAR_TENS, start=2)),
    *((name, 100 * step, "fa") for step, name in enumerate(_FA_YEAR_HUNDREDS, start=1)),
    ("یکصد", 100, "fa"), ("هزار", 1000, "fa"), ("یکهزار", 1000, "fa"),
)  # fmt: skip
# The words for "year" after which a number in words is a year ("لعام", for the year; "سال").
YEAR_WORD_CUES: tuple[tuple[str, str], ...] = (
    ("عام", "ar"), ("لعام", "ar"), ("العام", "ar"), ("للعام", "ar"), ("سنة", "ar"), ("لسنة", "ar"),
    ("السنة", "ar"), ("للسنة", "ar"), ("سال", "fa"),
)  # fmt: skip

# Words between a Hijri month and the number of its day that say the day is the month's last,
# or what the day is today ("Ramazan ayının son günü olan 30. günü", Ramadan's last day, the
# 30th; "রমজানের শেষ এবং ২৯তম দিন", Ramadan's last and 29th day; "Shacbaan ay maanta ahayd 30",
# Sha'ban, which today was the 30th): the number after them is the month's day.
MONTH_DAY_APPOSITIVES: tuple[tuple[str, str], ...] = (
    ("son günü olan", "tr"), ("শেষ এবং", "bn"), ("ay maanta ahayd", "so"),
    ("oo maanta ay tahay", "so"),  # "which today is": "Ramadaan oo maanta ay tahay maalintii ugu horeysay"
    ("تہوار", "ur"), ("تہوار بھی", "ur"),  # "محرم کا تہوار بھی 10ویں تاریخ کو" (Muharram's festival, also on the 10th)
)  # fmt: skip

# Halves without a month (issue #13): a day said to be a day of a month the text does not
# name, read only beside a half that names its month and tied to it (see
# :mod:`datelines._read.day_only`). "This month's" before the day: "Bu ayın 10-cu günü - Aşura
# oktyabrın 1-nə təsadüf edəcək" (this month's 10th day, Ashura, will fall on 1 October).
THIS_MONTH_WORDS: tuple[tuple[str, str], ...] = (
    ("bu ayın", "az"), ("bu ayın", "tr"), ("इस महीने की", "hi"), ("इस महीने के", "hi"),
)  # fmt: skip
# "Of the month" after a day's number with its ordinal ending: Sorani "رۆژی پێنجشەممە کە دەکاتە
# 19ـی مانگ" (Thursday, which is the 19th of the month).
MONTH_AFTER_DAY: tuple[tuple[str, str], ...] = (
    ("مانگ", "ckb"),
)  # fmt: skip
# A word for "day" and the article that links it to an ordinal number after it, in a language
# that writes the ordinal after its noun: Albanian "bie në ditën e 10-të" (falls on the 10th
# day). A day of a month only where the sentence names the month (see :mod:`datelines._read.day_only`).
DAY_NOUN_BEFORE_NUMBER: tuple[tuple[str, str], ...] = (
    ("ditën e", "sq"), ("dita e", "sq"), ("ditës e", "sq"),
)  # fmt: skip
# The article that makes the word after such a day its "of": "ditën e 10-të të luftës" (the
# 10th day of the war) counts another thing's days, no month's.
DAY_OF_ARTICLES: tuple[tuple[str, str], ...] = (
    ("të", "sq"), ("e", "sq"),
)  # fmt: skip
# Verbs of entering, reaching, passing or going on straight before such a day ("greva hyri
# në ditën e 10-të", the strike entered its 10th day): the day counts its subject's days, not
# a month's.
DAY_COUNT_VERBS: tuple[tuple[str, str], ...] = (
    ("hyri", "sq"), ("hyn", "sq"), ("hynë", "sq"), ("hyjnë", "sq"), ("hyjmë", "sq"),
    ("arriti", "sq"), ("arrin", "sq"), ("arritën", "sq"), ("arrijnë", "sq"),
    ("vazhdoi", "sq"), ("vazhdon", "sq"), ("vazhduan", "sq"), ("vazhdojnë", "sq"),
    ("kaloi", "sq"), ("kalon", "sq"), ("kaluan", "sq"), ("kalojnë", "sq"),
    ("mbushi", "sq"), ("mbush", "sq"), ("mbushën", "sq"),
)  # fmt: skip
# The word for "month" in the locative after a Hijri month's name, in the languages that put
# the verb last: "Ramazan ayında 11 Mart'ta okullar … başladı" (during Ramadan, on 11 March,
# the schools began …): the month is when, not what begins, and no verb after it says so.
MONTH_LOCATIVE_WORDS: tuple[tuple[str, str], ...] = (
    ("ayında", "tr"), ("ayında", "az"), ("айында", "ky"), ("айында", "kk"), ("aýynda", "tk"),
    ("аенда", "tt"), ("oyida", "uz"), ("ойида", "uz"), ("aiynda", "kk"),
)  # fmt: skip
# The locative endings written onto a Hijri month's name itself ("Ramazan'da", "Рамазанда"),
# read as :data:`MONTH_LOCATIVE_WORDS`.
MONTH_LOCATIVE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("da", "tr az tk uz kk"), ("de", "tr az tk kk"), ("ta", "tr az tk kk"), ("te", "tr az tk kk"),
    ("da", "az"), ("də", "az"), ("tə", "az"),
    ("да", "ky kk tt uz"), ("де", "ky kk"), ("та", "ky kk tt"), ("те", "ky kk"), ("дә", "tt"), ("тә", "tt"),
    ("до", "ky"), ("дө", "ky"), ("то", "ky"), ("тө", "ky"),
)  # fmt: skip
# Converb endings ("having …, and"), written on a verb of a month's beginning or end between the
# month and a date after it: "Рамазан айы бүтүп 11 мартта жаңы окуу жылы башталды" (Ramadan
# having ended, the new school year began on 11 March): the month's clause ends there, and the
# date belongs to the next one.
CONVERB_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ıp", "tr az"), ("ip", "tr az tk"), ("up", "tr az"), ("üp", "tr az"), ("yp", "tk"), ("ýp", "tk"),
    ("ып", "ky kk tt"), ("ип", "ky"), ("уп", "ky"), ("үп", "ky"), ("іп", "kk"), ("еп", "tt kk"), ("ап", "ky kk"),
    ("ib", "uz"), ("иб", "uz"), ("ince", "tr"), ("ınca", "tr"), ("unca", "tr"), ("ünce", "tr"),
)  # fmt: skip
# Endings of a finite verb, in the languages that put the verb last: one between a date and the
# verb that ends the sentence is its own clause's verb ("… 11 Mart'ta kutlamalar İstanbul'da
# devam ediyor başladı"), and the date is not the last verb's. Only endings no noun has.
FINITE_VERB_ENDINGS: tuple[tuple[str, str], ...] = (
    ("yor", "tr"), ("yordu", "tr"), ("yorlar", "tr"),
    ("ıldı", "tr az"), ("ildi", "tr az"), ("uldu", "tr az"), ("üldü", "tr az"), ("ndı", "tr az"), ("nmıştı", "tr"),
    ("ýar", "tk"), ("ýär", "tk"), ("yldy", "tk"), ("ildi", "tk"), ("uldy", "tk"), ("üldi", "tk"),
    ("yapti", "uz"), ("япти", "uz"), ("moqda", "uz"), ("моқда", "uz"),
)  # fmt: skip
# Verbs after the second of two dates that say the first is the second, in languages that put
# the verb last: "19ـی مانگ، یەکەم رۆژی مانگی پیرۆزی رەمەزان دەبێت" (the 19th of the month will
# be the first day of Ramadan), "… oktyabrın 1-nə təsadüf edəcək" (will fall on 1 October).
ONE_DAY_VERBS_AFTER: tuple[tuple[str, str], ...] = (
    ("دەبێت", "ckb"), ("təsadüf", "az"), ("tekabül", "tr"),
)  # fmt: skip

# The pilgrimage, named with its year: a year of the Hijra's last two centuries after it (a
# word for "this year" may stand between) is a Hijri year without an era word ("si ay u gutan
# xajka sannadkan 1425", to perform this year's hajj, 1425). The hajj is a Hijri month's, so
# its year is the Hijri one; a year after 1499 is left to the Gregorian reading.
PILGRIMAGE_NOUNS: tuple[tuple[str, str], ...] = (
    ("xajka", "so"),
)  # fmt: skip

# Names of Hijri feasts and holy days, near which a date may be the Hijri one ("Bu ayın 10-cu
# günü - Aşura oktyabrın 1-nə təsadüf edəcək", this month's 10th day, Ashura, will fall on 1
# October; "17 जून को ईद उल अजहा का त्योहार", on 17 June the festival of Eid al-Adha): a Hijri cue
# to extract, as a whole word only (a name's first letters begin everyday words: "asuransi",
# insurance). Not in Arabic script, whose cues are looked up by their first letters only.
HIJRI_FEAST_CUES: tuple[tuple[str, str], ...] = (
    ("Aşura", "az"), ("ईद", "hi"),
    # the word that tells a feast of hijri_months.FEAST_NAMES, whose name without its year is
    # a day where the words tie it to one ("Eid al-Fitr will fall on Monday, March 31, 2025";
    # held-out set 25); not the everyday words of longer names ("Hari Raya Puasa", fasting;
    # "Haji", "Korban", "قربان")
    ("Fitr", "en"), ("Fitri", "id"), ("Adha", "en"), ("Azha", "en"), ("Adxa", "so"), ("Kébir", "fr"),
    ("Idulfitri", "id"), ("Iduladha", "id"), ("Aidilfitri", "ms"), ("Aidiladha", "ms"),
    ("Arafah", "en"), ("Arafa", "en"), ("Ashura", "en"), ("bajram", "bs"), ("bajrama", "bs"), ("Bajrami", "sq"),
    ("байрам", "ru"), ("hayiti", "uz"), ("ҳайити", "uz"),
    ("Bayramı", "tr"), ("Bajramit", "sq"), ("Bajramin", "sq"),  # trial 28: "Kurban Bayramı, 07 Haziran 2025"
    ("ফিতর", "bn"), ("আজহা", "bn"), ("আযহা", "bn"),
    # Arabic-script names are cues by their first letters, as Arabic's month names are
    ("الفطر", "ar"), ("الأضحى", "ar"), ("الاضحی", "ur"), ("عیدالفطر", "ur"), ("عیدالاضحی", "ur"),
    ("فطر", "fa"), ("عرفة", "ar"), ("عاشوراء", "ar"),
)  # fmt: skip
# Verbs that say a feast is celebrated, after the second of two dates each marked by a
# postposition of time with the feast's name between: "17 जून को ईद उल अजहा का त्योहार इस महीने की
# दसवी तारीख को मनाया जाएगा" (on 17 June the festival of Eid al-Adha will be celebrated on the
# tenth date of this month). Each is the stem a word begins with.
FEAST_DAY_VERBS: tuple[tuple[str, str], ...] = (
    ("मनाया", "hi"), ("मनाई", "hi"),
)  # fmt: skip
# Words for "that" which are also "which": after a comma and a date, opening an aside that
# ends in a copula and a comma, they say what the day is, not what was said on it: "اول ماه
# شوال ، که عید فطر است ، پنجشنبه ، 13 مه 2021 است" (the 1st of Shawwal, which is Eid al-Fitr,
# is Thursday, 13 May 2021).
RELATIVE_THAT: tuple[tuple[str, str], ...] = (
    ("که", "fa"),
)  # fmt: skip

# Words that may stand between a Hijri year said with its era and the verb that says it
# begins, the year still its subject: relative pronouns and auxiliaries ("the Islamic year
# 1446, which began on 7 July 2024", "ano islâmico de 1446, que começou em 7 de julho de
# 2024", "the Hijri year 1447 will begin on 26 June 2025"). Not a noun: "in the year 1446 the
# ministry began on 3 March 2025 a plan" is the ministry's beginning.
YEAR_BEGUN_LINKS: tuple[tuple[str, str], ...] = (
    ("which", "en"), ("that", "en"), ("will", "en"), ("has", "en"), ("had", "en"), ("was", "en"),
    ("is", "en"), ("officially", "en"), ("que", "pt"), ("que", "es"), ("qui", "fr"), ("a", "fr"),
    ("yang", "id"), ("akan", "id"), ("telah", "id"), ("der", "de"), ("das", "de"), ("hat", "de"),
    ("который", "ru"), ("которое", "ru"), ("che", "it"), ("è", "it"), ("ha", "it"),
)  # fmt: skip
# Words for "dated" and "year" after a scholar's two bare years, which say they are a date's:
# "963/1555 Tarihli Mezar Taşı" (a tombstone dated 963/1555), "1216(1801) елда" (in the year),
# "995 (1587) GODINE", "189/805 й." (held-out set 24). Not "of" or "de": "pp. 755/1354 of the
# appendix" (review 58b).
SCHOLARS_DATED_WORDS: tuple[tuple[str, str], ...] = (
    ("tarihli", "tr"), ("dated", "en"), ("yılı", "tr"), ("yılında", "tr"), ("senesinde", "tr"), ("senesi", "tr"), ("елда", "tt"), ("елны", "tt"),
    ("godine", "bs"), ("godina", "bs"), ("й", "uz"), ("yil", "uz"), ("г", "ru"), ("года", "ru"),
    ("году", "ru"), ("год", "ru"),
)  # fmt: skip
# A biographer's abbreviations before a scholar's two bare years: died, born, reigned, as
# encyclopaedias print them ("(d. 755/1354)", "(m. 755/1354)", "(ö. 1111/1699)", "(w.
# 1111/1699)", "(ваф. 189/805 й.)", "(vaf. 519/1126)", "(ت. 728/1328)"; held-out set 24).
SCHOLARS_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("d", "en"), ("b", "en"), ("r", "en"), ("c", "en"), ("m", "es"), ("n", "es"), ("ö", "tr"), ("doğ", "tr"),
    ("w", "id"), ("wft", "id"), ("vaf", "uz"), ("ваф", "uz"), ("ум", "ru"), ("род", "ru"), ("ت", "ar"),
    ("م", "ar"), ("gest", "de"), ("geb", "de"), ("m", "fr"), ("né", "fr"), ("um", "bs"), ("r", "bs"),
)  # fmt: skip

# What may stand before such a year, the year still heading its phrase: articles and
# prepositions of time ("The Hijri year 1446", "In 1446 AH", "O ano islâmico de 1446"), as the
# words for "year" do. Any other word makes it another thing's year ("the academic year 1446
# AH began …", "Hajj 1445 AH started …", "the solar year 1403 hijri began …": review 58).
YEAR_BEGUN_BEFORE: tuple[tuple[str, str], ...] = (
    ("the", "en"), ("this", "en"), ("in", "en"), ("o", "pt"), ("em", "pt"), ("no", "pt"), ("el", "es"),
    ("en", "es"), ("le", "fr"), ("l'", "fr"), ("en", "fr"), ("das", "de"), ("im", "de"), ("в", "ru"),
    ("il", "it"), ("nel", "it"),
)  # fmt: skip
