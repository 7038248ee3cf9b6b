"""Norwegian Bokmål: number words, separators, qualifiers and units."""

from __future__ import annotations

from claimrec.lang.number_schema import MeasureUnit, NumberData, QualifierWords


def _parts(stem: str) -> tuple[str, ...]:
    """The forms of a fraction noun: tredjedel, tredjedelen, tredjedeler, tredjedelene, tredjedels."""
    return tuple(stem + ending for ending in ("del", "delen", "deler", "delene", "dels"))


# Source: Språkrådet, "Tall og tallord" (both the new counting "tjuefem" and the old
# "femogtjue"/"tyve" are allowed; compounds are written as one word); Bokmålsordboka.
# One is in INDEFINITE_ONES.
CARDINALS = {
    0: ("null",),
    2: ("to",),
    3: ("tre",),
    4: ("fire",),
    5: ("fem",),
    6: ("seks",),
    7: ("sju", "syv"),
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
    20: ("tjue", "tyve"),
    30: ("tretti", "tredve"),
    40: ("førti",),
    50: ("femti",),
    60: ("seksti",),
    70: ("sytti",),
    80: ("åtti",),
    90: ("nitti",),
}
# Left out: "halvannen" (1.5), which would need fractional cardinals.

# The accented "én" mark the numeral (Språkrådet), yet they count only where
# "one" does in every other language (after a qualifier, before a scale word or time unit): a lone
# "one" is rarely a checkable count, and English "one" cannot be told from the pronoun, so counting
# "én person døde" but not "one person died" would make translations disagree.

# Source: Bokmålsordboka (the article and the numeral one).
# "en", "ei", "et" are also the article; "ett" is the numeral but stands where English has
# "one" (a pronoun as often as a count: "ett av de største") and is kept alike: a lone one is
# no count, but after ONE_QUALIFIERS.
INDEFINITE_ONES = ("en", "ei", "et", "ett", "én")

# Source: Bokmålsordboka; Språkrådet's list of abbreviations ("mill.", "mrd.").
# "billion" is 10**12 (long scale).
SCALES = {
    12: ("dusin",),
    100: ("hundre",),
    1000: ("tusen",),
    10**6: ("million", "millioner", "millionene", "millioners"),
    10**9: ("milliard", "milliarder", "milliardene", "milliarders"),
    10**12: ("billion", "billioner"),
}
SCALE_ABBREVIATIONS = {10**6: ("mill.", "mill", "mln."), 10**9: ("mrd.", "mrd", "mia.")}

# Source: Bokmålsordboka. Left out: "andre" (second), which far more often means
# "other" ("flere andre byer"); "nest" (second-) belongs to the rank patterns.
ORDINALS = {
    1: ("første",),
    3: ("tredje",),
    4: ("fjerde",),
    5: ("femte",),
    6: ("sjette",),
    7: ("sjuende", "syvende"),
    8: ("åttende",),
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
    20: ("tjuende", "tyvende"),
    30: ("trettiende", "tredevte"),
    40: ("førtiende",),
    50: ("femtiende",),
    60: ("sekstiende",),
    70: ("syttiende",),
    80: ("åttiende",),
    90: ("nittiende",),
    100: ("hundrede",),
    1000: ("tusende",),
}
# "tjueandre" (22nd): "andre" ends a compound ordinal; alone it mostly means "other".
COMPOUND_ORDINALS = {2: ("andre",)}

# Source: Bokmålsordboka ("tredel" and "tredjedel" are both in use, "halvpart", "halv").
# Left out: "kvart", mostly a clock word ("kvart over tre").
# The adjective for half ("halv") is a fraction word too: "en halv time" is half an hour,
# "en halv million" half a million. Before a number it tells the time ("halv fem": 4.30) and is no share.
FRACTIONS = {
    2: (*_parts("halv"), "halvpart", "halvparten", "halvpartene", "halv", "halvt", "halve"),
    3: (*_parts("tredje"), *_parts("tre")),
    4: _parts("fjerde"),
    5: _parts("femte"),
    6: _parts("sjette"),
    7: (*_parts("sjuende"), *_parts("syvende")),
    8: _parts("åttende"),
    9: _parts("niende"),
    10: (*_parts("tiende"), *_parts("ti")),
    100: _parts("hundre"),
}

# Source: Bokmålsordboka ("hundrevis", "tusenvis").
VAGUE_AMOUNTS = {
    12: ("dusinvis",),
    100: ("hundrevis",),
    1000: ("tusenvis", "tusener"),
    10_000: ("titusenvis", "titusener"),
    100_000: ("hundretusenvis", "hundretusener"),
    10**6: ("millionvis", "millioner"),
    10**9: ("milliarder",),
}

