"""German: country aliases, demonyms and state-like organisations."""

from __future__ import annotations

from claimrec.lang.place_schema import PlaceData

_ADJECTIVE = "(e|em|en|er|es)"

# Source: Duden and the Auswärtiges Amt's "Verzeichnis der Staatennamen" for the names CLDR
# lacks: "USA" and "Großbritannien" (far more common than CLDR's "Vereinigte Staaten" and
# "Vereinigtes Königreich"), the case forms of names that are adjective phrases ("in den
# Vereinigten Staaten"), older names ("Weißrussland", "Birma", "Swasiland"), "Kongo" alone
# for the larger Congo (as CLDR's Norwegian "Kongo"), and the parts of the United Kingdom,
# which resolve to GB. The article is not part of a name: "die USA" is found as "USA".
# Left out: "Mazedonien" (also the Greek region), "Korea" (North or South), regions that are
# not countries (Gaza, Westjordanland, Krim, Kurdistan).
COUNTRY_ALIASES = {
    "AE": ("Vereinigten Arabischen Emirate(n)",),
    "BA": ("Bosnien",),
    "BY": ("Weißrussland",),
    "CD": ("Demokratische Republik Kongo", "Demokratischen Republik Kongo", "DR Kongo", "Kongo"),
    "CF": ("Zentralafrikanischen Republik",),
    "CZ": ("Tschechische Republik", "Tschechischen Republik"),
    "DO": ("Dominikanischen Republik",),
    "GB": (
        "Großbritannien",
        "Vereinigte Königreich",
        "Vereinigten Königreich(s|es)",
        "UK",
        "England",
        "Schottland",
        "Wales",
        "Nordirland",
    ),
    "HK": ("Hongkong",),
    "MD": ("Moldau", "Moldawien", "Moldova", "Republik Moldawien"),
    "MM": ("Birma",),
    "MO": ("Macau", "Macao"),
    "NL": ("Niederlanden", "Holland"),
    "PS": ("Palästina",),
    "SZ": ("Swasiland",),
    "US": (
        "USA",
        "Vereinigten Staaten",
        "Vereinigte Staaten von Amerika",
        "Vereinigten Staaten von Amerika",
        "Amerika",
    ),
    "VA": ("Vatikan",),
}

