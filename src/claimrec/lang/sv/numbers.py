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
# Left out: "halvannan" (1.5); colloquial "tju", "tretti", "förti".
# "sex" is also the noun. What comes before does not tell them apart ("ha sex", "om sex" as
# "har sex barn", "om sex veckor"); what comes after mostly does: the number is followed by what it
# counts, a scale or a unit ("sex personer", "sex miljoner", "sex veckor"), the noun by a function
# word or the clause's end ("sex och samtycke", "köp av sex."). Known limitation: "sex med" is read
# as the noun, though it can be "six with"; "sex eller sju" (six or seven) too.
NOUN_CARDINALS = ("sex",)
NOUN_CARDINAL_PARTNERS = ("av", "till")

# Source: Svensk ordbok (the article and the numeral one).
# "en"/"ett" are both the numeral and the article, and Swedish has no accent to tell them
# apart: a lone one is no count, but after ONE_QUALIFIERS ("minst en", "fler än ett").
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

# Source: Svensk ordbok ("tredjedel", "hälften", "halv"). Left out: "kvart" (a clock word).
# The adjective for half ("halv") is a fraction word too: "en halv timme" is half an hour,
# "en halv miljon" half a million. Before a number it tells the time ("halv fem": 4.30) and is no share.
FRACTIONS = {
    2: ("hälft", "hälften", "hälfter", "hälfterna", "halv", "halvt", "halva"),
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
# Source: comparative qualifiers before a numeral in Svensk ordbok; compiled for claimrec.
# Qualifiers after which "en"/"ett" is the number: comparisons. Left out: "över", "under",
# "runt", "kring", "omkring", also prepositions ("över en bro", "under ett samtal").
ONE_QUALIFIERS = ("mer än", "fler än", "mera än", "minst", "åtminstone", "högst", "färre än", "mindre än")
QUALIFIERS_AFTER: QualifierWords = {
    "at_least": ("eller mer", "eller fler", "eller mera"),
    "at_most": ("eller mindre", "eller färre"),
}
# Source: collocations "X over" in Svensk ordbok; compiled for claimrec.
QUALIFIER_BLOCKERS = ("kontroll", "kontrollen", "makt", "makten", "seger", "segern", "övertag")

# Source: Svenska skrivregler, "Räkneord" (compounds in one word: "sexpoängsledning",
# "femårsplan", "trettonåring", "trefaldig"); compiled for claimrec. Linking elements and nouns
# a number word may be glued to; those that are unit words give their unit. A number word glued
# to anything else is no number ("sexig", "tiotal" is left out).
COMPOUND_ELEMENTS = (
    "barns", "timme", "timmes", "år",
    "åring", "åringen", "åringar", "åringarna", "årig", "åriga", "årigt", "års", "dagars", "dygns", "timmars",
    "veckors", "månaders", "minuters", "sekunders", "poängs", "mannas", "rums",
    "faldig", "faldiga", "faldige", "faldigt", "dubbel", "dubbla", "dubblat", "dubblade",
)  # fmt: skip

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
    MeasureUnit(unit="m", factor=0.3048, words=("fot",), minor_factor=0.0254, minor_words=("tum",)),
    MeasureUnit(unit="m", factor=0.0254, words=("tum",)),
    MeasureUnit(unit="kg", words=("kg", "kilo", "kilogram")),
    MeasureUnit(unit="kg", factor=0.001, words=("gram",)),
    MeasureUnit(unit="kg", factor=1000, words=("ton",)),
    MeasureUnit(unit="km/h", words=("km/h", "km/tim", "kilometer i timmen")),
    MeasureUnit(unit="km/h", factor=3.6, words=("m/s", "meter per sekund", "sekundmeter")),
    MeasureUnit(unit="km/h", factor=1.852, words=("knop",)),
    MeasureUnit(unit="km2", words=("km²", "km2", "kvadratkilometer")),
    MeasureUnit(unit="km2", factor=0.01, words=("hektar",)),
    # "-årig" is also "lasting N years" ("ett treårigt avtal"); read as an age, the more common in news.
    MeasureUnit(
        unit="years_of_age",
        words=("åring", "åringen", "åringar", "åringarna", "årig", "åriga", "årigt", "år gammal", "år gamla"),
    ),
    # A number of times (and a factor: "tre gånger så många"); "en gång" is also "once upon a time".
    MeasureUnit(unit="times", kind="count", words=("gånger", "gång")),
    MeasureUnit(
        unit="times",
        kind="count",
        glued=True,
        words=("faldig", "faldiga", "faldige", "faldigt", "dubbel", "dubbla", "dubblat", "dubblade"),
    ),
    MeasureUnit(unit="seconds", kind="duration", words=("sekund", "sekunder", "sekunders", "sek.")),
    MeasureUnit(unit="minutes", kind="duration", words=("minut", "minuter", "minuten", "minuterna", "minuters")),
    MeasureUnit(unit="hours", kind="duration", words=("timme", "timmar", "timmen", "timmarna", "timmars")),
    MeasureUnit(
        unit="days", kind="duration", words=("dag", "dagar", "dagen", "dagarna", "dagars", "dygn", "dygnet", "dygns")
    ),
    MeasureUnit(unit="weeks", kind="duration", words=("vecka", "veckor", "veckan", "veckorna", "veckors")),
    MeasureUnit(unit="months", kind="duration", words=("månad", "månader", "månaden", "månaderna", "månaders")),
    MeasureUnit(unit="years", kind="duration", words=("år", "året", "åren", "års")),
    MeasureUnit(unit="years", kind="duration", factor=10, words=("decennium", "decennier", "årtionde", "årtionden")),
)