# Source: Bokmålsordboka (usage of "vel", "drøyt", "snaut", "knapt" before numbers).
# "vel 15" and "drøyt 15" are a little over 15; "snaut 15" and "knapt 15" a little under.
QUALIFIERS: QualifierWords = {
    "approx": ("omkring", "rundt", "cirka", "ca.", "ca", "circa", "om lag", "omtrent", "rundt regnet", "anslagsvis"),
    "nearly": ("nesten", "knapt", "snaut", "snaue", "nærmere", "opp mot", "i underkant av"),
    "just_over": ("vel", "drøyt", "drøye", "i overkant av", "godt og vel", "litt over"),
    "more_than": ("over", "mer enn", "flere enn"),
    "at_least": ("minst", "ikke mindre enn", "ikke færre enn"),
    "less_than": ("under", "færre enn", "mindre enn"),
    "at_most": ("høyst", "maksimalt", "maks", "ikke mer enn"),
    "up_to": ("opp til", "opptil", "inntil"),
}
# Source: comparative qualifiers before a numeral in Bokmålsordboka; compiled for claimrec.
# Qualifiers after which "en"/"ett" is the number ("mer enn én", "minst ett"): comparisons.
# Left out: "over", "under", "rundt", "omkring", also prepositions ("over en bro").
ONE_QUALIFIERS = (
    "mer enn", "flere enn", "minst", "høyst", "færre enn", "mindre enn", "ikke mer enn", "ikke mindre enn",
    "ikke færre enn",
)  # fmt: skip
QUALIFIERS_AFTER: QualifierWords = {
    "at_least": ("eller mer", "eller flere", "og mer"),
    "at_most": ("eller mindre", "eller færre"),
}
# Source: collocations "X over" in Bokmålsordboka; compiled for claimrec.
# "kontroll over tolv byer", "seier over": over is a preposition there.
QUALIFIER_BLOCKERS = ("kontroll", "kontrollen", "makt", "makten", "seier", "seieren", "herredømme", "overtak")

# Source: Språkrådet, "Tall og tallord" (compounds of numerals in one word: "seksspills",
# "firepoengs", "tomannsbolig", "trettenåring", "femårsplan"); compiled for claimrec. Linking
# elements and nouns a number word may be glued to; those that are unit words give their unit.
# A number word glued to anything else is no number ("tiger", "tier", "elvebredd").
COMPOUND_ELEMENTS = (
    "barns", "time", "times", "år",
    "åring", "åringen", "åringer", "åringene", "årig", "årige", "års", "dagers", "døgns", "timers", "ukers",
    "måneders", "minutters", "sekunders", "poengs", "spills", "kamps", "manns", "personers", "roms",
    "dobbelt", "dobbelte", "doblet", "doblete",
)  # fmt: skip

# Source: Bokmålsordboka; SI abbreviations. Norwegian "mil" is the Scandinavian mile of
# 10 km; "engelske mil" the English mile. Left out: "pund" (mostly the currency), "mål"
# (1000 m², but mostly "goal"), temperatures ("grader": affine, and also an angle).
UNITS = (
    MeasureUnit(unit="percentage_points", words=("prosentpoeng", "prosentpoenget", "prosentenheter")),
    MeasureUnit(unit="km", words=("km", "kilometer")),
    MeasureUnit(unit="km", factor=10, words=("mil",)),
    MeasureUnit(unit="km", factor=1.609344, words=("engelske mil",)),
    MeasureUnit(unit="km", factor=1.852, words=("nautiske mil", "sjømil")),
    MeasureUnit(unit="m", words=("m", "meter")),
    MeasureUnit(unit="m", factor=0.01, words=("cm", "centimeter")),
    MeasureUnit(unit="m", factor=0.001, words=("mm", "millimeter")),
    MeasureUnit(unit="m", factor=0.3048, words=("fot",), minor_factor=0.0254, minor_words=("tommer",)),
    MeasureUnit(unit="m", factor=0.0254, words=("tommer",)),
    MeasureUnit(unit="kg", words=("kg", "kilo", "kilogram")),
    MeasureUnit(unit="kg", factor=0.001, words=("gram",)),
    MeasureUnit(unit="kg", factor=1000, words=("tonn",)),
    MeasureUnit(unit="km/h", words=("km/t", "km/h", "kilometer i timen")),
    MeasureUnit(unit="km/h", factor=3.6, words=("m/s", "meter per sekund", "sekundmeter")),
    MeasureUnit(unit="km/h", factor=1.852, words=("knop",)),
    MeasureUnit(unit="km2", words=("km²", "km2", "kvadratkilometer")),
    MeasureUnit(unit="km2", factor=0.001, words=("dekar",)),
    MeasureUnit(unit="km2", factor=0.01, words=("hektar",)),
    # "-årig" is also "lasting N years" ("en treårig avtale"); read as an age, the more common in news.
    MeasureUnit(
        unit="years_of_age", words=("åring", "åringen", "åringer", "åringene", "årig", "årige", "år gammel", "år gamle")
    ),
    # A number of times (and a factor: "tre ganger så mange"); "en gang" is also "once upon a time".
    MeasureUnit(unit="times", kind="count", words=("ganger", "gang")),
    MeasureUnit(unit="times", kind="count", glued=True, words=("dobbelt", "dobbelte", "doblet", "doblete")),
    MeasureUnit(unit="seconds", kind="duration", words=("sekund", "sekunder", "sekunders", "sek.")),
    MeasureUnit(unit="minutes", kind="duration", words=("minutt", "minutter", "minuttene", "minutters", "min.")),
    MeasureUnit(unit="hours", kind="duration", words=("time", "timer", "timen", "timene", "timers")),
    MeasureUnit(
        unit="days",
        kind="duration",
        words=("dag", "dager", "dagen", "dagene", "dagers", "døgn", "døgnet", "døgnene", "døgns"),
    ),
    MeasureUnit(unit="weeks", kind="duration", words=("uke", "uker", "uka", "uken", "ukene", "ukers")),
    MeasureUnit(unit="months", kind="duration", words=("måned", "måneder", "måneden", "månedene", "måneders")),
    MeasureUnit(unit="years", kind="duration", words=("år", "året", "årene", "års")),
    MeasureUnit(unit="years", kind="duration", factor=10, words=("tiår", "tiåret", "tiårene")),
)

