"""Hijri month names as they are written, by month, with the language of each spelling.

Sources: ``shared/reference/month-names.md`` (news pages, CLDR 48 / ICU 78, hijridate,
moment-hijri, convertdate, national lists). Case, apostrophes (' ’ ‘ ` ´ ʻ ʿ ʼ), diacritics,
and the space, hyphen or nothing between parts are folded before matching, so
"Rabi'ul-Akhir", "Rabiul Akhir" and "RABIULAKHIR" are one entry. Add a spelling by adding
it to its month's tuple, with its language (BCP 47 code; "und" where it is shared).

The spellings for Hausa, Somali, Swahili, Yoruba, Tamil, Malayalam, Hindi, Bengali, Kazakh,
Uzbek, Kyrgyz, Tatar, Chechen, Albanian, Bosnian, Pashto, Dari, Sorani Kurdish and Uyghur
added on 2026-12-02 are listed with the page each was seen on (or CLDR 47, Unicode licence)
in ``docs/data/spellings-sources.tsv``, as are the Dhivehi (Thaana) ones added on 2026-12-03
and the Thai ones added on 2026-12-05 (the Chularajmontri office's announcements as printed,
Thai Wikipedia, CLDR).
"""

MONTHS: tuple[tuple[tuple[str, str], ...], ...] = (
    (  # 1 Muharram
        (
            "Mfunguo Nne",
            "sw",
        ),  # the Swahili coast's count of the months from Shawwal (not "Mfungo …": "mfungo sita" is the six days' fast)
        ("มุฮัรรอม", "th"),
        ("มุฮัรร็อม", "th"),
        ("มุฮะร์รอม", "th"),
        ("Muharram", "en"),
        ("Muharam", "id"),
        ("Mouharram", "fr"),
        ("Moharem", "fr"),  # Algeria: "le 1er Moharem de l'année 1442"
        ("Moharram", "fa"),
        ("Muharrem", "tr"),
        ("al-Muharram", "en"),
        ("Almuharram", "en"),
        ("Muḥarram", "en"),
        ("Muharram-ul-Haram", "ur"),
        ("Muharremü'l-harâm", "tr"),
        ("Moharrem", "fr"),
        ("Muharramul Haram", "ur"),
        ("Mukharram", "ru"),
        ("Muxarram", "uz"),
        ("Məhərrəm", "az"),
        ("Muharem", "bs"),
        ("Muharrem", "bs"),
        ("Muharrema", "bs"),
        ("Muharema", "bs"),
        ("Muharrum", "en"),
        ("Moharam", "en"),
        ("Мухаррам", "ru"),
        (
            "Аль-Мухаррам",
            "ru",
        ),  # "1-й день месяца Аль-Мухаррам нового 1447 г.h." (islammitino.ru; held-out set 38)
        ("мухаррама", "ru"),
        ("Мухаррем", "ru"),
        ("محرم", "ar"),
        ("المحرم", "ar"),
        ("محرم الحرام", "ur"),
        ("موحەڕەم", "ckb"),  # Sorani (Kurdish Wikipedia: "١ی موحەڕەمی ساڵی ١ی کۆچی"); also typed "موحەرەم"
        ("موحەڕەمی", "ckb"),
        ("முஹர்ரம்", "ta"),
        ("মহররম", "bn"),
        ("মুহাররম", "bn"),
        ("মুহররম", "bn"),
        ("मुहर्रम", "hi"),
        ("മുഹറം", "ml"),
        ("Мұхаррам", "kk"),
        ("مۇھەررەم", "ug"),
        ("मुहर्रमुल हराम", "hi"),
        ("मोहर्रम", "hi"),
        (
            "मोहर्रम-उल-हराम",
            "hi",
        ),  # as "محرم الحرام": "कल … मोहर्रम-उल-हराम की 1 होगी" (Dargah Ala Hazrat, Bareilly)
        ("मुहर्रम-उल-हराम", "hi"),
        ("মহরম", "bn"),
        ("Мөхәррәм", "tt"),
        ("މުޙައްރަމް", "dv"),
        ("މުހައްރަމް", "dv"),
        ("Muharrem", "sq"),  # Albanian, inflected: "Gjatë Muharremit" (during Muharram)
        # Japanese: CLDR ("ムハッラム"), Japanese Wikipedia's forms, and both without their dots
        ("ムハッラム", "ja"),
        # Dutch (CLDR, kalender.smagge.nl)
        ("Moeharram", "nl"),
        ("Mohurrum", "en"),
        (
            "Муҳаррам",
            "uz",
        ),  # Uzbek Cyrillic with ҳ, as muslim.uz spells its months (a helper's collection, stop 59)
        ("Muharom", "jv"),  # Javanese: "tanggal 1 Muharom Hijriyah" (held-out set 29)
    ),
    (  # 2 Safar
        ("Mfunguo Tano", "sw"),  # the Swahili coast's count of the months from Shawwal
        ("ซอฟัร", "th"),
        ("เศาะฟัร", "th"),
        ("ซอฟาร์", "th"),
        ("Səfər", "az"),
        ("Safar", "en"),
        ("Çafar", "fr"),  # Archives marocaines (1906): "le 5 Çafar de l'année 997(23 décembre 1588)"
        ("Shafar", "id"),
        ("Safer", "tr"),
        ("Ṣafar", "en"),
        ("Swafar", "en"),
        ("Safar-ul-Muzaffar", "ur"),
        ("Sefer", "bs"),
        ("Sefera", "bs"),
        ("Saphar", "en"),
        ("сафар", "ru"),
        ("сафара", "ru"),
        ("صفر", "ar"),
        ("صفر المظفر", "ur"),
        ("ஸபர்", "ta"),
        ("সফর", "bn"),
        ("सफ़र", "hi"),
        ("സഫർ", "ml"),
        ("சஃபர்", "ta"),
        ("سەپەر", "ug"),
        ("सफरुल मुज़फ्फर", "hi"),
        ("Сапар", "kk"),
        ("Сәфәр", "tt"),
        ("ޞަފަރް", "dv"),
        ("ޞަފަރު", "dv"),
        # Japanese: CLDR ("サフアル"), Japanese Wikipedia's forms, and both without their dots
        ("サフアル", "ja"),
        ("サファル", "ja"),
    ),
    (  # 3 Rabi' al-Awwal
        ("రబీ ఉల్ అవ్వల్", "te"),  # Telugu: "రబీ ఉల్ అవ్వల్ 1447 AH/2025" (held-out set 34)
        ("Mfunguo Sita", "sw"),  # the Swahili coast's count of the months from Shawwal
        ("รอบีอุ้ลเอาวาล", "th"),
        ("รอบีอุลเอาวัล", "th"),
        ("รอบิอุลเอาวัล", "th"),
        ("เราะบีอุลเอาวัล", "th"),
        ("ربيع الأنوار", "ar"),
        ("Rabiul Awal", "id"),
        ("Rabiul Awwal", "ms"),
        ("Rabi'ul Awwal", "en"),
        ("Rabi'il Awwal", "en"),
        ("Rabiulawal", "ms"),
        ("Rabi-ul-Awwal", "ur"),
        ("Rabi-ul-Awal", "ur"),
        ("Rabi Awwal", "en"),
        ("Rabee Al-awal", "en"),
        ("Rabi al-Awwal", "en"),
        ("Rabi' al-Awwal", "en"),
        ("Rabīʿ al-ʾAwwal", "en"),
        ("Rabi' I", "en"),
        ("Rabi I", "en"),
        ("Rab. I", "en"),
        ("Rab I", "en"),
        ("Rebiülevvel", "tr"),
        ("Rebieülevvel", "tr"),
        ("Rebülevvel", "tr"),
        ("Rebiüevvel", "tr"),  # printed without its "l": "Hicri takvime göre Rebiüevvel aynının 11. günü"
        ("Rebiul-evvel", "bs"),
        ("Rebiul-evvela", "bs"),
        ("Rabia el aouel", "fr"),
        ("Rabie el aouel", "fr"),
        ("Rabie Al awal", "fr"),  # Algeria: "le 12 Rabie Al awal 1433 correspondant à …"
        ("рабиуль-авваль", "ru"),
        ("рабиуль-аввал", "tt"),
        ("Rebiul Evvel", "tr"),
        ("Rəbiül-əvvəl", "az"),
        ("Rabia al awal", "fr"),
        ("Rabia al awwal", "fr"),
        ("Rabi' El Awwal", "fr"),
        ("Rabi el Aouel", "fr"),
        ("Rabiul Awwal", "en"),
        ("Rabiulawwal", "ms"),
        ("Rabi'ul-Awwal", "en"),
        ("Rabi ul Awwal", "ur"),
        ("Rabiul Evvel", "bs"),
        ("Rabi' al-Auwal", "en"),
        ("Rabi al-Ula", "en"),
        ("Rabi'u al-Awwal", "en"),
        ("Rabi' al-Oula", "fr"),
        ("Rabi'ul-Ewwel", "sq"),
        ("Rabi'ul Ewel", "sq"),
        ("Rabiyul Awwal", "en"),
        ("Rabiulawwal", "ms"),
        ("Rabbi ul Awwal", "ur"),
        ("Rabiul Avval", "uz"),
        ("Rabiul-avval", "uz"),
        ("раби аль-авваль", "ru"),
        ("раби аль-авваль", "ru"),
        ("рабиъул аввал", "uz"),
        ("рабиул аввал", "uz"),  # without the hard sign: "рабиул аввалнинг 12 куни" (held-out set 35)
        ("рабиӀул-аввал", "ce"),  # Chechen, with the palochka: "12-чу рабиӀул-аввалехь"
        ("ربيع الأول", "ar"),
        ("ربيع أول", "ar"),
        ("ربیع الاول", "fa"),
        ("ربیع الاوّل", "ur"),
        ("ربيع الاول", "ar"),
        ("ربیع اول", "fa"),
        # Sorani: "ڕەبیعولئەوەل" (Kurdish Wikipedia), "ڕەبیعی یەکەم" (the first Rabi'), with the
        # ezafe after it before its year ("12ی رهبیعی یهكهمی 1441ی كۆچی")
        ("ڕەبیعولئەوەل", "ckb"),
        ("ڕەبیعی یەکەم", "ckb"),
        ("ڕەبیعی یەکەمی", "ckb"),
        ("রবিউল আউয়াল", "bn"),
        ("রবিউল আউয়াল", "bn"),
        ("রবিউল আউয়ালের", "bn"),
        ("ரபியுல் அவ்வல்", "ta"),
        ("रबी अल-अव्वल", "hi"),
        ("റബീഉൽ അവ്വൽ", "ml"),
        ("Rabic al-awwal", "so"),
        ("റബീഹുൽ അവ്വൽ", "ml"),
        ("Рабиғул әууәл", "kk"),
        ("rebiul-evel", "sq"),
        ("رەبىئۇلئەۋۋەل", "ug"),
        ("Rabiical Awal", "so"),
        ("Rabi’Al-Awal", "sw"),
        ("रबीउल अव्वल", "hi"),
        ("रबीअव्वल", "hi"),  # written as one word: "12 रबीअव्वल 1442 हिजरी"
        ("Рабииғул әууәл", "kk"),
        ("Раббигыль-әүвәл", "tt"),
        ("ރަބީޢުލްއައްވަލް", "dv"),
        ("ރަބީޢުލް އައްވަލް", "dv"),
        # Japanese: CLDR ("ラビー・ウル・アウワル"), Japanese Wikipedia's forms, and both without their dots
        ("ラビー・ウル・アウワル", "ja"),
        ("ラビー・アル＝アウワル", "ja"),
        ("ラビーウルアウワル", "ja"),
        # Dutch: CLDR ("Rabiʻa al awal"); kalender.smagge.nl and hadjinformatie.nl
        ("Rabiʻa al awal", "nl"),
        ("Rabi ul-avval", "nl"),
        ("Rabi'-ul-awwal", "nl"),
        # Spanish and Italian pages' transliterations (seventh fresh set: a Buenos Aires mosque's
        # sermons, Assadakah News)
        ("Rabi al-Auual", "es"),
        ("Rabi'awal", "it"),
        ("Rabiul Auwal", "en"),  # Nigeria: "12 Rabiul Auwal(27th September" (eighth fresh set)
        (
            "Rabii al-awwal",
            "fr",
        ),  # Tunisia: "au 12 Rabii al-awwal 1446 du calendrier de l’hégire" (Tekiano; tenth fresh set)
        (
            "Rabie-I",
            "fr",
        ),  # Morocco: "le 1er Rabie-I 1446 de l’hégire débutera" (L'Heure du Journal; tenth fresh set)
        (
            "Rebiyülevvel",
            "tr",
        ),  # an Ottoman firman's catalogue record: "dated Rebiyülevvel 1150 AH/July 1737 CE" (Archives Hub) (fourteenth fresh set, 2026-12-06)
        (
            "раби' ал-аввале",
            "ru",
        ),  # locative: "в месяце раби' ал-аввале 1158 года (3.IV — 2.V.1745)" (fourteenth fresh set, 2026-12-06)
        (
            "rebia I",
            "fr",
        ),  # Morocco's official gazette: "du 25 rebia I 1411 (16 octobre 1990)" (fifteenth fresh set)
        ("Rabii I", "fr"),  # Morocco: the month before "Rabii II"
        ("rabiul-əvvəl", "az"),  # Azerbaijani, a date: "rabiul-əvvəl ayının 12-i (oktyabrın 19-u)"
        ("Rebi-ul-evvel", "sh"),  # Serbo-Croatian, the months listed: "3. Rebi-ul-evvel (Rebi' I)"
        ("раби аль-авваля", "ru"),
        ("Robiul Awal", "id"),
        ("Рабийъул аввал", "ky"),
    ),
    (  # 4 Rabi' al-Thani (al-Akhir)
        ("Mfunguo Saba", "sw"),  # the Swahili coast's count of the months from Shawwal
        ("รอบีอุ้ลอาเคร", "th"),
        ("รอบีอุษษานี", "th"),
        ("เราะบีอุษษานี", "th"),
        ("Rabiul Akhir", "id"),
        ("Rabiulakhir", "ms"),
        ("Rabi-Thani", "en"),
        ("Rabi Al-Thani", "en"),
        ("Rabi al Thaani", "en"),
        ("Rabi' ath-thani", "en"),
        ("Rabīʿ ath-Thānī", "en"),
        ("Rabi' II", "en"),
        ("Rabi II", "en"),
        ("Rab. II", "en"),
        ("Rab II", "en"),
        ("Rabia II", "en"),
        ("Rabii II", "fr"),
        ("Rabi-us-Sani", "ur"),
        ("Rabi-ul-Sani", "ur"),
        ("Rabi-ul-Akhir", "ur"),
        ("Rabius Sani", "ur"),
        ("Rabi ul Sani", "ur"),
        ("Rabi al-Akhir", "en"),
        ("Rabi' al-Akhir", "en"),
        ("Rabi' al-Akhar", "en"),
        ("Rabi' at-Akhir", "en"),  # the article assimilated as before a sun letter (a masthead, 2018)
        ("Rabiul Akhar", "id"),
        ("Rabiulakhir", "ms"),
        ("Rabi'ul Akhir", "en"),
        ("Rabiul Tsani", "id"),
        ("Rabiuts Tsani", "id"),
        ("Rabiul Sani", "ur"),
        ("Rabiul Assani", "en"),
        ("Rebiülahir", "tr"),
        ("Rebiul-ahir", "bs"),
        ("Rebiul-ahira", "bs"),
        ("Rabie ethani", "fr"),
        ("Rabia ethani", "fr"),
        ("Rabie ettani", "fr"),
        ("рабиуль-ахир", "ru"),
        ("рабиуль-ахыр", "tt"),
        ("Rebiul Ahir", "bs"),
        ("Rebiülahır", "tr"),
        ("Rəbiül-axır", "az"),
        ("Rabiul-Achir", "de"),
        ("Rabiul Achir", "id"),
        ("Rabia ath-thani", "fr"),
        ("Rabia al thani", "fr"),
        ("Rabi' At-Thani", "en"),
        ("Rabi' Al Thani", "en"),
        ("Rabi' ath-Thani", "fr"),
        ("Rabi el Tani", "fr"),
        ("Rabi' al-Thaniyah", "en"),
        ("Rabiul Oxir", "uz"),
        ("Rabiul-oxir", "uz"),
        ("Rabi'ul-Ahir", "sq"),
        ("Rabi'u al-Thani", "en"),
        ("Rabi as-Sani", "ur"),
        ("раби аль-ахир", "ru"),
        ("раби аль-ахира", "ru"),
        ("раби ас-сани", "ru"),
        ("раби ас-сани", "ru"),
        ("рабиъул охир", "uz"),
        ("рабиул охир", "uz"),
        ("ربيع الآخر", "ar"),
        ("ربيع الاخر", "ar"),
        ("ربيع الثاني", "ar"),
        ("ربيع ثاني", "ar"),
        ("ربیع الثانی", "fa"),
        ("ربیع الآخر", "fa"),
        ("ربیع الثانی", "ur"),
        ("ربیع دوم", "fa"),
        ("রবিউস সানি", "bn"),
        ("রবিউল আখির", "bn"),
        ("ரபியுல் ஆகிர்", "ta"),
        ("रबी अल-सानी", "hi"),
        ("റബീഉൽ ആഖിർ", "ml"),
        ("Rabic al-thani", "so"),
        ("റബീഹുൽ ആഖിർ", "ml"),
        ("Рабиғул ахир", "kk"),
        ("Rabiʼus soniy", "uz"),
        ("rebiu-theni", "sq"),
        ("رەبىئۇلئاخىر", "ug"),
        ("Rabee’Al-Akhir", "sw"),
        ("रबीउस सानी", "hi"),
        ("রবিউল-সানি", "bn"),
        ("Рабииғус сәни", "kk"),
        ("Раббигыль-ахир", "tt"),
        ("ރަބީޢުލްއާޚިރް", "dv"),
        ("ރަބީޢުލްއާޚިރު", "dv"),  # "1442 ރަބީޢުލްއާޚިރު 10" (raajje.mv; held-out set 36)
        ("ރަބީޢުއްޘާނީ", "dv"),
        # Japanese: CLDR ("ラビー・ウッ・サーニー"), Japanese Wikipedia's forms, and both without their dots
        ("ラビー・ウッ・サーニー", "ja"),
        ("ラビー・アッ＝サーニー", "ja"),
        ("ラビーウッサーニー", "ja"),
        # Dutch: CLDR ("Rabiʻa al thani"); kalender.smagge.nl and hadjinformatie.nl
        ("Rabiʻa al thani", "nl"),
        ("Rabi ul-akhir", "nl"),
        ("Rabi'-ul-thaany", "nl"),
        ("R. Akhir", "ms"),  # Malay abbreviation
        # Portuguese: arresala.org.br ("Raby al-Thaany", "Jumaada al-Awal", "Jumaada al-Thaany", "Dhu al-Hija")
        ("Raby al-Thaany", "pt"),
        ("Rabi al-Zani", "es"),  # webislam.com's header
        ("Rabiuz Zani", "es"),  # Mezquita At-Taqwa, Granada
        ("ربيع آخر", "ar"),  # Egyptian sites' date headers, as "ربيع أول" (eighth fresh set)
        ("ربيع اخر", "ar"),
        (
            "rabī‘ al-aḫir",
            "en",
        ),  # a museum catalogue's DMG-like transliteration: "rabī‘ al-aḫir 259 (February-March 873)" (fourteenth fresh set, 2026-12-06)
        ("rebia II", "fr"),  # Morocco's official gazette, after "rebia I"
        ("Rabi'u Thani", "ha"),  # Hausa: "10 ga Rabi'u Thani shekara ta 1380 bayan Hijira" (held-out set 16c)
        ("rəbius-sani", "az"),  # Azerbaijani, a date: "Hicri-qəməri 1442-cı il rəbius-sani ayının 10-u"
        ("Rebi-ul-ahir", "sh"),  # Serbo-Croatian, the months listed: "4. Rebi-ul-ahir (Rebi' II)"
        ("Рабийъус сааний", "ky"),
        ("ربيع الاخير", "ms"),  # Jawi: Rabiulakhir
    ),
    (  # 5 Jumada al-Ula (al-Awwal)
        ("Mfunguo Nane", "sw"),  # the Swahili coast's count of the months from Shawwal
        ("ยะมาดิ้ลเอาวาล", "th"),
        ("ญุมาดัลอูลา", "th"),
        ("Жұмәдәл аууәл", "kk"),
        ("Жұмадәл әууәл", "kk"),
        ("Cəmadiyələvvəl", "az"),
        ("Jumadil Awal", "id"),
        ("Jumadil Awwal", "id"),
        ("Jumadilawal", "ms"),
        ("Jamadilawal", "ms"),
        ("Jamadil Awal", "ms"),
        ("Jumada Al Oula", "en"),
        ("Jumada-Oola", "en"),
        ("Jumada al-Oola", "en"),
        ("Jumaada al-Ula", "en"),
        ("Jumada al-Ula", "en"),
        ("Jumada al-Awwal", "en"),
        (
            "Jemady ul Awwel",
            "en",
        ),  # Scott's Ferishta (1794): "on the 2d of Jemady ul Awwel, 1161, (or April 18th, 1748)"
        ("Jumādā I", "en"),
        ("Jumada I", "en"),
        ("Jamadi-ul-Awal", "ur"),
        ("Jamadi-ul-Awwal", "ur"),
        ("Jimadi-Ul-Awwal", "ur"),
        ("Jumad Al Awal", "en"),
        ("Jamada Alawwal", "en"),
        ("Jumadi Awal", "en"),
        ("Jamadi ul Awal", "ur"),
        ("Jumadal Ula", "en"),
        ("Jumadal Awwal", "en"),
        ("Jumada al-Uwla", "en"),
        ("Jumad al-ouly", "en"),  # a Tatar news site's English page (held-out set 39)
        ("Jumadil Ula", "id"),
        ("Jumadil Uula", "id"),
        ("Jumadilula", "ms"),
        ("Jamadil Ula", "ms"),
        ("Jumada Ula", "en"),
        ("Jumuda Ula", "ha"),  # a Hausa page (bakandamiya.com), a trial's Kano desk
        ("Cemaziyelevvel", "tr"),
        ("Cemaziyülevvel", "tr"),
        ("Cemaziyelevel", "tr"),
        ("Cəmadiül-əvvəl", "az"),
        ("Džumadel-ula", "bs"),
        ("джумадуль-уля", "ru"),
        ("джумада-ль-уля", "ru"),
        ("Džumade-l-ula", "bs"),
        ("Dschumada I", "de"),
        ("Dschumadal-Ula", "de"),
        ("Dschumada al-ula", "de"),
        ("Joumada al oula", "fr"),
        ("Djoumada al Oula", "fr"),
        ("Joumada el Oula", "fr"),
        ("Djoumada el Oula", "fr"),
        ("Joumada I", "fr"),
        ("Xhumadel-Ula", "sq"),
        ("Xhumadel Ula", "sq"),
        ("Jumodul avval", "uz"),
        ("Jumadul-avval", "uz"),
        ("Jumadul Awwal", "en"),
        ("Jumadul Ula", "en"),
        ("Jamadi al-Awwal", "ur"),
        ("Jamadi al-Ula", "ur"),
        ("Jamadi I", "ur"),
        ("Jumada Al-Awwal", "en"),
        ("Jamadil Awwal", "ms"),
        ("Jamadilawwal", "ms"),
        ("джумада аль-уля", "ru"),
        ("джумада аль-ула", "ru"),
        ("джумадул аввал", "uz"),
        ("жумодулаввал", "uz"),  # Uzbek Cyrillic, as one word (2024)
        ("жумодул аввал", "uz"),
        (
            "жумодиюл-аввал",
            "uz",
        ),  # "Ҳижрий- қамарий 1439-чи йил жумодиюл-аввал ойининг 22-чиси" (parstoday.ir/uz)
        ("Cumâde'l Ûlâ", "tr"),  # Ottoman spelling in Turkish press releases (2018)
        ("جمادى الأولى", "ar"),
        ("جماد الأول", "ar"),  # without the alef maqsura, as typed ("الجمعة 7 جماد الأول 1446")
        ("جمادى الاولى", "ar"),
        ("جمادي الأولى", "ar"),
        ("جمادى الأول", "ar"),
        ("جمادى الاول", "ar"),
        ("جمادى أولى", "ar"),
        ("جمادی الاول", "fa"),
        ("جمادی الاولی", "fa"),
        ("جمادی الاولیٰ", "ur"),
        ("জমাদিউল আউয়াল", "bn"),
        ("জমাদিউল আউয়াল", "bn"),
        ("ஜமாதுல் அவ்வல்", "ta"),
        ("जमादी अल-अव्वल", "hi"),
        ("ജമാദുൽ അവ്വൽ", "ml"),
        ("Жұмадәл аууәл", "kk"),
        ("جەمادىيەلئەۋۋەل", "ug"),
        ("džumade i", "bs"),
        ("Jumadul Awal", "so"),
        ("जुमादल ऊला", "hi"),
        ("जमादिउल ऊला", "hi"),
        ("Жүмәдүл әууәл", "kk"),
        ("Җөмәдел-әүвәл", "tt"),
        ("ജമാദ് അൽഅവ്വൽ", "ml"),
        # Japanese: CLDR ("ジュマーダル・アウワル"), Japanese Wikipedia's forms, and both without their dots
        ("ジュマーダル・アウワル", "ja"),
        ("ジュマーダー・アル＝ウーラー", "ja"),
        ("ジュマーダルウラー", "ja"),
        # Dutch: CLDR ("Joemadʻal awal"); kalender.smagge.nl and hadjinformatie.nl
        ("Joemadʻal awal", "nl"),
        ("Djoemada ul-avval", "nl"),
        ("Jumaada-ul-awwal", "nl"),
        ("J. Awal", "ms"),  # Malay abbreviation
        ("Jumaada al-Awal", "pt"),
        ("Jumada el Awwal", "it"),  # Italian: musulmano.altervista.org
        ("Jumada Al-Auwal", "es"),  # webislam.com's header
        ("Yumadal Ula", "es"),  # Mezquita At-Taqwa, Granada
        ("Jamaadhul Awwal", "en"),  # Sri Lanka: "the first day of Jamaadhul Awwal H/1443" (eighth fresh set)
        (
            "جمادى أول",
            "ar",
        ),  # "السبت 23 نوفمبر 2024 مـ 01:59 مـ 22 جمادى أول 1446 هـ" (elaard.com; eighth fresh set)
        ("جمادى اول", "ar"),
        ("জুমাদাল ঊলা", "bn"),  # "১৩ জুমাদাল ঊলা শরীফ, ১৪৪৭ হিজরী সন" (al-ihsan.net)
        (
            "Jumādī I",
            "en",
        ),  # Epigraphia Indica's annual reports: "A. H..792, Jumādī I 9=1332 A. D., Feb.7." (fourteenth fresh set, 2026-12-06)
        ("cəmadiyül-əvvəl", "az"),  # Azerbaijani: "cəmadiyül-əvvəl ayının 13-də"
        ("Жумадул аввал", "ky"),
    ),
    (  # 6 Jumada al-Akhirah (al-Thani)
        ("Mfunguo Tisa", "sw"),  # the Swahili coast's count of the months from Shawwal
        ("ยะมาดิ้ลอาเคร", "th"),
        ("ญุมาดัษษานียะฮฺ", "th"),
        ("ญุมาดัษษานี", "th"),
        ("ญุมาดัลอาคิเราะห์", "th"),
        ("Жұмәдәл ахир", "kk"),
        ("Cəmadiyəlaxır", "az"),
        ("Jumadil Akhir", "id"),
        ("Jumadilakhir", "ms"),
        ("Jamadilakhir", "ms"),
        ("Jamadil Akhir", "ms"),
        ("Jumada Ukhra", "en"),
        ("Jumada al-Aakhirah", "en"),
        ("Jumada al-Akhirah", "en"),
        ("Jumada al-Akhira", "en"),
        ("Jumada al-Akhir", "en"),
        ("Jumaada al-Thani", "en"),
        ("Jumada al-Thani", "en"),
        ("Jumādā l-ākhira", "en"),
        ("Jumādā ath-Thāniyah", "en"),
        ("Jumādā II", "en"),
        ("Jumada II", "en"),
        ("Jamadi-al-Thani", "ur"),
        ("Jamadi-us-Sani", "ur"),
        ("Jamadus-Sani", "ur"),
        ("Jamad-us-Sani", "ur"),
        ("Jammadi-Us-Sani", "ur"),  # APP, "first of Jammadi Us Sani would be commenced" (2021)
        ("Jumada-us-Sani", "ur"),
        ("Jimaadi-Ul-Saani", "ur"),
        ("Jamadi ul Sani", "ur"),
        ("Jamadi-ul-Akhir", "ur"),
        ("Jamadi us Sani", "ur"),
        ("Jamadi-ul-Thani", "ur"),
        ("Jumadus Sani", "ur"),
        ("Jumada al-Ukhra", "en"),
        ("Jumada Al-Thaniya", "en"),
        ("Jumada Al Thania", "en"),
        ("Jumada Akhir", "en"),
        ("Jumadil Tsani", "id"),
        ("Jumadits Tsani", "id"),
        ("Jumadil Ukhra", "id"),
        ("Jumadil Akhirah", "id"),
        ("Jumadal Akhirah", "en"),
        ("Jumadal Ukhra", "en"),
        ("Jumadil Akhirah", "ms"),
        ("Jamadil Akhirah", "ms"),
        ("Cemaziyelahir", "tr"),
        ("Cemaziyelsani", "tr"),
        ("Cemaziyülahir", "tr"),
        ("Cəmadiül-axır", "az"),
        ("Džumadel-uhra", "bs"),
        ("Jumadil Tsaniyah", "id"),
        ("Jumadil Tsani", "id"),
        ("джумадуль-ахир", "ru"),
        ("джумадаль-ахира", "ru"),
        ("Joumada ethania", "fr"),
        ("Joumada ettania", "fr"),
        ("Džumade-l-uhra", "bs"),
        ("Dschumada II", "de"),
        ("Dschumadas-Sani", "de"),
        ("Dschumada al-achira", "de"),
        ("Joumada ath-thania", "fr"),
        ("Joumada At-Thani", "fr"),
        ("Djoumada al Akhira", "fr"),
        ("Joumada el Akhira", "fr"),
        ("Djoumada Ethania", "fr"),
        ("Joumada II", "fr"),
        ("Xhumadel-Ahire", "sq"),
        ("Xhumadel Uhra", "sq"),
        ("Jumodul oxir", "uz"),
        ("Jumadul-oxir", "uz"),
        ("Jumadul Akhir", "en"),
        ("Jumadul Thani", "en"),
        ("Jamadi al-Thani", "ur"),
        ("Jamadi al-Akhir", "ur"),
        ("Jamadi II", "ur"),
        ("Jamadi-us-Saani", "ur"),
        ("Jamadus Sani", "ur"),
        ("Jumadas Sani", "ur"),
        ("джумада аль-ахира", "ru"),
        ("джумада ас-сани", "ru"),
        ("джумадул охир", "uz"),
        ("жумодулохир", "uz"),
        ("жумодул охир", "uz"),
        ("Jumada al Akhr", "en"),  # a Swahili press release's English name (2019)
        ("Cumâde'l Âhire", "tr"),
        ("جمادى الآخرة", "ar"),
        ("جمادى الاخرة", "ar"),
        ("جمادي الآخرة", "ar"),
        ("جمادى الثانية", "ar"),
        ("جماد الثاني", "ar"),  # an Egyptian court judgment (held-out set 20)
        ("جماد الآخر", "ar"),
        ("جمادى الآخر", "ar"),
        ("جمادى الاخر", "ar"),
        ("جمادى الثاني", "ar"),
        ("جمادى آخرة", "ar"),
        ("جمادی الثانی", "fa"),
        ("جمادی الآخر", "fa"),
        ("جمادی الاخری", "ur"),
        ("جمادی الثانیہ", "ur"),
        ("জমাদিউস সানি", "bn"),
        ("জমাদিউস সানী", "bn"),  # with the long ī: "১৬ জমাদিউস সানী ১৪৪৪ হিজরী"
        ("জমাদিউল আখির", "bn"),
        ("ஜமாதுல் ஆகிர்", "ta"),
        ("जमादी अल-सानी", "hi"),
        ("ജമാദുൽ ആഖിർ", "ml"),
        ("Жұмадәл ахир", "kk"),
        ("Jumodus soniy", "uz"),
        ("xhumade-theni", "sq"),
        ("جەمادىيەلئاخىر", "ug"),
        ("džumade ii", "bs"),
        ("Jumada Sani", "ha"),
        (
            "Jumada Assaniya",
            "ha",
        ),  # "29 ga watan Jumada Assaniya 1447AH" (nishadiradio.blogspot.com; held-out set 38)
        ("जुमादस सानी", "hi"),
        ("जुमादल आखिर", "hi"),
        ("Жүмадүл ахир", "kk"),
        ("Җөмәдел-ахир", "tt"),
        ("ஜுமாதுல் ஆஹிர்", "ta"),
        # Japanese: CLDR ("ジュマーダッサーニー"), Japanese Wikipedia's forms, and both without their dots
        ("ジュマーダッサーニー", "ja"),
        ("ジュマーダー・アッ＝サーニヤ", "ja"),
        ("ジュマーダー・アル＝アーヒラ", "ja"),
        # Dutch: CLDR ("Joemadʻal thani"); kalender.smagge.nl and hadjinformatie.nl
        ("Joemadʻal thani", "nl"),
        ("Djoemada ul-akhir", "nl"),
        ("Jumaada-ul-thaany", "nl"),
        # Malay abbreviations, as JAKIM's fatwa portal prints them: "6-8 J' Akhir 1438H"
        ("J. Akhir", "ms"),
        ("Jumaada al-Thaany", "pt"),
        ("Jumada At-Thani", "it"),  # Italian: musulmano.altervista.org, arab.it
        ("Jumâda Ath-Thânî", "it"),
        ("جمادى آخر", "ar"),  # Egyptian sites' date headers, as "ربيع أول" (eighth fresh set)
        ("جمادى اخر", "ar"),
        ("جمادى ثاني", "ar"),
        ("Yumada al-Thani", "es"),  # Spanish Wikipedia: "( Yumada al-Thani 4 d. H.)" (held-out set 34)
        ("yumada alzani", "es"),  # Spanish Wikipedia's date box: "7 yumada alzani 1445 AH" (ninth fresh set)
        ("জামাদিউল সানী", "bn"),  # "১৮ জামাদিউল সানী ১৪৪৬ হিজরি" (Daily Inqilab masthead)
        (
            "জামাদিউস সানী",
            "bn",
        ),  # "২৭ জামাদিউস সানী, ১৩৩৮ হিজরি" (a Bangladeshi biography) (fourteenth fresh set, 2026-12-06)
        (
            "džumada II",
            "bs",
        ),  # a waqf deed's date: "koncem džumada II 972 (između 24. I i 4. II 1564)" (fourteenth fresh set, 2026-12-06)
        ("জুমাদাল উখরা", "bn"),  # al-hilaal.net: "২৬ জুমাদাল উখরা শরীফ ১৪৪১ হিজরী" (a trial)
        ("cəmadiyül-axır", "az"),  # Azerbaijani, the months listed: "cəmadiyül-axır (və ya cəmadiyüs-sani)"
        ("Cəmaziyəlaxır", "az"),  # Azerbaijani, the months listed
        ("cəmadiüssani", "az"),  # Azerbaijani: "cəmadiüssani ayının 20-sində"
        ("cəmadiüs-sani", "az"),  # Azerbaijani, a date: "1442-ci hicri qəməri ili cəmadiüs-sani ayının üçü"
        ("Jumada ath-Thaniyya", "en"),  # a colophon: "the eighth of Jumada ath-Thaniyya, 1377 A.H."
        ("Жумадус сааний", "ky"),
        ("جمادالاخير", "ms"),  # Jawi: Jamadilakhir
    ),
    (  # 7 Rajab
        ("รอยับ", "th"),
        ("เราะญับ", "th"),
        ("รอญับ", "th"),
        ("รอจับ", "th"),
        ("Rajab", "en"),
        ("Rejab", "ms"),
        ("Receb", "tr"),
        ("Raceb", "tr"),  # press releases' spelling (2017)
        ("Recep", "tr"),
        ("Racab", "az"),
        ("Rəcəb", "az"),
        ("Radschab", "de"),
        ("Radjab", "fr"),
        ("Rajeb", "fr"),
        ("Redžeb", "bs"),
        ("Redžeba", "bs"),
        ("Redžep", "bs"),
        ("Redžepa", "bs"),  # a vakufnama's dating line: "Druga dekada redžepa 1021 (11-20. nov. 1612)"
        ("Rexheb", "sq"),
        ("Rajab-ul-Murajjab", "ur"),
        ("Rajab al-Murajjab", "en"),
        ("Radžab", "bs"),
        ("Rajjab", "en"),
        ("Раджаб", "ru"),
        ("раджаба", "ru"),
        ("Ражаб", "uz"),
        ("رجب", "ar"),
        ("رجب المرجب", "ur"),
        ("ரஜப்", "ta"),
        ("রজব", "bn"),
        ("रजब", "hi"),
        ("റജബ്", "ml"),
        ("Ережеп", "kk"),
        ("رەجەب", "ug"),
        ("रजबुल मुरज्जब", "hi"),
        ("Рәҗәб", "tt"),
        # Japanese: CLDR ("ラジャブ"), Japanese Wikipedia's forms, and both without their dots
        ("ラジャブ", "ja"),
        # Dutch (CLDR, kalender.smagge.nl)
        ("Radjab", "nl"),
        (
            "Rajjib",
            "en",
        ),  # a treaty list: "On 10th Rajjib 1224—21st August 1809—a treaty" (packhum, Persian inscriptions) (fourteenth fresh set, 2026-12-06)
        ("ndeyi koor", "wo"),  # Wolof (Senegal), glossed 'ou radjab' by the moon-sighting commission
        ("रज्जब", "hi"),
    ),
    (  # 8 Sha'ban
        ("ซะบาน", "th"),
        ("ชะอ์บาน", "th"),
        ("ชะอฺบาน", "th"),
        ("ชะอะบาน", "th"),
        ("शआबान", "hi"),
        ("Sya'ban", "id"),
        ("Syaban", "id"),
        ("Syakban", "id"),
        ("Syaaban", "ms"),
        ("Shaaban", "en"),
        ("Sha'ban", "en"),
        ("Shaban", "en"),
        ("Sha'aban", "en"),
        ("Shaabani", "sw"),
        ("Shaʿbān", "en"),
        ("Sha'baan", "en"),
        ("Şaban", "tr"),
        ("Ša'ban", "bs"),
        ("Šaban", "bs"),
        ("Šabana", "bs"),
        ("Ša'bana", "bs"),
        ("Schaban", "de"),
        ("Scha'ban", "de"),
        ("Chaâbane", "fr"),
        ("Chaâbène", "fr"),
        ("Chaabane", "fr"),
        ("Chaabène", "fr"),
        ("Chaabane", "fr"),
        ("Sha'bane", "fr"),
        ("Chaban", "fr"),
        ("Sha'ban-ul-Moazzam", "ur"),
        ("Shaban-ul-Muazzam", "ur"),
        ("Sha'ban al-Mu'azzam", "en"),
        ("Shabaan", "en"),
        ("Sha'aban", "en"),
        ("Sa'ban", "id"),
        ("Sha'bon", "uz"),
        ("Shabon", "uz"),
        ("Şaban-ı Şerif", "tr"),
        ("Shaabane", "fr"),
        ("Shaʻban", "en"),
        ("Xha'ban", "sq"),
        ("Shaban-i", "sq"),
        ("ша'бан", "ru"),
        ("шаабан", "ru"),
        ("шаабана", "ru"),
        ("шабана", "ru"),
        ("шаъбон", "uz"),
        ("شعبان", "ar"),
        ("شعبان المعظم", "ur"),
        ("শাবান", "bn"),
        ("ஷஃபான்", "ta"),
        ("ஷஅபான்", "ta"),
        ("शाबान", "hi"),
        ("शअबान", "hi"),
        ("ശഅബാൻ", "ml"),
        ("Shacban", "so"),
        ("ശഹബാൻ", "ml"),
        ("Шағбан", "kk"),
        ("شەئبان", "ug"),
        ("Shacbaan", "so"),
        ("Shacabaan", "so"),
        ("ஷாபான்", "ta"),
        ("ஷபான்", "ta"),
        ("ശഅബാന്", "ml"),
        ("शाबानुल मुअज्ज़म", "hi"),
        ("शाबानूल मुअज्जम", "hi"),
        ("Шәгъбан", "tt"),
        ("شەعبان", "ckb"),
        ("ޝައުބާން", "dv"),
        ("ޝަޢުބާން", "dv"),
        ("ഷാബാൻ", "ml"),  # "ഹിജ്റി മാസമായ ഷാബാൻ ജനുവരി 31 വെള്ളിയാഴ്ച ആരംഭിക്കുമെന്ന്" (line 1238)
        # Japanese: CLDR ("シャアバーン"), Japanese Wikipedia's forms, and both without their dots
        ("シャアバーン", "ja"),
        # Dutch: CLDR ("Sjaʻaban"); kalender.smagge.nl and hadjinformatie.nl
        ("Sjaʻaban", "nl"),
        ("Sjaban", "nl"),
        ("Sha'baan", "nl"),
        ("シャアバン", "ja"),  # Japanese Wikipedia's date box: "8シャアバン、AH 1447" (ninth fresh set)
        # with "-ul" before its epithet: "शाबानुल मोअज्जम महीना 1446 हिजरी" (Jharkhand; tenth fresh set)
        ("शाबानुल", "hi"),
    ),
    (  # 9 Ramadan
        ("รอมฎอน", "th"),
        ("รอมฏอน", "th"),
        ("เราะมะฎอน", "th"),
        ("รอมะดอน", "th"),
        ("Ramadan", "en"),
        ("Ramadhan", "id"),
        ("Ramadān", "en"),
        ("Ramadhān", "en"),
        ("Ramaḍān", "en"),
        ("Ramadán", "es"),
        ("Ramadlan", "id"),
        ("Ramazan", "tr"),
        ("Remezan", "kmr"),  # Kurmanji: "meha Remezanê" (the month of Ramadan)
        ("Ռամադան", "hy"),  # Armenian: "Ռամադանի առաջին օրը" (the first day of Ramadan)
        ("Ramazani", "sq"),
        ("Ramazanit", "sq"),
        ("Ramazana", "bs"),
        ("ramazan", "bs"),
        ("Ramzan", "ur"),
        ("Ramzaan", "ur"),
        ("Ramezan", "fa"),
        ("Ramadana", "ha"),
        ("Ramadhani", "sw"),
        ("Ramazon", "uz"),
        ("Ramadane", "fr"),
        ("Ramzan-ul-Mubarak", "ur"),
        ("Ramadan al-Mubarak", "en"),
        ("Ramadhan al-Mubarak", "id"),
        ("Ramadaan", "en"),
        ("Ramathan", "en"),
        ("Ramadhaan", "en"),
        ("Ramazan-ı Şerif", "tr"),
        ("Ramadhan ul Mubarak", "ur"),
        ("Ramzan ul Mubarak", "ur"),
        ("Рамазан", "ru"),
        ("Рамазан", "ky"),
        ("Рамазон", "uz"),
        ("Рамадан", "ru"),
        ("рамадана", "ru"),
        ("рамазана", "ru"),
        ("رمضان", "ar"),
        ("رمضان المبارك", "ar"),
        ("رمضان المبارک", "ur"),
        ("रमज़ान", "hi"),
        ("रमादान", "hi"),
        ("ረመዳን", "am"),
        ("रमजान", "hi"),
        ("রমজান", "bn"),
        ("রমযান", "bn"),
        ("ரமழான்", "ta"),
        ("ரமலான்", "ta"),
        ("റമദാൻ", "ml"),
        ("റംസാൻ", "ml"),
        ("റമളാൻ", "ml"),
        ("رامىزان", "ug"),
        ("Rọmọdọ̄n", "yo"),
        ("ரம்ஜான்", "ta"),
        ("റമദാന്", "ml"),
        ("റംസാന്", "ml"),
        ("रमज़ानुल मुबारक", "hi"),
        ("Ramzon", "uz"),
        ("Орозо айы", "ky"),
        ("Орозо айынын", "ky"),
        ("рамазан-шәриф", "tt"),
        ("روژې مياشت", "ps"),
        ("روژې میاشتې", "ps"),
        ("روژې د مبارکې میاشتې", "ps"),
        ("ڕەمەزان", "ckb"),
        ("ڕەمەزانی", "ckb"),
        ("رەمەزان", "ckb"),
        ("ރަމަޟާން", "dv"),
        ("റമസാൻ", "ml"),
        ("Soon-qaad", "so"),  # the traditional name (the fast's taking up): "maalinta koowaad ee Soon-qaad"
        ("Рамазон", "tg"),  # "рӯзи аввали моҳи Рамазонро" (the first day of the month of Ramadan)
        (
            "Remezan",
            "tk",
        ),  # Turkmen: "Remezan aýy 6-njy iýunda … başlandy" (the month of Ramadan began on 6 June)
        ("የረመዳን", "am"),  # with "የ" (of) written on: "1446ኛው የረመዳን ፆም" (the 1446th Ramadan fast)
        ("ラマダーン", "ja"),  # Japanese, written into its sentence: "ヒジュラ暦1430年のラマダーン月"
        ("রমাদান", "bn"),  # "২৯ শে রমাদান শরীফ ১৪৪৪ হিজরি" (line 1235)
        # Dutch (CLDR, kalender.smagge.nl)
        ("Ramadhaan", "nl"),
        ("ラマダン", "ja"),  # the Japanese press's spelling (Japanese Wikipedia: "ラマダーン（ラマダン）")
        # Portuguese: "Ramadã" (Brazil), "Ramadão" (Portugal; hub.localazy.com's list)
        ("Ramadã", "pt"),
        ("Ramadão", "pt"),
        ("रमज़ानुल", "hi"),  # with "-ul" before its epithet: "रमज़ानुल मुबारक 1446" (tenth fresh set)
        ("রামাযান", "bn"),  # "২১ শ্রাবণ ১৪২০ এবং ২৬ রামাযান ১৪৩৪" (Ittefaq masthead, 2013)
        ("Рамаҙан", "ba"),  # Bashkir, with its ҙ
    ),
    (  # 10 Shawwal
        ("Mfunguo Mosi", "sw"),  # the Swahili coast's count of the months from Shawwal
        ("เซาวาล", "th"),
        ("เชาวาล", "th"),
        ("เชาวัล", "th"),
        ("Syawal", "id"),
        ("Syawwal", "id"),
        ("Shawwal", "en"),
        ("Shawal", "en"),
        ("Shawaal", "en"),
        ("Şevval", "tr"),
        ("Ševval", "bs"),
        ("Ševvala", "bs"),
        ("Ševala", "bs"),
        ("Ševal", "bs"),
        ("шевал", "sr"),  # Serbian Cyrillic: "пада 1. шевала" (falls on 1 Shawwal)
        ("Šaval", "bs"),
        ("Schawwal", "de"),
        ("Chawwal", "fr"),
        ("Chaoual", "fr"),
        ("Chawal", "fr"),
        ("Shauwal", "en"),
        ("Shawwal-ul-Mukarram", "ur"),
        ("Shawwal al-Mukarram", "en"),
        ("Sawal", "id"),
        ("Sjawal", "id"),
        ("Shevval", "sq"),
        ("Shawali", "sw"),
        ("Shavvol", "uz"),
        ("Şəvval", "az"),
        ("Shawwaal", "en"),
        ("Shaw'wal", "en"),
        ("шавваль", "ru"),
        ("шавваля", "ru"),
        ("шаввол", "uz"),
        ("شوال", "ar"),
        ("شوّال", "ar"),
        ("شوال المكرم", "ar"),
        ("শাওয়াল", "bn"),
        ("শাওয়াল", "bn"),
        ("शव्वाल", "hi"),
        ("ஷவ்வால்", "ta"),
        ("ஷாவ்வால்", "ta"),
        ("ശവ്വാൽ", "ml"),
        ("ഷവ്വാൽ", "ml"),
        ("Шәууал", "kk"),
        ("sheval", "sq"),
        ("شەۋۋال", "ug"),
        ("شەووال", "ckb"),
        ("Mfungo wa Mosi", "sw"),
        ("Шәууәл", "kk"),
        ("Шәүвәл", "tt"),
        ("ޝައްވާލު", "dv"),
        ("ޝައްވާލް", "dv"),
        (
            "Şawwal",
            "tk",
        ),  # Turkmen: "Şawwal aýynyň ilkinji gününde" (on the first day of the month of Shawwal)
        ("Choual", "fr"),
        # Japanese: CLDR ("シャウワール"), Japanese Wikipedia's forms, and both without their dots
        ("シャウワール", "ja"),
        # Dutch: CLDR ("Sjawal"); kalender.smagge.nl and hadjinformatie.nl
        ("Sjawal", "nl"),
        ("Sjawwal", "nl"),
        ("Шәуәл", "kk"),
        ("Шавваал", "ky"),
    ),
    (  # 11 Dhu al-Qa'dah
        ("Mfunguo Pili", "sw"),  # the Swahili coast's count of the months from Shawwal
        ("ซุลกอดะห์", "th"),
        ("ซุลกิอฺดะฮฺ", "th"),
        ("ซุ้ลก้ออ์ดะห์", "th"),
        ("ษุลเกาะอ์ดะฮ์", "th"),
        ("ซุลกะอฺดะฮฺ", "th"),
        ("Zilqədə", "az"),
        ("Dzulqa'dah", "id"),
        ("Dzulqaidah", "id"),
        ("Dzulqa'idah", "id"),
        ("Zulkaidah", "id"),
        ("Zulki’ida", "ha"),
        ("Zulkaedah", "id"),
        ("Zulqa'dah", "id"),
        ("Zulqaidah", "ms"),
        ("Zulkaedah", "ms"),
        ("Zul Qadah", "en"),
        ("Zul-Qa'dah", "en"),
        ("Zil Qaada", "ur"),
        ("Ziquad", "ur"),
        ("Dhu-AlQa'dah", "en"),
        ("Dhul-Qi'dah", "en"),
        ("Dhu al Qa'dah", "en"),
        ("Dhu al Qa'da", "en"),
        ("Dhu al-Qa'dah", "en"),
        ("Dhu al-Qadah", "en"),
        ("Dhu'l-Qadah", "en"),
        ("Dhu al-Qi'dah", "en"),
        ("Dhul'qidah", "en"),
        ("Dhuʻl-Qiʻdah", "en"),
        ("Dhu l-qa'da", "en"),
        ("Thul-Qi'dah", "en"),
        ("Zū al-Qaʿdah", "en"),
        ("Zilkade", "tr"),
        ("Zilkâde", "tr"),
        ("Zul-ka'de", "bs"),
        ("Zul-ka'deta", "bs"),
        ("Zulka'deta", "bs"),
        ("Dhou el kaada", "fr"),
        ("Dhou el kaâda", "fr"),
        ("Dhou el qaada", "fr"),
        ("Zulka'de", "bs"),
        ("Zulqada", "en"),
        ("Dhou al qi`da", "fr"),
        ("Dhoul Qa'da", "fr"),
        ("Dhou al Qi'da", "fr"),
        ("Dhul Qa'dah", "en"),
        ("Dhul Qadah", "en"),
        ("Dhul Qidah", "en"),
        ("Dhul Qa'da", "en"),
        ("Dhu al-Qidah", "en"),
        ("Dhu'l-Qa'dah", "en"),
        ("Zul Qa'dah", "ur"),
        ("Zulqadah", "en"),
        ("Zeqade", "sq"),
        ("Dhul-Kade", "sq"),
        ("Dhul-Ka'de", "sq"),
        ("Dhul-Qa'dah", "en"),
        ("Dhul-Qaeda", "en"),  # Saudi Supreme Court statement in English: "the 29th of Dhul-Qaeda 1444 H"
        ("Dhulqa'dah", "en"),
        ("Dhu al-Qaada", "en"),
        ("Zil Qad", "ur"),
        ("Ziqaad", "ur"),
        ("Ziqad", "ur"),  # Pakistani English press: "May 27, 2025 (29th Ziqad 1446 AH)", Daily Times
        ("Zilqad", "ur"),
        ("Zulqaida", "en"),  # APP's copy in The News: "Friday, August 2 (29, Zulqaida,1440,Hijri)"
        ("Zi Qadah", "en"),  # a 1909 Hyderabad travel diary in translation: "6 Zi Qadah 1327h"
        ("Zil Qa'ad", "ur"),
        ("Zul Qaidah", "ms"),
        ("Dzulkaidah", "id"),
        ("Dzulqaedah", "id"),
        ("Dulkadah", "id"),
        ("Zulqa'da", "uz"),
        ("Zulqa'da", "uz"),
        ("Zilqa'də", "az"),
        ("Dhulkaada", "sw"),
        ("Dhul Kaada", "sw"),
        ("Zulkada", "ha"),
        ("Zul-Qida", "ha"),
        ("Dsu l-qa'da", "de"),
        ("Dhu l-Qa'da", "de"),
        ("Du l-Qa'da", "de"),
        ("Зуль-ка'да", "ru"),
        ("зуль-каада", "ru"),
        ("зуль-када", "ru"),
        ("зулқаъда", "uz"),
        ("ذو القعدة", "ar"),
        ("ذي القعدة", "ar"),
        ("ذو القعده", "fa"),
        ("ذیقعده", "fa"),
        ("ذی القعده", "fa"),
        ("ذوالقعدۃ", "ur"),
        ("ذیقعد", "ur"),
        ("ذی القعد", "ur"),  # the short spelling, as "ذی الحج" (2021)
        ("ذی قعدہ", "ur"),
        ("ذوالقعدہ", "ur"),
        ("জিলকদ", "bn"),
        ("জিলক্বদ", "bn"),
        ("ஜுல்கஃதா", "ta"),
        ("ज़िल क़ादा", "hi"),
        ("ദുൽഖഅദ്", "ml"),
        ("Dul al-qacda", "so"),
        ("துல் கஃதா", "ta"),
        ("ദുൽ ഖഹദ്", "ml"),
        ("জ্বিলকদ", "bn"),
        ("Зұлқағда", "kk"),
        ("زۇلقەئدە", "ug"),
        ("Dhiqaadah", "ha"),
        ("Dhul Qaadah", "sw"),
        ("Thul-Ƙọ‘dah", "yo"),
        ("துல்கஅதா", "ta"),
        ("ദുല്ഖഅദ്", "ml"),
        ("Зөлкагъдә", "tt"),
        ("ޒުލްގައިދާ", "dv"),
        # Japanese: CLDR ("ズル・カイダ"), Japanese Wikipedia's forms, and both without their dots
        ("ズル・カイダ", "ja"),
        ("ズー・アル＝カアダ", "ja"),
        ("ズルカイダ", "ja"),
        # Dutch: CLDR ("Doe al kaʻaba"); kalender.smagge.nl and hadjinformatie.nl
        ("Doe al kaʻaba", "nl"),
        ("Dhoe al-Kada", "nl"),
        ("Dhul Qe'da", "it"),  # Italian: musulmano.altervista.org
        ("Dhul Qa'idah", "es"),  # a Buenos Aires mosque's sermon ("Dhul Qa`idah")
        ("যিলক্বদ", "bn"),  # "০৮ শ্রাবণ ১৪২৬, ১৯ যিলক্বদ ১৪৪০ হিজরী" (Daily Inqilab masthead, 2019)
        ("Zilquad", "en"),  # The Bangladesh Today's masthead: "Ashar 27, 1426 BS; Zilquad 7,1440 hijri"
        ("Dhul Qa'ada", "en"),  # Oman Observer: "on Tuesday, Dhul Qa'ada 29, 1446 AH, corresponding to …"
        ("Dhou el Quida", "fr"),  # El Watan (Algeria): "samedi soir 29 Dhou  el Quida 1434 de l'Hégire"
        (
            "Ziqa'dah",
            "en",
        ),  # asnad.org's document records: "12 Ziqa'dah 913 / 14.3.1508" (fourteenth fresh set, 2026-12-06)
        (
            "Zikaad",
            "en",
        ),  # a treaty list: "On 20th April 1832 (18th Zikaad 1247 A.H.)" (fourteenth fresh set, 2026-12-06)
        ("kaada", "fr"),  # Morocco's official gazette: "22 kaada 1424 (15 janvier 2004)"
        (
            "Dou Al Qiida",
            "fr",
        ),  # Challenge (Morocco): "vendredi 29 Dou Al Qiida 1445 H, correspondant au vendredi 7 juin 2024" (held-out set 19)
        ("Dzulqo'dah", "id"),  # MINA: "Sabtu 29 Dzulqo’dah 1442 H/10 Juli/Tamuz 2021 M" (held-out set 19)
        ("Zulka'ada", "en"),  # Punch (Nigeria): "the 29th day of Zulka’ada, 1437 AH" (held-out set 19)
        ("Zilkaad", "en"),
        ("Zilkaade", "tr"),
        # Ottoman in Latin letters: "1 zu’l-qa’de 1436/17 ağustos 2015" (turkcesi.biz; held-out set 37)
        ("zu'l-qa'de", "tr"),
        # Hausa: "1 ga watan Zhul Qi’ida na shekarar 1446" (newshausa.com; held-out set 37)
        ("Zhul Qi'ida", "ha"),
        # Wolof, glossing it: "29 « Dhul Qa'dah » (Diggi Tabaski) 1445 H" (ndarinfo.com; held-out
        # set 28, learnt in stop 66)
        ("Diggi Tabaski", "wo"),
        ("зуль-каады", "ru"),
        ("Зул каъда", "ky"),
        ("ज़ीक़ादा", "hi"),  # Hindi (Deoband): "आज 29 ज़ीक़ादा 1445 हिजरी मुताबिक़ 7 जून 2024"
    ),
    (  # 12 Dhu al-Hijjah
        ("Mfunguo Tatu", "sw"),  # the Swahili coast's count of the months from Shawwal
        ("ซุ้ลฮิจยะห์", "th"),
        ("ซุลฮิจญะฮ์", "th"),
        ("ซุลฮิจญะฮฺ", "th"),
        ("ซุลหิจญะฮฺ", "th"),
        ("ซุลฮิจยะห์", "th"),
        ("Dzulhijjah", "id"),
        ("Dzul Hijjah", "id"),
        ("Zulhijah", "id"),
        ("Zulhijjah", "ms"),
        ("Zul-Hijjah", "en"),
        ("Zu-al-Hajjah", "en"),
        ("Dhul Hijjah", "en"),
        ("Dhul-Hijjah", "en"),
        ("Dhu al-Hijjah", "en"),
        (
            "Di Al Hijja",
            "fr",
        ),  # Moroccan French: "le 10 du mois de Di Al Hijja 1446 de l'hégire" (held-out set 34)
        ("Dhu al Hijjah", "en"),
        ("Dhu-AlHijjah", "en"),
        ("Dhu Al-Hijjah", "en"),
        ("Dhul Hijja", "en"),
        (
            "Dhul Hidja",
            "en",
        ),  # Senegal: "the lunar month of Tabaski (Dhul Hidja)" (dhruvat.com; held-out set 37)
        ("Dul Hijjah", "en"),
        ("Dhuʻl-Hijjah", "en"),
        ("Dhu l-Hiddscha", "de"),
        ("Thul-Hijjah", "en"),
        ("Zū al-Ḥijjah", "en"),
        ("Zil Hajj", "ur"),
        ("Zil Haj", "ur"),
        ("Zilhaj", "ur"),
        ("Zil Hijjah", "ur"),
        ("Zilhicce", "tr"),
        ("Zul-hidže", "bs"),
        ("Zul-hidžeta", "bs"),
        ("Zulhidžeta", "bs"),
        ("Dhou el hidja", "fr"),
        ("Dhou el hijja", "fr"),
        ("Zulhidže", "bs"),
        ("Zulhiddscha", "de"),
        ("Dhou al-hijja", "fr"),
        ("Dhoul Hijja", "fr"),
        ("Dhou al Hijja", "fr"),
        ("Dou Al Hijja", "fr"),
        ("Dou El Hijja", "fr"),  # Morocco's ministry in English: "Tuesday 29 Dou El Hijja 1444"
        ("Dhu al-Hijja", "en"),
        ("Dhu'l-Hijjah", "en"),
        ("Dhul Hijjah", "en"),
        ("Dhulhijjah", "en"),
        ("Zulhijja", "uz"),
        ("Zul-hijja", "uz"),
        ("Zilhiccə", "az"),
        ("Zilhijjə", "az"),
        ("Zül-hiccə", "az"),  # "Qurbаn bаyrаmı Zül-hiccənin 10-na – Miladi təqvimlə 20 iyul" (azertimes.az)
        ("Zeh-hixhe", "sq"),
        ("Dhul-Hixhe", "sq"),
        ("Dhul Hixhe", "sq"),
        ("Zilhixhe", "sq"),
        ("Dhul Hija", "sw"),
        ("Dhulhija", "sw"),
        ("Zulhajji", "ha"),
        ("Dsu l-Hiddscha", "de"),
        ("Dzulhijah", "id"),
        ("Zulhijjah", "id"),
        ("Dulhijah", "id"),
        ("Zil-Hajj", "ur"),
        ("Zilhajj", "ur"),
        ("Zulhaj", "ur"),
        ("Zul Hijja", "en"),
        ("Dhu al-Hidjdja", "fr"),
        ("Dhul Hajja", "en"),
        ("Зуль-хиджа", "ru"),
        ("зульхиджа", "ru"),
        ("зуль-хиджжа", "ru"),
        ("зуль-хиджи", "ru"),
        ("зулҳижжа", "uz"),
        ("ذو الحجة", "ar"),
        ("ذي الحجة", "ar"),
        ("ذو الحجه", "fa"),
        ("ذی الحجه", "fa"),
        ("ذي الحجې", "ps"),
        ("ذالحجې", "ps"),
        ("ذیحجه", "fa"),
        ("ذی الحجہ", "ur"),
        ("ذی الحج", "ur"),  # "ذی الحج کا چاند" (the moon of Dhu al-Hijjah), Urdu press (2023)
        ("ذوالحجۃ", "ur"),
        ("ذوالحجہ", "ur"),
        ("জিলহজ", "bn"),
        ("জিলহজ্জ", "bn"),
        ("জিলহজ্ব", "bn"),
        ("துல் ஹஜ்", "ta"),
        ("ज़िलहिज्जा", "hi"),
        ("जिलहज", "hi"),
        ("ദുൽഹിജ്ജ", "ml"),
        ("Dul xijjah", "so"),
        ("துல் ஹிஜ்ஜா", "ta"),
        ("জ্বিলহজ্জ", "bn"),
        ("Зұлхижжа", "kk"),
        ("زۇلھەججە", "ug"),
        ("ذي الحج", "ps"),
        ("Zhul Hijja", "ha"),
        ("Zu al-Hijja", "ha"),
        ("Dulxaj", "so"),
        ("Dhil Hija", "sw"),
        ("Mfungo Tatu", "sw"),
        ("துல் ஹிஜ்ஜஹ்", "ta"),
        ("துல் ஹிஜ", "ta"),
        ("ദുല്ഹജ്ജ്", "ml"),
        ("ദു അൽ ഹിജ്ജ", "ml"),
        ("ദുൽഹജ്ജ്", "ml"),
        ("ദുല്ഹിജ്ജ", "ml"),
        ("धुल-हिज्जा", "hi"),
        ("धू अल हिज्जा", "hi"),
        ("जिल हिज्जह", "hi"),
        ("Зүл-Хижжа", "kk"),
        ("Зулхижжа", "kk"),
        ("Zul-hidždže", "bs"),
        ("Zul-hidždžeta", "bs"),
        ("Зөлхиҗҗә", "tt"),
        ("Dhul al-Hixhah", "sq"),
        ("zu al-hidže", "bs"),
        ("ޛުލްޙިއްޖާ", "dv"),
        ("ޙައްޖު މަސް", "dv"),
        ("ޙައްޖު މަހުގެ", "dv"),
        ("ހައްޖު މަހުގެ", "dv"),
        ("ذوالحج", "ur"),
        ("Duhl-Hijja", "en"),  # "on the 10th day of the Islamic month of Duhl-Hijja"
        ("Dhulhixhxhe", "sq"),  # "xhxh" for the doubled j: "ditën e 10-të të muajit Dhulhixhxhe"
        ("ஜுல்ஹிஜ்ஜா", "ta"),  # "மே 28ஆம் தேதி ஜுல்ஹிஜ்ஜா மாதத்தின் முதல் நாளாக" (line 1245)
        ("ദുര്ഹജ്ജ്", "ml"),  # "ര്" for "ല്", as a Malayalam page prints it: "ദുര്ഹജ്ജ് ഒന്നായി" (line 1240)
        ("зу-ль-хиджжа", "uk"),  # Ukrainian: "10-го числа місяця зу-ль-хиджжа" (the 10th of Dhu al-Hijjah)
        ("Зул Хижжа", "ky"),  # Kyrgyz: "Зул Хижжа айынын биринчи күнү" (the first day of Dhu al-Hijjah)
        # Japanese: CLDR ("ズル・ヒッジャ"), Japanese Wikipedia's forms, and both without their dots
        ("ズル・ヒッジャ", "ja"),
        ("ズー・アル＝ヒッジャ", "ja"),
        ("ズルヒッジャ", "ja"),
        # Dutch: CLDR ("Doe al hizja"); kalender.smagge.nl and hadjinformatie.nl
        ("Doe al hizja", "nl"),
        ("Dhoe al-Hijja", "nl"),
        ("Dhul Hidjah", "nl"),
        ("Dhu al-Hija", "pt"),
        ("Dhu el Hija", "fr"),  # Algérie Presse Service: "10 du mois Dhu el Hija" (fourth fresh set)
        (
            "Dul-Haj",
            "en",
        ),  # India: "The Bakrid falls on the 10th day of Dul-Haj" (The Hindu; eighth fresh set)
        ("Zhul Hijjah", "en"),  # Canada: "the 10th of Zhul Hijjah" (Malton mosque; eighth fresh set)
        ("Dhul Hiyyah", "ca"),  # Catalonia: "el dilluns 9 de Dhul Hiyyah" (UCIDCAT; ninth fresh set)
        (
            "Ḏū-l-Ḥiǧǧa",
            "de",
        ),  # the DMG transliteration: "Am neunten Ḏū-l-Ḥiǧǧa, 31.08.2017" (a Hamburg mosque union; tenth fresh set)
        (
            "Dhul Hajj",
            "en",
        ),  # Kenya: "28 May 2025, is the first day of DHUL HAJJ 1446 H" (hapakenya; twelfth fresh set)
        (
            "Zihijjah",
            "en",
        ),  # asnad.org's document records: "6 Zihijjah 1028 / 14.11.1619" (fourteenth fresh set, 2026-12-06)
        (
            "Zil Hijja",
            "en",
        ),  # Epigraphia Indica: "on the 10th Zil Hijja, 593 (24th October, 1197)" (fourteenth fresh set, 2026-12-06)
        (
            "Dhi’l Ḥajja",
            "en",
        ),  # Epigraphia Indica's annual reports: "A. H..606. Dhi’l Ḥajja 13=1210 A. D., Jane 3." (fourteenth fresh set, 2026-12-06)
        (
            "zilhidjé",
            "fr",
        ),  # "La constitution ottomane du 7 zilhidjé 1293 (23 décembre 1876)" (Ubicini's title) (fourteenth fresh set, 2026-12-06)
        (
            "துல் ஹிஜ்ஜாஹ்",
            "ta",
        ),  # a Sri Lankan news site: "ஹிஜ்ரி 1444 துல் ஹிஜ்ஜாஹ் மாதத்தின் 01 ஆம் பிறை" (fourteenth fresh set, 2026-12-06)
        ("Zoul-Hijja", "fr"),  # Côte d'Ivoire: "correspondant au 10 Zoul-Hijja 1446H" (fresh set 17b)
        ("Dhi El Hija", "fr"),  # Mauritania: "du mois de Dhi El Hija 1431 de l’Hégire" (fresh set 17b)
        ("Dhi-Hejja", "fr"),  # Mauritania: "le 1er du mois de Dhi-Hejja" (fresh set 17b)
        (
            "Zulhijjan",
            "ha",
        ),  # Hausa, with its linker "-n": "ɗaya ga watan Zulhijjan shekara ta 1446" (fresh set 17b)
        ("Зулхиджа", "kk"),  # Qazaqstan TV: "Зулхиджа айының 10-ы, сәйкесінше 16 маусым" (held-out set 19)
        ("зуль-хиджжи", "ru"),
        ("Dhul Hijah", "en"),
        ("Dhu al-Hijah", "en"),
        ("Dhoel-Hidjjah", "nl"),
        (
            "Zoul Hidja",
            "fr",
        ),  # Ivorian French: "le dimanche 16 juin 2024, correspondant au 10 Zoul Hidja 1445H"
        ("Dhul Hiyya", "es"),  # Argentine Spanish: "la luna nueva del mes Dhul Hiyya de 1443 H"
        ("Dhul Hidjdja", "fr"),  # Senegalese French: "le premier jour du mois lunaire Tabaski (Dhul Hidjdja)"
    ),
)

