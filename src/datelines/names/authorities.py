"""What tells which authority's calendar a dateline follows: the places, agencies and
languages of each authority's country. Tables only; :mod:`datelines._check.authorities`
reads them.
"""

from __future__ import annotations

# Places (as a dateline names them) and the authority of their country.
PLACES: tuple[tuple[str, str], ...] = (
    ("Jakarta", "ID"), ("جاكرتا", "ID"), ("Surabaya", "ID"), ("Bandung", "ID"), ("Medan", "ID"), ("Semarang", "ID"),
    ("Makassar", "ID"), ("Yogyakarta", "ID"), ("Banda Aceh", "ID"), ("Padang", "ID"), ("Palembang", "ID"),
    ("Denpasar", "ID"), ("Pekanbaru", "ID"), ("Malang", "ID"), ("Solo", "ID"), ("Bogor", "ID"),
    ("Kuala Lumpur", "MY"), ("كوالالمبور", "MY"), ("كوالا لومڤور", "MY"), ("Putrajaya", "MY"), ("Johor Bahru", "MY"), ("Penang", "MY"), ("Kota Kinabalu", "MY"),
    ("Kuching", "MY"), ("Shah Alam", "MY"), ("Ipoh", "MY"), ("Kota Bharu", "MY"),
    ("Bandar Seri Begawan", "BN"), ("Berakas", "BN"), ("Brunei", "BN"),
    ("Singapore", "SG"), ("Singapura", "SG"),
    ("Riyadh", "SA"), ("Jeddah", "SA"), ("Mecca", "SA"), ("Makkah", "SA"), ("Medina", "SA"), ("Madinah", "SA"),
    ("Dammam", "SA"), ("الرياض", "SA"), ("جدة", "SA"), ("مكة المكرمة", "SA"), ("المدينة المنورة", "SA"),
    ("الطائف", "SA"), ("الدمام", "SA"),
    ("Istanbul", "TR"), ("Ankara", "TR"), ("İstanbul", "TR"), ("Izmir", "TR"), ("İzmir", "TR"), ("Bursa", "TR"),
    ("Konya", "TR"),
    # Afghanistan: the Supreme Court's months (stop 47), in the Dari and Pashto spellings too
    ("Kabul", "AF"), ("کابل", "AF"), ("Kandahar", "AF"), ("کندهار", "AF"), ("قندهار", "AF"), ("Herat", "AF"),
    ("هرات", "AF"), ("Mazar-i-Sharif", "AF"), ("مزار شریف", "AF"), ("Jalalabad", "AF"), ("جلال‌آباد", "AF"),
    ("جلال آباد", "AF"), ("Kunduz", "AF"), ("کندز", "AF"), ("Ghazni", "AF"), ("غزنی", "AF"),
    ("Afghanistan", "AF"), ("افغانستان", "AF"),
    ("Tehran", "IR"), ("Mashhad", "IR"), ("Qom", "IR"), ("Isfahan", "IR"), ("تهران", "IR"), ("مشهد", "IR"),
    ("قم", "IR"), ("بندر عباس", "IR"), ("اصفهان", "IR"), ("شیراز", "IR"), ("تبریز", "IR"),
    ("Rabat", "MA"), ("Casablanca", "MA"), ("Marrakech", "MA"), ("Fès", "MA"), ("Fez", "MA"), ("Tanger", "MA"),
    ("الرباط", "MA"), ("الدار البيضاء", "MA"),
    ("Cairo", "EG"), ("Alexandria", "EG"), ("القاهرة", "EG"), ("الإسكندرية", "EG"),
    ("Karachi", "PK"), ("Lahore", "PK"), ("Islamabad", "PK"), ("Peshawar", "PK"), ("Quetta", "PK"),
    ("کراچی", "PK"), ("لاہور", "PK"), ("اسلام آباد", "PK"), ("پشاور", "PK"), ("کوئٹہ", "PK"), ("ملتان", "PK"),
    ("راولپنڈی", "PK"), ("فیصل آباد", "PK"), ("مظفر آباد", "PK"), ("ڈیرہ اسماعیل خان", "PK"),
    ("نئی دہلی", "IN"), ("دہلی", "IN"), ("ممبئی", "IN"), ("لکھنؤ", "IN"), ("سری نگر", "IN"),
    ("New Delhi", "IN"), ("Delhi", "IN"), ("Mumbai", "IN"), ("Hyderabad", "IN"), ("Lucknow", "IN"),
    ("Patna", "IN"), ("Ranchi", "IN"), ("Kolkata", "IN"), ("Srinagar", "IN"),
    ("Chennai", "IN"), ("Tamil Nadu", "IN"), ("Nagore", "IN"), ("சென்னை", "IN"), ("தமிழ்நாடு", "IN"),
    ("தமிழகம்", "IN"), ("நாகூர்", "IN"),
    # West Bengal, whose Bengali press prints its own (traditional) Bengali date: "কলকাতা, ১২ এপ্রিল"
    ("Calcutta", "IN"), ("কলকাতা", "IN"), ("West Bengal", "IN"), ("পশ্চিমবঙ্গ", "IN"), ("শিলিগুড়ি", "IN"),
    ("Siliguri", "IN"), ("Howrah", "IN"), ("হাওড়া", "IN"), ("আগরতলা", "IN"), ("Agartala", "IN"),
    ("Dhaka", "BD"), ("Chattogram", "BD"), ("Chittagong", "BD"), ("Sylhet", "BD"), ("Rajshahi", "BD"),
    ("Khulna", "BD"), ("ঢাকা", "BD"), ("চট্টগ্রাম", "BD"), ("সিলেট", "BD"), ("রাজশাহী", "BD"), ("খুলনা", "BD"),
    ("Bangkok", "TH"), ("Pattani", "TH"), ("Yala", "TH"), ("Narathiwat", "TH"), ("Songkhla", "TH"),
    ("กรุงเทพฯ", "TH"), ("กรุงเทพมหานคร", "TH"), ("ปัตตานี", "TH"), ("ยะลา", "TH"), ("นราธิวาส", "TH"), ("สงขลา", "TH"),
    ("Washington", "US"), ("New York", "US"), ("Chicago", "US"), ("Toronto", "US"), ("Los Angeles", "US"),
    # North America's largest Muslim communities, since the default check tries FCNA's calendar
    # only for a line that points to it (stop 46)
    ("Houston", "US"), ("Dallas", "US"), ("Detroit", "US"), ("Dearborn", "US"), ("Philadelphia", "US"),
    ("Boston", "US"), ("Atlanta", "US"), ("Minneapolis", "US"), ("San Francisco", "US"), ("Plainfield", "US"),
    ("Mississauga", "US"), ("Montreal", "US"), ("Ottawa", "US"), ("Calgary", "US"), ("Edmonton", "US"),
    ("Vancouver", "US"),
    # the council itself and its countries, as lines name them ("FCNA: Thursday, January 30, 2025 /
    # 1 Shaban 1446"; a review). Not "ISNA": Iran's students' news agency as often as the society.
    ("FCNA", "US"), ("Fiqh Council of North America", "US"), ("USA", "US"), ("United States", "US"),
    ("U.S.", "US"), ("Canada", "US"), ("North America", "US"),
    ("Cape Town", "ZA"), ("Johannesburg", "ZA"), ("Durban", "ZA"), ("Pretoria", "ZA"), ("Polokwane", "ZA"),
    # Central Asia and Russia (stop 59), as Latin and Cyrillic datelines name them; not the North
    # Caucasus, whose muftiates follow sighting
    ("Almaty", "KZ"), ("Astana", "KZ"), ("Shymkent", "KZ"), ("Алматы", "KZ"), ("Астана", "KZ"),
    ("Шымкент", "KZ"), ("Kazakhstan", "KZ"), ("Казахстан", "KZ"), ("Қазақстан", "KZ"),
    ("Tashkent", "UZ"), ("Toshkent", "UZ"), ("Samarkand", "UZ"), ("Samarqand", "UZ"), ("Bukhara", "UZ"),
    ("Buxoro", "UZ"), ("Ташкент", "UZ"), ("Тошкент", "UZ"), ("Самарканд", "UZ"), ("Uzbekistan", "UZ"),
    ("O‘zbekiston", "UZ"), ("Oʻzbekiston", "UZ"), ("Узбекистан", "UZ"), ("Ўзбекистон", "UZ"),
    ("Kazan", "RU"), ("Казань", "RU"), ("Qazan", "RU"), ("Казан", "RU"), ("Moscow", "RU"), ("Москва", "RU"),
    ("Ufa", "RU"), ("Уфа", "RU"), ("Saint Petersburg", "RU"), ("Санкт-Петербург", "RU"), ("Tatarstan", "RU"),
    ("Татарстан", "RU"), ("Бухара", "UZ"), ("Namangan", "UZ"), ("Andijan", "UZ"), ("Andijon", "UZ"),
    # Bosnia and Herzegovina: the Islamic Community's Takvim "usaglašen s proračunom … Diyanet"
    # (aligned with Diyanet's calculation, its Fetvai-emin; radiosrebrenik.ba, 18 February 2026:
    # Ramadan 1447 from 19 February, as Türkiye; trial 25)
    ("Sarajevo", "TR"), ("Сарајево", "TR"), ("Zenica", "TR"), ("Tuzla", "TR"), ("Mostar", "TR"),
    ("Bihać", "TR"), ("Travnik", "TR"), ("Srebrenik", "TR"), ("Bosna i Hercegovina", "TR"),
    # the Gulf and Nigeria (stop 60)
    ("Dubai", "AE"), ("دبي", "AE"), ("Abu Dhabi", "AE"), ("أبو ظبي", "AE"), ("أبوظبي", "AE"),
    ("الشارقة", "AE"), ("Sharjah", "AE"), ("رأس الخيمة", "AE"), ("Ras Al Khaimah", "AE"), ("Ajman", "AE"),
    ("عجمان", "AE"), ("Al Ain", "AE"), ("العين", "AE"), ("UAE", "AE"), ("الإمارات", "AE"),
    ("Doha", "QA"), ("الدوحة", "QA"), ("Qatar", "QA"), ("قطر", "QA"),
    ("Kuwait City", "KW"), ("Kuwait", "KW"), ("الكويت", "KW"),
    ("Lagos", "NG"), ("Abuja", "NG"), ("Kano", "NG"), ("Sokoto", "NG"), ("Kaduna", "NG"), ("Ilorin", "NG"),
    ("Maiduguri", "NG"), ("Katsina", "NG"), ("Zaria", "NG"), ("Bauchi", "NG"), ("Nigeria", "NG"), ("Najeriya", "NG"),
    ("Colombo", "LK"), ("Kandy", "LK"), ("Galle", "LK"), ("Jaffna", "LK"), ("கொழும்பு", "LK"), ("කොළඹ", "LK"),
)  # fmt: skip

