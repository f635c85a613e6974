"""The months of Bangladesh's Bengali calendar (Bangabda) as they are written, by month,
with the language of each, and its era words.

Sources: the Bangla Academy's month names as Bangladesh's Bengali press prints them at the
head of a page (Daily Inqilab, Ittefaq, Kaler Kantho, Janakantha, banglanews24, Jai Jai
Din, dhakatimes24 …) and in columns ("২০ মার্চ ২০২০ খ্রি. ৬ চৈত্র ১৪২৬ বাংলা"); the
romanised names as Bangladesh's English-language press and government print them
(bdnews24's "Falgun 8, Chaitra 12 and Poush 1"; the Constitution's "Kartick, 1379 B.S.");
the variants of date pages and panjikas (শ্রবন, অগ্রাহায়ণ, Jaistho, Aashar, Aashin, Agrahan,
Maagh: pujadatetime.in, uptimesbd.com) and al-ihsan.net's "১৪৩২ ফসলী সন". Collected
2026-12-05 (59 lines from 50 sites, kept outside the repository). Folded like the other
names before matching.

The Sanskrit forms of the same names (Vaishakha, Kartika, Pausha, Magha, Phalguna) are left
out: India's national (Saka) calendar and Nepal's Bikram Sambat write them, and neither is
this calendar. A name that is also a given name (Ashwin, Kartik) is a month only beside a
day or a year, as every month name is; and a romanised name is a Bengali date only with its
year ("Poush 1, 1431 BS"), since "Ashwin 3" is a cricket score and "Chaitra 15" may be
Nepal's, and Malay and Indonesian write the afternoon prayer (Asr) "Asar" and "Ashar", before
its clock time ("Waktu Asar 4.30 petang"); "Asar" is left out, "Ashar" is The Bangladesh
Today's ("DhAKA: July 11, 2019; Ashar 27, 1426 BS").
"""

MONTHS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("বৈশাখ", "bn"), ("Boishakh", "en"), ("Baishakh", "en"), ("Boisakh", "en"), ("Baisakh", "en")),
    (
        ("জ্যৈষ্ঠ", "bn"), ("জৈষ্ঠ", "bn"), ("জ্যেষ্ঠ", "bn"), ("Jyoishtho", "en"), ("Joishtho", "en"), ("Jaishtha", "en"),
        ("Jaishthha", "en"), ("Jyoishtha", "en"), ("Jaistha", "en"), ("Jaistho", "en"),
    ),
    (("আষাঢ়", "bn"), ("Asharh", "en"), ("Ashadh", "en"), ("Asadh", "en"), ("Aashar", "en"), ("Ashar", "en")),
    (("শ্রাবণ", "bn"), ("শ্রাবন", "bn"), ("Shrabon", "en"), ("Srabon", "en"), ("Shraban", "en"), ("Sraban", "en"), ("শ্রবন", "bn")),
    (("ভাদ্র", "bn"), ("Bhadro", "en"), ("Bhadra", "en")),
    (("আশ্বিন", "bn"), ("Ashwin", "en"), ("Ashshin", "en"), ("Aswin", "en"), ("Ashin", "en"), ("Aashin", "en")),
    (("কার্তিক", "bn"), ("কার্ত্তিক", "bn"), ("Kartik", "en"), ("Kartick", "en")),
    (
        ("অগ্রহায়ণ", "bn"), ("অগ্রহায়ন", "bn"), ("অঘ্রাণ", "bn"), ("Agrahayan", "en"), ("Agrahayon", "en"),
        ("Ogrohayon", "en"), ("Aghrayan", "en"), ("অগ্রাহায়ণ", "bn"), ("অগ্রহায়ান", "bn"), ("Agrahan", "en"),
    ),
    (("পৌষ", "bn"), ("Poush", "en"), ("Paush", "en"), ("Pous", "en")),
    (("মাঘ", "bn"), ("Magh", "en"), ("Maagh", "en")),
    (("ফাল্গুন", "bn"), ("ফাগুন", "bn"), ("Falgun", "en"), ("Phalgun", "en"), ("Falgoon", "en")),
    (("চৈত্র", "bn"), ("Chaitra", "en"), ("Choitro", "en"), ("Chaitro", "en"), ("Choitra", "en")),
)  # fmt: skip

# "বাংলা" (Bengali) and "সন" (year) are era words only right after a year, where the
# reader looks for eras.
ERAS: tuple[tuple[str, str], ...] = (
    ("বঙ্গাব্দ", "bn"), ("বঙ্গাব্দে", "bn"), ("বাংলা", "bn"), ("বাং", "bn"), ("বাংলা সন", "bn"),
    ("বঙ্গাব্দের", "bn"), ("BS", "en"), ("B.S.", "en"), ("B.S", "en"), ("Bangabda", "en"), ("ফসলী সন", "bn"),
    ("ফসলি সন", "bn"),
)  # fmt: skip
