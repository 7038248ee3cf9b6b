"""Swedish: number words, separators, qualifiers and units."""

from __future__ import annotations

from claimrec.lang.number_schema import MeasureUnit, NumberData, QualifierWords


def _parts(stem: str) -> tuple[str, ...]:
    """The forms of a fraction noun: tredjedel, tredjedelen, tredjedelar, tredjedelarna, tredjedels."""
    return tuple(stem + ending for ending in ("del", "delen", "delar", "delarna", "dels"))


# Source: Språkrådet, Svenska skrivregler, "Räkneord" (compounds in one word:
# "tjugofem", "tvåhundra"; "ettusen" with two t's); Svensk ordbok (SO).
# One is in INDEFINITE_ONES.
CARDINALS = {
    0: ("noll",),
    2: ("två",),
    3: ("tre",),
    4: ("fyra",),
    5: ("fem",),
    6: ("sex",),
    7: ("sju",),
    8: ("åtta",),
    9: ("nio",),
    10: ("tio",),
    11: ("elva",),
    12: ("tolv",),
    13: ("tretton",),
    14: ("fjorton",),
    15: ("femton",),
    16: ("sexton",),
    17: ("sjutton",),
    18: ("arton", "aderton"),
    19: ("nitton",),
    20: ("tjugo",),
    30: ("trettio",),
    40: ("fyrtio",),
    50: ("femtio",),
    60: ("sextio",),
    70: ("sjuttio",),
    80: ("åttio",),
    90: ("nittio",),
}
# Left out: "halvannan" (1.5); colloquial "tju", "tretti", "förti". Kept although ambiguous:
# "sex" is also the noun ("har sex med") and then reads as 6.

# Source: Svensk ordbok (the article and the numeral one).
# "en"/"ett" are both the numeral and the article: a lone one is no count.
INDEFINITE_ONES = ("en", "ett")

# Source: Svenska skrivregler (abbreviations "milj.", "mdr"). "biljon" is 10**12.
SCALES = {
    12: ("dussin",),
    100: ("hundra",),
    1000: ("tusen",),
    10**6: ("miljon", "miljoner", "miljonerna", "miljoners"),
    10**9: ("miljard", "miljarder", "miljarderna", "miljarders"),
    10**12: ("biljon", "biljoner"),
}
SCALE_ABBREVIATIONS = {10**6: ("milj.", "milj", "mn"), 10**9: ("mdr", "md", "mdr.")}

# Source: Svensk ordbok. Left out: "andra" (second), which far more often means
# "other"; "näst" (second-) belongs to the rank patterns.
ORDINALS = {
    1: ("första",),
    3: ("tredje",),
    4: ("fjärde",),
    5: ("femte",),
    6: ("sjätte",),
    7: ("sjunde",),
    8: ("åttonde",),
    9: ("nionde",),
    10: ("tionde",),
    11: ("elfte",),
    12: ("tolfte",),
    13: ("trettonde",),
    14: ("fjortonde",),
    15: ("femtonde",),
    16: ("sextonde",),
    17: ("sjuttonde",),
    18: ("artonde",),
    19: ("nittonde",),
    20: ("tjugonde",),
    30: ("trettionde",),
    40: ("fyrtionde",),
    50: ("femtionde",),
    60: ("sextionde",),
    70: ("sjuttionde",),
    80: ("åttionde",),
    90: ("nittionde",),
    100: ("hundrade",),
    1000: ("tusende",),
}
# "tjugoandra" (22nd): "andra" ends a compound ordinal; alone it mostly means "other".
COMPOUND_ORDINALS = {2: ("andra",)}

# Source: Svensk ordbok ("tredjedel", "hälften"). Left out: "kvart" (a clock word) and
# "halva", an adjective ("halva landet") that needs its noun.
FRACTIONS = {
    2: ("hälft", "hälften", "hälfter", "hälfterna"),
    3: _parts("tredje"),
    4: _parts("fjärde"),
    5: _parts("femte"),
    6: _parts("sjätte"),
    7: _parts("sjunde"),
    8: _parts("åttonde"),
    9: _parts("nionde"),
    10: _parts("tion"),
    100: _parts("hundra"),
}

# Source: Svensk ordbok ("hundratals", "tusentals").
VAGUE_AMOUNTS = {
    12: ("dussintals",),
    100: ("hundratals",),
    1000: ("tusentals",),
    10_000: ("tiotusentals",),
    100_000: ("hundratusentals",),
    10**6: ("miljontals", "miljoner"),
    10**9: ("miljarder",),
}

# Source: Svensk ordbok (usage of "drygt", "knappt", "uppemot" before numbers).
QUALIFIERS: QualifierWords = {
    "approx": ("omkring", "runt", "cirka", "ca", "ca.", "ungefär", "kring", "uppskattningsvis"),
    "nearly": ("nästan", "knappt", "närmare", "uppemot", "nära"),
    "just_over": ("drygt", "dryga", "strax över", "en bit över"),
    "more_than": ("över", "mer än", "fler än", "mera än"),
    "at_least": ("minst", "åtminstone"),
    "less_than": ("under", "färre än", "mindre än"),
    "at_most": ("högst", "max", "maximalt", "som mest"),
    "up_to": ("upp till",),
}
QUALIFIERS_AFTER: QualifierWords = {
    "at_least": ("eller mer", "eller fler", "eller mera"),
    "at_most": ("eller mindre", "eller färre"),
}
# Source: collocations "X over" in Svensk ordbok; compiled for claimrec.
QUALIFIER_BLOCKERS = ("kontroll", "kontrollen", "makt", "makten", "seger", "segern", "övertag")