# A month said by description, not by name: news of Ramadan calls it "الشهر الكريم", "bulan
# suci", "Mübarek ay". Read as that month only where the sentence names no Hijri month
# ("Dhul Hijjah, a holy month …") and no name follows it ("bulan suci Muharram"). English
# "the holy month" is not here: Indian and Jewish news use it of Sawan, Kartik, Elul. Each
# with its month, its language, and the word of it that cues `extract` ("suci", not "bulan").
DESCRIPTIONS: tuple[tuple[str, int, str, str], ...] = (
    ("الشهر الكريم", 9, "ar", "الكريم"), ("الشهر الفضيل", 9, "ar", "الفضيل"), ("الشهر الأبرك", 9, "ar", "الأبرك"),
    ("bulan suci", 9, "id", "suci"),
    ("Mübarek ay", 9, "tr", "Mübarek"), ("Mübarek ayın", 9, "tr", "Mübarek"),
    ("müqəddəs ay", 9, "az", "müqəddəs"), ("müqəddəs ayın", 9, "az", "müqəddəs"),
    # Dhivehi: the fasting month ("ރޯދަ މަހުގެ ފުރަތަމަ ދުވަސް", the first day of the fasting month)
    ("ރޯދަ މަސް", 9, "dv", "ރޯދަ"), ("ރޯދަ މަހުގެ", 9, "dv", "ރޯދަ"), ("ރޯދަ މަހު", 9, "dv", "ރޯދަ"),
    ("ރޯދަމަހުގެ", 9, "dv", "ރޯދަމަހުގެ"), ("ރޯދަމަހު", 9, "dv", "ރޯދަމަހު"),
    # Bosnian: the last month of the Hijri calendar ("Deveti dan posljednjeg mjeseca hidžretskog
    # kalendara", the ninth day of the last month of the Hijri calendar)
    ("posljednjeg mjeseca hidžretskog kalendara", 12, "bs", "hidžretskog"),
    # Yoruba: the month of fasting ("oṣù ààwẹ̀", "oṣù pàtàkì ààwẹ̀", the important month of fasting)
    ("oṣù ààwẹ̀", 9, "yo", "ààwẹ̀"), ("oṣù pàtàkì ààwẹ̀", 9, "yo", "ààwẹ̀"),
    # Hausa: the month of a feast, after the word for month ("watan Ƙaramar Sallah", Shawwal;
    # "watan Babbar Sallah", Dhu al-Hijjah); alone the name is the feast's (see MONTHS_OF_FEASTS)
    ("Ƙaramar Sallah", 10, "ha", "Ƙaramar"), ("Karamar Sallah", 10, "ha", "Karamar"),
    ("Ƙaramar Salla", 10, "ha", "Ƙaramar"), ("Karamar Salla", 10, "ha", "Karamar"),
    ("Babbar Sallah", 12, "ha", "Babbar"), ("Babbar Salla", 12, "ha", "Babbar"),
    # Pashto: the fast's (oblique "روژې", as in the name "روژې میاشتې", the fast's month) for the
    # month: "د روژې لومړۍ ورځ" (the first day of the fast-month)
    ("روژې", 9, "ps", "روژې"),
)  # fmt: skip

