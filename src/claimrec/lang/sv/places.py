"""Swedish: country aliases, demonyms and state-like organisations."""

from __future__ import annotations

from claimrec.lang.place_schema import PlaceData

# Source: Svenska Akademiens ordlista (SAOL) and Språkrådet's "Länder och huvudstäder" for
# the names CLDR lacks: "Amerika" for the USA, "Holland", the older "Vitryssland", "Kongo"
# alone for the larger Congo (as CLDR's Norwegian "Kongo"), and the parts of the United
# Kingdom, which resolve to GB.
# Left out: "Makedonien" (also the Greek region), "Korea" (North or South), regions that are
# not countries (Gaza, Västbanken, Krim, Kurdistan).
COUNTRY_ALIASES = {
    "BA": ("Bosnien",),
    "BY": ("Vitryssland",),
    "CD": ("Demokratiska republiken Kongo", "DR Kongo", "Kongo"),
    "CZ": ("Tjeckiska republiken",),
    "GB": ("Förenade kungariket", "UK", "England", "Skottland", "Wales", "Nordirland"),
    "HK": ("Hongkong",),
    "MO": ("Macao", "Macau"),
    "NL": ("Holland",),
    "PS": ("Palestina",),
    "SZ": ("Swaziland",),
    "US": ("Amerika", "Förenta staterna"),
    "VA": ("Vatikanen",),
}