# News agencies, as they sign datelines, and the authority of their country.
AGENCIES: tuple[tuple[str, str], ...] = (
    ("MINA", "ID"), ("Antara", "ID"), ("ANTARA", "ID"),
    ("Bernama", "MY"), ("BERNAMA", "MY"),
    ("SPA", "SA"), ("واس", "SA"),
    ("AA", "TR"), ("Anadolu", "TR"), ("DHA", "TR"), ("İHA", "TR"),
    ("IRNA", "IR"), ("ISNA", "IR"), ("Tasnim", "IR"), ("Mehr", "IR"), ("ایرنا", "IR"), ("ایسنا", "IR"),
    ("تسنیم", "IR"), ("ایلنا", "IR"),
    ("MAP", "MA"), ("و.م.ع", "MA"),
    ("MENA", "EG"), ("أ ش أ", "EG"),
    ("APP", "PK"), ("PPI", "PK"),
    ("PTI", "IN"), ("IANS", "IN"),
    ("BSS", "BD"), ("UNB", "BD"), ("বাসস", "BD"),
    ("Bakhtar", "AF"), ("باختر", "AF"), ("Pajhwok", "AF"), ("پژواک", "AF"),
    ("WAM", "AE"), ("وام", "AE"), ("QNA", "QA"), ("قنا", "QA"), ("KUNA", "KW"), ("كونا", "KW"), ("NAN", "NG"),
)  # fmt: skip