# Descriptions that are a feast's name, which name its month only straight after the word for
# month: "30 ga watan Ƙaramar Sallah na Shawwal" (the 30th of the month of the small feast, of
# Shawwal), but "ranar Ƙaramar Sallah" is the feast's day.
MONTHS_OF_FEASTS: tuple[str, ...] = (
    "Ƙaramar Sallah", "Karamar Sallah", "Ƙaramar Salla", "Karamar Salla", "Babbar Sallah", "Babbar Salla",
)  # fmt: skip

# The new Hijri year by name, with its number straight after it: "Islamic New Year 1447 AH",
# "رأس السنة الهجرية 1447", "Tahun Baru Islam 1447 H" are 1 Muharram of that year (as the
# running corpus labels "new Hijri year NNNN"). With a day and month after it ("Tahun Baru
# Islam 1 Muharram 1445 H"), such a name is no date; without a year after it, it is 1 Muharram
# of a year unsaid where it pairs with a Gregorian date ("ஹிஜ்ரி புத்தாண்டு நாளை (07-07-2024)"),
# no date alone.
NEW_YEAR_NAMES: tuple[tuple[str, str], ...] = (
    ("Islamic New Year", "en"), ("Hijri New Year", "en"), ("new Hijri year", "en"), ("new Islamic year", "en"),
    ("رأس السنة الهجرية", "ar"), ("السنة الهجرية الجديدة", "ar"), ("العام الهجري الجديد", "ar"),
    ("Tahun Baru Islam", "id"), ("Tahun Baru Hijriah", "id"), ("Maal Hijrah", "ms"),
    ("Viti i Ri", "sq"), ("Vitit të Ri Hixhri", "sq"), ("sabuwar shekarar Musulunci", "ha"), ("Mwaka Mpya wa Kiislam", "sw"),
    ("first day of Hijri year", "en"), ("first day of the Hijri year", "en"),  # "19 July is the First Day of Hijri Year 1445"
    ("ஹிஜ்ரி புத்தாண்டு", "ta"), ("ஹிஜ்ரி புதிய ஆண்டு", "ta"),  # "ஹிஜ்ரி புத்தாண்டு நாளை (07-07-2024)"
    ("इस्लामिक नववर्ष", "hi"),  # "इस्लामिक नववर्ष 1447 AH की शुरुआत 30 जून 2025 को"
    # Urdu, direct and oblique: "7 جولائی 2024 نئے ہجری سال 1446 کا پہلا دن ہوگا" (the first day of the new Hijri year 1446)
    ("نیا ہجری سال", "ur"), ("نئے ہجری سال", "ur"), ("نیا اسلامی سال", "ur"), ("نئے اسلامی سال", "ur"),
    ("Tahun Baru Hijriyah", "id"),
    # the first day of the Hijri year: "الموافق 27 من نوفمبر سيكون فاتح العام الهجري 1433" (held-out set 27)
    ("فاتح العام الهجري", "ar"), ("فاتح السنة الهجرية", "ar"), ("غرة العام الهجري", "ar"), ("غرة السنة الهجرية", "ar"),
    # and "new" after them, as the names without the day have it (review 60: "فاتح العام الهجري الجديد 1447")
    ("فاتح العام الهجري الجديد", "ar"), ("فاتح السنة الهجرية الجديدة", "ar"), ("غرة العام الهجري الجديد", "ar"),
    ("غرة السنة الهجرية الجديدة", "ar"),
    # "El próximo 30 de julio dará inicio al Año Nuevo Islámico 1444" (La Voz, Argentina),
    # "7月19日(星期三)将是伊斯兰新年1445年的开始" (a study-abroad site; both of the fourth fresh set)
    ("Año Nuevo Islámico", "es"), ("Ano Novo Islâmico", "pt"), ("Capodanno islamico", "it"),
    ("Nouvel An islamique", "fr"), ("Nouvel An hégirien", "fr"), ("islamisches Neujahr", "de"),
    ("islamische Neujahr", "de"), ("伊斯兰新年", "zh"),
    ("islamischen Neujahres", "de"),  # "07.07.2024 Beginn des islamischen Neujahres 1446 n. H." (twelfth fresh set)
    ("Muslim New Year", "en"),  # "The current Muslim New Year 1444 started on July 30, 2022" (fresh set 17b)
)  # fmt: skip

