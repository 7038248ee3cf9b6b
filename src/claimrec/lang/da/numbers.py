"""Danish: number words, separators, qualifiers and units."""

from __future__ import annotations

from claimrec.lang.number_schema import MeasureUnit, NumberData, QualifierWords


def _parts(stem: str) -> tuple[str, ...]:
    """The forms of a fraction noun: tredjedel, tredjedele, tredjedelen, tredjedelene, tredjedels."""
    return tuple(stem + ending for ending in ("del", "dele", "delen", "delene", "dels"))


# Source: Retskrivningsordbogen (Dansk Sprognævn), the entries of the numerals and the
# section "Tal" of its rules; Den Danske Ordbog for the vigesimal long forms.
# One is in INDEFINITE_ONES.
CARDINALS = {
    0: ("nul",),
    2: ("to",),
    3: ("tre",),
    4: ("fire",),
    5: ("fem",),
    6: ("seks",),
    7: ("syv",),
    8: ("otte",),
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
    20: ("tyve",),
    30: ("tredive", "tredve"),
    40: ("fyrre", "fyrretyve"),
    50: ("halvtreds", "halvtredsindstyve"),
    60: ("tres", "tresindstyve"),
    70: ("halvfjerds", "halvfjerdsindstyve"),
    80: ("firs", "firsindstyve"),
    90: ("halvfems", "halvfemsindstyve"),
}
# Left out: "halvanden" (1.5), which would need fractional cardinals.
# Known limitation: "tyve" is also the plural of "tyv" (thief): "Tyve stjal en bil" reads
# as 20. No clean rule tells them apart: a number word before a finite verb is a noun
# ("Tyve stjal"), but also a subject ("Tyve døde", "tyve blev såret"), and the engine has no
# list of verbs; "tyve" the noun takes no article in the plural either.
# The accented "én"/"ét" mark the numeral (Retskrivningsordbogen § 4), yet they count only where
# "one" does in every other language (after a qualifier, before a scale word or time unit): a lone
# "one" is rarely a checkable count, and English "one" cannot be told from the pronoun, so counting
# "én person døde" but not "one person died" would make translations disagree.

# Source: Den Danske Ordbog (the article and the numeral one).
# "en"/"et" are also the article: a lone one is no count, but after ONE_QUALIFIERS.
INDEFINITE_ONES = ("en", "et", "én", "ét")

# Source: Retskrivningsordbogen. "hundred" is the short form in "hundredvis", "et hundred".
# "billion" is 10**12 in Danish (long scale).
SCALES = {
    12: ("dusin",),
    100: ("hundrede", "hundred"),
    1000: ("tusind", "tusinde"),
    10**6: ("million", "millioner", "millionerne", "millioners"),
    10**9: ("milliard", "milliarder", "milliarderne", "milliarders"),
    10**12: ("billion", "billioner"),
}
SCALE_ABBREVIATIONS = {10**6: ("mio.", "mio", "mill."), 10**9: ("mia.", "mia", "mrd.")}

# Source: Retskrivningsordbogen. Left out: "anden"/"andet" (second), which far more often
# mean "other" ("en anden by"); rank phrases with "næst-" belong to the rank patterns.
# "hundrede"/"tusinde" are also the ordinals of 100/1000 but read as cardinals.
ORDINALS = {
    1: ("første",),
    3: ("tredje",),
    4: ("fjerde",),
    5: ("femte",),
    6: ("sjette",),
    7: ("syvende",),
    8: ("ottende",),
    9: ("niende",),
    10: ("tiende",),
    11: ("ellevte",),
    12: ("tolvte",),
    13: ("trettende",),
    14: ("fjortende",),
    15: ("femtende",),
    16: ("sekstende",),
    17: ("syttende",),
    18: ("attende",),
    19: ("nittende",),
    20: ("tyvende",),
    30: ("tredivte",),
    40: ("fyrretyvende",),
    50: ("halvtredsindstyvende",),
    60: ("tresindstyvende",),
    70: ("halvfjerdsindstyvende",),
    80: ("firsindstyvende",),
    90: ("halvfemsindstyvende",),
}

