"""Danish: country aliases, demonyms and state-like organisations."""

from __future__ import annotations

from claimrec.lang.place_schema import PlaceData

# Source: Retskrivningsordbogen (Dansk Sprognævn) and its list of country names, for the
# names in everyday use that CLDR lacks: "Amerika" for the USA, "Holland", the older
# "Hviderusland", "Congo" alone for the larger Congo (as CLDR's Norwegian "Kongo"), and the
# parts of the United Kingdom, which resolve to GB ("England" often stands for the whole
# kingdom in Danish).
# Left out: "Makedonien" (also the Greek region), "Korea" (North or South), regions that are
# not countries (Gaza, Vestbredden, Krim, Kurdistan).
COUNTRY_ALIASES = {
    "BA": ("Bosnien",),
    "BY": ("Hviderusland",),
    "CD": ("Den Demokratiske Republik Congo", "DR Congo", "Congo"),
    "CZ": ("Den Tjekkiske Republik",),
    "GB": ("Det Forenede Kongerige", "UK", "England", "Skotland", "Wales", "Nordirland"),
    "HK": ("Hongkong",),
    "MO": ("Macao", "Macau"),
    "NL": ("Holland",),
    "PS": ("Palæstina",),
    "SZ": ("Swaziland",),
    "US": ("Amerika", "De Forenede Stater"),
    "VA": ("Vatikanet",),
}