# Source: Bokmålsordboka ("i en alder av", "en mann på 40 år"); compiled for claimrec.
# After AGE_BEFORE a number is an age; after a person noun and "på" only a number of years is
# ("tre menn på 33, 34 og 39 år"), since "en dom på 39 år" is a duration and "personer på 3
# lag" a count. Left out: "X er/var 39 år" ("Det er 36 år siden" is a duration).
AGE_BEFORE = ("i en alder av", "i alderen", "alder av")
AGE_BEFORE_YEARS = (
    "mann på", "menn på", "kvinne på", "kvinner på", "gutt på", "gutter på", "jente på", "jenter på",
    "person på", "personer på", "barn på",
)  # fmt: skip

# Source: prepositions and time nouns that take a year in Bokmålsordboka; compiled for claimrec.
# A four-digit number after these is a year ("i 2001", "siden 1989", "starten av 2018").
# Left out: "til" ("økte til 2000") and a bare "av" ("en styrke av 3000 mann").
YEAR_CONTEXT = (
    "i", "år", "året", "siden", "fra", "før", "etter", "innen", "inntil", "fram til", "frem til",
    "våren", "sommeren", "høsten", "vinteren", "kvartal", "kvartalet", "halvår", "halvåret",
    "starten av", "begynnelsen av", "midten av", "slutten av", "utgangen av", "kvartal av", "halvår av",
)  # fmt: skip
# Source: Bokmålsordboka (month names and abbreviations). Repeated here so that the number
# engine does not depend on the time data.
MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "desember", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "des.",
)  # fmt: skip

# Source: determiners, possessives and adjectives of place before a noun in Bokmålsordboka; compiled for claimrec.
# "andre halvdel", "deres egen halvdel", "den ene halvdelen": a part of a match, a pitch or a
# period, not a share ("halvparten av landet", "nesten halvparten" have none of them).
PART_MARKERS = (
    "andre", "annen", "siste", "hele", "den", "denne", "ene", "deres", "hans", "hennes", "sin", "sitt", "vår",
    "vårt", "egen", "eget", "egne",
)  # fmt: skip

# Nouns that name one of a series; a bare number after them is its label ("match four").
LABEL_NOUNS = (
    "kamp",
    "runde",
    "hull",
    "etappe",
    "kapittel",
    "artikkel",
    "paragraf",
    "side",
    "episode",
    "sesong",
    "bind",
    "perrong",
    "rute",
    "nivå",
    "kategori",
    "fase",
)

NUMBERS = NumberData(
    # Source: CLDR number symbols for nb (decimal ",", group: no-break space); Språkrådet
    # also accepts a full stop between groups ("3.000"), which Babel reads wrongly.
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
    vague_multipliers=("flere", "noen", "mange", "et par", "noen få"),
    qualifiers=QUALIFIERS,
    qualifiers_after=QUALIFIERS_AFTER,
    qualifier_blockers=QUALIFIER_BLOCKERS,
    range_joiners=("til",),
    # Source: coordinating conjunctions in Bokmålsordboka.
    list_joiners=("og", "eller"),
    range_openers={"mellom": ("og",)},
    change_openers=("fra",),
    units=UNITS,
    age_before=AGE_BEFORE,
    age_before_years=AGE_BEFORE_YEARS,
    year_context=YEAR_CONTEXT,
    months=MONTHS,
    # "1990-tallet", "1990-årene", "1990-åra" (the 1990s).
    decade_suffixes=("-tallet", "-årene", "-åra"),
    # A bare 1900-2100 before a verb is mostly a year, counts there are mostly round (2000).
    bare_years="unround",
    clock_words=("kl.", "kl", "klokka", "klokken"),
)