# Source: Retskrivningsordbogen ("tredjedel", "halvdel", "halv"). Left out: "kvart", mostly a
# clock word ("kvart over tre") or "et kvarter" (15 minutes).
# The adjective for half ("halv") is a fraction word too: "en halv time" is half an hour,
# "en halv million" half a million. Before a number it tells the time ("halv fem": 4.30) and is no share.
FRACTIONS = {
    2: (*_parts("halv"), "halv", "halvt", "halve"),
    3: _parts("tredje"),
    4: _parts("fjerde"),
    5: _parts("femte"),
    6: _parts("sjette"),
    7: _parts("syvende"),
    8: _parts("ottende"),
    9: _parts("niende"),
    10: _parts("tiende"),
    100: _parts("hundrede"),
}

# Source: Retskrivningsordbogen ("hundredvis", "tusindvis", "snesevis" = by the score).
VAGUE_AMOUNTS = {
    12: ("dusinvis",),
    20: ("snesevis",),
    100: ("hundredvis", "hundreder"),
    1000: ("tusindvis", "tusinder"),
    10_000: ("titusindvis", "titusinder"),
    100_000: ("hundredtusindvis", "hundredetusindvis"),
    10**6: ("millionvis", "millioner"),
    10**9: ("milliarder",),
}

# Source: Den Danske Ordbog (usage of "knap", "godt", "op mod" before numbers).
# "knap 100" and "små 100" are a little under 100, "godt 100" a little over.
QUALIFIERS: QualifierWords = {
    "approx": ("omkring", "cirka", "ca.", "ca", "circa", "omtrent", "rundt regnet", "rundt", "lige omkring"),
    "nearly": ("næsten", "knap", "knapt", "små", "lidt under", "op mod", "tæt på", "henved", "nær ved"),
    "just_over": ("godt", "lidt over"),
    "more_than": ("over", "mere end", "flere end", "mer end"),
    "at_least": ("mindst", "ikke under", "ikke færre end", "ikke mindre end"),
    "less_than": ("under", "færre end", "mindre end"),
    "at_most": ("højst", "maksimalt", "maks.", "max.", "ikke over", "ikke mere end"),
    "up_to": ("op til", "helt op til", "op imod"),
}
# Source: comparative qualifiers before a numeral in Den Danske Ordbog; compiled for claimrec.
# Qualifiers after which "en"/"et" is the number ("mere end en", "mindst et"): comparisons.
# Left out: "over", "under", "omkring", "rundt", also prepositions ("over en bro", "under en
# samtale", "omkring en sø").
ONE_QUALIFIERS = (
    "mere end", "flere end", "mer end", "mindst", "højst", "færre end", "mindre end", "ikke mere end",
    "ikke færre end", "ikke mindre end",
)  # fmt: skip
QUALIFIERS_AFTER: QualifierWords = {
    "at_least": ("eller mere", "eller flere", "og derover", "eller derover"),
    "at_most": ("eller mindre", "eller færre", "og derunder", "eller derunder"),
    "approx": ("eller deromkring",),
}
# Source: collocations "X over" in Den Danske Ordbog; compiled for claimrec.
# "kontrol over 12 byer", "sejr over": over is a preposition there.
QUALIFIER_BLOCKERS = ("kontrol", "kontrollen", "magt", "magten", "sejr", "sejren", "herredømme", "herredømmet")

# Source: Retskrivningsordbogen (compounds of numerals: "femårsplan", "tomandsbolig",
# "trettenårig", "todages", "tredobbelt"); compiled for claimrec. Linking elements and nouns a
# number word may be glued to; those that are unit words give their unit ("femårsplan": 5 years).
# A number word glued to anything else is no number ("tier", "tiger", "fireren").
COMPOUND_ELEMENTS = (
    "barns", "time", "times", "år",
    "årig", "årige", "åring", "åringen", "åringer", "åringerne", "års", "dags", "dages", "døgns", "timers",
    "ugers", "måneders", "minutters", "sekunders", "mands", "personers", "værelses", "cifrede",
    "points", "kamps", "sæts", "dobbelt", "dobbelte", "doblet", "doblede", "foldig", "foldige",
)  # fmt: skip

