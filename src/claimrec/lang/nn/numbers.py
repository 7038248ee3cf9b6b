"""Norwegian Nynorsk: number words, separators, qualifiers and units."""

from __future__ import annotations

from claimrec.lang.number_schema import MeasureUnit, NumberData, QualifierWords


def _parts(stem: str) -> tuple[str, ...]:
    """The forms of a fraction noun: tredjedel, tredjedelen, tredjedelar, tredjedelane, tredjedels."""
    return tuple(stem + ending for ending in ("del", "delen", "delar", "delane", "dels"))


# Source: Nynorskordboka; Språkrådet, "Tal og talord" (compounds are one word: "tjueein",
# "tohundre"; the old counting "femogtjue" is still allowed). One is in INDEFINITE_ONES.
CARDINALS = {
    0: ("null",),
    2: ("to",),
    3: ("tre",),
    4: ("fire",),
    5: ("fem",),
    6: ("seks",),
    7: ("sju",),
    8: ("åtte",),
    9: ("ni",),
    10: ("ti",),
    11: ("elleve",),
    12: ("tolv",),
    13: ("tretten",),
    14: ("fjorten",),
    15: ("femten",),
    16: ("seksten",),
    17: ("sytten",),
    18: ("atten",),
    19: ("nitten",),
    20: ("tjue", "tjuge"),
    30: ("tretti", "tredve"),
    40: ("førti",),
    50: ("femti",),
    60: ("seksti",),
    70: ("sytti",),
    80: ("åtti",),
    90: ("nitti",),
}
# "tjuge" is the older form of "tjue", still seen in print. Left out: "halvanna" (1.5).
# The accented "éin"/"éi" mark the numeral (Nynorskordboka), yet they count only where
# "one" does in every other language (after a qualifier, before a scale word or time unit): a lone
# "one" is rarely a checkable count, and English "one" cannot be told from the pronoun, so counting
# "én person døde" but not "one person died" would make translations disagree.

# Source: Nynorskordboka (the article and the numeral one).
# "ein", "ei", "eit" are also the article; "eitt" is the numeral but stands where English
# has "one" (a pronoun as often as a count) and is kept alike: a lone one is no count, but
# after ONE_QUALIFIERS.
INDEFINITE_ONES = ("ein", "ei", "eit", "eitt", "éin", "éi")

# Source: Nynorskordboka ("millionar", "milliardar"); Språkrådet's abbreviations.
SCALES = {
    12: ("dusin",),
    100: ("hundre",),
    1000: ("tusen",),
    10**6: ("million", "millionar", "millionane", "millionars"),
    10**9: ("milliard", "milliardar", "milliardane", "milliardars"),
    10**12: ("billion", "billionar"),
}
SCALE_ABBREVIATIONS = {10**6: ("mill.", "mill", "mln."), 10**9: ("mrd.", "mrd")}

# Source: Nynorskordboka (ordinals end in "-ande": "sjuande", "tjuande"). Left out:
# "andre" (second), which far more often means "other"; the ordinals of 100 and 1000,
# rare in news and unsure in spelling.
ORDINALS = {
    1: ("første",),
    3: ("tredje",),
    4: ("fjerde",),
    5: ("femte",),
    6: ("sjette",),
    7: ("sjuande",),
    8: ("åttande",),
    9: ("niande",),
    10: ("tiande",),
    11: ("ellevte",),
    12: ("tolvte",),
    13: ("trettande",),
    14: ("fjortande",),
    15: ("femtande",),
    16: ("sekstande",),
    17: ("syttande",),
    18: ("attande",),
    19: ("nittande",),
    20: ("tjuande",),
    30: ("trettiande",),
    40: ("førtiande",),
    50: ("femtiande",),
    60: ("sekstiande",),
    70: ("syttiande",),
    80: ("åttiande",),
    90: ("nittiande",),
}
# "tjueandre" (22nd): "andre" ends a compound ordinal; alone it mostly means "other".
COMPOUND_ORDINALS = {2: ("andre",)}

# Source: Nynorskordboka ("tredjedel", "halvpart", "halv"). Left out: "kvart" (a clock word).
# The adjective for half ("halv") is a fraction word too: "ein halv time" is half an hour,
# "ein halv million" half a million. Before a number it tells the time ("halv fem": 4.30) and is no share.
FRACTIONS = {
    2: (*_parts("halv"), "halvpart", "halvparten", "halvpartane", "halv", "halvt", "halve"),
    3: (*_parts("tredje"), *_parts("tre")),
    4: _parts("fjerde"),
    5: _parts("femte"),
    6: _parts("sjette"),
    7: _parts("sjuande"),
    8: _parts("åttande"),
    9: _parts("niande"),
    10: (*_parts("tiande"), *_parts("ti")),
    100: _parts("hundre"),
}

