"""The names datelines *writes*, per language: one spelling per month and weekday, as the
press of that language prints it (the many spellings the reader accepts are in the other
tables, and every name here must be one of them). House spellings that differ from these
are set per style (see ``datelines._write.styles``) or by a newsroom's style file.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

HIJRI_MONTHS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
           "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'dah", "Dhu al-Hijjah"),
    "id": ("Muharram", "Safar", "Rabiul Awal", "Rabiul Akhir", "Jumadil Awal", "Jumadil Akhir", "Rajab",
           "Sya'ban", "Ramadhan", "Syawal", "Dzulqa'dah", "Dzulhijjah"),
    "ms": ("Muharam", "Safar", "Rabiulawal", "Rabiulakhir", "Jamadilawal", "Jamadilakhir", "Rejab",
           "Syaaban", "Ramadan", "Syawal", "Zulkaedah", "Zulhijjah"),
    "ar": ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
           "رمضان", "شوال", "ذو القعدة", "ذو الحجة"),
    "tr": ("Muharrem", "Safer", "Rebiülevvel", "Rebiülahir", "Cemaziyelevvel", "Cemaziyelahir", "Receb",
           "Şaban", "Ramazan", "Şevval", "Zilkade", "Zilhicce"),
    "ur": ("محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی", "رجب", "شعبان",
           "رمضان", "شوال", "ذوالقعدہ", "ذوالحجہ"),
    "fa": ("محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان",
           "رمضان", "شوال", "ذیقعده", "ذی‌الحجه"),
    "fr": ("Mouharram", "Safar", "Rabia al awal", "Rabia ath-thani", "Joumada al oula", "Joumada ath-thania",
           "Rajab", "Chaabane", "Ramadan", "Chawwal", "Dhou al Qi'da", "Dhou al-hijja"),
    # as Bangladesh's press prints them ("১০ জমাদিউস সানি ১৪৪৪ হিজরি", Jagonews; the reader's
    # sources in docs/data/spellings-sources.tsv)
    "bn": ("মহররম", "সফর", "রবিউল আউয়াল", "রবিউস সানি", "জমাদিউল আউয়াল", "জমাদিউস সানি", "রজব", "শাবান",
           "রমজান", "শাওয়াল", "জিলকদ", "জিলহজ"),
    # as Russia's Muslim press and muftiates write them, lower case as Russian writes months,
    # in the genitive after a day as the Gregorian month is ("1 шавваля 1447 г.х.", "с 26
    # Рамадана на 27 Рамадана", pozdravih.com; "джумада" and "раби ас-сани" do not decline;
    # trial 24: "20 марта 2024 г. / 10 рамадан" mixed the cases). The reader's sources in
    # docs/data/spellings-sources.tsv.
    "ru": ("мухаррама", "сафара", "раби аль-авваля", "раби ас-сани", "джумада аль-уля", "джумада аль-ахира",
           "раджаба", "шаабана", "рамадана", "шавваля", "зуль-каады", "зуль-хиджжи"),
    # Uzbek (Latin script) and Kazakh as the Unicode CLDR gives them (CLDR 47, Unicode licence
    # v3), both among the reader's spellings (a trial asked for Central Asian lines)
    "uz": ("Muharram", "Safar", "Rabiʼul avval", "Rabiʼus soniy", "Jumodul avval", "Jumodus soniy", "Rajab",
           "Sha’bon", "Ramazon", "Shavvol", "Zulqaʼda", "Zulhijja"),
    "kk": ("Мұхаррам", "Сафар", "Рабиғул әууәл", "Рабиғул ахир", "Жұмадәл аууәл", "Жұмадәл ахир", "Ережеп",
           "Шағбан", "Рамазан", "Шәууал", "Зұлқағда", "Зұлхижжа"),
    # Bosnian, lower case as Bosnian writes months, as the Islamic Community in Bosnia and
    # Herzegovina's calendar and press spell them ("10. ramazan 1445.", "zul-hidždže"; CLDR's
    # "safer"); Hausa as Nigeria's Hausa press prints them (Aminiya, Blueprint Manhaja, Hausa
    # Wikipedia, BBC Hausa): every one among the reader's spellings, with its source in
    # docs/data/spellings-sources.tsv (trials 22 and 23 asked for both)
    "bs": ("muharrem", "safer", "rebiul-evvel", "rebiul-ahir", "džumade-l-ula", "džumade-l-uhra", "redžeb",
           "ša'ban", "ramazan", "ševval", "zul-ka'de", "zul-hidždže"),
    "ha": ("Muharram", "Safar", "Rabi' al-Awwal", "Rabi'u Thani", "Jumuda Ula", "Jumada Sani", "Rajab",
           "Sha'aban", "Ramadan", "Shawwal", "Zul-Qida", "Zulhijja"),
    # Swahili, Somali, Uzbek in Cyrillic, Kyrgyz, Azerbaijani and Albanian (trial 24 asked for the
    # first three): each name as that language's press or its Muslim bodies print it, among the
    # reader's spellings with its source in docs/data/spellings-sources.tsv (BAKWATA's and
    # Tanzanian papers', Somali papers' and Wikipedia's, muslim.uz's, the Muftiate of
    # Kyrgyzstan's list, az.wikishia's, CLDR's Albanian); a helper's collection, stop 59
    "sw": ("Muharram", "Safar", "Rabiul Awwal", "Rabiul Akhir", "Jumada Al Ula", "Jumada Al-Akhirah", "Rajab",
           "Shaabani", "Ramadhani", "Shawwal", "Dhul Qaadah", "Dhul Hijja"),
    "so": ("Muxarram", "Safar", "Rabiical Awal", "Rabic al-thani", "Jumadul Awal", "Jumada al-thani", "Rajab",
           "Shacbaan", "Ramadaan", "Shawaal", "Dul al-qacda", "Dul xijjah"),
    "uz-Cyrl": ("Муҳаррам", "Сафар", "Рабиъул аввал", "Рабиъул охир", "Жумодул аввал", "Жумодул охир", "Ражаб",
                "Шаъбон", "Рамазон", "Шаввол", "Зулқаъда", "Зулҳижжа"),
    "ky": ("Мухаррам", "Сафар", "Рабийъул аввал", "Рабийъус сааний", "Жумадул аввал", "Жумадус сааний", "Ражаб",
           "Шаабан", "Рамазан", "Шавваал", "Зул каъда", "Зул хижжа"),
    "az": ("Məhərrəm", "Səfər", "Rəbiüləvvəl", "Rəbiülaxır", "Cəmadiyələvvəl", "Cəmadiyəlaxır", "Rəcəb", "Şaban",
           "Ramazan", "Şəvval", "Zilqədə", "Zilhiccə"),
    "sq": ("muharrem", "sefer", "rebiul-evel", "rebiu-theni", "xhumadel-ula", "xhumade-theni", "rexheb", "shaban",
           "ramazan", "sheval", "dhul-kade", "dhul-hixhe"),
})  # fmt: skip

# The Solar Hijri months as each press writes them: Iranian Persian names, the Afghan zodiac
# names in Dari and Pashto, Sorani, and the romanised Persian names.
SOLAR_HIJRI_MONTHS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
           "Bahman", "Esfand"),
    "fa": ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
           "اسفند"),
    "fa-AF": ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"),
    "ps": ("وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"),
    "ckb": ("خاکەلێوە", "گوڵان", "جۆزەردان", "پووشپەڕ", "گەلاوێژ", "خەرمانان", "ڕەزبەر", "گەڵاڕێزان", "سەرماوەز",
            "بەفرانبار", "ڕێبەندان", "ڕەشەمە"),
})  # fmt: skip
SOLAR_HIJRI_ERA: Mapping[str, str] = MappingProxyType(
    {"en": "SH", "fa": "هجری شمسی", "fa-AF": "هجری شمسی", "ps": "لمریز", "ckb": "هەتاوی"}
)

# The months of Bangladesh's Bengali calendar (Bangabda): as the Bangla Academy and the
# Bengali press spell them, and as Bangladesh's English-language press romanises them.
BANGLA_MONTHS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("Boishakh", "Jyoishtho", "Asharh", "Shrabon", "Bhadro", "Ashwin", "Kartik", "Agrahayan", "Poush",
           "Magh", "Falgun", "Chaitra"),
    "bn": ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন",
           "চৈত্র"),
})  # fmt: skip
BANGLA_ERA: Mapping[str, str] = MappingProxyType({"en": "BS", "bn": "বঙ্গাব্দ"})
# The Rumi (Ottoman fiscal) calendar's months as Turkish writes them today, January first
# as the Gregorian months are counted (Turkish Wikipedia, "Rumi takvim", CC BY-SA; facts).
RUMI_MONTHS: tuple[str, ...] = (
    "Kanun-ı sani", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
    "Teşrin-i evvel", "Teşrin-i sani", "Kanun-ı evvel",
)  # fmt: skip

GREGORIAN_MONTHS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"),
    "ms": ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
           "November", "Disember"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"),
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر",
           "دسمبر"),
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر",
           "دسامبر"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর"),  # CLDR's, as Bangladesh's press prints them
    # the genitive, as a Russian date is written ("5 декабря 2026 г.")
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "uz": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr",
           "dekabr"),  # CLDR's
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"),  # CLDR's
    # the genitive, as a Bosnian date is written ("30. marta 2025.")
    "bs": ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta", "septembra", "oktobra",
           "novembra", "decembra"),
    "ha": ("Janairu", "Faburairu", "Maris", "Afirilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba",
           "Nuwamba", "Disamba"),  # CLDR's
    # CLDR's (Unicode licence v3; the Somali ones its stand-alone names as the reader has them,
    # Uzbek Cyrillic as muslim.uz prints them, "февраль", not CLDR's "феврал")
    "sw": ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"),
    "so": ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maayo", "Juun", "Luulyo", "Agosto", "Sebtembar",
           "Oktoobar", "Noofeembar", "Diseembar"),
    "uz-Cyrl": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                "ноябрь", "декабрь"),
    "ky": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь"),
    "az": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
           "dekabr"),
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
           "dhjetor"),
})  # fmt: skip

# The months' abbreviations ({gmonth_short}), as the Unicode CLDR gives them (abbreviated
# format months; CLDR 45, Unicode licence v3), for the languages whose press abbreviates
# them and whose abbreviations the reader reads back. Other languages write the full name
# (Arabic-script datelines do not abbreviate); a style sets its own with
# gregorian_months_short ([gregorian_months_short] in a style file).
GREGORIAN_MONTHS_SHORT: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
        "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
               "déc."),
    }
)  # fmt: skip

WEEKDAYS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
        "ms": ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"),
        "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
        "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
        "ur": ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"),
        "fa": ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
        "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        "bn": ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),  # CLDR's
        "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),  # CLDR's
        "uz": ("dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba"),  # CLDR's
        "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),  # CLDR's
        "bs": ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),  # CLDR's
        "ha": ("Litinin", "Talata", "Laraba", "Alhamis", "Jummaʼa", "Asabar", "Lahadi"),  # CLDR's
        "sw": ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"),  # CLDR's
        "so": ("Isniin", "Talaado", "Arbaco", "Khamiis", "Jimco", "Sabti", "Axad"),  # CLDR's
        "uz-Cyrl": ("душанба", "сешанба", "чоршанба", "пайшанба", "жума", "шанба", "якшанба"),  # CLDR's
        "ky": ("дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби", "жекшемби"),  # CLDR's
        # CLDR's, Sunday as "bazar günü" ("bazar" alone is also a market: review 59)
        "az": (
            "bazar ertəsi",
            "çərşənbə axşamı",
            "çərşənbə",
            "cümə axşamı",
            "cümə",
            "şənbə",
            "bazar günü",
        ),
        "sq": ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel"),  # CLDR's
    }
)

HIJRI_ERA: Mapping[str, str] = MappingProxyType(
    {
        "en": "AH",
        "id": "H",
        "ms": "H",
        "ar": "هـ",
        "tr": "",
        "ur": "ھ",
        "fa": "ق",
        "fr": "H",
        "bn": "হিজরি",
        "ru": "г. х.",  # "год хиджры", as muftiates abbreviate it
        "uz": "hijriy",  # CLDR's, and Uzbek papers' ("hijriy yil", gazeta.uz)
        "kk": "хижри",  # as Kazakh papers write it ("хижри-қамари", yuz.uz)
        "bs": "h. g.",  # "hidžretske godine", as the Islamic Community abbreviates it ("1443. h. g.")
        "ha": "bayan Hijira",  # "after the Hijra", as BBC Hausa writes it ("shekara ta 1446 bayan Hijira")
        "sw": "H",  # BAKWATA's statements ("30 SAFAR 1441H", eatv.tv)
        "so": "Hijriga",  # "bisha Ramadaan 1447 Hijriga" (goobjoog.com)
        "uz-Cyrl": "ҳижрий",  # "ҳижрий 1447 йил" (muslim.uz)
        "ky": "хижрий",  # "16-хижрий жылдын" (muftiyat.kg)
        "az": "hicri",  # "hicri-qəməri" (milli.az); no shorter mark was found in print
        "sq": "H",  # the Islamic Community's takvim ("Takvim 2010 / 1431 - 1432 H", issuu.com)
    }
)
GREGORIAN_ERA: Mapping[str, str] = MappingProxyType(
    {
        "en": "CE",
        "id": "M",
        "ms": "M",
        "ar": "م",
        "tr": "",
        "ur": "ء",
        "fa": "میلادی",  # as Iranian papers write it ("۲۰ ژانویه ۲۰۱۶ میلادی")
        "fr": "",
        "bn": "খ্রিস্টাব্দ",
        "ru": "г.",  # "год": "5 декабря 2026 г."
        "uz": "milodiy",  # CLDR's
        "kk": "",  # a Kazakh date says its year's word ("2026 жылғы"), no era
        "bs": "",  # a Bosnian date ends with its year's stop ("30. marta 2025.")
        "ha": "",  # Hausa dates print no era for the Gregorian year ("30 ga watan Maris, 2025")
        "sw": "",  # "Oktoba 29, 2019" (eatv.tv)
        "so": "",  # Somali dates print none ("23-ka March 2023", caasimada.net)
        "uz-Cyrl": "милодий",  # "милодий 2024 йил" (savollar.muslimaat.uz)
        "ky": "",  # a Kyrgyz date says its year's word ("2024-жыл"), no era
        "az": "miladi",  # "miladi təqvimlə" (report.az)
        "sq": "",  # "më 23 mars 2023" (mesazhi.com)
    }
)

# The words that join a dateline's two dates, in the languages the styles write: a style's
# own connector ("بمطابق", "bertepatan dengan") is written in the language asked for ("urdu"
# in English: "… 1446 AH corresponding to 31 March 2025 CE", a trial). Where a language has
# none here, a slash joins the dates, as its press does ("turkish", "russian"). The sources
# are the styles' own outlets; "corresponding to" and "correspondant au" as the English and
# French press print them ("Dakar, le 10 Dhoul Hijja 1445 correspondant au 16 juin 2024").
CORRESPONDING: Mapping[str, str] = MappingProxyType(
    {
        "en": "corresponding to",
        "fr": "correspondant au",
        "ar": "الموافق",
        "ur": "بمطابق",
        "fa": "برابر با",
        "id": "bertepatan dengan",
        "ms": "bersamaan",
        "ha": "wanda ya yi daidai da",  # "which corresponds to", Hausa papers' and the reader's
        "sw": "sawa na",  # "30 SAFAR 1441H sawa na Oktoba 29, 2019" (BAKWATA, eatv.tv)
        "so": "oo ku beegan",  # "which falls on" (Somali papers)
    }
)
# A style's connectors that the table above does not write but means: Morocco's and Iran's.
CORRESPONDING_ALSO: tuple[str, ...] = ("موافق", "مطابق")
# "and", between a third date and the second ("iran": "… مطابق {lunar} و {gregorian}"): CLDR's
# list patterns ("{0} and {1}"), Unicode licence.
AND: Mapping[str, str] = MappingProxyType(
    {
        "en": "and", "fr": "et", "ar": "و", "ur": "اور", "fa": "و", "id": "dan", "ms": "dan", "tr": "ve",
        "ru": "и", "uz": "va", "kk": "және", "bn": "এবং", "ha": "da", "sw": "na", "so": "iyo", "uz-Cyrl": "ва",
        "ky": "жана", "az": "və", "sq": "dhe",
    }
)  # fmt: skip

# Digits a style may print in (CLDR's numbering systems): ASCII, Arabic-Indic, Extended
# Arabic-Indic (Persian, Urdu), Bengali (Bangladesh's press), Devanagari (Hindi's).
DIGITS: Mapping[str, str] = MappingProxyType(
    {
        "latn": "0123456789",
        "arab": "٠١٢٣٤٥٦٧٨٩",
        "arabext": "۰۱۲۳۴۵۶۷۸۹",
        "beng": "০১২৩৪৫৬৭৮৯",
        "deva": "०१२३४५६७८९",
    }
)

# The same, as translation tables from ASCII digits.
DIGIT_TABLES: Mapping[str, dict[int, int]] = MappingProxyType(
    {name: str.maketrans("0123456789", digits) for name, digits in DIGITS.items()}
)