# Source: Retskrivningsordbogen ("procentpoint").
_PERCENTAGE_POINTS = MeasureUnit(
    unit="percentage_points", words=("procentpoint", "procentpoints", "procent-point", "pct.-point", "procentenheder")
)

# Source: Retskrivningsordbogen; SI abbreviations (Dansk Standard). Danish "mil" is kept
# unconverted (unit "mil"): it may be the old Danish mile (7.532 km), an English mile in
# translated copy, or 10 km under Swedish/Norwegian influence. "pund" is left out: in news
# it is mostly the currency. Temperatures ("grader") are left out: affine, and "grader"
# is also an angle.
UNITS = (
    _PERCENTAGE_POINTS,
    MeasureUnit(unit="km", words=("km", "kilometer", "kilometers")),
    MeasureUnit(unit="km", factor=1.609344, words=("engelske mil",)),
    MeasureUnit(unit="km", factor=1.852, words=("sømil",)),
    MeasureUnit(unit="mil", words=("mil",)),
    MeasureUnit(unit="m", words=("m", "meter", "meters")),
    MeasureUnit(unit="m", factor=0.01, words=("cm", "centimeter")),
    MeasureUnit(unit="m", factor=0.001, words=("mm", "millimeter")),
    MeasureUnit(unit="m", factor=0.3048, words=("fod",), minor_factor=0.0254, minor_words=("tommer", "tomme")),
    MeasureUnit(unit="m", factor=0.0254, words=("tommer", "tomme")),
    MeasureUnit(unit="kg", words=("kg", "kilo", "kilogram")),
    MeasureUnit(unit="kg", factor=0.001, words=("gram",)),
    MeasureUnit(unit="kg", factor=1000, words=("ton", "tons")),
    MeasureUnit(unit="km/h", words=("km/t", "km/h", "kilometer i timen")),
    MeasureUnit(unit="km/h", factor=3.6, words=("m/s", "meter i sekundet")),
    MeasureUnit(unit="km/h", factor=1.852, words=("knob",)),
    MeasureUnit(unit="km2", words=("km²", "km2", "kvadratkilometer")),
    MeasureUnit(unit="km2", factor=0.01, words=("hektar",)),
    # "-årig" is also "lasting N years" ("en treårig aftale"); read as an age, the more common in news.
    MeasureUnit(
        unit="years_of_age",
        words=("årig", "årige", "åring", "åringen", "åringer", "åringerne", "år gammel", "år gamle"),
    ),
    # A number of times (and a factor: "tre gange så mange"); "en gang" is also "once upon a time".
    MeasureUnit(unit="times", kind="count", words=("gange", "gang")),
    MeasureUnit(
        unit="times", kind="count", glued=True, words=("dobbelt", "dobbelte", "doblet", "doblede", "foldig", "foldige")
    ),
    MeasureUnit(unit="seconds", kind="duration", words=("sekund", "sekunder", "sekunders", "sek.")),
    MeasureUnit(unit="minutes", kind="duration", words=("minut", "minutter", "minutters", "min.")),
    MeasureUnit(unit="hours", kind="duration", words=("time", "timer", "timen", "timerne", "timers")),
    MeasureUnit(
        unit="days",
        kind="duration",
        words=("dag", "dage", "dagen", "dagene", "dages", "dags", "døgn", "døgnet", "døgns"),
    ),
    MeasureUnit(unit="weeks", kind="duration", words=("uge", "uger", "ugen", "ugerne", "ugers")),
    MeasureUnit(unit="months", kind="duration", words=("måned", "måneder", "måneden", "månederne", "måneders")),
    MeasureUnit(unit="years", kind="duration", words=("år", "året", "årene", "års")),
    MeasureUnit(unit="years", kind="duration", factor=10, words=("årti", "årtier", "årtiet", "årtiers")),
)

# Source: Den Danske Ordbog ("i en alder af", "en mand på 40 år"); compiled for claimrec.
# After AGE_BEFORE a number is an age; after a person noun and "på" only a number of years is
# ("tre mænd på 33, 34 og 39 år"), since "en dom på 39 år" is a duration and "personer på 3
# hold" a count. Left out: "X er/var 39 år" ("Det er 36 år siden" is a duration).
AGE_BEFORE = ("i en alder af", "i alderen", "alder af")
AGE_BEFORE_YEARS = (
    "mand på", "mænd på", "kvinde på", "kvinder på", "dreng på", "drenge på", "pige på", "piger på",
    "person på", "personer på", "barn på", "børn på",
)  # fmt: skip