# Source: Svensk ordbok; SI abbreviations. Swedish "mil" is the Scandinavian mile of 10 km.
# Left out: "pund" (mostly the currency), temperatures ("grader").
UNITS = (
    MeasureUnit(unit="percentage_points", words=("procentenheter", "procentenhet", "procentpunkter")),
    MeasureUnit(unit="km", words=("km", "kilometer")),
    MeasureUnit(unit="km", factor=10, words=("mil",)),
    MeasureUnit(unit="km", factor=1.609344, words=("engelska mil",)),
    MeasureUnit(unit="km", factor=1.852, words=("nautiska mil", "sjömil", "distansminuter")),
    MeasureUnit(unit="m", words=("m", "meter")),
    MeasureUnit(unit="m", factor=0.01, words=("cm", "centimeter")),
    MeasureUnit(unit="m", factor=0.001, words=("mm", "millimeter")),
    MeasureUnit(unit="m", factor=0.3048, words=("fot",)),
    MeasureUnit(unit="m", factor=0.0254, words=("tum",)),
    MeasureUnit(unit="kg", words=("kg", "kilo", "kilogram")),
    MeasureUnit(unit="kg", factor=0.001, words=("gram",)),
    MeasureUnit(unit="kg", factor=1000, words=("ton",)),
    MeasureUnit(unit="km/h", words=("km/h", "km/tim", "kilometer i timmen")),
    MeasureUnit(unit="km/h", factor=3.6, words=("m/s", "meter per sekund", "sekundmeter")),
    MeasureUnit(unit="km/h", factor=1.852, words=("knop",)),
    MeasureUnit(unit="km2", words=("km²", "km2", "kvadratkilometer")),
    MeasureUnit(unit="km2", factor=0.01, words=("hektar",)),
    MeasureUnit(unit="years_of_age", words=("åring", "åringar", "årig", "åriga", "år gammal", "år gamla")),
    MeasureUnit(unit="seconds", kind="duration", words=("sekund", "sekunder", "sekunders", "sek.")),
    MeasureUnit(unit="minutes", kind="duration", words=("minut", "minuter", "minuten", "minuterna", "minuters")),
    MeasureUnit(unit="hours", kind="duration", words=("timme", "timmar", "timmen", "timmarna", "timmars")),
    MeasureUnit(unit="days", kind="duration", words=("dag", "dagar", "dagen", "dagarna", "dagars", "dygn", "dygnet")),
    MeasureUnit(unit="weeks", kind="duration", words=("vecka", "veckor", "veckan", "veckorna", "veckors")),
    MeasureUnit(unit="months", kind="duration", words=("månad", "månader", "månaden", "månaderna", "månaders")),
    MeasureUnit(unit="years", kind="duration", words=("år", "året", "åren", "års")),
    MeasureUnit(unit="years", kind="duration", factor=10, words=("decennium", "decennier", "årtionde", "årtionden")),
)

# Source: prepositions and time nouns that take a year in Svensk ordbok; compiled for claimrec.
# A four-digit number after these is a year ("i 2001", "sedan 1989", "kvartalet 2018").
YEAR_CONTEXT = (
    "i", "år", "året", "sedan", "från", "före", "efter", "innan", "fram till",
    "våren", "sommaren", "hösten", "vintern", "kvartal", "kvartalet", "halvåret",
    "början av", "mitten av", "slutet av", "utgången av",
)  # fmt: skip
# Source: Svensk ordbok (month names and abbreviations). Repeated here so the number
# engine does not depend on the time data.
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
    "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.",
)  # fmt: skip

NUMBERS = NumberData(
    # Source: CLDR number symbols for sv (decimal ",", group: no-break space); Svenska
    # skrivregler advise against a full stop between groups, but "3.000" is seen in
    # print and can only mean 3000 where the decimal mark is a comma.
    decimal_separator=",",
    group_separators=(" ", "."),
    clock_separators=(".", ":"),
    cardinals=CARDINALS,
    indefinite_ones=INDEFINITE_ONES,
    connectors=("och",),
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    ordinals=ORDINALS,
    compound_ordinals=COMPOUND_ORDINALS,
    ordinal_suffixes=(":a", ":e"),
    ordinal_markers=("nr", "nr.", "nummer"),
    fractions=FRACTIONS,
    # "the last half", "anden halvdel": a part of a match or a period, not a share.
    part_markers=("andra", "sista", "hela"),
    percent=("%", "procent"),
    vague_amounts=VAGUE_AMOUNTS,
    vague_multipliers=("flera", "några", "många", "ett par", "ett fåtal"),
    qualifiers=QUALIFIERS,
    qualifiers_after=QUALIFIERS_AFTER,
    qualifier_blockers=QUALIFIER_BLOCKERS,
    range_joiners=("till",),
    range_openers={"mellan": ("och",)},
    change_openers=("från",),
    units=UNITS,
    year_context=YEAR_CONTEXT,
    months=MONTHS,
    # "1990-talet" (the 1990s).
    decade_suffixes=("-talet", "-talets"),
    # A bare 1900-2100 before a verb is mostly a year, counts there are mostly round (2000).
    bare_years="unround",
    clock_words=("kl.", "kl", "klockan"),
)