# Source: Nynorskordboka ("hundrevis", "tusenvis").
VAGUE_AMOUNTS = {
    12: ("dusinvis",),
    100: ("hundrevis",),
    1000: ("tusenvis",),
    10_000: ("titusenvis",),
    100_000: ("hundretusenvis",),
    10**6: ("millionvis", "millionar"),
    10**9: ("milliardar",),
}

# Source: Nynorskordboka (usage of "vel", "drygt", "knapt" before numbers).
QUALIFIERS: QualifierWords = {
    "approx": ("omkring", "rundt", "kring", "cirka", "ca.", "ca", "om lag", "omtrent"),
    "nearly": ("nesten", "knapt", "nærare", "opp mot", "i underkant av"),
    "just_over": ("vel", "drygt", "i overkant av", "litt over"),
    "more_than": ("over", "meir enn", "fleire enn"),
    "at_least": ("minst", "ikkje mindre enn"),
    "less_than": ("under", "færre enn", "mindre enn"),
    "at_most": ("høgst", "maksimalt", "maks", "ikkje meir enn"),
    "up_to": ("opp til", "opptil", "inntil"),
}
# Source: comparative qualifiers before a numeral in Nynorskordboka; compiled for claimrec.
# Qualifiers after which "ein"/"eitt" is the number ("meir enn ein"): comparisons. Left out:
# "over", "under", "rundt", "kring", also prepositions ("over ei bru").
ONE_QUALIFIERS = ("meir enn", "fleire enn", "minst", "høgst", "færre enn", "mindre enn", "ikkje meir enn")
QUALIFIERS_AFTER: QualifierWords = {
    "at_least": ("eller meir", "eller fleire"),
    "at_most": ("eller mindre", "eller færre"),
}
# Source: collocations "X over" in Nynorskordboka; compiled for claimrec.
QUALIFIER_BLOCKERS = ("kontroll", "kontrollen", "makt", "makta", "siger", "sigeren", "herredøme")

# Source: Språkrådet, "Tal og talord" (compounds of numerals in one word: "trettenåring",
# "femårsplan", "seksspels"); compiled for claimrec. Linking elements and nouns a number word may
# be glued to; those that are unit words give their unit. Anything else is no number ("tier").
COMPOUND_ELEMENTS = (
    "barns", "time", "år",
    "åring", "åringen", "åringar", "åringane", "årig", "årige", "års", "dagars", "døgers", "timars", "vekers",
    "månaders", "poengs", "spels", "kamps", "manns", "roms", "dobbel", "dobbelt", "dobla",
)  # fmt: skip

# Source: Nynorskordboka; SI abbreviations. "mil" is the Scandinavian mile of 10 km.
# Left out as in Bokmål: "pund", "mål", temperatures.
UNITS = (
    MeasureUnit(unit="percentage_points", words=("prosentpoeng", "prosenteiningar")),
    MeasureUnit(unit="km", words=("km", "kilometer")),
    MeasureUnit(unit="km", factor=10, words=("mil",)),
    MeasureUnit(unit="km", factor=1.609344, words=("engelske mil",)),
    MeasureUnit(unit="km", factor=1.852, words=("nautiske mil", "sjømil")),
    MeasureUnit(unit="m", words=("m", "meter")),
    MeasureUnit(unit="m", factor=0.01, words=("cm", "centimeter")),
    MeasureUnit(unit="m", factor=0.001, words=("mm", "millimeter")),
    MeasureUnit(unit="kg", words=("kg", "kilo", "kilogram")),
    MeasureUnit(unit="kg", factor=0.001, words=("gram",)),
    MeasureUnit(unit="kg", factor=1000, words=("tonn",)),
    MeasureUnit(unit="km/h", words=("km/t", "km/h", "kilometer i timen")),
    MeasureUnit(unit="km/h", factor=3.6, words=("m/s", "sekundmeter")),
    MeasureUnit(unit="km2", words=("km²", "km2", "kvadratkilometer")),
    MeasureUnit(
        unit="years_of_age", words=("åring", "åringen", "åringar", "åringane", "årig", "årige", "år gammal", "år gamle")
    ),
    # A number of times (and a factor: "tre gonger så mange").
    MeasureUnit(unit="times", kind="count", words=("gonger", "gong")),
    MeasureUnit(unit="times", kind="count", glued=True, words=("dobbel", "dobbelt", "dobla")),
    MeasureUnit(unit="seconds", kind="duration", words=("sekund", "sekunda", "sek.")),
    MeasureUnit(unit="minutes", kind="duration", words=("minutt", "minutta", "minuttet", "min.")),
    MeasureUnit(unit="hours", kind="duration", words=("time", "timar", "timen", "timane", "timars")),
    MeasureUnit(
        unit="days", kind="duration", words=("dag", "dagar", "dagen", "dagane", "dagars", "døgn", "døgnet", "døgers")
    ),
    MeasureUnit(unit="weeks", kind="duration", words=("veke", "veker", "veka", "vekene", "vekers")),
    MeasureUnit(unit="months", kind="duration", words=("månad", "månader", "månaden", "månadene", "månaders")),
    MeasureUnit(unit="years", kind="duration", words=("år", "året", "åra", "års")),
    MeasureUnit(unit="years", kind="duration", factor=10, words=("tiår", "tiåret", "tiåra")),
)