# News agencies as they sign datelines, beside those above whose country has an authority
# of its own: a weekday after one is the story's, not the dateline's. The national agencies
# of the Arab states and the world's wire services, by the names they sign their wires with
# (listed 2026-12-04 from the editors' own knowledge; not exhaustive: add a line). Names of
# several words ("أ ش أ") and names that are also table words ("AP", a Solar Hijri era) are
# not looked for; names in Latin letters count in capitals only ("ANTARA", not "antara").
NEWS_AGENCIES: tuple[str, ...] = (
    "BNA", "ONA", "العمانية", "SANA", "سانا",
    "Petra", "بترا", "INA", "واع", "Saba", "سبأ", "WAFA", "TAP", "APS", "واج", "SUNA", "سونا",
    "Fars", "Reuters", "AFP", "Xinhua", "Yonhap", "Kyodo", "Azertac", "Kazinform",
)  # fmt: skip

# Places datelines name in the Arabic script whose country has no authority here, or which
# name two ("حیدر آباد": Hyderabad in Sindh, and in India, whose Urdu press is large): read as
# places, pointing to no authority. A name of several words set off by a space alone is read
# as a place only if a table knows it (datelines._read.parse): clauses look the same.
OTHER_PLACES: tuple[str, ...] = (
    "المنامة", "مسقط", "بيروت", "دمشق", "عمان", "بغداد",
    "صنعاء", "الخرطوم", "طرابلس", "تونس", "الجزائر", "نواكشوط", "القدس", "غزة", "رام الله",
    "حیدر آباد", "حيدر آباد",
)  # fmt: skip