# Source: Svensk ordbok ("i en ålder av", "en man på 40 år"); compiled for claimrec.
# After AGE_BEFORE a number is an age; after a person noun and "på" only a number of years is
# ("tre män på 33, 34 och 39 år"), since "ett straff på 39 år" is a duration. Left out:
# "X är/var 39 år" ("Det var 36 år sen" is a duration).
AGE_BEFORE = ("i en ålder av", "i åldern", "vid en ålder av")
AGE_BEFORE_YEARS = (
    "man på", "män på", "kvinna på", "kvinnor på", "pojke på", "pojkar på", "flicka på", "flickor på",
    "person på", "personer på", "barn på",
)  # fmt: skip

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

# Source: determiners, possessives and adjectives of place before a noun in Svensk ordbok; compiled for claimrec.
# "andra hälften", "deras egen hälft", "den ena hälften": a part of a match, a pitch or a
# period, not a share ("hälften av landet", "nästan hälften" have none of them).
PART_MARKERS = (
    "andra", "sista", "hela", "den", "denna", "ena", "deras", "hans", "hennes", "sin", "sitt", "vår", "vårt",
    "egen", "eget", "egna",
)  # fmt: skip

# Nouns that name one of a series; a bare number after them is its label ("match four").
LABEL_NOUNS = (
    "match",
    "matchen",
    "omgång",
    "hål",
    "etapp",
    "kapitel",
    "artikel",
    "paragraf",
    "sida",
    "avsnitt",
    "säsong",
    "perrong",
    "rutt",
    "nivå",
    "kategori",
    "fas",
)

NUMBERS = NumberData(
    # Source: CLDR number symbols for sv (decimal ",", group: no-break space); Svenska
    # skrivregler advise against a full stop between groups, but "3.000" is seen in
    # print and can only mean 3000 where the decimal mark is a comma.
    decimal_separator=",",
    group_separators=(" ", "."),
    clock_separators=(".", ":"),
    cardinals=CARDINALS,
    noun_cardinals=NOUN_CARDINALS,
    noun_cardinal_partners=NOUN_CARDINAL_PARTNERS,
    indefinite_ones=INDEFINITE_ONES,
    one_qualifiers=ONE_QUALIFIERS,
    numeral_ones=INDEFINITE_ONES,
    connectors=("och",),
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    ordinals=ORDINALS,
    compound_ordinals=COMPOUND_ORDINALS,
    compound_elements=COMPOUND_ELEMENTS,
    ordinal_suffixes=(":a", ":e"),
    ordinal_markers=("nr", "nr.", "nummer"),
    label_nouns=LABEL_NOUNS,
    fractions=FRACTIONS,
    part_markers=PART_MARKERS,
    percent=("%", "procent"),
    vague_amounts=VAGUE_AMOUNTS,
    vague_multipliers=("flera", "några", "många", "ett par", "ett fåtal"),
    qualifiers=QUALIFIERS,
    qualifiers_after=QUALIFIERS_AFTER,
    qualifier_blockers=QUALIFIER_BLOCKERS,
    range_joiners=("till",),
    # Source: coordinating conjunctions in Svensk ordbok.
    list_joiners=("och", "eller"),
    range_openers={"mellan": ("och",)},
    change_openers=("från",),
    units=UNITS,
    age_before=AGE_BEFORE,
    age_before_years=AGE_BEFORE_YEARS,
    year_context=YEAR_CONTEXT,
    months=MONTHS,
    # "1990-talet" (the 1990s).
    decade_suffixes=("-talet", "-talets"),
    # A bare 1900-2100 before a verb is mostly a year, counts there are mostly round (2000).
    bare_years="unround",
    clock_words=("kl.", "kl", "klockan"),
)
