#!/usr/bin/env python3
"""Generate crates/vigil-model/src/countries_table.rs from ISO 3166 (pycountry) plus the names
and demonyms sanctions lists use. Run: python3 -m pip install pycountry && python3 scripts/gen-countries.py"""
import re, unicodedata, pycountry

def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

names = {}
for c in pycountry.countries:
    code = c.alpha_2.lower()
    for attr in ("name", "official_name", "common_name"):
        v = getattr(c, attr, None)
        if v:
            names.setdefault(key(v), code)
    names.setdefault(c.alpha_3.lower(), code)
extra = {
    "iran": "ir", "iranian": "ir", "islamic republic of iran": "ir", "iran islamic republic of": "ir",
    "russia": "ru", "russian": "ru", "russian federation": "ru", "syria": "sy", "syrian": "sy",
    "north korea": "kp", "korea north": "kp", "democratic people s republic of korea": "kp", "dprk": "kp",
    "south korea": "kr", "korea south": "kr", "republic of korea": "kr", "korea": "kr",
    "iraqi": "iq", "afghan": "af", "lebanese": "lb", "yemeni": "ye", "saudi": "sa", "saudi arabian": "sa",
    "egyptian": "eg", "libyan": "ly", "sudanese": "sd", "somali": "so", "pakistani": "pk", "indian": "in",
    "chinese": "cn", "american": "us", "united states of america": "us", "usa": "us", "u s": "us", "us": "us",
    "british": "gb", "uk": "gb", "united kingdom": "gb", "great britain": "gb", "french": "fr", "german": "de",
    "belgian": "be", "dutch": "nl", "austrian": "at", "turkish": "tr", "turkey": "tr", "turkiye": "tr",
    "venezuela": "ve", "venezuelan": "ve", "bolivia": "bo", "cuban": "cu", "mexican": "mx", "colombian": "co",
    "belarusian": "by", "ukrainian": "ua", "moldova": "md", "palestinian": "ps", "palestine": "ps",
    "palestinian territories": "ps", "west bank": "ps", "gaza": "ps", "jordanian": "jo", "kuwaiti": "kw",
    "qatari": "qa", "emirati": "ae", "uae": "ae", "bahraini": "bh", "omani": "om", "tunisian": "tn",
    "algerian": "dz", "moroccan": "ma", "nigerian": "ng", "malian": "ml", "kenyan": "ke", "ethiopian": "et",
    "eritrean": "er", "burma": "mm", "myanmar": "mm", "burmese": "mm", "vietnam": "vn", "laos": "la",
    "tanzania": "tz", "congo": "cg", "democratic republic of the congo": "cd", "dr congo": "cd", "drc": "cd",
    "congo democratic republic of the": "cd", "central african republic": "cf", "ivory coast": "ci",
    "cote d ivoire": "ci", "micronesia": "fm", "vatican": "va", "holy see": "va", "kosovo": "xk",
    "macedonia": "mk", "north macedonia": "mk", "czech republic": "cz", "swaziland": "sz", "cape verde": "cv",
    "brunei": "bn", "taiwan": "tw", "hong kong": "hk", "macau": "mo", "azerbaijani": "az", "georgian": "ge",
    "armenian": "am", "kazakh": "kz", "uzbek": "uz", "tajik": "tj", "kyrgyz": "kg", "turkmen": "tm",
    "israeli": "il", "philippine": "ph", "filipino": "ph", "indonesian": "id", "malaysian": "my",
    "bangladeshi": "bd", "sri lankan": "lk", "nepali": "np", "serbian": "rs", "bosnian": "ba",
    "croatian": "hr", "albanian": "al", "zimbabwean": "zw", "south sudan": "ss", "sudan": "sd",
    "east timor": "tl", "timorese": "tl",
    # Demonyms lists write as nationalities.
    "nicaraguan": "ni", "haitian": "ht", "guatemalan": "gt", "congolese": "cd", "rwandan": "rw",
    "belarussian": "by", "belorussian": "by", "south sudanese": "ss", "north korean": "kp",
    "south korean": "kr", "canadian": "ca", "moldovan": "md", "mauritanian": "mr", "ugandan": "ug",
    "finnish": "fi", "romanian": "ro", "australian": "au", "new zealander": "nz", "swiss": "ch",
    "swedish": "se", "norwegian": "no", "danish": "dk", "irish": "ie", "spanish": "es",
    "portuguese": "pt", "italian": "it", "greek": "gr", "cypriot": "cy", "maltese": "mt",
    "polish": "pl", "czech": "cz", "slovak": "sk", "hungarian": "hu", "bulgarian": "bg",
    "slovenian": "si", "slovene": "si", "montenegrin": "me", "macedonian": "mk", "latvian": "lv",
    "lithuanian": "lt", "estonian": "ee", "icelandic": "is", "luxembourgish": "lu",
    "japanese": "jp", "korean": "kr", "mongolian": "mn", "thai": "th", "cambodian": "kh",
    "laotian": "la", "vietnamese": "vn", "singaporean": "sg", "bruneian": "bn", "taiwanese": "tw",
    "afghani": "af", "maldivian": "mv", "bhutanese": "bt", "nepalese": "np", "kazakhstani": "kz",
    "uzbekistani": "uz", "tajikistani": "tj", "kyrgyzstani": "kg", "turkmenistani": "tm",
    "brazilian": "br", "argentine": "ar", "argentinian": "ar", "chilean": "cl", "peruvian": "pe",
    "ecuadorian": "ec", "bolivian": "bo", "paraguayan": "py", "uruguayan": "uy",
    "honduran": "hn", "salvadoran": "sv", "salvadorean": "sv", "costa rican": "cr",
    "panamanian": "pa", "dominican": "do", "jamaican": "jm", "trinidadian": "tt", "guyanese": "gy",
    "surinamese": "sr", "belizean": "bz", "bahamian": "bs", "barbadian": "bb",
    "ghanaian": "gh", "senegalese": "sn", "guinean": "gn", "ivorian": "ci", "burkinabe": "bf",
    "nigerien": "ne", "chadian": "td", "cameroonian": "cm", "gabonese": "ga", "angolan": "ao",
    "zambian": "zm", "malawian": "mw", "mozambican": "mz", "namibian": "na", "botswanan": "bw",
    "south african": "za", "burundian": "bi", "tanzanian": "tz", "djiboutian": "dj",
    "comoran": "km", "malagasy": "mg", "mauritian": "mu", "liberian": "lr",
    "sierra leonean": "sl", "gambian": "gm", "the gambia": "gm", "beninese": "bj", "togolese": "tg",
    "cape verdean": "cv", "equatorial guinean": "gq", "seychellois": "sc", "central african": "cf",
    "libyan arab jamahiriya": "ly", "emirian": "ae", "bahrainian": "bh", "iraqi kurdish": "iq",
    "state of palestine": "ps", "gaza strip": "ps", "syrian arab": "sy", "fijian": "fj",
    "papua new guinean": "pg", "ni vanuatu": "vu", "samoan": "ws", "tongan": "to",
    # French, in which lists name many bodies of Lebanon, Syria and the Maghreb (Banque du
    # Liban, Électricité du Liban, Banque Commerciale de Syrie).
    "liban": "lb", "libanais": "lb", "libanaise": "lb", "libano": "lb", "syrie": "sy",
    "syrien": "sy", "syrienne": "sy", "irak": "iq", "irakien": "iq", "irakienne": "iq",
    "algerie": "dz", "algerien": "dz", "algerienne": "dz", "maroc": "ma", "marocain": "ma",
    "marocaine": "ma", "tunisie": "tn", "tunisien": "tn", "tunisienne": "tn", "egypte": "eg", "egyptien": "eg",
    "egyptienne": "eg", "libye": "ly", "libyen": "ly", "libyenne": "ly", "jordanie": "jo",
    "mauritanie": "mr", "iranien": "ir", "iranienne": "ir", "arabie saoudite": "sa",
    "soviet union": "suhh", "ussr": "suhh", "yugoslavia": "yucs", "eu": "eu", "european union": "eu",
}
names.update(extra)
with open("crates/vigil-model/src/countries_table.rs", "w") as f:
    f.write("// Generated by scripts/gen-countries.py from ISO 3166 (pycountry) and list usage. Do not edit.\n")
    f.write("/// Normalised country name or code, ISO 3166-1 alpha-2 code (lower case), sorted by name.\n")
    f.write("pub(crate) const COUNTRIES: &[(&str, &str)] = &[\n")
    for k in sorted(names):
        f.write(f"    ({k!r}, {names[k]!r}),\n".replace("'", '"'))
    f.write("];\n")
print(len(names), "entries")