# Places (as a dateline names them) in countries for which no authority's calendar is known
# here, with the country's ISO 3166-1 code: where such a line is checked against every
# authority's calendar, a note says that none is its own (a trial: a Kazan desk had to find
# that out by itself). Source for which country each place is in: GeoNames
# (https://www.geonames.org, retrieved 2026-12-06, CC BY 4.0). Names a place of two countries
# share ("عمان", Amman or Oman; "طرابلس", Tripoli of Libya or Lebanon) are left out, and
# "Душанбе", which is also Tajik's Monday and read as the weekday there.
PLACES_ELSEWHERE: tuple[tuple[str, str], ...] = (
    # the North Caucasus, whose muftiates follow sighting and may keep a feast a day after the
    # Volga and Moscow muftiates (RU: stop 59)
    ("Grozny", "RU-NC"), ("Грозный", "RU-NC"), ("Makhachkala", "RU-NC"), ("Махачкала", "RU-NC"),
    ("Nalchik", "RU-NC"), ("Нальчик", "RU-NC"), ("Magas", "RU-NC"), ("Магас", "RU-NC"), ("Nazran", "RU-NC"),
    ("Назрань", "RU-NC"), ("Cherkessk", "RU-NC"), ("Черкесск", "RU-NC"), ("Derbent", "RU-NC"),
    ("Дербент", "RU-NC"),
    ("Bishkek", "KG"), ("Бишкек", "KG"), ("Osh", "KG"), ("Ош", "KG"),
    ("Dushanbe", "TJ"), ("Ashgabat", "TM"), ("Aşgabat", "TM"), ("Ашхабад", "TM"),
    ("Baku", "AZ"), ("Bakı", "AZ"), ("Баку", "AZ"),
    ("Tirana", "AL"), ("Tiranë", "AL"), ("Prishtina", "XK"), ("Prishtinë", "XK"), ("Pristina", "XK"),
    ("Priština", "XK"), ("Prizren", "XK"), ("Skopje", "MK"), ("Shkup", "MK"), ("Скопје", "MK"),
    ("Sofia", "BG"), ("София", "BG"),
    ("London", "GB"), ("Birmingham", "GB"), ("Manchester", "GB"), ("Bradford", "GB"), ("Leicester", "GB"),
    ("Glasgow", "GB"), ("Paris", "FR"), ("Marseille", "FR"), ("Berlin", "DE"), ("Cologne", "DE"),
    ("Köln", "DE"), ("Brussels", "BE"), ("Bruxelles", "BE"), ("Amsterdam", "NL"), ("Rotterdam", "NL"),
    ("Den Haag", "NL"), ("Vienna", "AT"), ("Wien", "AT"), ("Stockholm", "SE"), ("Oslo", "NO"),
    ("Copenhagen", "DK"), ("Sydney", "AU"), ("Melbourne", "AU"),
    ("Nairobi", "KE"), ("Mombasa", "KE"), ("Dar es Salaam", "TZ"), ("Zanzibar", "TZ"), ("Accra", "GH"),
    ("Dakar", "SN"), ("Touba", "SN"), ("Bamako", "ML"), ("Niamey", "NE"), ("Ouagadougou", "BF"),
    ("Conakry", "GN"), ("Mogadishu", "SO"), ("Muqdisho", "SO"), ("Hargeisa", "SO"), ("Djibouti", "DJ"),
    ("Addis Ababa", "ET"), ("Kampala", "UG"), ("N'Djamena", "TD"), ("Khartoum", "SD"), ("الخرطوم", "SD"),
    ("Nouakchott", "MR"), ("نواكشوط", "MR"), ("Algiers", "DZ"), ("Alger", "DZ"), ("Tunis", "TN"),
    ("Manama", "BH"), ("المنامة", "BH"), ("Muscat", "OM"), ("مسقط", "OM"),
    ("Sanaa", "YE"), ("صنعاء", "YE"), ("Aden", "YE"), ("Amman", "JO"), ("Beirut", "LB"), ("بيروت", "LB"),
    ("Damascus", "SY"), ("دمشق", "SY"), ("Baghdad", "IQ"), ("بغداد", "IQ"), ("Najaf", "IQ"), ("Karbala", "IQ"),
    ("Erbil", "IQ"), ("Jerusalem", "PS"), ("القدس", "PS"), ("Gaza", "PS"), ("غزة", "PS"), ("Ramallah", "PS"),
    ("رام الله", "PS"), ("Malé", "MV"), ("Male", "MV"), ("Manila", "PH"), ("Cotabato", "PH"), ("Marawi", "PH"),
    ("Beijing", "CN"), ("Urumqi", "CN"), ("Yangon", "MM"),
)  # fmt: skip