# Source: SAOL and Språkrådet's "Nationalitetsord": adjectives (lower case) with their -a,
# -t and -e forms, nouns with their definite and plural forms.
# Left out: "finne", "finnar" (Finns; also "pimple"), "est", "ester" (Estonians; also the
# chemical), "lett" (a Latvian; also "smiled"), "britt" (a Briton; at a sentence start also
# the given name Britt), "engelsk" and "skotsk" (mostly the language and whisky).
DEMONYMS = {
    "AF": ("afghansk(a|t|e)", "afghan(en|er|erna)"),
    "AR": ("argentinsk(a|t|e)", "argentinare(n|na)"),
    "AT": ("österrikisk(a|t|e)", "österrikare(n|na)"),
    "AU": ("australisk(a|t|e)", "australier(n|na)"),
    "AX": ("åländsk(a|t|e)", "ålänning(en|ar|arna)"),
    "BE": ("belgisk(a|t|e)", "belgier(n|na)"),
    "BG": ("bulgarisk(a|t|e)", "bulgar(en|er|erna)"),
    "BR": ("brasiliansk(a|t|e)", "brasilianare(n|na)"),
    "BY": ("belarusisk(a|t|e)", "vitrysk(a|t|e)", "belarus(en|er|erna)", "vitryss(en|ar|arna)"),
    "CA": ("kanadensisk(a|t|e)", "kanadensare(n|na)"),
    "CH": ("schweizisk(a|t|e)", "schweizare(n|na)"),
    "CN": ("kinesisk(a|t|e)", "kines(en|er|erna)"),
    "CY": ("cypriotisk(a|t|e)", "cypriot(en|er|erna)"),
    "CZ": ("tjeckisk(a|t|e)", "tjeck(en|er|erna)"),
    "DE": ("tysk(a|t|e|en|ar|arna)",),
    "DK": ("dansk(a|t|e|en|ar|arna)",),
    "EE": ("estnisk(a|t|e)", "estländsk(a|t|e)", "estländare(n|na)"),
    "EG": ("egyptisk(a|t|e)", "egyptier(n|na)"),
    "ES": ("spansk(a|t|e)", "spanjor(en|er|erna)"),
    "FI": ("finländsk(a|t|e)", "finsk(a|t|e)", "finländare(n|na)"),
    "FO": ("färöisk(a|t|e)", "färing(en|ar|arna)"),
    "FR": ("fransk(a|t|e)", "fransm(an|annen|än|ännen)"),
    "GB": ("brittisk(a|t|e)", "britten", "britter(na)"),
    "GL": ("grönländsk(a|t|e)", "grönländare(n|na)"),
    "GR": ("grekisk(a|t|e)", "grek(en|er|erna)"),
    "HR": ("kroatisk(a|t|e)", "kroat(en|er|erna)"),
    "HU": ("ungersk(a|t|e)", "ungrare(n|na)"),
    "ID": ("indonesisk(a|t|e)", "indonesier(n|na)"),
    "IE": ("irländsk(a|t|e)", "irländare(n|na)"),
    "IL": ("israelisk(a|t|e)", "israel(en|er|erna)"),
    "IN": ("indisk(a|t|e)", "indier(n|na)"),
    "IQ": ("irakisk(a|t|e)", "irakier(n|na)"),
    "IR": ("iransk(a|t|e)", "iranier(n|na)"),
    "IS": ("isländsk(a|t|e)", "islänning(en|ar|arna)"),
    "IT": ("italiensk(a|t|e)", "italienare(n|na)"),
    "JO": ("jordansk(a|t|e)", "jordanier(n|na)"),
    "JP": ("japansk(a|t|e)", "japan(en|er|erna)"),
    "KP": ("nordkoreansk(a|t|e)", "nordkorean(en|er|erna)"),
    "KR": ("sydkoreansk(a|t|e)", "sydkorean(en|er|erna)"),
    "LB": ("libanesisk(a|t|e)", "libanes(en|er|erna)"),
    "LT": ("litauisk(a|t|e)", "litauer(n|na)"),
    "LU": ("luxemburgsk(a|t|e)", "luxemburgare(n|na)"),
    "LV": ("lettisk(a|t|e)", "letter(na)"),
    "MD": ("moldavisk(a|t|e)", "moldavier(n|na)"),
    "MT": ("maltesisk(a|t|e)", "maltes(en|er|erna)"),
    "MX": ("mexikansk(a|t|e)", "mexikan(en|er|erna)"),
    "NL": ("nederländsk(a|t|e)", "holländsk(a|t|e)", "nederländare(n|na)", "holländare(n|na)"),
    "NO": ("norsk(a|t|e)", "norrm(an|annen|än|ännen)"),
    "PK": ("pakistansk(a|t|e)", "pakistanier(n|na)"),
    "PL": ("polsk(a|t|e)", "polack(en|er|erna)"),
    "PS": ("palestinsk(a|t|e)", "palestinier(n|na)"),
    "PT": ("portugisisk(a|t|e)", "portugis(en|er|erna)"),
    "QA": ("qatarisk(a|t|e)", "qatarier(n|na)"),
    "RO": ("rumänsk(a|t|e)", "rumän(en|er|erna)"),
    "RU": ("rysk(a|t|e)", "ryss(en|ar|arna)"),
    "SA": ("saudiarabisk(a|t|e)", "saudisk(a|t|e)", "saudier(n|na)"),
    "SE": ("svensk(a|t|e|en|ar|arna)",),
    "SI": ("slovensk(a|t|e)", "sloven(en|er|erna)"),
    "SK": ("slovakisk(a|t|e)", "slovak(en|er|erna)"),
    "SY": ("syrisk(a|t|e)", "syrier(n|na)"),
    "TJ": ("tadzjikisk(a|t|e)", "tadzjik(en|er|erna)"),
    "TM": ("turkmensk(a|t|e)", "turkmen(en|er|erna)"),
    "TR": ("turkisk(a|t|e)", "turk(en|ar|arna)"),
    "UA": ("ukrainsk(a|t|e)", "ukrainare(n|na)"),
    "US": ("amerikansk(a|t|e)", "amerikan(en|er|erna)"),
    "UZ": ("uzbekisk(a|t|e)", "uzbek(en|er|erna)"),
    "ZA": ("sydafrikansk(a|t|e)", "sydafrikan(en|er|erna)"),
}

# Source: SAOL (FN, EU, "Nato" written as a word) and TT's usage ("talibanerna" in lower case).
ORGANISATIONS = {
    "african_union": ("Afrikanska unionen", "afrikanska unionen"),
    "eu": ("EU", "Europeiska unionen", "europeiska unionen"),
    "hezbollah": ("Hizbollah",),
    "islamic_state": ("IS", "Islamiska staten", "islamiska staten"),
    "taliban": ("talibanerna", "talibanrörelsen"),
    "un": ("FN", "Förenta nationerna"),
}

PLACES = PlaceData(
    country_aliases=COUNTRY_ALIASES,
    demonyms=DEMONYMS,
    organisations=ORGANISATIONS,
    genitive_endings=("s", ":s"),
)