# Source: Duden: adjectives (lower case) with their strong and weak endings, nouns for men and
# women with their plural and dative forms; "US-amerikanisch" is the usual adjective for the USA.
# Left out: "englisch" and "schottisch" (mostly the language and whisky).
DEMONYMS = {
    "AF": (f"afghanisch{_ADJECTIVE}", "Afghane(n)", "Afghanin(nen)"),
    "AR": (f"argentinisch{_ADJECTIVE}", "Argentinier(n|in|innen)"),
    "AT": (f"österreichisch{_ADJECTIVE}", "Österreicher(n|in|innen)"),
    "AU": (f"australisch{_ADJECTIVE}", "Australier(n|in|innen)"),
    "AX": (f"åländisch{_ADJECTIVE}",),
    "BE": (f"belgisch{_ADJECTIVE}", "Belgier(n|in|innen)"),
    "BG": (f"bulgarisch{_ADJECTIVE}", "Bulgare(n)", "Bulgarin(nen)"),
    "BR": (f"brasilianisch{_ADJECTIVE}", "Brasilianer(n|in|innen)"),
    "BY": (f"belarussisch{_ADJECTIVE}", f"weißrussisch{_ADJECTIVE}", "Belarusse(n)", "Belarussin(nen)", "Weißrusse(n)"),
    "CA": (f"kanadisch{_ADJECTIVE}", "Kanadier(n|in|innen)"),
    "CH": (f"schweizerisch{_ADJECTIVE}", "Schweizer(n|in|innen)"),
    "CN": (f"chinesisch{_ADJECTIVE}", "Chinese(n)", "Chinesin(nen)"),
    "CY": (f"zyprisch{_ADJECTIVE}", f"zypriotisch{_ADJECTIVE}", "Zypriot(en|in|innen)"),
    "CZ": (f"tschechisch{_ADJECTIVE}", "Tscheche(n)", "Tschechin(nen)"),
    "DE": (f"deutsch{_ADJECTIVE}", "Deutsche(n|r)"),
    "DK": (f"dänisch{_ADJECTIVE}", "Däne(n)", "Dänin(nen)"),
    "EE": (f"estnisch{_ADJECTIVE}", "Este(n)", "Estin(nen)"),
    "EG": (f"ägyptisch{_ADJECTIVE}", "Ägypter(n|in|innen)"),
    "ES": (f"spanisch{_ADJECTIVE}", "Spanier(n|in|innen)"),
    "FI": (f"finnisch{_ADJECTIVE}", "Finne(n)", "Finnin(nen)"),
    "FO": (f"färöisch{_ADJECTIVE}", "Färinger(n|in|innen)"),
    "FR": (f"französisch{_ADJECTIVE}", "Franzose(n)", "Französin(nen)"),
    "GB": (f"britisch{_ADJECTIVE}", "Brite(n)", "Britin(nen)"),
    "GL": (f"grönländisch{_ADJECTIVE}", "Grönländer(n|in|innen)"),
    "GR": (f"griechisch{_ADJECTIVE}", "Grieche(n)", "Griechin(nen)"),
    "HR": (f"kroatisch{_ADJECTIVE}", "Kroate(n)", "Kroatin(nen)"),
    "HU": (f"ungarisch{_ADJECTIVE}", "Ungar(in|innen)"),
    "ID": (f"indonesisch{_ADJECTIVE}", "Indonesier(n|in|innen)"),
    "IE": (f"irisch{_ADJECTIVE}", "Ire(n)", "Irin(nen)"),
    "IL": (f"israelisch{_ADJECTIVE}", "Israeli(s)"),
    "IN": (f"indisch{_ADJECTIVE}", "Inder(n|in|innen)"),
    "IQ": (f"irakisch{_ADJECTIVE}", "Iraker(n|in|innen)"),
    "IR": (f"iranisch{_ADJECTIVE}", "Iraner(n|in|innen)"),
    "IS": (f"isländisch{_ADJECTIVE}", "Isländer(n|in|innen)"),
    "IT": (f"italienisch{_ADJECTIVE}", "Italiener(n|in|innen)"),
    "JO": (f"jordanisch{_ADJECTIVE}", "Jordanier(n|in|innen)"),
    "JP": (f"japanisch{_ADJECTIVE}", "Japaner(n|in|innen)"),
    "KP": (f"nordkoreanisch{_ADJECTIVE}", "Nordkoreaner(n|in|innen)"),
    "KR": (f"südkoreanisch{_ADJECTIVE}", "Südkoreaner(n|in|innen)"),
    "LB": (f"libanesisch{_ADJECTIVE}", "Libanese(n)", "Libanesin(nen)"),
    "LT": (f"litauisch{_ADJECTIVE}", "Litauer(n|in|innen)"),
    "LU": (f"luxemburgisch{_ADJECTIVE}", "Luxemburger(n|in|innen)"),
    "LV": (f"lettisch{_ADJECTIVE}", "Lette(n)", "Lettin(nen)"),
    "MD": (f"moldauisch{_ADJECTIVE}", f"moldawisch{_ADJECTIVE}", "Moldauer(n|in|innen)"),
    "MT": (f"maltesisch{_ADJECTIVE}", "Malteser(n|in|innen)"),
    "MX": (f"mexikanisch{_ADJECTIVE}", "Mexikaner(n|in|innen)"),
    "NL": (
        f"niederländisch{_ADJECTIVE}",
        f"holländisch{_ADJECTIVE}",
        "Niederländer(n|in|innen)",
        "Holländer(n|in|innen)",
    ),
    "NO": (f"norwegisch{_ADJECTIVE}", "Norweger(n|in|innen)"),
    "PK": (f"pakistanisch{_ADJECTIVE}", "Pakistaner(n|in|innen)"),
    "PL": (f"polnisch{_ADJECTIVE}", "Pole", "Polin(nen)"),
    "PS": (f"palästinensisch{_ADJECTIVE}", "Palästinenser(n|in|innen)"),
    "PT": (f"portugiesisch{_ADJECTIVE}", "Portugiese(n)", "Portugiesin(nen)"),
    "QA": (f"katarisch{_ADJECTIVE}", "Katarer(n|in|innen)"),
    "RO": (f"rumänisch{_ADJECTIVE}", "Rumäne(n)", "Rumänin(nen)"),
    "RU": (f"russisch{_ADJECTIVE}", "Russe(n)", "Russin(nen)"),
    "SA": (f"saudi-arabisch{_ADJECTIVE}", f"saudisch{_ADJECTIVE}", "Saudi(s)"),
    "SE": (f"schwedisch{_ADJECTIVE}", "Schwede", "Schwedin(nen)"),
    "SI": (f"slowenisch{_ADJECTIVE}", "Slowene(n)", "Slowenin(nen)"),
    "SK": (f"slowakisch{_ADJECTIVE}", "Slowake(n)", "Slowakin(nen)"),
    "SY": (f"syrisch{_ADJECTIVE}", "Syrer(n|in|innen)"),
    "TJ": (f"tadschikisch{_ADJECTIVE}", "Tadschike(n)", "Tadschikin(nen)"),
    "TM": (f"turkmenisch{_ADJECTIVE}", "Turkmene(n)", "Turkmenin(nen)"),
    "TR": (f"türkisch{_ADJECTIVE}", "Türke(n)", "Türkin(nen)"),
    "UA": (f"ukrainisch{_ADJECTIVE}", "Ukrainer(n|in|innen)"),
    "US": (
        f"amerikanisch{_ADJECTIVE}",
        f"US-amerikanisch{_ADJECTIVE}",
        "Amerikaner(n|in|innen)",
        "US-Amerikaner(n|in|innen)",
    ),
    "UZ": (f"usbekisch{_ADJECTIVE}", "Usbeke(n)", "Usbekin(nen)"),
    "ZA": (f"südafrikanisch{_ADJECTIVE}", "Südafrikaner(n|in|innen)"),
}

# Source: Duden ("Nato", "UNO", "UN", "EU") and the usage of dpa, which declines the names
# that are adjective phrases ("der Europäischen Union", "des Islamischen Staates").
ORGANISATIONS = {
    "african_union": ("Afrikanische Union", "Afrikanischen Union"),
    "al_qaeda": ("al-Kaida", "El Kaida"),
    "eu": ("EU", "Europäischen Union"),
    "hezbollah": ("Hisbollah",),
    "islamic_state": ("IS", "Islamische Staat", "Islamischer Staat", "Islamischen Staat(es|s)"),
    "un": ("UNO", "Uno", "Vereinten Nationen"),
}

PLACES = PlaceData(
    country_aliases=COUNTRY_ALIASES,
    demonyms=DEMONYMS,
    organisations=ORGANISATIONS,
    genitive_endings=("s", "'", "'s"),
)
