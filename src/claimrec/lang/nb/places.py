"""Norwegian Bokmål: country aliases, demonyms and state-like organisations."""

from __future__ import annotations

from claimrec.lang.place_schema import PlaceData

# Source: Språkrådet, "Navn på land og nasjonalitetsord" (names CLDR lacks: older names still
# in use, "Amerika" for the USA, the parts of the United Kingdom, which resolve to GB).
# Left out: "Makedonia" (also the Greek region), "Korea" (North or South), regions that are
# not countries (Gaza, Vestbredden, Krim, Kurdistan).
COUNTRY_ALIASES = {
    "BA": ("Bosnia",),
    "BY": ("Hviterussland",),
    "CD": ("Den demokratiske republikken Kongo", "DR Kongo", "Kongo-Kinshasa"),
    "CZ": ("Den tsjekkiske republikk",),
    "GB": ("Det forente kongerike", "Det forente kongeriket", "UK", "England", "Skottland", "Wales", "Nord-Irland"),
    "HK": ("Hongkong",),
    "KR": ("Sydkorea",),
    "MO": ("Macao", "Macau"),
    "NL": ("Holland",),
    "PS": ("Palestina",),
    "SZ": ("Swaziland",),
    "US": ("Amerika", "De forente stater"),
    "VA": ("Vatikanet",),
}