# Source: Nynorskordboka ("i ein alder av", "ein mann på 40 år"); compiled for claimrec.
# After AGE_BEFORE a number is an age; after a person noun and "på" only a number of years is,
# since "ein dom på 39 år" is a duration. Left out: "X er/var 39 år".
AGE_BEFORE = ("i ein alder av", "i alderen", "alder av")
AGE_BEFORE_YEARS = (
    "mann på", "menn på", "kvinne på", "kvinner på", "gut på", "gutar på", "jente på", "jenter på",
    "person på", "personar på", "barn på",
)  # fmt: skip

# Source: prepositions and time nouns that take a year in Nynorskordboka; compiled for claimrec.
# A four-digit number after these is a year ("i 2001", "sidan 1989", "starten av 2018").
YEAR_CONTEXT = (
    "i", "år", "året", "sidan", "frå", "før", "etter", "innan", "inntil", "fram til",
    "våren", "sommaren", "hausten", "vinteren", "kvartal", "kvartalet",
    "starten av", "byrjinga av", "midten av", "slutten av", "utgangen av", "kvartal av",
)  # fmt: skip
# Source: Nynorskordboka (month names). Repeated here so the number engine does not
# depend on the time data.
MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "desember", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "des.",
)  # fmt: skip

# Source: determiners, possessives and adjectives of place before a noun in Nynorskordboka; compiled for claimrec.
# "andre halvdelen", "deira eigen halvdel": a part of a match, a pitch or a period, not a share.
PART_MARKERS = (
    "andre", "siste", "heile", "den", "denne", "eine", "deira", "hans", "hennar", "sin", "sitt", "vår", "eigen",
    "eige", "eigne",
)  # fmt: skip

# Nouns that name one of a series; a bare number after them is its label ("match four").
LABEL_NOUNS = (
    "kamp",
    "runde",
    "hol",
    "etappe",
    "kapittel",
    "artikkel",
    "paragraf",
    "side",
    "episode",
    "sesong",
    "band",
    "perrong",
    "rute",
    "nivå",
    "kategori",
    "fase",
)

NUMBERS = NumberData(
    # Source: CLDR number symbols for nn (as nb: decimal ",", group: no-break space);
    # a full stop between groups ("3.000") is common in Norwegian print.
    decimal_separator=",",
    group_separators=(" ", "."),
    clock_separators=(".", ":"),
    cardinals=CARDINALS,
    indefinite_ones=INDEFINITE_ONES,
    one_qualifiers=ONE_QUALIFIERS,
    numeral_ones=INDEFINITE_ONES,
    connectors=("og",),
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    ordinals=ORDINALS,
    compound_ordinals=COMPOUND_ORDINALS,
    compound_elements=COMPOUND_ELEMENTS,
    ordinal_suffixes=(".",),
    ordinal_markers=("nr.", "nummer"),
    label_nouns=LABEL_NOUNS,
    fractions=FRACTIONS,
    part_markers=PART_MARKERS,
    percent=("%", "prosent", "pst.", "pst"),
    vague_amounts=VAGUE_AMOUNTS,
    vague_multipliers=("fleire", "nokre", "mange", "eit par"),
    qualifiers=QUALIFIERS,
    qualifiers_after=QUALIFIERS_AFTER,
    qualifier_blockers=QUALIFIER_BLOCKERS,
    range_joiners=("til",),
    # Source: coordinating conjunctions in Nynorskordboka.
    list_joiners=("og", "eller"),
    range_openers={"mellom": ("og",)},
    change_openers=("frå",),
    units=UNITS,
    age_before=AGE_BEFORE,
    age_before_years=AGE_BEFORE_YEARS,
    year_context=YEAR_CONTEXT,
    months=MONTHS,
    # "1990-talet", "1990-åra" (the 1990s).
    decade_suffixes=("-talet", "-åra"),
    # A bare 1900-2100 before a verb is mostly a year, counts there are mostly round (2000).
    bare_years="unround",
    clock_words=("kl.", "kl", "klokka"),
)