# Source: prepositions and time nouns that take a year in Den Danske Ordbog; compiled for claimrec.
# A four-digit number after these is a year ("i 2001", "siden 1989", "starten af 2018").
# Left out: "til" ("steg til 2000") and a bare "af" ("en styrke af 3000 mand").
YEAR_CONTEXT = (
    "i", "år", "året", "siden", "fra", "før", "efter", "inden", "indtil", "frem til", "primo", "medio", "ultimo",
    "foråret", "sommeren", "efteråret", "vinteren", "kvartal", "kvartalet", "halvår", "halvåret",
    "starten af", "begyndelsen af", "midten af", "slutningen af", "udgangen af", "kvartal af", "halvår af",
)  # fmt: skip
# Source: Retskrivningsordbogen (month names and their abbreviations). Repeated here so that
# the number engine does not depend on the time data.
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
    "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.",
)  # fmt: skip

# Source: determiners, possessives and adjectives of place before a noun in Den Danske Ordbog; compiled for claimrec.
# "anden halvdel", "deres egen halvdel", "den ene halvdel": a part of a match, a pitch or a
# period, not a share ("halvdelen af landet", "næsten halvdelen" have none of them).
PART_MARKERS = (
    "anden", "andet", "sidste", "hele", "den", "denne", "ene", "deres", "hans", "hendes", "sin", "sit", "vores",
    "jeres", "egen", "eget", "egne",
)  # fmt: skip

# Nouns that name one of a series; a bare number after them is its label ("match four").
LABEL_NOUNS = (
    "kamp",
    "duel",
    "runde",
    "hul",
    "etape",
    "kapitel",
    "artikel",
    "paragraf",
    "side",
    "afsnit",
    "sæson",
    "bind",
    "lokale",
    "perron",
    "rute",
    "niveau",
    "kategori",
    "fase",
)

NUMBERS = NumberData(
    # Source: CLDR number symbols for da (decimal ",", group "."); Retskrivningsordbogen §
    # "Tal" also allows a space between groups of three digits.
    decimal_separator=",",
    group_separators=(".", " "),
    clock_separators=(".", ":"),
    cardinals=CARDINALS,
    indefinite_ones=INDEFINITE_ONES,
    one_qualifiers=ONE_QUALIFIERS,
    numeral_ones=INDEFINITE_ONES,
    connectors=("og",),
    scales=SCALES,
    scale_abbreviations=SCALE_ABBREVIATIONS,
    ordinals=ORDINALS,
    compound_elements=COMPOUND_ELEMENTS,
    ordinal_suffixes=(".",),
    ordinal_markers=("nr.", "nummer"),
    label_nouns=LABEL_NOUNS,
    fractions=FRACTIONS,
    part_markers=PART_MARKERS,
    # "percent" is no standard Danish spelling but appears in Danish news; it has no other meaning.
    percent=("%", "procent", "pct.", "pct", "percent"),
    vague_amounts=VAGUE_AMOUNTS,
    vague_multipliers=("flere", "nogle", "mange", "adskillige", "et par", "få"),
    qualifiers=QUALIFIERS,
    qualifiers_after=QUALIFIERS_AFTER,
    qualifier_blockers=QUALIFIER_BLOCKERS,
    range_joiners=("til",),
    # Source: coordinating conjunctions in Den Danske Ordbog.
    list_joiners=("og", "eller"),
    range_openers={"mellem": ("og",)},
    change_openers=("fra",),
    units=UNITS,
    age_before=AGE_BEFORE,
    age_before_years=AGE_BEFORE_YEARS,
    year_context=YEAR_CONTEXT,
    months=MONTHS,
    # "1990'erne", "1990erne" (the 1990s), "1900-tallet" (the 20th century).
    decade_suffixes=("'erne", "’erne", "erne", "-tallet"),
    # A bare 1900-2100 before a verb is mostly a year, counts there are mostly round (2000).
    bare_years="unround",
    clock_words=("kl.", "kl", "klokken"),
)