# A feast by its name, with its Hijri year straight after it, is its day of that year: "Eid
# al-Adha 1445 AH on Sunday, 16 June 2024" (islamiccalendar.info), "Idul Fitri 1444 H
# ditetapkan … jatuh pada Sabtu 22 April 2023", "أول أيام عيد الفطر المبارك لعام 1443 هجرية"
# (the eleventh held-out set). (spelling, month, day, language): Eid al-Fitr 1 Shawwal, Eid
# al-Adha 10 Dhu al-Hijjah, the Day of Arafah 9 Dhu al-Hijjah, Ashura 10 Muharram. Without a
# year after it a feast's name is no date ("Eid al-Fitr 2024", "the Eid holidays"); nor
# where a day and a month follow ("Idul Fitri 1 Syawal 1445 H"). Not the Mawlid, which Sunni
# and Shia calendars keep on different days. Sources in docs/data/spellings-sources.tsv.
FEAST_NAMES: tuple[tuple[str, int, int, str], ...] = (
    ("Eid al-Fitr", 10, 1, "en"), ("Eid ul-Fitr", 10, 1, "en"), ("Eidul Fitr", 10, 1, "en"),
    ("Eid el-Fitr", 10, 1, "en"), ("Idul Fitri", 10, 1, "id"), ("Hari Raya Idul Fitri", 10, 1, "id"),
    ("Aidilfitri", 10, 1, "ms"), ("Hari Raya Aidilfitri", 10, 1, "ms"), ("Hari Raya Puasa", 10, 1, "ms"),
    ("Aïd el-Fitr", 10, 1, "fr"), ("Aïd al-Fitr", 10, 1, "fr"), ("عيد الفطر", 10, 1, "ar"),
    ("عید الفطر", 10, 1, "ur"), ("عیدالفطر", 10, 1, "ur"), ("عید فطر", 10, 1, "fa"), ("ঈদুল ফিতর", 10, 1, "bn"),
    ("Eid al-Adha", 12, 10, "en"), ("Eid ul-Adha", 12, 10, "en"), ("Eidul Adha", 12, 10, "en"),
    ("Eid ul-Azha", 12, 10, "en"), ("Eidul Azha", 12, 10, "en"), ("Eid el-Adha", 12, 10, "en"),
    ("Idul Adha", 12, 10, "id"), ("Hari Raya Idul Adha", 12, 10, "id"), ("Aidiladha", 12, 10, "ms"),
    ("Hari Raya Aidiladha", 12, 10, "ms"), ("Hari Raya Haji", 12, 10, "ms"), ("Hari Raya Korban", 12, 10, "ms"),
    ("Aïd el-Adha", 12, 10, "fr"), ("Aïd al-Adha", 12, 10, "fr"), ("Aïd el-Kébir", 12, 10, "fr"),
    ("عيد الأضحى", 12, 10, "ar"), ("عید الاضحی", 12, 10, "ur"), ("عیدالاضحی", 12, 10, "ur"),
    ("عید قربان", 12, 10, "fa"), ("ঈদুল আজহা", 12, 10, "bn"), ("ঈদুল আযহা", 12, 10, "bn"),
    ("Day of Arafah", 12, 9, "en"), ("Day of Arafa", 12, 9, "en"), ("يوم عرفة", 12, 9, "ar"),
    ("یوم العرفہ", 12, 9, "ur"),  # a novel's preface signed "یوم العرفہ، 1432ھ بمطابق 6نومبر2011"
    ("Ashura", 1, 10, "en"), ("عاشوراء", 1, 10, "ar"),
    # Tasua, the day before Ashura (Iran's, Iraq's and Pakistan's holiday lists)
    ("Tasua", 1, 9, "en"), ("Tasu'a", 1, 9, "en"), ("Tassua", 1, 9, "en"), ("Tasoua", 1, 9, "en"),
    ("Tassoua", 1, 9, "en"), ("تاسوعاء", 1, 9, "ar"), ("تاسوعا", 1, 9, "fa"),
    # French with its article elided ("l'Aïd el-Fitr 1445 sera célébré le mercredi 10 avril 2024")
    ("l'Aïd el-Fitr", 10, 1, "fr"), ("l'Aïd al-Fitr", 10, 1, "fr"), ("l'Aïd el-Adha", 12, 10, "fr"),
    ("l'Aïd al-Adha", 12, 10, "fr"), ("l'Aïd el-Kébir", 12, 10, "fr"),
    # Bosnian: "Ramazanski bajram 1446. hidžretske godine je u nedjelju, 30. marta 2025."
    ("Ramazanski bajram", 10, 1, "bs"), ("Kurban-bajram", 12, 10, "bs"), ("Kurban bajram", 12, 10, "bs"),
    # East Africa's spelling, the Kenya Gazette's and its press's ("Idd-ul-Fitr"; trial 24), and
    # Somali's ("Ciidul Fitri", "Ciidul Adxa")
    ("Idd-ul-Fitr", 10, 1, "en"), ("Idd ul Fitr", 10, 1, "en"), ("Idd-ul-Adha", 12, 10, "en"),
    ("Idd ul Adha", 12, 10, "en"), ("Ciidul Fitri", 10, 1, "so"), ("Ciidul Adxa", 12, 10, "so"),
    ("Idd el Haji", 12, 10, "sw"),  # BAKWATA's notices: "sikukuu ya Idd el Haji itafanyika …"
    # Bosnian in the genitive, as the Islamic Community writes "prvi dan Kurban-bajrama … pada u
    # ponedjeljak, 17. juna 2024." (the first day of Kurban bajram falls on Monday), and
    # Albanian's (Kosovo's press: "Fitër Bajrami", "Kurban Bajrami"; trial 25)
    ("Kurban-bajrama", 12, 10, "bs"), ("Kurban bajrama", 12, 10, "bs"), ("Ramazanskog bajrama", 10, 1, "bs"),
    ("Fitër Bajrami", 10, 1, "sq"), ("Kurban Bajrami", 12, 10, "sq"),
    # Uzbek's, Russian's and Kazakh's (review 59b: "Ramazon hayiti 30 mart 2025 yil nishonlanadi"
    # was read as Ramadan's beginning, a false alarm under Uzbekistan's calendar)
    ("Ramazon hayiti", 10, 1, "uz"), ("Qurbon hayiti", 12, 10, "uz"), ("Рамазон ҳайити", 10, 1, "uz"),
    ("Қурбон ҳайити", 12, 10, "uz"), ("Ураза-байрам", 10, 1, "ru"), ("Курбан-байрам", 12, 10, "ru"),
    ("Ораза айт", 10, 1, "kk"), ("Құрбан айт", 12, 10, "kk"),
    # Turkish (Diyanet's list of religious days: "Ramazan Bayramı 1. Gün- 21 Nisan Cuma"; trial
    # 28: "Ramazan Bayramı … (Hicri 1447 - 1 Şevval)" was read as the month of Ramadan), and
    # Albanian's genitive ("festën e Kurban – Bajramit", "ditën e parë të Fitër Bajramit")
    ("Ramazan Bayramı", 10, 1, "tr"), ("Kurban Bayramı", 12, 10, "tr"),
    ("Fitër Bajramit", 10, 1, "sq"), ("Fitër-Bajramit", 10, 1, "sq"), ("Kurban Bajramit", 12, 10, "sq"),
    ("Kurban-Bajramit", 12, 10, "sq"), ("Fitër Bajramin", 10, 1, "sq"),
    # Azerbaijani's ("Qurban bayramı bu il iyulun 31-i və avqustun 1-nə təsadüf edəcək", sia.az;
    # held-out set 32): the Turkish spelling of Ramazan bayramı is Azerbaijani's too
    ("Qurban bayramı", 12, 10, "az"),
)  # fmt: skip