# The English names of the countries above, as the checker's notes name them.
COUNTRY_NAMES: tuple[tuple[str, str], ...] = (
    ("RU-NC", "Russia's North Caucasus"), ("KG", "Kyrgyzstan"), ("TJ", "Tajikistan"),
    ("TM", "Turkmenistan"), ("AZ", "Azerbaijan"), ("BA", "Bosnia and Herzegovina"), ("AL", "Albania"),
    ("XK", "Kosovo"), ("MK", "North Macedonia"), ("BG", "Bulgaria"), ("GB", "the United Kingdom"),
    ("FR", "France"), ("DE", "Germany"), ("BE", "Belgium"), ("NL", "the Netherlands"), ("AT", "Austria"),
    ("SE", "Sweden"), ("NO", "Norway"), ("DK", "Denmark"), ("AU", "Australia"),
    ("KE", "Kenya"), ("TZ", "Tanzania"), ("GH", "Ghana"), ("SN", "Senegal"), ("ML", "Mali"),
    ("NE", "Niger"), ("BF", "Burkina Faso"), ("GN", "Guinea"), ("SO", "Somalia"), ("DJ", "Djibouti"),
    ("ET", "Ethiopia"), ("UG", "Uganda"), ("TD", "Chad"), ("SD", "Sudan"), ("MR", "Mauritania"),
    ("DZ", "Algeria"), ("TN", "Tunisia"), ("BH", "Bahrain"), ("OM", "Oman"), ("YE", "Yemen"), ("JO", "Jordan"), ("LB", "Lebanon"), ("SY", "Syria"),
    ("IQ", "Iraq"), ("PS", "Palestine"), ("MV", "the Maldives"), ("PH", "the Philippines"), ("CN", "China"),
    ("MM", "Myanmar"),
)  # fmt: skip

