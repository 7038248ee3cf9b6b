"""Norwegian Nynorsk: country aliases, demonyms and state-like organisations."""

from __future__ import annotations

from claimrec.lang.nb.places import NOT_PLACES  # as in Bokmål: hyphenated Americas, Ny-Guinea, "Man"
from claimrec.lang.place_schema import PlaceData

# Source: Språkrådet, "Namn på land og nasjonalitetsord" and Nynorskordboka for the names
# CLDR lacks: "Norge" (allowed beside "Noreg"), "Amerika" for the USA, "Kviterussland",
# "Kongo" alone for the larger Congo (as CLDR's Bokmål "Kongo"), and the parts of the United
# Kingdom, which resolve to GB.
# Left out: "Makedonia" (also the Greek region), "Korea" (North or South), regions that are
# not countries (Gaza, Vestbreidda, Krim, Kurdistan).
COUNTRY_ALIASES = {
    "BA": ("Bosnia",),
    "BY": ("Kviterussland",),
    "CD": ("Den demokratiske republikken Kongo", "DR Kongo", "Kongo"),
    "GB": ("Det sameinte kongeriket", "UK", "England", "Skottland", "Wales", "Nord-Irland"),
    "HK": ("Hongkong",),
    "KR": ("Sydkorea",),
    "MO": ("Macao", "Macau"),
    "NL": ("Holland",),
    "NO": ("Norge",),
    "PS": ("Palestina",),
    "SZ": ("Swaziland",),
    "US": ("Amerika", "Dei sameinte statane"),
    "VA": ("Vatikanet",),
}