# Source: Retskrivningsordbogen: adjectives (lower case) with the plural/definite -e, nouns
# with their definite and plural forms.
# Left out: "finne", "finner" (Finns; also fins and pimples), "tjekke", "tjekker" (Czechs; also
# the verb "check"), "letter", "lettere" (Latvians;
# also "easier" and "lifts off"), "ester" (Estonian;
# also the chemical and the name Ester), "engelsk" and "skotsk" (mostly the language and
# whisky).
DEMONYMS = {
    "AF": ("afghansk(e)", "afghaner(en|e|ne)"),
    "AR": ("argentinsk(e)", "argentiner(en|e|ne)"),
    "AT": ("østrigsk(e)", "østriger(en|e|ne)"),
    "AU": ("australsk(e)", "australier(en|e|ne)"),
    "AX": ("ålandsk(e)",),
    "BE": ("belgisk(e)", "belgier(en|e|ne)"),
    "BG": ("bulgarsk(e)", "bulgarer(en|e|ne)"),
    "BR": ("brasiliansk(e)", "brasilianer(en|e|ne)"),
    "BY": ("hviderussisk(e)", "belarusisk(e)", "hviderusser(en|e|ne)", "belaruser(en|e|ne)"),
    "CA": ("canadisk(e)", "canadier(en|e|ne)"),
    "CH": ("schweizisk(e)", "schweizer(en|e|ne)"),
    "CN": ("kinesisk(e)", "kineser(en|e|ne)"),
    "CY": ("cypriotisk(e)", "cypriot(en|er|erne)"),
    "CZ": ("tjekkisk(e)",),
    "DE": ("tysk(e)", "tysker(en|e|ne)"),
    "DK": ("dansk(e)", "dansker(en|e|ne)"),
    "EE": ("estisk(e)", "estlænder(en|e|ne)"),
    "EG": ("egyptisk(e)", "egypter(en|e|ne)"),
    "ES": ("spansk(e)", "spanier(en|e|ne)"),
    "FI": ("finsk(e)",),
    "FO": ("færøsk(e)", "færing(en|er|erne)"),
    "FR": ("fransk(e)", "franskm(and|anden|ænd|ændene)"),
    "GB": ("britisk(e)", "brite(n|r|rne)"),
    "GL": ("grønlandsk(e)", "grønlænder(en|e|ne)"),
    "GR": ("græsk(e)", "græker(en|e|ne)"),
    "HR": ("kroatisk(e)", "kroat(en|er|erne)"),
    "HU": ("ungarsk(e)", "ungarer(en|e|ne)"),
    "ID": ("indonesisk(e)", "indoneser(en|e|ne)"),
    "IE": ("irsk(e)", "irer(en|e|ne)"),
    "IL": ("israelsk(e)", "israeler(en|e|ne)"),
    "IN": ("indisk(e)", "inder(en|e|ne)"),
    "IQ": ("irakisk(e)", "iraker(en|e|ne)"),
    "IR": ("iransk(e)", "iraner(en|e|ne)"),
    "IS": ("islandsk(e)", "islænding(en|e|ene)"),
    "IT": ("italiensk(e)", "italiener(en|e|ne)"),
    "JO": ("jordansk(e)", "jordaner(en|e|ne)"),
    "JP": ("japansk(e)", "japaner(en|e|ne)"),
    "KP": ("nordkoreansk(e)", "nordkoreaner(en|e|ne)"),
    "KR": ("sydkoreansk(e)", "sydkoreaner(en|e|ne)"),
    "LB": ("libanesisk(e)", "libaneser(en|e|ne)"),
    "LT": ("litauisk(e)", "litauer(en|e|ne)"),
    "LU": ("luxembourgsk(e)", "luxembourger(en|e|ne)"),
    "LV": ("lettisk(e)",),
    "MD": ("moldovisk(e)", "moldover(en|e|ne)"),
    "MT": ("maltesisk(e)", "malteser(en|e|ne)"),
    "MX": ("mexicansk(e)", "mexicaner(en|e|ne)"),
    "NL": ("nederlandsk(e)", "hollandsk(e)", "nederlænder(en|e|ne)", "hollænder(en|e|ne)"),
    "NO": ("norsk(e)", "nordm(and|anden|ænd|ændene)"),
    "PK": ("pakistansk(e)", "pakistaner(en|e|ne)"),
    "PL": ("polsk(e)", "polak(ken|ker|kerne)"),
    "PS": ("palæstinensisk(e)", "palæstinenser(en|e|ne)"),
    "PT": ("portugisisk(e)", "portugiser(en|e|ne)"),
    "QA": ("qatarsk(e)", "qatarer(en|e|ne)"),
    "RO": ("rumænsk(e)", "rumæner(en|e|ne)"),
    "RU": ("russisk(e)", "russer(en|e|ne)"),
    "SA": ("saudiarabisk(e)", "saudisk(e)", "saudiaraber(en|e|ne)"),
    "SE": ("svensk(e)", "svensker(en|e|ne)"),
    "SI": ("slovensk(e)", "slovener(en|e|ne)"),
    "SK": ("slovakisk(e)", "slovak(ken|ker|kerne)"),
    "SY": ("syrisk(e)", "syrer(en|e|ne)"),
    "TJ": ("tadsjikisk(e)", "tadsjik(en|er|erne)"),
    "TM": ("turkmensk(e)", "turkmen(en|er|erne)"),
    "TR": ("tyrkisk(e)", "tyrker(en|e|ne)"),
    "UA": ("ukrainsk(e)", "ukrainer(en|e|ne)"),
    "US": ("amerikansk(e)", "amerikaner(en|e|ne)"),
    "UZ": ("usbekisk(e)", "usbeker(en|e|ne)"),
    "ZA": ("sydafrikansk(e)", "sydafrikaner(en|e|ne)"),
}

# Source: Retskrivningsordbogen (FN, EU, "Nato" written as a word) and Ritzau's usage
# ("Taleban" is the older Danish spelling, listed in English).
ORGANISATIONS = {
    "african_union": ("Den Afrikanske Union", "Afrikanske Union"),
    "eu": ("EU", "Europæiske Union"),
    "hezbollah": ("Hizbollah",),
    "islamic_state": ("IS", "Islamisk Stat"),
    "un": ("FN", "Forenede Nationer"),
}

# The Americas and the island of New Guinea, when written apart from the country name.
NOT_PLACES = ("Syd-Amerika", "Nord-Amerika", "Latin-Amerika", "Mellem-Amerika", "Ny Guinea", "Ny-Guinea")

PLACES = PlaceData(
    country_aliases=COUNTRY_ALIASES,
    demonyms=DEMONYMS,
    organisations=ORGANISATIONS,
    not_places=NOT_PLACES,
    genitive_endings=("s", "'s", "'"),
)