# Bylines and agencies in brackets after a dateline's place ("لاہور (نامہ نگار)", Lahore
# (correspondent); "(مهر)", Mehr, which is a month's name outside brackets), beside the
# agencies above: what may follow a place set off by a space alone (datelines._read.parse).
BYLINES: tuple[str, ...] = (
    "نامہ نگار", "اسٹاف رپورٹر", "آن لائن", "خبر نگار", "خبرنگار", "مراسل", "مراسلنا",
    "نمائندہ",  # and the paper's name after it: "(نمائندہ جنگ)", the Jang's correspondent
    "مانیٹرنگ ڈیسک", "ویب ڈیسک", "سٹاف رپورٹر", "ایجنسیاں", "این این آئی", "بنا", "رويترز", "مهر", "فارس",
    "وكالات",  # "agencies": an Arabic paper's byline for wire copy ("الرياض (وكالات)")
    "Correspondent", "Staff Reporter",
)  # fmt: skip

# Languages, and the authorities of the countries whose press writes in them, most likely
# first. Arabic, English and French are written everywhere: they tell nothing.
LANGUAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("ID", "ID-muhammadiyah", "ID-nu")),
    ("ms", ("MY", "BN", "SG")),
    ("tr", ("TR",)),
    ("fa", ("IR",)),
    ("fa-AF", ("AF",)),  # Dari: the zodiac names of the Solar Hijri months (حمل, جدی …)
    ("ps", ("AF",)),
    ("ur", ("PK", "IN")),
    ("bn", ("BD", "IN")),
    ("th", ("TH",)),
    ("si", ("LK",)),
    ("ta", ("IN", "LK")),  # Tamil Nadu's press, and Sri Lanka's (a review: most Tamil lines were India's)
    ("bs", ("TR",)),  # the Islamic Community in Bosnia and Herzegovina follows Diyanet's calculation
    ("kk", ("KZ",)),
    ("uz", ("UZ",)),
    ("tt", ("RU",)),
    ("ba", ("RU",)),
    ("ha", ("NG",)),  # Hausa's press is Nigeria's and Niger's; Nigeria's by far the larger
    ("ar-MA", ("MA",)),  # Morocco's names of July, August, September, November and December (يوليوز, غشت …)
)

# Authorities a language's lines are asked of right after Umm al-Qura, before the others: an
# Arabic line is Saudi Arabia's as often as anyone's, but a day after it is more likely Egypt's
# or Morocco's than Malaysia's (a trial: a Moroccan communiqué's Ramadan was named Malaysia's).
AFTER_UMALQURA: tuple[tuple[str, tuple[str, ...]], ...] = (("ar", ("EG", "MA")),)