# Source: Nynorskordboka and Språkrådet's list of nationality words: adjectives (lower case)
# with the plural/definite -e, nouns with their definite and -ar/-ane plural forms.
# Left out: "finne" (also the verb, find), "finn" (finds), "irane" (Irish, plural; too close
# to "iranar"), "engelsk" and "skotsk" (mostly the language and whisky).
DEMONYMS = {
    "AF": ("afghansk(e)", "afghanar(en|ar|ane)"),
    "AR": ("argentinsk(e)", "argentinar(en|ar|ane)"),
    "AT": ("austerriksk(e)", "austerrikar(en|ar|ane)"),
    "AU": ("australsk(e)", "australiar(en|ar|ane)"),
    "AX": ("ålandsk(e)",),
    "BE": ("belgisk(e)", "belgiar(en|ar|ane)"),
    "BG": ("bulgarsk(e)", "bulgarar(en|ar|ane)"),
    "BR": ("brasiliansk(e)", "brasilianar(en|ar|ane)"),
    "BY": ("belarusisk(e)", "kviterussisk(e)", "kviterussar(en|ar|ane)"),
    "CA": ("kanadisk(e)", "kanadiar(en|ar|ane)"),
    "CH": ("sveitsisk(e)", "sveitsar(en|ar|ane)"),
    "CN": ("kinesisk(e)", "kinesar(en|ar|ane)"),
    "CY": ("kypriotisk(e)", "kypriot(en|ar|ane)"),
    "CZ": ("tsjekkisk(e)", "tsjekkar(en|ar|ane)"),
    "DE": ("tysk(e)", "tyskar(en|ar|ane)"),
    "DK": ("dansk(e|en|ar|ane)",),
    "EE": ("estisk(e)", "estlendar(en|ar|ane)"),
    "EG": ("egyptisk(e)", "egyptar(en|ar|ane)"),
    "ES": ("spansk(e)", "spanjol(en|ar|ane)"),
    "FI": ("finsk(e)", "finnen", "finnar", "finnane"),
    "FO": ("færøysk(e)", "færøying(en|ar|ane)"),
    "FR": ("fransk(e)", "franskm(ann|annen|enn|ennene)"),
    "GB": ("britisk(e)", "brite(n)", "britar", "britane"),
    "GL": ("grønlandsk(e)", "grønlendar(en|ar|ane)"),
    "GR": ("gresk(e)", "grekar(en|ar|ane)"),
    "HR": ("kroatisk(e)", "kroat(en|ar|ane)"),
    "HU": ("ungarsk(e)", "ungarar(en|ar|ane)"),
    "ID": ("indonesisk(e)", "indonesar(en|ar|ane)"),
    "IE": ("irsk(e)", "ire(n)"),
    "IL": ("israelsk(e)", "israelar(en|ar|ane)"),
    "IN": ("indisk(e)", "indar(en|ar|ane)"),
    "IQ": ("irakisk(e)", "irakar(en|ar|ane)"),
    "IR": ("iransk(e)", "iranar(en|ar|ane)"),
    "IS": ("islandsk(e)", "islending(en|ar|ane)"),
    "IT": ("italiensk(e)", "italienar(en|ar|ane)"),
    "JO": ("jordansk(e)", "jordanar(en|ar|ane)"),
    "JP": ("japansk(e)", "japanar(en|ar|ane)"),
    "KP": ("nordkoreansk(e)", "nord-koreansk(e)", "nordkoreanar(en|ar|ane)"),
    "KR": ("sørkoreansk(e)", "sør-koreansk(e)", "sørkoreanar(en|ar|ane)"),
    "LB": ("libanesisk(e)", "libanesar(en|ar|ane)"),
    "LT": ("litauisk(e)", "litauar(en|ar|ane)"),
    "LU": ("luxembourgsk(e)",),
    "LV": ("latvisk(e)",),
    "MD": ("moldovsk(e)",),
    "MT": ("maltesisk(e)", "maltesar(en|ar|ane)"),
    "MX": ("meksikansk(e)", "meksikanar(en|ar|ane)"),
    "NL": ("nederlandsk(e)", "hollandsk(e)", "nederlendar(en|ar|ane)", "hollendar(en|ar|ane)"),
    "NO": ("norsk(e)", "nordm(ann|annen|enn|ennene)"),
    "PK": ("pakistansk(e)", "pakistanar(en|ar|ane)"),
    "PL": ("polsk(e)", "polakk(en|ar|ane)"),
    "PS": ("palestinsk(e)", "palestinar(en|ar|ane)"),
    "PT": ("portugisisk(e)", "portugisar(en|ar|ane)"),
    "QA": ("qatarsk(e)", "katarsk(e)"),
    "RO": ("rumensk(e)", "rumenar(en|ar|ane)"),
    "RU": ("russisk(e)", "russar(en|ar|ane)"),
    "SA": ("saudiarabisk(e)", "saudisk(e)"),
    "SE": ("svensk(e|en|ar|ane)",),
    "SI": ("slovensk(e)", "slovenar(en|ar|ane)"),
    "SK": ("slovakisk(e)", "slovak(en|ar|ane)"),
    "SY": ("syrisk(e)", "syrar(en|ar|ane)"),
    "TJ": ("tadsjikisk(e)", "tadsjik(en|ar|ane)"),
    "TM": ("turkmensk(e)", "turkmen(en|ar|ane)"),
    "TR": ("tyrkisk(e)", "tyrkar(en|ar|ane)"),
    "UA": ("ukrainsk(e)", "ukrainar(en|ar|ane)"),
    "US": ("amerikansk(e)", "amerikanar(en|ar|ane)"),
    "UZ": ("usbekisk(e)", "usbek(en|ar|ane)"),
    "ZA": ("sørafrikansk(e)", "sør-afrikansk(e)", "sørafrikanar(en|ar|ane)"),
}

# Source: Språkrådet (FN, EU; "Nato" written as a word) and NRK's nynorsk usage.
ORGANISATIONS = {
    "african_union": ("Den afrikanske unionen", "afrikanske unionen"),
    "eu": ("EU", "europeiske unionen"),
    "hezbollah": ("Hizbollah",),
    "islamic_state": ("IS", "Den islamske staten", "islamske staten"),
    "un": ("FN", "sameinte nasjonane"),
}

PLACES = PlaceData(
    country_aliases=COUNTRY_ALIASES,
    demonyms=DEMONYMS,
    organisations=ORGANISATIONS,
    not_places=NOT_PLACES,
    genitive_endings=("s", "'s", "'"),
)