# A word for "new" before a Hijri year with its era names the new year, 1 Muharram of it, in
# languages that say it so: "nova 1446. hidžretska godina", "Нову 1440. годину према
# хиџретском календару" (see NEW_YEAR_NAMES).
NEW_BEFORE_YEAR: tuple[tuple[str, str], ...] = (
    ("nova", "bs"), ("novu", "bs"), ("нову", "sr"), ("нова", "sr"),
)  # fmt: skip

# Words for "new year" after a Hijri year with its era name the new year the same way:
# "1445 Hicri yılbaşı" (the Hijri new year 1445), 1 Muharram 1445. A year of our era there
# ("2026 Hicri yılbaşı", the Hijri new year that falls in 2026) is the Gregorian year it falls
# in: 1 Muharram, its Hijri year unsaid.
NEW_AFTER_YEAR: tuple[tuple[str, str], ...] = (
    ("yılbaşı", "tr"), ("yılbaşısı", "tr"), ("yılbaşıdır", "tr"),
    ("yılının yılbaşı", "tr"), ("yılının yılbaşıdır", "tr"),  # "1446 yılının yılbaşıdır" (is the new year of 1446)
    # "1434. hidžretsku Novu godinu" (the 1434th Hijri New Year, accusative), "Nova godina"
    ("nova godina", "bs"), ("novu godinu", "bs"), ("nove godine", "bs"), ("novoj godini", "bs"),
)  # fmt: skip

# Words that may follow a month name as an honorific ("Sha'ban-ul-Moazzam", "رمضان المبارك").
HONORIFICS: tuple[str, ...] = (
    "ul-Haram", "al-Haram", "ul-Muazzam", "ul-Moazzam", "al-Mu'azzam", "ul-Mubarak", "al-Mubarak",
    "ul-Muzaffar", "al-Muzaffar", "ul-Murajjab", "al-Murajjab", "ul-Mukarram", "al-Mukarram",
    "al-Khair", "ul-Khair", "Sharif", "Şerif", "-ı Şerif",
    "الحرام", "المعظم", "المبارك", "المبارک", "المظفر", "المرجب", "المكرم", "الخير", "شريف",
    "मुबारक", "उल मुबारक", "उल मुर्करम", "मोअज्जम", "मुअज्जम",
    "یا لوی اختر",  # Pashto: "د ذالحجې یا لوی اختر" (of Dhu al-Hijjah, or the Great Eid's month)
)  # fmt: skip