# Source: Bokmålsordboka and Språkrådet's list of nationality words: adjectives (lower case)
# with the plural/definite -e, nouns with their definite and plural forms.
# Left out: "finne", "finner" (also the verb "finne", find: "finner" is "finds"), "irene"
# (also the given name Irene), "engelsk" and "skotsk" (mostly the language and whisky).
DEMONYMS = {
    "AF": ("afghansk(e)", "afghaner(en|e|ne)"),
    "AR": ("argentinsk(e)", "argentiner(en|e|ne)"),
    "AT": ("østerriksk(e)", "østerriker(en|e|ne)"),
    "AU": ("australsk(e)", "australier(en|e|ne)"),
    "AX": ("ålandsk(e)",),
    "BE": ("belgisk(e)", "belgier(en|e|ne)"),
    "BG": ("bulgarsk(e)", "bulgarer(en|e|ne)"),
    "BR": ("brasiliansk(e)", "brasilianer(en|e|ne)"),
    "BY": ("belarusisk(e)", "hviterussisk(e)", "belaruser(en|e|ne)", "hviterusser(en|e|ne)"),
    "CA": ("kanadisk(e)", "kanadier(en|e|ne)"),
    "CH": ("sveitsisk(e)", "sveitser(en|e|ne)"),
    "CN": ("kinesisk(e)", "kineser(en|e|ne)"),
    "CY": ("kypriotisk(e)", "kypriot(en|er|ene)"),
    "CZ": ("tsjekkisk(e)", "tsjekker(en|e|ne)"),
    "DE": ("tysk(e)", "tysker(en|e|ne)"),
    "DK": ("dansk(e)", "danske(n|r|ne)"),
    "EE": ("estisk(e)", "estlender(en|e|ne)"),
    "EG": ("egyptisk(e)", "egypter(en|e|ne)"),
    "ES": ("spansk(e)", "spanjol(en|er|ene)"),
    "FI": ("finsk(e)", "finnen(e)"),
    "FO": ("færøysk(e)", "færøying(en|er|ene)"),
    "FR": ("fransk(e)", "franskm(ann|annen|enn|ennene)"),
    "GB": ("britisk(e)", "brite(n|r|ne)"),
    "GL": ("grønlandsk(e)", "grønlender(en|e|ne)"),
    "GR": ("gresk(e)", "greker(en|e|ne)"),
    "HR": ("kroatisk(e)", "kroat(en|er|ene)"),
    "HU": ("ungarsk(e)", "ungarer(en|e|ne)"),
    "ID": ("indonesisk(e)", "indoneser(en|e|ne)"),
    "IE": ("irsk(e)", "ire(n|r)"),
    "IL": ("israelsk(e)", "israeler(en|e|ne)"),
    "IN": ("indisk(e)", "inder(en|e|ne)"),
    "IQ": ("irakisk(e)", "iraker(en|e|ne)"),
    "IR": ("iransk(e)", "iraner(en|e|ne)"),
    "IS": ("islandsk(e)", "islending(en|er|ene)"),
    "IT": ("italiensk(e)", "italiener(en|e|ne)"),
    "JO": ("jordansk(e)", "jordaner(en|e|ne)"),
    "JP": ("japansk(e)", "japaner(en|e|ne)"),
    "KP": ("nordkoreansk(e)", "nord-koreansk(e)", "nordkoreaner(en|e|ne)", "nord-koreaner(en|e|ne)"),
    "KR": ("sørkoreansk(e)", "sør-koreansk(e)", "sørkoreaner(en|e|ne)", "sør-koreaner(en|e|ne)"),
    "LB": ("libanesisk(e)", "libaneser(en|e|ne)"),
    "LT": ("litauisk(e)", "litauer(en|e|ne)"),
    "LU": ("luxembourgsk(e)", "luxembourger(en|e|ne)"),
    "LV": ("latvisk(e)", "latvier(en|e|ne)"),
    "MD": ("moldovsk(e)", "moldover(en|e|ne)"),
    "MT": ("maltesisk(e)", "malteser(en|e|ne)"),
    "MX": ("meksikansk(e)", "meksikaner(en|e|ne)"),
    "NL": ("nederlandsk(e)", "hollandsk(e)", "nederlender(en|e|ne)", "hollender(en|e|ne)"),
    "NO": ("norsk(e)", "nordm(ann|annen|enn|ennene)"),
    "PK": ("pakistansk(e)", "pakistaner(en|e|ne)"),
    "PL": ("polsk(e)", "polakk(en|er|ene)"),
    "PS": ("palestinsk(e)", "palestiner(en|e|ne)"),
    "PT": ("portugisisk(e)", "portugiser(en|e|ne)"),
    "QA": ("qatarsk(e)", "katarsk(e)", "qatarer(en|e|ne)"),
    "RO": ("rumensk(e)", "rumener(en|e|ne)"),
    "RU": ("russisk(e)", "russer(en|e|ne)"),
    "SA": ("saudiarabisk(e)", "saudisk(e)", "saudiaraber(en|e|ne)"),
    "SE": ("svensk(e)", "svenske(n|r|ne)"),
    "SI": ("slovensk(e)", "slovener(en|e|ne)"),
    "SK": ("slovakisk(e)", "slovak(en|er|ene)"),
    "SY": ("syrisk(e)", "syrer(en|e|ne)"),
    "TJ": ("tadsjikisk(e)", "tadsjik(en|er|ene)"),
    "TM": ("turkmensk(e)", "turkmen(en|er|ene)"),
    "TR": ("tyrkisk(e)", "tyrker(en|e|ne)"),
    "UA": ("ukrainsk(e)", "ukrainer(en|e|ne)"),
    "US": ("amerikansk(e)", "amerikaner(en|e|ne)"),
    "UZ": ("usbekisk(e)", "usbek(en|er|ene)"),
    "ZA": ("sørafrikansk(e)", "sør-afrikansk(e)", "sørafrikaner(en|e|ne)", "sør-afrikaner(en|e|ne)"),
}

# Source: Språkrådet, "Forkortinger" (FN, EU; "Nato" written as a word) and NTB's usage.
ORGANISATIONS = {
    "african_union": ("Den afrikanske union", "Den afrikanske unionen", "afrikanske union(en)"),
    "eu": ("EU", "europeiske union(en)", "Den europeiske unionen"),
    "hezbollah": ("Hizbollah",),
    "islamic_state": ("IS", "Den islamske staten", "islamske staten"),
    "un": ("FN", "forente nasjoner"),
}

# The Americas and the island of New Guinea, written with a hyphen before the country name,
# and "Man": CLDR's name of the Isle of Man is the pronoun "man" at the start of a sentence.
NOT_PLACES = (
    "Man",
    "Sør-Amerika",
    "Nord-Amerika",
    "Latin-Amerika",
    "Mellom-Amerika",
    "Sentral-Amerika",
    "sør-amerikansk(e)",
    "nord-amerikansk(e)",
    "latin-amerikansk(e)",
    "Ny-Guinea",
)

PLACES = PlaceData(
    country_aliases=COUNTRY_ALIASES,
    demonyms=DEMONYMS,
    organisations=ORGANISATIONS,
    not_places=NOT_PLACES,
    genitive_endings=("s", "'s", "'"),
)
