"""English: country aliases, demonyms and state-like organisations.

English names, aliases, organisations, not-places and personal names are also read in every
other language, because articles in every language quote English place names ("UK", "New
Mexico", "Michael Jordan"); English demonyms are not.
"""

from __future__ import annotations

from claimrec.lang.place_schema import PlaceData

# Source: names in everyday use that CLDR (via Babel) lacks: its short and variant forms
# ("US", "UK"), older names still current in the news ("Turkey", "Swaziland", "Burma",
# "Ivory Coast") and "and" spellings of CLDR's "&" names. The constituent countries of the
# United Kingdom resolve to GB: claimrec compares actors at the level of sovereign states.
# "Congo" alone is the larger Congo (Kinshasa), as CLDR's Norwegian "Kongo".
# Left out: "Korea" (North or South), "Macedonia" (also the Greek region), "the States", and
# regions that are not countries (Gaza, the West Bank, Crimea, Kurdistan).
COUNTRY_ALIASES = {
    "AE": ("UAE",),
    "AG": ("Antigua and Barbuda",),
    "BA": ("Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "CD": ("Congo", "DR Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "CI": ("Ivory Coast",),
    "CZ": ("Czech Republic",),
    "GB": (
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
    ),
    "HK": ("Hong Kong",),
    "KN": ("Saint Kitts and Nevis", "St Kitts and Nevis"),
    "KR": ("Republic of Korea",),
    "MO": ("Macau", "Macao"),
    "NL": ("Holland",),
    "PS": ("Palestine",),
    "RU": ("Russian Federation",),
    "ST": ("São Tomé and Príncipe", "Sao Tome and Principe"),
    "SZ": ("Swaziland",),
    "TC": ("Turks and Caicos Islands",),
    "TL": ("East Timor",),
    "TR": ("Turkey",),
    "TT": ("Trinidad and Tobago",),
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "VA": ("Vatican", "Holy See"),
}

# Source: Oxford Learner's Dictionaries, country adjectives and nouns for their people.
# Left out: "English", "Scottish", "Welsh" (mostly the language or a sports team),
# "Korean" (North or South), "Finn" (also a given name) and "Arab" (no one country).
DEMONYMS = {
    "AF": ("Afghan(s)",),
    "AR": ("Argentine(s)", "Argentinian(s)"),
    "AT": ("Austrian(s)",),
    "AU": ("Australian(s)",),
    "AX": ("Ålander(s)",),
    "BE": ("Belgian(s)",),
    "BG": ("Bulgarian(s)",),
    "BR": ("Brazilian(s)",),
    "BY": ("Belarusian(s)", "Belarussian(s)"),
    "CA": ("Canadian(s)",),
    "CH": ("Swiss",),
    "CN": ("Chinese",),
    "CY": ("Cypriot(s)",),
    "CZ": ("Czech(s)",),
    "DE": ("German(s)",),
    "DK": ("Danish", "Dane(s)"),
    "EE": ("Estonian(s)",),
    "EG": ("Egyptian(s)",),
    "ES": ("Spanish", "Spaniard(s)"),
    "FI": ("Finnish", "Finns"),
    "FO": ("Faroese",),
    "FR": ("French", "Frenchm(an|en)", "Frenchwom(an|en)"),
    "GB": ("British", "Briton(s)", "Brit(s)"),
    "GL": ("Greenlandic", "Greenlander(s)"),
    "GR": ("Greek(s)",),
    "HR": ("Croatian(s)", "Croat(s)"),
    "HU": ("Hungarian(s)",),
    "ID": ("Indonesian(s)",),
    "IE": ("Irish", "Irishm(an|en)", "Irishwom(an|en)"),
    "IL": ("Israeli(s)",),
    "IN": ("Indian(s)",),
    "IQ": ("Iraqi(s)",),
    "IR": ("Iranian(s)",),
    "IS": ("Icelandic", "Icelander(s)"),
    "IT": ("Italian(s)",),
    "JO": ("Jordanian(s)",),
    "JP": ("Japanese",),
    "KP": ("North Korean(s)",),
    "KR": ("South Korean(s)",),
    "LB": ("Lebanese",),
    "LT": ("Lithuanian(s)",),
    "LU": ("Luxembourgish", "Luxembourger(s)"),
    "LV": ("Latvian(s)",),
    "MD": ("Moldovan(s)",),
    "MT": ("Maltese",),
    "MX": ("Mexican(s)",),
    "NL": ("Dutch", "Dutchm(an|en)", "Dutchwom(an|en)"),
    "NO": ("Norwegian(s)",),
    "PK": ("Pakistani(s)",),
    "PL": ("Polish", "Pole(s)"),
    "PS": ("Palestinian(s)",),
    "PT": ("Portuguese",),
    "QA": ("Qatari(s)",),
    "RO": ("Romanian(s)",),
    "RU": ("Russian(s)",),
    "SA": ("Saudi(s)", "Saudi Arabian(s)"),
    "SE": ("Swedish", "Swede(s)"),
    "SI": ("Slovenian(s)", "Slovene(s)"),
    "SK": ("Slovak(s)", "Slovakian(s)"),
    "SY": ("Syrian(s)",),
    "TJ": ("Tajik(s)",),
    "TM": ("Turkmen",),
    "TR": ("Turkish", "Turk(s)"),
    "UA": ("Ukrainian(s)",),
    "US": ("American(s)",),
    "UZ": ("Uzbek(s)",),
    "ZA": ("South African(s)",),
}

# Source: the organisations' own English names and the usage of Reuters and the BBC.
# "IS" is left out in English: in an all-capitals headline it is the verb.
ORGANISATIONS = {
    "african_union": ("African Union",),
    "al_qaeda": ("al-Qaeda", "al-Qaida", "al Qaeda"),
    "eu": ("EU", "E.U."),
    "hamas": ("Hamas",),
    "hezbollah": ("Hezbollah", "Hizbollah", "Hizbullah"),
    "islamic_state": ("Islamic State", "ISIS", "ISIL", "Daesh"),
    "nato": ("NATO", "Nato"),
    "taliban": ("Taliban", "Taleban"),
    "un": ("UN", "U.N."),
}

# Places named after a country or its people that are not that country: US states,
# continents and seas. "Mexico City" is left to Mexico, where it is.
NOT_PLACES = (
    "New Mexico",
    "New Jersey",
    "New Guinea",
    "New South Wales",
    "Rhode Island",
    "Long Island",
    "Staten Island",
    "British Columbia",
    "North Pole",
    "South Pole",
    "Indian Ocean",
    "American Indian(s)",
    "North America(n|ns)",
    "South America(n|ns)",
    "Central America(n|ns)",
    "Latin America(n|ns)",
)

# "Georgia" stays the country: the US state and the country share the name in English and
# Norwegian, and the same rule on both sides keeps articles comparable.
PERSONAL_NAMES = ("Jordan", "Chad")

PLACES = PlaceData(
    country_aliases=COUNTRY_ALIASES,
    demonyms=DEMONYMS,
    organisations=ORGANISATIONS,
    not_places=NOT_PLACES,
    personal_names=PERSONAL_NAMES,
    genitive_endings=("'s", "'"),
)
